/**
 * 提分空间: a unit's top improvements (the smallest change of its facts per lost item, with the
 * exact gain in its total) and a 试算 where it changes values and sees the new total and rank
 * without saving. On the self-assessment (the unit's own facts) and on the score sheet.
 */
import { listFacts, type Scheme } from "@kaoping/engine";
import { Alert, Button, Card, List, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { parseApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { analysisApi, type Basis } from "./analysis-api";

import { formValue, Trial, type TrialValue, type UnitFactsForm } from "./trial-panel";

/** The 提分空间 card of one unit. `refresh` changes when the unit's facts change. */
export function ImprovementsCard({
  roundId,
  unitId,
  scheme,
  basis,
  refresh,
  current,
}: {
  roundId: string;
  unitId: string;
  scheme: Scheme;
  basis: Basis;
  refresh?: string;
  /** The unit's facts as filled (the self-assessment form): lets the 试算 edit list facts. */
  current?: UnitFactsForm;
}) {
  const found = useQuery(
    (signal) => analysisApi.improvements(roundId, unitId, basis, signal),
    [roundId, unitId, basis, refresh],
  );
  const facts = useMemo(() => listFacts(scheme), [scheme]);
  const [values, setValues] = useState<Record<string, TrialValue>>({});
  const [lists, setLists] = useState<Record<string, unknown[]>>({});
  const [showAll, setShowAll] = useState(false);
  if (found.error !== undefined)
    return (
      <Card size="small" title="提分空间" className="no-print">
        <Alert type="info" showIcon title={parseApiError(found.error).message} />
      </Card>
    );
  const data = found.data;
  if (data === undefined) return null;
  const shown = showAll ? data.improvements : data.improvements.slice(0, 5);
  const tryOne = (m: (typeof data.improvements)[number]) => {
    const next: Record<string, TrialValue> = {};
    const kept: Record<string, unknown[]> = {};
    for (const [path, value] of Object.entries(m.facts)) {
      const v = formValue(value);
      if (Array.isArray(value)) kept[path] = value;
      else if (v !== undefined) next[path] = v;
    }
    setValues(next);
    setLists(kept);
  };
  return (
    <Card
      size="small"
      className="no-print"
      data-testid="improvements"
      title={
        <Space>
          <span>提分空间</span>
          <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>
            {basis === "self" ? "按本单位自评数据" : "按评分表（审核后）数据"}
            ，每项为最小的数据变化，得分按整个考核任务重新计算
          </Typography.Text>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        {data.improvements.length === 0 ? (
          <Typography.Text type="secondary">
            按现有数据，改变本单位填报的数据已不能使总分提高。
          </Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={shown}
            renderItem={(m, i) => (
              <List.Item
                actions={[
                  <Button key="try" size="small" onClick={() => tryOne(m)}>
                    试算
                  </Button>,
                ]}
              >
                <Space>
                  <Tag color="green">+{m.gain} 分</Tag>
                  <span data-testid={`improvement-${i}`}>
                    {m.code} {m.title}：{m.text}
                  </span>
                </Space>
              </List.Item>
            )}
          />
        )}
        {data.improvements.length > 5 && (
          <Button type="link" size="small" onClick={() => setShowAll(!showAll)}>
            {showAll ? "只看前 5 项" : `查看全部 ${data.improvements.length} 项`}
          </Button>
        )}
        {data.fixed.length > 0 && (
          <details>
            <summary>
              <Typography.Text type="secondary">
                不能通过数据提分的失分项（{data.fixed.length} 项）
              </Typography.Text>
            </summary>
            <Table
              size="small"
              pagination={false}
              rowKey="code"
              dataSource={data.fixed}
              columns={[
                { title: "编号", dataIndex: "code", width: 70 },
                { title: "项目", dataIndex: "title", width: 220 },
                { title: "失分", dataIndex: "lost", width: 70, align: "right" },
                { title: "原因", dataIndex: "text" },
              ]}
            />
          </details>
        )}
        <Trial
          roundId={roundId}
          unitId={unitId}
          basis={basis}
          facts={facts}
          values={values}
          setValues={setValues}
          lists={lists}
          setLists={setLists}
          {...(current === undefined ? {} : { current })}
        />
      </Space>
    </Card>
  );
}

/**
 * 评议打分: a compact table of units × rating items; each value checked against its range, saved
 * on leaving the cell. A round whose scheme has no 评议 item says so instead of a table of «—»
 * (decision 0342).
 */
import { CheckCircleTwoTone } from "@ant-design/icons";
import { Alert, App, Card, Input, Select, Space, Table, Tooltip, Typography } from "antd";
import { useMemo, useState } from "react";
import { Route, Routes, useParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { ratingsApi, type Rating, type RatingsView } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { formatDateProse } from "../../lib/dates";
import { useSession } from "../auth/session-context";
import { usePageTitle } from "../layout/page-title";
import { RoundPicker } from "../rounds/round-picker";
import { normaliseNumberText } from "@kaoping/server/contract";
import { ratingProblem } from "./rating-value";

type RatingItem = RatingsView["items"][number];

function RatingCell({
  roundId,
  unitId,
  item,
  saved,
  group,
  editable,
  onSaved,
}: {
  roundId: string;
  unitId: string;
  item: RatingItem;
  saved: Rating | undefined;
  group: string | undefined;
  editable: boolean;
  onSaved: (r: Rating) => void;
}) {
  const [text, setText] = useState(saved?.value ?? "");
  const [problem, setProblem] = useState<string>();
  const [state, setState] = useState<"idle" | "saving" | "saved">(
    saved === undefined ? "idle" : "saved",
  );
  const { message } = App.useApp();
  const save = async () => {
    if (text.trim() === "" && saved === undefined) return;
    if (text.trim() === saved?.value) return;
    const found = ratingProblem(text, item);
    setProblem(found);
    if (found !== undefined) return;
    setState("saving");
    try {
      const next = await ratingsApi.save(roundId, unitId, item.code, {
        version: saved?.version ?? 0,
        value: text.trim(),
        ...(group === undefined ? {} : { group }),
      });
      setState("saved");
      onSaved(next);
    } catch (error) {
      setState("idle");
      setProblem(showApiError(error, message).fields.value?.join("；"));
    }
  };
  return (
    <Tooltip title={problem} open={problem !== undefined} color="red">
      <Space size={4}>
        <Input
          aria-label={`评分 ${item.title}`}
          data-testid={`rating-${unitId}-${item.code}`}
          inputMode="decimal"
          style={{ width: 96 }}
          status={problem !== undefined ? "error" : undefined}
          disabled={!editable}
          value={text}
          placeholder={`${item.min}–${item.max}`}
          onChange={(e) => {
            setText(normaliseNumberText(e.target.value));
            setProblem(undefined);
          }}
          onBlur={() => void save()}
          onPressEnter={() => void save()}
        />
        {state === "saved" && problem === undefined && (
          <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="已保存" />
        )}
      </Space>
    </Tooltip>
  );
}

function RatingTable() {
  const { roundId = "" } = useParams();
  const session = useSession();
  const view = useQuery((signal) => ratingsApi.view(roundId, signal), [roundId]);
  const [groups, setGroups] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Record<string, Rating>>({});
  usePageTitle("评议打分");
  const own = useMemo(() => {
    const map: Record<string, Rating> = {};
    for (const r of view.data?.ratings ?? [])
      if (r.raterId === session.user.id) map[`${r.unitId}/${r.itemCode}`] = r;
    return { ...map, ...saved };
  }, [view.data, saved, session.user.id]);
  if (view.error !== undefined) return <LoadFailed error={view.error} onRetry={view.reload} />;
  const data = view.data;
  if (data === undefined) return <PageLoading />;
  const editable = data.roundState === "rating" && session.activeRole?.role === "rater";
  if (data.items.length === 0)
    return (
      <Card title="评议打分">
        <Alert
          type="info"
          showIcon
          data-testid="no-rating-items"
          title="本考核任务的方案没有评议项，无需评议打分。"
          description="评议阶段由考核管理员结束后即可确认结果。"
        />
      </Card>
    );
  return (
    <Card
      title={`评议打分${data.ratingDeadline ? `（截止 ${formatDateProse(data.ratingDeadline)}）` : ""}`}
    >
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={
            data.roundState === "rating"
              ? "当前角色只能查看评议进度。"
              : "考核任务不在评议阶段，评分不能修改。"
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {data.items.map((item) =>
        item.groups.length > 0 ? (
          <Space key={item.code} style={{ marginBottom: 12 }}>
            <Typography.Text>{item.title} 的评议身份：</Typography.Text>
            <Select
              style={{ width: 200 }}
              value={groups[item.code] ?? item.groups[0]?.fact}
              onChange={(g: string) => setGroups({ ...groups, [item.code]: g })}
              options={item.groups.map((g) => ({
                value: g.fact,
                label: `${g.label}（权重 ${g.weight}）`,
              }))}
            />
          </Space>
        ) : null,
      )}
      <Typography.Paragraph type="secondary">
        每个单位独立打分，只能看到自己的评分；离开输入框即保存。
      </Typography.Paragraph>
      <Table
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={data.units}
        columns={[
          { title: "单位", dataIndex: "unitName" },
          ...data.items.map((item) => ({
            title: `${item.title}（${item.min}–${item.max} 分）`,
            key: item.code,
            render: (_: unknown, unit: RatingsView["units"][number]) => (
              <RatingCell
                roundId={roundId}
                unitId={unit.unitId}
                item={item}
                saved={own[`${unit.unitId}/${item.code}`]}
                group={
                  item.groups.length > 0 ? (groups[item.code] ?? item.groups[0]?.fact) : undefined
                }
                editable={editable}
                onSaved={(r) => setSaved((s) => ({ ...s, [`${unit.unitId}/${item.code}`]: r }))}
              />
            ),
          })),
          {
            title:
              data.visibility === "own" && data.roundState === "rating" ? "本人已评" : "已评人数",
            key: "progress",
            render: (_: unknown, unit: RatingsView["units"][number]) =>
              data.progress
                .filter((p) => p.unitId === unit.unitId)
                .map((p) => p.count)
                .join(" / ") || "—",
          },
        ]}
      />
    </Card>
  );
}

/** The 评议 section. */
export default function RatingPage() {
  return (
    <Routes>
      <Route
        index
        element={<RoundPicker base="/rating" states={["rating", "results", "published"]} />}
      />
      <Route path=":roundId" element={<RatingTable />} />
    </Routes>
  );
}

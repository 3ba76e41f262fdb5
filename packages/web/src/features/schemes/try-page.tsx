/**
 * 方案试算: fill in a built-in template (or the round's scheme later) and watch the score, its
 * trace and the score sheet — computed in the browser by the server's engine, nothing saved.
 */
import { getTemplate, listTemplates, type Scheme } from "@kaoping/engine";
import { Button, Card, Select, Space, Tabs, Typography } from "antd";
import { useMemo, useState } from "react";
import { usePageTitle } from "../layout/page-title";
import { ScoreSheet } from "../results/score-sheet";
import { withFact, type FormFacts } from "../self-assessment/facts-model";
import { SelfAssessmentForm } from "../self-assessment/self-assessment-form";
import { scoreFacts } from "../self-assessment/use-live-score";

const unit = { id: "try", name: "试算单位" };

/** The try-out page. */
export default function TryPage({ scheme: given }: { scheme?: Scheme }) {
  usePageTitle(undefined);
  const templates = useMemo(() => listTemplates(), []);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const scheme = given ?? getTemplate(templateId);
  const [facts, setFacts] = useState<FormFacts>({});
  const [tab, setTab] = useState("form");
  const sheet = useMemo(
    () =>
      scheme === undefined || tab !== "sheet" ? undefined : scoreFacts(scheme, unit, facts).result,
    [scheme, facts, tab],
  );
  if (scheme === undefined) return null;
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle">
      <Card size="small">
        <Space wrap>
          {given === undefined && (
            <>
              <Typography.Text>内置模板</Typography.Text>
              <Select
                aria-label="选择模板"
                style={{ minWidth: 360 }}
                value={templateId}
                onChange={(id: string) => {
                  setTemplateId(id);
                  setFacts({});
                }}
                options={templates.map((t) => ({ value: t.id, label: t.title }))}
              />
            </>
          )}
          <Button onClick={() => setFacts({})}>清空</Button>
          <Typography.Text type="secondary">
            试算不保存任何数据；得分由与服务器相同的计分引擎在浏览器中计算。
          </Typography.Text>
        </Space>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: "form",
            label: "填报",
            children: (
              <SelfAssessmentForm
                key={scheme.id}
                scheme={scheme}
                unit={unit}
                facts={facts}
                onFactChange={(code, name, value) =>
                  setFacts((current) => withFact(current, code, name, value))
                }
              />
            ),
          },
          {
            key: "sheet",
            label: "评分表",
            children:
              sheet === undefined ? null : (
                <ScoreSheet scheme={scheme} result={sheet} caption="试算单位" />
              ),
          },
        ]}
      />
    </Space>
  );
}

/** 试算 of one unit's improvements: the facts to try, each editable, and the outcome. */
import type { FactInfo } from "@kaoping/engine";
import { Alert, Button, Card, Input, List, Select, Space, Switch, Typography } from "antd";
import { useMemo, useState } from "react";
import { parseApiError } from "../../api/errors";
import { analysisApi, type Basis, type TrialResult } from "./analysis-api";
import { cleanFacts } from "../self-assessment/facts-model";
import { countWords, entryWords, listOf, withCopyOf, withoutEntry } from "./trial-lists";

/** A unit's facts as the self-assessment form holds them: item code → fact name → value. */
export type UnitFactsForm = Record<string, Record<string, unknown>>;

/** A value as the 试算 form holds it: text for numbers and options, yes/no for booleans. */
export type TrialValue = string | boolean;

/** A fact value from an improvement as the form holds it (lists are edited entry by entry). */
export function formValue(value: unknown): TrialValue | undefined {
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** The 试算 panel: the facts to try, each editable, and the outcome. */
export function Trial({
  roundId,
  unitId,
  basis,
  facts,
  values,
  setValues,
  lists,
  setLists,
  current,
}: {
  roundId: string;
  unitId: string;
  basis: Basis;
  facts: readonly FactInfo[];
  values: Record<string, TrialValue>;
  setValues: (next: Record<string, TrialValue>) => void;
  /** List facts tried (清单): the whole list as it would be, entries taken out or added. */
  lists: Record<string, unknown[]>;
  setLists: (next: Record<string, unknown[]>) => void;
  /** The unit's facts as filled (self-assessment): list facts can then be tried from them. */
  current?: UnitFactsForm;
}) {
  const [result, setResult] = useState<TrialResult>();
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string[]> }>();
  const [busy, setBusy] = useState(false);
  const byPath = useMemo(() => new Map(facts.map((f) => [f.path, f])), [facts]);
  const label = (path: string) => {
    const f = byPath.get(path);
    return f === undefined
      ? path
      : `${f.code} ${f.declaration.label}${f.unit ? `（${f.unit}）` : ""}`;
  };
  const run = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await analysisApi.trial(roundId, unitId, basis, { ...values, ...lists }));
    } catch (error) {
      const parsed = parseApiError(error);
      setResult(undefined);
      setFailure({ message: parsed.message, fields: parsed.fields });
    } finally {
      setBusy(false);
    }
  };
  const paths = Object.keys(values);
  const addable = facts.filter(
    (f) =>
      !(f.path in values) &&
      !(f.path in lists) &&
      f.declaration.type !== "date" &&
      (f.declaration.type !== "list" || current !== undefined),
  );
  const listPaths = Object.keys(lists);
  // The list as filled, without the form's empty inputs (as it is saved).
  const filled = useMemo(
    () => (current === undefined ? undefined : cleanFacts(current)),
    [current],
  );
  return (
    <Card size="small" type="inner" title="试算（不保存）" data-testid="trial">
      <Space direction="vertical" style={{ width: "100%" }}>
        {paths.length === 0 && Object.keys(lists).length === 0 && (
          <Typography.Text type="secondary">
            点上方某一条的“试算”，或在下面选择要改动的数据，输入新值（清单可少一条或多一条）后点“试算”。
          </Typography.Text>
        )}
        {listPaths.map((path) => {
          const list = lists[path] ?? [];
          const decl = byPath.get(path)?.declaration;
          const errors = Object.entries(failure?.fields ?? {})
            .filter(([name]) => name === `facts.${path}` || name.startsWith(`facts.${path}[`))
            .flatMap(([, m]) => m);
          const set = (next: unknown[]) => setLists({ ...lists, [path]: next });
          return (
            <div key={path} data-testid={`trial-list-${path}`}>
              <Space wrap>
                <span>
                  {label(path)}（清单）：{countWords(listOf(filled, path), list)}
                </span>
                <Button
                  size="small"
                  onClick={() => {
                    const { [path]: _removed, ...rest } = lists;
                    setLists(rest);
                  }}
                >
                  移除
                </Button>
              </Space>
              {list.length === 0 ? (
                <div>
                  <Typography.Text type="secondary">没有条目</Typography.Text>
                </div>
              ) : (
                <List
                  size="small"
                  dataSource={list.map((entry, i) => ({ entry, i }))}
                  rowKey={(row) => String(row.i)}
                  renderItem={({ entry, i }) => (
                    <List.Item
                      actions={[
                        <Button key="less" size="small" onClick={() => set(withoutEntry(list, i))}>
                          少一条
                        </Button>,
                        <Button key="more" size="small" onClick={() => set(withCopyOf(list, i))}>
                          照此多一条
                        </Button>,
                      ]}
                    >
                      第 {i + 1} 条：{decl === undefined ? "" : entryWords(decl, entry)}
                    </List.Item>
                  )}
                />
              )}
              {errors.map((e) => (
                <div key={e}>
                  <Typography.Text type="danger">{e}</Typography.Text>
                </div>
              ))}
            </div>
          );
        })}
        {paths.map((path) => {
          const value = values[path];
          const f = byPath.get(path);
          const errors = failure?.fields[`facts.${path}`] ?? [];
          return (
            <div key={path}>
              <Space wrap>
                <span style={{ minWidth: 260, display: "inline-block" }}>{label(path)}</span>
                {typeof value === "boolean" ? (
                  <Switch
                    checked={value}
                    checkedChildren="是"
                    unCheckedChildren="否"
                    onChange={(checked) => setValues({ ...values, [path]: checked })}
                  />
                ) : f !== undefined && f.options.length > 0 ? (
                  <Select
                    style={{ width: 200 }}
                    value={value}
                    options={f.options.map((o) => ({ value: o.value, label: o.label }))}
                    onChange={(v: string) => setValues({ ...values, [path]: v })}
                  />
                ) : (
                  <Input
                    style={{ width: 200 }}
                    value={value}
                    aria-label={label(path)}
                    status={errors.length > 0 ? "error" : ""}
                    onChange={(e) => setValues({ ...values, [path]: e.target.value })}
                    onPressEnter={() => void run()}
                  />
                )}
                <Button
                  size="small"
                  onClick={() => {
                    const { [path]: _removed, ...rest } = values;
                    setValues(rest);
                  }}
                >
                  移除
                </Button>
              </Space>
              {errors.map((e) => (
                <div key={e}>
                  <Typography.Text type="danger">{e}</Typography.Text>
                </div>
              ))}
            </div>
          );
        })}
        <Space wrap>
          <Select
            showSearch
            style={{ width: 360 }}
            placeholder="添加要改动的数据"
            value={null}
            optionFilterProp="label"
            options={addable.map((f) => ({
              value: f.path,
              label: `${f.code} ${f.declaration.label}`,
            }))}
            onChange={(path: string) => {
              const type = byPath.get(path)?.declaration.type;
              if (type === "list")
                setLists({ ...lists, [path]: [...(listOf(filled, path) ?? [])] });
              else setValues({ ...values, [path]: type === "bool" ? true : "" });
            }}
          />
          <Button
            type="primary"
            loading={busy}
            disabled={paths.length === 0 && listPaths.length === 0}
            onClick={() => void run()}
          >
            试算
          </Button>
        </Space>
        {failure !== undefined && (
          <Alert
            type="error"
            showIcon
            title={failure.message}
            description={Object.entries(failure.fields)
              .filter(([name]) => !name.startsWith("facts."))
              .map(([, m]) => m.join("；"))
              .join("；")}
          />
        )}
        {result !== undefined && (
          <Alert
            type={result.gain.startsWith("-") ? "warning" : "success"}
            showIcon
            data-testid="trial-result"
            title={
              <span>
                试算总分 <b>{result.after.total}</b> 分（现为 {result.before.total} 分，
                {result.gain.startsWith("-") ? "" : "+"}
                {result.gain} 分）
                {result.after.rank !== null && result.before.rank !== null
                  ? `；名次 ${result.before.rank} → ${result.after.rank} / ${result.unitCount}`
                  : "；名次在结果公示后可见"}
              </span>
            }
            description={
              result.items.length === 0
                ? "各项得分没有变化。"
                : result.items
                    .map((i) => `${i.code} ${i.title}：${i.before ?? "—"} → ${i.after ?? "—"}`)
                    .join("；")
            }
          />
        )}
      </Space>
    </Card>
  );
}

/**
 * 试算 beside the item being edited: enter the item's facts — and the facts of other items its
 * rule reads (9.1 reads 4.1's 参保率), named by their labels and items — and see its score and
 * trace at once, and the edge cases its rule implies (edge-cases.ts) with their scores — one click
 * fills a case in. An item scored against the other units (名次, 首个完成) also takes a few other
 * units' values, and the round is scored with them. A rule on another item's score (按第2项得分)
 * takes that score as an input of its own (given-scores.ts, docs/decisions/0300). A value the
 * engine refuses is shown under its input, naming the field. Scored by the engine in the browser;
 * nothing is saved.
 */
import {
  computeRoundContext,
  factsReadFromOtherItems,
  scoreUnit,
  scoredAgainstOtherUnits,
  validateFacts,
  validateScheme,
  type FactDeclaration,
  type Item,
  type ItemResult,
  type Scheme,
  type SchemeDocument,
} from "@kaoping/engine";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { FactInput } from "../../self-assessment/fact-input";
import { cleanFacts } from "../../self-assessment/facts-model";
import { edgeCases, factsByItem } from "./edge-cases";
import { withGivenScores } from "./given-scores";
import { unitOfDecl } from "./param-env";

/** The item's result in a unit's result tree. */
function findResult(items: ItemResult[], code: string): ItemResult | undefined {
  for (const item of items) {
    if (item.code === code) return item;
    const found = findResult(item.children, code);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** No other units: the 试算 of an item that does not compare units. */
const noOthers: readonly Record<string, unknown>[] = [];

/** The item in a scheme's tree. */
function findItem(items: Item[], code: string): Item | undefined {
  for (const item of items) {
    if (item.code === code) return item;
    const found = findItem(item.children ?? [], code);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The scheme to try the item in: the whole draft if it is valid, else the item alone. */
function schemeFor(doc: SchemeDocument, item: Record<string, unknown>): Scheme | undefined {
  const whole = validateScheme(doc);
  if (whole.ok) return whole.scheme;
  const alone = validateScheme({
    id: "try",
    title: "试算",
    items: [{ ...item, standard: undefined }],
  });
  return alone.ok ? alone.scheme : undefined;
}

/**
 * Scores one item's facts (own by name, other items' as `4.1.rate`) in a round with the other
 * units' values (only for items scored against the other units); the item's result.
 */
function scoreItem(
  scheme: Scheme,
  code: string,
  facts: Record<string, unknown>,
  others: readonly Record<string, unknown>[],
): ItemResult | undefined {
  const clean = cleanFacts(factsByItem(code, facts));
  const context = computeRoundContext(scheme, [
    { facts: clean },
    ...others.map((o) => ({ facts: cleanFacts(factsByItem(code, o)) })),
  ]);
  const result = scoreUnit(scheme, { id: "try", name: "试算单位", facts: clean }, context);
  return findResult(result.items, code);
}

/**
 * The engine's messages on one unit's entered values, by input reference (own facts by name,
 * other items' as `4.1.rate`); each message names its field (「12 超过上限 10（第2项“基金监管”得分）」).
 */
function problemsByRef(
  scheme: Scheme,
  code: string,
  facts: Record<string, unknown>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of validateFacts(scheme, cleanFacts(factsByItem(code, facts))).problems) {
    const own = p.path.startsWith(`${code}.`) ? p.path.slice(code.length + 1) : undefined;
    const ref = own !== undefined && !own.includes(".") ? own : p.path;
    if (!out.has(ref)) out.set(ref, p.message);
  }
  return out;
}

/** Headings of the inputs that are not the item's own facts. */
const heads = {
  score: "本项规则引用的其他考核项的得分（试算时直接填写，不计算该项）",
  fact: "本项规则引用的其他项目的事实",
} as const;

function ScoreText({ result, max }: { result: ItemResult | undefined; max: string }) {
  if (result === undefined || result.score === null) return <Tag>未填完整</Tag>;
  return (
    <Tag color="blue">
      {result.score} / {max} 分
    </Tag>
  );
}

/** The try panel of one leaf item. */
export function TryPanel({ doc, item }: { doc: SchemeDocument; item: Record<string, unknown> }) {
  const code = String(item.code ?? "");
  const tried = useMemo(() => {
    const whole = schemeFor(doc, item);
    return whole === undefined ? undefined : withGivenScores(doc, whole, code);
  }, [doc, item, code]);
  const scheme = tried?.scheme;
  const leaf = scheme === undefined ? undefined : findItem(scheme.items, code);
  const foreign = useMemo(
    () => (scheme === undefined ? [] : factsReadFromOtherItems(scheme, code)),
    [scheme, code],
  );
  /**
   * Every input of the panel: the item's facts by name, the scores of other items its rule reads
   * (`2.givenScore`), other items' facts by reference.
   */
  const inputs: {
    ref: string;
    decl: FactDeclaration;
    from: string | undefined;
    head: keyof typeof heads | undefined;
  }[] = [
    ...(leaf?.facts ?? []).map((decl) => ({
      ref: decl.name,
      decl,
      from: undefined,
      head: undefined,
    })),
    ...(tried?.given ?? []).map((g) => ({ ...g, from: undefined, head: "score" as const })),
    ...foreign.map((f) => ({
      ref: `${f.code}.${f.decl.name}`,
      decl: f.decl,
      from: `${f.code} ${f.title}`,
      head: "fact" as const,
    })),
  ];
  const [facts, setFacts] = useState<Record<string, unknown>>({});
  const compares = useMemo(
    () => scheme !== undefined && scoredAgainstOtherUnits(scheme, code),
    [scheme, code],
  );
  const [otherUnits, setOtherUnits] = useState<Record<string, unknown>[]>([{}]);
  const others = compares ? otherUnits : noOthers;
  const result = useMemo(
    () => (scheme === undefined ? undefined : scoreItem(scheme, code, facts, others)),
    [scheme, code, facts, others],
  );
  const problems = useMemo(
    () => (scheme === undefined ? new Map<string, string>() : problemsByRef(scheme, code, facts)),
    [scheme, code, facts],
  );
  const othersProblems = useMemo(
    () => (scheme === undefined ? [] : others.map((o) => problemsByRef(scheme, code, o))),
    [scheme, code, others],
  );
  const cases = useMemo(
    () =>
      scheme === undefined || leaf === undefined
        ? []
        : edgeCases(leaf).map((c) => ({
            ...c,
            result: scoreItem(scheme, code, { ...facts, ...c.facts }, others),
          })),
    [scheme, leaf, code, facts, others],
  );
  if (scheme === undefined || leaf === undefined)
    return (
      <Card size="small" title="试算">
        <Alert type="info" showIcon title="本项规则填写完整、没有问题后即可试算。" />
      </Card>
    );
  return (
    <Card
      size="small"
      title="试算"
      extra={
        <Button
          size="small"
          onClick={() => {
            setFacts({});
            setOtherUnits([{}]);
          }}
        >
          清空
        </Button>
      }
      data-testid="try-panel"
    >
      <Form layout="vertical" component="div">
        {inputs.map(({ ref, decl, from, head }, i) => (
          <div key={ref}>
            {head !== undefined && inputs[i - 1]?.head !== head && (
              <Typography.Text type="secondary" className="try-foreign-head">
                {heads[head]}
              </Typography.Text>
            )}
            <Form.Item
              label={decl.label}
              htmlFor={`try-${ref.replace(/\./g, "-")}`}
              extra={from === undefined ? undefined : `来自 ${from}`}
              validateStatus={problems.has(ref) ? "error" : undefined}
              help={problems.get(ref)}
              style={{ marginBottom: 8 }}
            >
              <FactInput
                id={`try-${ref.replace(/\./g, "-")}`}
                decl={decl}
                hasError={problems.has(ref)}
                value={facts[ref]}
                onChange={(v) => setFacts((f) => ({ ...f, [ref]: v }))}
              />
            </Form.Item>
          </div>
        ))}
        {compares && (
          <div data-testid="try-others">
            <Typography.Text type="secondary" className="try-foreign-head">
              本项在各单位之间比较计分，可填写其他单位的数值一起试算（未填完整的单位不参加比较）
            </Typography.Text>
            {otherUnits.map((other, k) => (
              <Card
                key={k}
                size="small"
                type="inner"
                title={`其他单位 ${k + 1}`}
                style={{ marginBottom: 8 }}
                extra={
                  <Button
                    size="small"
                    type="text"
                    danger
                    aria-label={`删除其他单位 ${k + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => setOtherUnits((list) => list.filter((_o, j) => j !== k))}
                  />
                }
              >
                {inputs.map(({ ref, decl }) => (
                  <Form.Item
                    key={ref}
                    label={decl.label}
                    htmlFor={`try-other-${k}-${ref.replace(/\./g, "-")}`}
                    validateStatus={othersProblems[k]?.has(ref) ? "error" : undefined}
                    help={othersProblems[k]?.get(ref)}
                    style={{ marginBottom: 8 }}
                  >
                    <FactInput
                      id={`try-other-${k}-${ref.replace(/\./g, "-")}`}
                      decl={decl}
                      hasError={othersProblems[k]?.has(ref)}
                      value={other[ref]}
                      onChange={(v) =>
                        setOtherUnits((list) =>
                          list.map((o, j) => (j === k ? { ...o, [ref]: v } : o)),
                        )
                      }
                    />
                  </Form.Item>
                ))}
              </Card>
            ))}
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => setOtherUnits((list) => [...list, {}])}
            >
              添加一个单位
            </Button>
          </div>
        )}
      </Form>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Space>
          <Typography.Text strong>得分</Typography.Text>
          <span data-testid="try-score">
            <ScoreText result={result} max={leaf.max} />
          </span>
        </Space>
        {result !== undefined && result.trace.length > 0 && (
          <div className="try-trace" data-testid="try-trace">
            {result.trace.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
        )}
        {cases.length > 0 && (
          <Table
            size="small"
            pagination={false}
            rowKey="label"
            dataSource={cases}
            data-testid="try-cases"
            columns={[
              {
                title: "边界情形",
                dataIndex: "label",
                render: (label: string, c) => (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setFacts((f) => ({ ...f, ...c.facts }))}
                  >
                    {label}
                  </Button>
                ),
              },
              {
                title: "取值",
                key: "values",
                render: (_: unknown, c) =>
                  Object.entries(c.facts)
                    .map(([ref, v]) => {
                      const decl = inputs.find((input) => input.ref === ref)?.decl;
                      const shown = typeof v === "boolean" ? (v ? "是" : "否") : String(v);
                      const unit = decl === undefined ? "" : unitOfDecl(decl);
                      return `${decl?.label ?? ""} ${shown}${unit === "%" || unit === "" ? unit : ` ${unit}`}`;
                    })
                    .join("，"),
              },
              {
                title: "得分",
                key: "score",
                render: (_: unknown, c) => <ScoreText result={c.result} max={leaf.max} />,
              },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

/**
 * 计量值: the value a threshold, step or band rule measures — one fact, the ratio of two facts
 * (分子 ÷ 分母, as a percentage by default, with its name), or the better of several such values.
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, Radio, Space, Switch } from "antd";
import { FactPicker } from "./fact-picker";
import { ItemPicker } from "./item-picker";
import { idOf, type ParamEnv } from "./param-env";
import type { Label } from "./rule-params";

type Spec = Record<string, unknown>;
type Mode = "fact" | "ratio" | "best" | "item";

function modeOf(value: Spec): Mode {
  if (typeof value.itemScore === "string") return "item";
  if (Array.isArray(value.best)) return "best";
  if (Array.isArray(value.ratio)) return "ratio";
  return "fact";
}

const modeNames: Record<Mode, string> = {
  fact: "一项事实",
  ratio: "两项事实之比",
  best: "几种数值取较高者",
  item: "另一考核项得分",
};

/** One fact or one ratio (a choice of 取较高者, or the value itself). */
function Single({
  path,
  value,
  onChange,
  env,
  labels,
  modes,
}: {
  path: string;
  value: Spec;
  onChange: (v: Spec) => void;
  env: ParamEnv;
  labels: Readonly<Record<string, Label>>;
  modes: Mode[];
}) {
  const mode = modeOf(value);
  const status = (p: string) => (env.errorsAt(p).length > 0 ? ("error" as const) : undefined);
  const errorsOf = (p: string) => env.errorsAt(p).join("；") || undefined;
  const ratio = Array.isArray(value.ratio) ? (value.ratio as unknown[]) : [];
  const setRatio = (i: number, ref: string | undefined) => {
    const next = [ratio[0] ?? "", ratio[1] ?? ""];
    next[i] = ref ?? "";
    onChange({ ...value, ratio: next });
  };
  return (
    <div>
      <Radio.Group
        size="small"
        optionType="button"
        value={mode}
        aria-label="计量方式"
        onChange={(e) => {
          const next = e.target.value as Mode;
          if (next === "fact") onChange({ fact: "" });
          if (next === "ratio") onChange({ ratio: ["", ""], label: "" });
          if (next === "best") onChange({ best: [{ fact: "" }, { fact: "" }], label: "" });
          if (next === "item") onChange({ itemScore: "" });
        }}
        options={modes.map((m) => ({ value: m, label: modeNames[m] }))}
        style={{ marginBottom: 8 }}
      />
      {mode === "fact" && (
        <Form.Item
          label={labels.fact?.label ?? "事实"}
          htmlFor={idOf(`${path}.fact`)}
          validateStatus={status(`${path}.fact`)}
          help={errorsOf(`${path}.fact`)}
          style={{ marginBottom: 8 }}
        >
          <FactPicker
            id={idOf(`${path}.fact`)}
            value={value.fact}
            facts={env.facts}
            status={status(`${path}.fact`)}
            onChange={(ref) => onChange({ fact: ref ?? "" })}
          />
        </Form.Item>
      )}
      {mode === "item" && (
        <Form.Item
          label={labels.itemScore?.label ?? "考核项"}
          tooltip={labels.itemScore?.help}
          htmlFor={idOf(`${path}.itemScore`)}
          validateStatus={status(`${path}.itemScore`)}
          help={errorsOf(`${path}.itemScore`)}
          style={{ marginBottom: 8 }}
        >
          <ItemPicker
            id={idOf(`${path}.itemScore`)}
            value={value.itemScore}
            items={env.items}
            status={status(`${path}.itemScore`)}
            onChange={(code) => onChange({ itemScore: code ?? "" })}
          />
        </Form.Item>
      )}
      {mode === "ratio" && (
        <div className="param-inline">
          <Form.Item
            label="分子"
            htmlFor={idOf(`${path}.ratio[0]`)}
            validateStatus={status(`${path}.ratio[0]`)}
            help={errorsOf(`${path}.ratio[0]`)}
            style={{ marginBottom: 8 }}
          >
            <FactPicker
              id={idOf(`${path}.ratio[0]`)}
              value={ratio[0]}
              facts={env.facts}
              width={200}
              onChange={(ref) => setRatio(0, ref)}
            />
          </Form.Item>
          <span style={{ alignSelf: "center" }}>÷</span>
          <Form.Item
            label="分母"
            htmlFor={idOf(`${path}.ratio[1]`)}
            validateStatus={status(`${path}.ratio[1]`)}
            help={errorsOf(`${path}.ratio[1]`)}
            style={{ marginBottom: 8 }}
          >
            <FactPicker
              id={idOf(`${path}.ratio[1]`)}
              value={ratio[1]}
              facts={env.facts}
              width={200}
              onChange={(ref) => setRatio(1, ref)}
            />
          </Form.Item>
          <Form.Item
            label={labels.label?.label ?? "名称"}
            tooltip={labels.label?.help}
            htmlFor={idOf(`${path}.label`)}
            validateStatus={status(`${path}.label`)}
            help={errorsOf(`${path}.label`)}
            style={{ marginBottom: 8 }}
          >
            <Input
              id={idOf(`${path}.label`)}
              style={{ width: 180 }}
              value={typeof value.label === "string" ? value.label : ""}
              onChange={(e) => onChange({ ...value, label: e.target.value })}
            />
          </Form.Item>
          <Form.Item
            label={labels.percent?.label ?? "按百分比"}
            tooltip={labels.percent?.help}
            htmlFor={idOf(`${path}.percent`)}
            style={{ marginBottom: 8 }}
          >
            <Switch
              id={idOf(`${path}.percent`)}
              checked={value.percent !== false}
              onChange={(on) => onChange({ ...value, percent: on })}
            />
          </Form.Item>
        </div>
      )}
    </div>
  );
}

/** The measured-value control. */
export function MeasureControl({
  path,
  value,
  onChange,
  env,
  labels,
}: {
  id: string;
  path: string;
  value: unknown;
  onChange: (v: unknown) => void;
  env: ParamEnv;
  labels: Readonly<Record<string, Label>>;
}) {
  const spec = (value ?? { fact: "" }) as Spec;
  if (modeOf(spec) !== "best")
    return (
      <Single
        path={path}
        value={spec}
        onChange={onChange}
        env={env}
        labels={labels}
        modes={
          labels.itemScore === undefined
            ? ["fact", "ratio", "best"]
            : ["fact", "ratio", "best", "item"]
        }
      />
    );
  const best = spec.best as Spec[];
  const setBest = (next: Spec[]) => onChange({ ...spec, best: next });
  return (
    <div>
      <Radio.Group
        size="small"
        optionType="button"
        value="best"
        aria-label="计量方式"
        onChange={(e) =>
          onChange(e.target.value === "ratio" ? { ratio: ["", ""], label: "" } : { fact: "" })
        }
        options={(["fact", "ratio", "best"] as Mode[]).map((m) => ({
          value: m,
          label: modeNames[m],
        }))}
        style={{ marginBottom: 8 }}
      />
      <Form.Item
        label={labels.label?.label ?? "名称"}
        htmlFor={idOf(`${path}.label`)}
        validateStatus={env.errorsAt(`${path}.label`).length > 0 ? "error" : undefined}
        help={env.errorsAt(`${path}.label`).join("；") || undefined}
        style={{ marginBottom: 8 }}
      >
        <Input
          id={idOf(`${path}.label`)}
          style={{ width: 220 }}
          value={typeof spec.label === "string" ? spec.label : ""}
          onChange={(e) => onChange({ ...spec, label: e.target.value })}
        />
      </Form.Item>
      {best.map((choice, i) => (
        <div key={i} className="param-row">
          <div className="param-row-head">
            <span>第 {i + 1} 种</span>
            <Button
              size="small"
              type="text"
              danger
              aria-label={`删除第 ${i + 1} 种`}
              icon={<DeleteOutlined />}
              disabled={best.length <= 2}
              onClick={() => setBest(best.filter((_c, j) => j !== i))}
            />
          </div>
          <Single
            path={`${path}.best[${i}]`}
            value={choice}
            onChange={(c) => setBest(best.map((x, j) => (j === i ? c : x)))}
            env={env}
            labels={labels.best?.fields ?? labels}
            modes={["fact", "ratio"]}
          />
        </div>
      ))}
      <Space>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => setBest([...best, { fact: "" }])}
        >
          添加一种数值
        </Button>
      </Space>
    </div>
  );
}

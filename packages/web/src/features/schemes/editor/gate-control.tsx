/**
 * An item's 否决条件 (gate) as a form (decision 0342): the 是/否 fact it rests on (by label), when
 * it strikes («“已达到”为否时»), what it does (the engine's words: 本项得 0 分, 一票否决 …) and its
 * reason, shown in the 计分说明 — with 删除否决条件, or 设置否决条件 on an item without one. Before,
 * an imported gate was in the rule's sentence and nowhere in the form.
 */
import { gateEffectWords } from "@kaoping/engine";
import { Button, Form, Input, Select, Space, Typography } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { FactChoice } from "./fact-choices";
import { FactPicker } from "./fact-picker";
import { gateFacts, gateOf, newGate, whenChoices, type GateDraft } from "./gate-edit";

/** Props of the gate control. */
export interface GateControlProps {
  gate: unknown;
  /** The facts the item's rules may read (the gate is offered the 是/否 ones). */
  facts: FactChoice[];
  /** The gate changed; undefined removes it. */
  onChange: (gate: GateDraft | undefined) => void;
  /** The engine's problems at `gate…`. */
  errors: string[];
}

const effects = (Object.keys(gateEffectWords) as GateDraft["effect"][]).map((value) => ({
  value,
  label: gateEffectWords[value],
}));

/** The gate control. */
export function GateControl({ gate: raw, facts, onChange, errors }: GateControlProps) {
  const gate = gateOf(raw);
  const choices = gateFacts(facts);
  const label = choices.find((f) => f.ref === gate?.fact)?.label;
  return (
    <div data-testid="gate-control" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>否决条件</Typography.Title>
      <Typography.Paragraph type="secondary">
        按某个是/否事实决定本项不得分或一票否决，如“发生重大安全事故的，实行一票否决”“弄虚作假的，该项不得分”。
      </Typography.Paragraph>
      {gate === undefined ? (
        <Button icon={<PlusOutlined />} onClick={() => onChange(newGate(facts))}>
          设置否决条件
        </Button>
      ) : (
        <div className="param-row">
          <Space wrap align="start">
            <Form.Item
              label="依据事实"
              htmlFor="gate-fact"
              validateStatus={gate.fact === undefined ? "error" : undefined}
              help={
                gate.fact === undefined
                  ? choices.length === 0
                    ? "请选择：本项还没有是/否事实，请先在上方添加（如“发生安全事故”）"
                    : "请选择否决所依据的是/否事实"
                  : undefined
              }
            >
              <FactPicker
                id="gate-fact"
                value={gate.fact}
                facts={choices}
                status={gate.fact === undefined ? "error" : undefined}
                onChange={(fact) => onChange({ ...gate, ...(fact === undefined ? {} : { fact }) })}
                width={220}
              />
            </Form.Item>
            <Form.Item label="否决情形" htmlFor="gate-when">
              <Select
                id="gate-when"
                style={{ width: 220 }}
                disabled={label === undefined}
                placeholder="先选择事实"
                value={label === undefined ? undefined : String(gate.pass)}
                onChange={(v: string) => onChange({ ...gate, pass: v === "true" })}
                options={label === undefined ? [] : whenChoices(label)}
              />
            </Form.Item>
            <Form.Item label="否决结果" htmlFor="gate-effect">
              <Select
                id="gate-effect"
                style={{ width: 340 }}
                value={gate.effect}
                onChange={(effect: GateDraft["effect"]) => onChange({ ...gate, effect })}
                options={effects}
              />
            </Form.Item>
          </Space>
          <Form.Item
            label="否决理由"
            htmlFor="gate-reason"
            validateStatus={gate.reason.trim() === "" ? "error" : undefined}
            help={
              gate.reason.trim() === ""
                ? "请填写否决理由（写入计分说明，如“未按时办结，本项不得分”）"
                : errors.length > 0
                  ? errors.join("；")
                  : "写入计分说明，单位和评审员都能看到"
            }
          >
            <Input
              id="gate-reason"
              maxLength={200}
              value={gate.reason}
              onChange={(e) => onChange({ ...gate, reason: e.target.value })}
            />
          </Form.Item>
          <Button danger icon={<DeleteOutlined />} onClick={() => onChange(undefined)}>
            删除否决条件
          </Button>
        </div>
      )}
    </div>
  );
}

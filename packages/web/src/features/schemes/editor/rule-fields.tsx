/**
 * A rule's kind (by its Chinese name) and its parameters' controls; used for the item's rule
 * and for nested rules (a choice's rule, the parts of 多项合计). Changing the kind keeps the
 * parameters the new kind also has and fills in its first choices.
 */
import { ruleKinds } from "@kaoping/engine";
import { Form, Select } from "antd";
import { ObjectFields } from "./param-control";
import { idOf, type ParamEnv } from "./param-env";
import { initialRule, paramNodes } from "./rule-params";

type Rule = Record<string, unknown>;

/** The kind select and the parameters of one rule at `path` ("rule", "rule.parts[0]"). */
export function RuleFields({
  path,
  rule,
  onChange,
  env,
}: {
  path: string;
  rule: Rule;
  onChange: (rule: Rule) => void;
  env: ParamEnv;
}) {
  const kind = ruleKinds.find((k) => k.id === rule.kind);
  const kindErrors = [...env.errorsAt(path), ...env.errorsAt(`${path}.kind`)];
  return (
    <>
      <Form.Item
        label="规则种类"
        htmlFor={idOf(`${path}.kind`)}
        required
        validateStatus={kindErrors.length > 0 ? "error" : undefined}
        help={kindErrors.join("；") || kind?.description}
        style={{ marginBottom: 12 }}
      >
        <Select
          id={idOf(`${path}.kind`)}
          value={kind === undefined ? undefined : kind.id}
          placeholder="选择规则种类"
          style={{ width: 260 }}
          onChange={(id: string) => {
            const next = ruleKinds.find((k) => k.id === id);
            if (next === undefined) return;
            const names = new Set(paramNodes(next).map((n) => n.name));
            const kept = Object.fromEntries(Object.entries(rule).filter(([k]) => names.has(k)));
            onChange({ ...initialRule(next), ...kept, kind: id });
          }}
          options={ruleKinds.map((k) => ({ value: k.id, label: k.name }))}
        />
      </Form.Item>
      {kind !== undefined && (
        <ObjectFields
          nodes={paramNodes(kind)}
          value={rule}
          onChange={onChange}
          env={env}
          scope={{ path, parent: rule, fact: undefined, unit: "" }}
        />
      )}
    </>
  );
}

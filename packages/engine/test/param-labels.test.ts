// Every rule kind's parameters, nested fields and enum choices have a Chinese label and help
// (rules/param-labels.ts), and no label names a parameter that does not exist. The walk reads each
// kind's params schema as the editor does (zod → JSON Schema), so a new parameter, field or choice
// added to a kind fails here until it is labelled.
import { itemKinds, ruleKinds } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ruleParamLabels, type ParamLabel } from "../src/rules/param-labels.js";

interface JsonSchema {
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | boolean;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

const hasChinese = /[\u4e00-\u9fff]/;
const latin = /[A-Za-z]/;

/** The schemas a value's own shape is made of: union options, list elements, record values. */
function shapesOf(schema: JsonSchema): JsonSchema[] {
  const inner = [
    ...(schema.anyOf ?? []),
    ...(typeof schema.items === "object" ? [schema.items] : []),
    ...(schema.prefixItems ?? []),
    ...(typeof schema.additionalProperties === "object" ? [schema.additionalProperties] : []),
  ];
  return [schema, ...inner.flatMap(shapesOf)];
}

/** Problems of one parameter's label: missing, not Chinese, unnamed choices, then its fields. */
function labelProblems(schema: JsonSchema, label: ParamLabel | undefined, path: string): string[] {
  if (label === undefined) return [`${path}: 没有标签`];
  const problems: string[] = [];
  if (!hasChinese.test(label.label)) problems.push(`${path}: 标签不是中文`);
  if (!hasChinese.test(label.help)) problems.push(`${path}: 没有中文说明`);
  if (latin.test(label.label) || latin.test(label.help)) problems.push(`${path}: 含英文字母`);
  for (const [value, name] of Object.entries(label.values ?? {}))
    if (latin.test(name)) problems.push(`${path}=${value}: 选项名称含英文字母`);
  const choices = shapesOf(schema).flatMap((s) => s.enum ?? []);
  for (const choice of choices)
    if (!hasChinese.test(label.values?.[String(choice)] ?? ""))
      problems.push(`${path}=${String(choice)}: 选项没有中文名称`);
  return [...problems, ...fieldProblems(schema, label.fields ?? {}, path)];
}

/** Problems of the fields of an object (or of each element / union option) against `labels`. */
function fieldProblems(
  schema: JsonSchema,
  labels: Readonly<Record<string, ParamLabel>>,
  path: string,
): string[] {
  const properties = new Map<string, JsonSchema[]>();
  for (const shape of shapesOf(schema))
    for (const [name, property] of Object.entries(shape.properties ?? {}))
      properties.set(name, [...(properties.get(name) ?? []), property]);
  const problems = [...properties].flatMap(([name, variants]) =>
    variants.flatMap((v) => labelProblems(v, labels[name], path === "" ? name : `${path}.${name}`)),
  );
  for (const name of Object.keys(labels))
    if (!properties.has(name)) problems.push(`${path === "" ? "" : `${path}.`}${name}: 参数不存在`);
  return [...new Set(problems)];
}

/** Problems of a params schema's labels. */
function problemsOf(params: z.ZodType, labels: Readonly<Record<string, ParamLabel>>): string[] {
  const schema = z.toJSONSchema(params, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return fieldProblems(schema, labels, "");
}

describe("rule parameter labels", () => {
  it.each(ruleKinds.map((k) => [k.id, k] as const))(
    "%s: every parameter, field and choice has a Chinese label and help",
    (_id, kind) => {
      expect(problemsOf(kind.params, kind.labels)).toEqual([]);
      expect(kind.labels).toBe(ruleParamLabels[kind.id]);
    },
  );

  it("names and describes every rule kind and item kind without an identifier", () => {
    for (const kind of [...ruleKinds, ...itemKinds]) {
      expect(kind.name, kind.id).not.toMatch(latin);
      expect(kind.description, kind.id).not.toMatch(latin);
    }
  });

  it("labels no kind that does not exist", () => {
    const ids = new Set(ruleKinds.map((k) => k.id));
    expect(Object.keys(ruleParamLabels).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("finds an unlabelled parameter, nested field and choice, and a stale label", () => {
    const params = z.object({
      direction: z.enum(["below", "above"]),
      value: z.union([z.object({ fact: z.string() }), z.object({ ratio: z.string() })]),
      bands: z.array(z.object({ gte: z.string(), points: z.string() })),
      extra: z.string().optional(),
    });
    const labels: Record<string, ParamLabel> = {
      direction: { label: "方向", help: "方向说明", values: { below: "低于" } },
      value: { label: "计量值", help: "说明", fields: { fact: { label: "事实", help: "说明" } } },
      bands: { label: "分档", help: "说明", fields: { gte: { label: "不低于", help: "下限" } } },
      gone: { label: "旧参数", help: "说明" },
    };
    expect(problemsOf(params, labels)).toEqual([
      "direction=above: 选项没有中文名称",
      "value.ratio: 没有标签",
      "bands.points: 没有标签",
      "extra: 没有标签",
      "gone: 参数不存在",
    ]);
  });
});

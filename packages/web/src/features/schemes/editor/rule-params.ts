/**
 * The shape of a rule kind's parameters as form controls, read from the engine's `ruleKinds`
 * (the kind's zod schema as JSON Schema, and the Chinese labels and input hints of
 * rules/param-labels.ts): every parameter, every nested field and every list becomes a control
 * — choices, numbers with their unit, fact and field pickers, rows, nested rules — and never a
 * JSON text box.
 */
import type { KindInfo } from "@kaoping/engine";
import { z } from "zod";

/** The JSON Schema subset zod writes for rule parameters. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

/** A parameter's label as the engine gives it. */
export type Label = KindInfo["labels"][string];

/** The control a value gets. */
export type Control =
  | "choice"
  | "number"
  | "integer"
  | "switch"
  | "text"
  | "fact"
  | "field"
  | "factValue"
  | "fieldValue"
  | "fieldPoints"
  | "measure"
  | "rows"
  | "group"
  | "rule"
  | "item";

/** One field of a form: its name, label, schema, control and whether it must be given. */
export interface ParamNode {
  name: string;
  label: string;
  help: string;
  required: boolean;
  control: Control;
  schema: JsonSchema;
  labels: Readonly<Record<string, Label>>;
  /** Numbers: "points" (分) or "measure" (the measured value's unit); else undefined. */
  unit: "points" | "measure" | undefined;
  choices: { value: string; label: string }[];
  default: unknown;
}

const schemas = new WeakMap<KindInfo, JsonSchema>();

/** A kind's params as JSON Schema (made once per kind). */
export function paramsSchema(kind: KindInfo): JsonSchema {
  let schema = schemas.get(kind);
  if (schema === undefined) {
    schema = z.toJSONSchema(kind.params, { io: "input", unrepresentable: "any" }) as JsonSchema;
    schemas.set(kind, schema);
  }
  return schema;
}

function isObject(s: JsonSchema): boolean {
  return s.type === "object" || s.properties !== undefined;
}

/** The control of one value from its schema and label. */
function controlOf(schema: JsonSchema, label: Label | undefined): Control {
  // A ratio's pair of facts is a list too, but only inside a measured value (its own control).
  if (schema.type === "array") return "rows";
  switch (label?.input) {
    case "fact":
    case "field":
    case "factValue":
    case "fieldValue":
    case "fieldPoints":
    case "rule":
    case "item":
      return label.input;
    default:
  }
  if (schema.enum !== undefined) return "choice";
  if (schema.anyOf?.every(isObject) === true) return "measure";
  if (schema.type === "boolean") return "switch";
  if (schema.type === "integer") return "integer";
  if (isObject(schema)) return "group";
  if (schema.anyOf !== undefined || schema.type === "number") return "number";
  if (label?.input === "points" || label?.input === "measure") return "number";
  return "text";
}

/** The fields of an object schema, in declaration order. */
export function nodesOf(schema: JsonSchema, labels: Readonly<Record<string, Label>>): ParamNode[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== "kind")
    .map(([name, property]) => {
      const label = labels[name];
      const control = controlOf(property, label);
      return {
        name,
        label: label?.label ?? "（未命名参数）",
        help: label?.help ?? "",
        required: required.has(name),
        control,
        schema: property,
        labels: label?.fields ?? {},
        unit:
          label?.input === "points" ? "points" : label?.input === "measure" ? "measure" : undefined,
        choices: (property.enum ?? []).map((v) => ({
          value: String(v),
          label: label?.values?.[String(v)] ?? "（未命名选项）",
        })),
        default: property.default,
      };
    });
}

/** The fields of a kind's params. */
export function paramNodes(kind: KindInfo): ParamNode[] {
  return nodesOf(paramsSchema(kind), kind.labels);
}

/** The schema of a list's elements (an object for rows of fields). */
export function elementOf(node: ParamNode): JsonSchema {
  return node.schema.items ?? {};
}

/**
 * A new value for a parameter: the first choice of a required choice, one empty row of a
 * required list, else nothing — so a new rule shows every control with the engine saying what
 * is still to fill in.
 */
export function initialValue(node: ParamNode): unknown {
  if (!node.required) return undefined;
  if (node.control === "choice") return node.choices[0]?.value;
  if (node.control === "rows") {
    const element = elementOf(node);
    if (node.labels.kind !== undefined || element.properties?.kind !== undefined)
      return [{ kind: "discretionary" }];
    return [initialObject(element, node.labels)];
  }
  return undefined;
}

/** An object with the initial values of its required fields. */
export function initialObject(
  schema: JsonSchema,
  labels: Readonly<Record<string, Label>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const node of nodesOf(schema, labels)) {
    const value = initialValue(node);
    if (value !== undefined) out[node.name] = value;
  }
  return out;
}

/** A new rule of a kind: its kind and the initial values of its parameters. */
export function initialRule(kind: KindInfo): Record<string, unknown> {
  return { kind: kind.id, ...initialObject(paramsSchema(kind), kind.labels) };
}

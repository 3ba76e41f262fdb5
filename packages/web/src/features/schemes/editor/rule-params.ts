/**
 * The fields of a rule kind's parameters, read from the engine's `ruleKinds` metadata (the
 * kind's zod schema as JSON Schema, and the Chinese labels of rules/param-labels.ts), so the
 * editor's form follows the engine: choices become selects with Chinese names, decimals text
 * inputs, flags switches, lists and nested objects JSON fields with their fields explained.
 */
import type { KindInfo } from "@kaoping/engine";
import { z } from "zod";

/** One parameter field of a rule kind. */
export interface ParamField {
  name: string;
  /** The Chinese label (the parameter's name when the engine gives none). */
  label: string;
  /** What the parameter means (tooltip). */
  help: string | undefined;
  required: boolean;
  input: "select" | "fact" | "text" | "decimal" | "boolean" | "json";
  options: { value: string; label: string }[];
  /** The fields of a JSON parameter (list elements, nested objects): `name`, label and help. */
  fields: { name: string; label: string; help: string }[];
  description: string | undefined;
}

type Label = KindInfo["labels"][string];

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function isPrimitive(schema: JsonSchema): boolean {
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  return (
    type.every((t) => t === "string" || t === "number" || t === "integer") &&
    schema.enum === undefined
  );
}

/**
 * Nested fields with their labels, depth first (`byField.field` under `byField`); a deeper field
 * already described one level up under the same name and label (`best.ratio` = `ratio`) is left
 * out, so the help does not repeat itself.
 */
function nestedFields(labels: Label["fields"], prefix = ""): ParamField["fields"] {
  const entries = Object.entries(labels ?? {});
  const shown = new Set(entries.map(([name, l]) => `${name}\u0000${l.label}`));
  return entries.flatMap(([name, l]) => [
    { name: `${prefix}${name}`, label: l.label, help: l.help },
    ...nestedFields(
      Object.fromEntries(
        Object.entries(l.fields ?? {}).filter(([n, f]) => !shown.has(`${n}\u0000${f.label}`)),
      ),
      `${prefix}${name}.`,
    ),
  ]);
}

function fieldOf(
  name: string,
  schema: JsonSchema,
  required: boolean,
  label: Label | undefined,
): ParamField {
  const base = {
    name,
    label: label?.label ?? name,
    help: label?.help,
    required,
    options: [] as ParamField["options"],
    fields: nestedFields(label?.fields),
    description: schema.description,
  };
  const choices = (values: unknown[]) =>
    values.map(String).map((value) => ({ value, label: label?.values?.[value] ?? value }));
  if (schema.enum !== undefined) return { ...base, input: "select", options: choices(schema.enum) };
  if (schema.anyOf !== undefined) {
    const constants = schema.anyOf.filter((s) => s.const !== undefined).map((s) => s.const);
    if (constants.length === schema.anyOf.length)
      return { ...base, input: "select", options: choices(constants) };
    return { ...base, input: schema.anyOf.every(isPrimitive) ? "decimal" : "json" };
  }
  if (schema.type === "boolean") return { ...base, input: "boolean" };
  if (schema.type === "number" || schema.type === "integer") return { ...base, input: "decimal" };
  // Parameters named like a fact reference pick from the item's facts.
  if (schema.type === "string")
    return { ...base, input: /^(fact|reference|date)$/.test(name) ? "fact" : "text" };
  return { ...base, input: "json" };
}

/** The parameter fields of a kind, in declaration order. */
export function paramFields(kind: KindInfo): ParamField[] {
  let schema: JsonSchema;
  try {
    schema = z.toJSONSchema(kind.params, { io: "input", unrepresentable: "any" }) as JsonSchema;
  } catch {
    return [];
  }
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== "kind")
    .map(([name, property]) => fieldOf(name, property, required.has(name), kind.labels[name]));
}

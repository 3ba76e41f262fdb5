/**
 * The fields of a rule kind's parameters, read from the engine's `ruleKinds` metadata (the
 * kind's zod schema as JSON Schema), so the editor's form follows the engine: choices become
 * selects, decimals text inputs, flags switches, lists and nested objects JSON fields.
 */
import type { KindInfo } from "@kaoping/engine";
import { z } from "zod";

/** One parameter field of a rule kind. */
export interface ParamField {
  name: string;
  required: boolean;
  input: "select" | "fact" | "text" | "decimal" | "boolean" | "json";
  options: string[];
  description: string | undefined;
}

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

function fieldOf(name: string, schema: JsonSchema, required: boolean): ParamField {
  const base = { name, required, options: [] as string[], description: schema.description };
  if (schema.enum !== undefined)
    return { ...base, input: "select", options: schema.enum.map(String) };
  if (schema.anyOf !== undefined) {
    const constants = schema.anyOf.filter((s) => s.const !== undefined).map((s) => String(s.const));
    if (constants.length === schema.anyOf.length)
      return { ...base, input: "select", options: constants };
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
    .map(([name, property]) => fieldOf(name, property, required.has(name)));
}

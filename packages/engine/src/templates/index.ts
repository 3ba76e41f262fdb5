/** The built-in templates: scheme documents shipped with the engine, validated once on first use. */
import type { Scheme, SchemeDocument } from "../scheme/schema.js";
import { validateScheme } from "../scheme/validate.js";
import { medicalAid2021 } from "./medical-aid-2021/index.js";
import { township2022 } from "./township-2022/index.js";

const documents: readonly SchemeDocument[] = [township2022, medicalAid2021];
const validated = new Map<string, Scheme>();

/** The built-in templates: id, title and description. */
export function listTemplates(): { id: string; title: string; description: string }[] {
  return documents.map((d) => ({ id: d.id, title: d.title, description: d.description ?? "" }));
}

/** A built-in template as a validated scheme, or undefined for an unknown id. */
export function getTemplate(id: string): Scheme | undefined {
  const cached = validated.get(id);
  if (cached !== undefined) return cached;
  const doc = documents.find((d) => d.id === id);
  if (doc === undefined) return undefined;
  const result = validateScheme(doc);
  // A built-in template that does not validate is a bug in the engine, caught by its tests.
  if (!result.ok)
    throw new Error(`built-in template ${id} is invalid: ${JSON.stringify(result.problems)}`);
  validated.set(id, result.scheme);
  return result.scheme;
}

/**
 * `validateScheme`: structure (zod) then meaning (compile); the compiled form is cached per scheme
 * object. A sound scheme may still carry warnings (a fact no rule reads, unread-facts.ts).
 */
import type { Problem } from "../problems.js";
import { compileScheme, type CompiledScheme } from "./compile.js";
import { schemeSchema, type Scheme } from "./schema.js";
import { unreadFactWarnings } from "./unread-facts.js";
import { zhErrors, zodProblems } from "./zod-problems.js";

const compiledCache = new WeakMap<Scheme, CompiledScheme>();

/**
 * Validates a scheme document; the scheme it returns is the normalised document (defaults filled
 * in), with its warnings: what loads and scores but is likely a mistake (empty when none).
 */
export function validateScheme(
  doc: unknown,
): { ok: true; scheme: Scheme; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  const parsed = schemeSchema.safeParse(doc, zhErrors);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const { compiled, problems } = compileScheme(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  compiledCache.set(parsed.data, compiled);
  return { ok: true, scheme: parsed.data, warnings: unreadFactWarnings(compiled) };
}

/**
 * The compiled form of a scheme. Scoring functions accept any scheme object, so one that did not
 * come from `validateScheme` is validated here; an invalid one is a programmer error.
 */
export function compiledOf(scheme: Scheme): CompiledScheme {
  const cached = compiledCache.get(scheme);
  if (cached !== undefined) return cached;
  const result = validateScheme(scheme);
  if (!result.ok) {
    throw new Error(
      `invalid scheme passed to the engine: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
    );
  }
  const compiled = compiledCache.get(result.scheme) as CompiledScheme;
  compiledCache.set(scheme, compiled);
  return compiled;
}

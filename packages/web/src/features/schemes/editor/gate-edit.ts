/**
 * An item's 否决条件 (gate) as the editor holds it (decision 0342): a new one's defaults, and the
 * choices of «when it applies» in words built from the fact's label — a gate stores the value that
 * passes (`pass`), the administrator reads when it strikes («“已达到”为否时»).
 */
import type { FactChoice } from "./fact-choices";

/** A gate possibly half-written (no fact yet, an empty reason). */
export interface GateDraft {
  fact?: string;
  pass: boolean;
  effect: "zero" | "veto" | "noExcellent" | "ineligible";
  reason: string;
}

/** The item's gate, or undefined when it has none. */
export function gateOf(raw: unknown): GateDraft | undefined {
  if (raw === null || typeof raw !== "object") return undefined;
  const g = raw as Partial<GateDraft>;
  return {
    ...(typeof g.fact === "string" && g.fact !== "" ? { fact: g.fact } : {}),
    pass: g.pass !== false,
    effect: g.effect ?? "zero",
    reason: typeof g.reason === "string" ? g.reason : "",
  };
}

/** The 是/否 facts a gate may rest on (the item's own first). */
export function gateFacts(facts: readonly FactChoice[]): FactChoice[] {
  return facts.filter((f) => f.decl.type === "bool");
}

/** A new gate: on the item's only 是/否 fact when it has exactly one, else on none yet. */
export function newGate(facts: readonly FactChoice[]): GateDraft {
  const own = gateFacts(facts).filter((f) => f.group === "本项");
  return {
    ...(own.length === 1 ? { fact: own[0]!.ref } : {}),
    pass: true,
    effect: "zero",
    reason: "",
  };
}

/** When the gate strikes, in words: «“已达到”为否时» (passes on 是), «“弄虚作假”为是时» (on 否). */
export function whenChoices(label: string): { value: "true" | "false"; label: string }[] {
  return [
    { value: "true", label: `“${label}”为否时` },
    { value: "false", label: `“${label}”为是时` },
  ];
}

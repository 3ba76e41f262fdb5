import type { FactDeclaration } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import type { FactChoice } from "./fact-choices";
import { gateOf, newGate, whenChoices } from "./gate-edit";

const fact = (ref: string, type: FactDeclaration["type"], group = "本项"): FactChoice => ({
  ref,
  label: ref,
  group,
  decl: { name: ref, type, label: ref, required: true } as FactDeclaration,
});

describe("an item's 否决条件 in the editor", () => {
  it.each([
    [undefined, undefined],
    [
      { fact: "clear", pass: true, effect: "veto", reason: "一票否决" },
      { fact: "clear", pass: true, effect: "veto", reason: "一票否决" },
    ],
    [
      { fact: "", effect: "zero" },
      { pass: true, effect: "zero", reason: "" },
    ],
    [
      { fact: "fraud", pass: false },
      { fact: "fraud", pass: false, effect: "zero", reason: "" },
    ],
  ])("reads %j as %j", (raw, want) => {
    expect(gateOf(raw)).toEqual(want);
  });

  it("rests a new gate on the item's only 是/否 fact, and on none when there are several", () => {
    expect(
      newGate([fact("rate", "pct"), fact("clear", "bool"), fact("1.x", "bool", "1 其他")]).fact,
    ).toBe("clear");
    expect(newGate([fact("a", "bool"), fact("b", "bool")]).fact).toBeUndefined();
    expect(newGate([fact("rate", "pct")])).toEqual({ pass: true, effect: "zero", reason: "" });
  });

  it("says when the gate strikes from the value that passes", () => {
    expect(whenChoices("已达到")).toEqual([
      { value: "true", label: "“已达到”为否时" },
      { value: "false", label: "“已达到”为是时" },
    ]);
  });
});

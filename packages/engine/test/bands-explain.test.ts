// The bands rule's explanation says 「其余得 N 分」 only when some value falls outside every band
// (decision 0294): bands that cover every value (≥90, 80–90, <80) have no "rest" to speak of.
import { explainRule } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact } from "./helpers.js";

const facts = [fact.pct("rate")];
const say = (bands: object[], otherwise?: string) =>
  explainRule(
    { kind: "bands", value: { fact: "rate" }, bands, ...(otherwise ? { otherwise } : {}) },
    { code: "1", max: "3", facts },
  );

describe("bands explanation: 其余 only when a value falls outside", () => {
  it.each([
    [
      "≥90 / 80–90 / <80",
      [
        { gte: "90", points: "3" },
        { gte: "80", lt: "90", points: "2" },
        { lt: "80", points: "0" },
      ],
    ],
    [
      "≤60 / >60",
      [
        { gt: "60", points: "2" },
        { lte: "60", points: "1" },
      ],
    ],
    [
      "overlapping",
      [
        { gte: "50", points: "2" },
        { lt: "70", points: "1" },
      ],
    ],
    ["one band of every value", [{ points: "1" }]],
  ])("%s covers every value: no 其余", (_name, bands) => {
    const sentence = say(bands);
    expect(sentence).not.toContain("其余");
    expect(sentence).toContain("得 ");
  });

  it.each([
    [
      "a gap below",
      [
        { gte: "90", points: "3" },
        { gte: "80", lt: "90", points: "2" },
      ],
      "0",
    ],
    [
      "an open point at 80",
      [
        { gt: "80", points: "3" },
        { lt: "80", points: "1" },
      ],
      "0",
    ],
    [
      "a gap between",
      [
        { gte: "90", points: "3" },
        { lt: "60", points: "1" },
      ],
      "0.5",
    ],
    ["nothing above 100", [{ gte: "0", lte: "100", points: "2" }], "0"],
  ])("%s: says 其余得 N 分", (_name, bands, otherwise) => {
    expect(say(bands, otherwise)).toContain(`其余得 ${otherwise} 分`);
  });
});

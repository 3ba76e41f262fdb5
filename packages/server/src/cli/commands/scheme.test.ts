// `kaoping scheme explain`: one line per item with its sentence, for both templates and a file.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTemplate } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { captureContext } from "../cli-test-context.js";
import { main } from "../main.js";

const work = mkdtempSync(join(tmpdir(), "kaoping-explain-"));
const run = async (...args: string[]) => {
  const ctx = captureContext(work);
  const status = await main(args, ctx);
  return { status, out: ctx.out(), err: ctx.err() };
};
/** The sentence part of an item line: after "（N 分）：". */
const sentenceOf = (line: string) => line.slice(line.indexOf("分）：") + 3);

describe("kaoping scheme explain", () => {
  it.each([
    ["township-2022", "4.1 基本医疗保险参保率（5 分）：", ["99.8", "0.1", "0.5"]],
    [
      "medical-aid-2021",
      "2.7 “一站式”救助人次或资金占比（5 分）：",
      ["85%", "10 个百分点", "扣 1 分"],
    ],
  ])("%s: every item's line, no Latin identifier in any sentence", async (id, head, numbers) => {
    const { status, out, err } = await run("scheme", "explain", id);
    expect([status, err]).toEqual([0, ""]);
    const lines = out.trimEnd().split("\n").slice(1);
    const items = getTemplate(id)?.items ?? [];
    const count = (list: typeof items): number =>
      list.reduce((n, i) => n + 1 + count(i.children ?? []), 0);
    expect(lines).toHaveLength(count(items));
    for (const line of lines) expect(sentenceOf(line)).not.toMatch(/[A-Za-z]/);
    const line = lines.find((l) => l.trim().startsWith(head));
    for (const n of numbers) expect(sentenceOf(line ?? "")).toContain(n);
  });

  it("reads a scheme file", async () => {
    const file = join(work, "s.json");
    const scheme = {
      id: "tiny",
      title: "小方案",
      items: [
        {
          code: "1",
          title: "报送",
          max: "2",
          facts: [{ name: "n", type: "int", label: "少报篇数", unit: "篇" }],
          rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "n", points: "0.5" }] },
        },
      ],
    };
    writeFileSync(file, JSON.stringify(scheme));
    const { status, out } = await run("scheme", "explain", file);
    expect(status).toBe(0);
    expect(out).toBe("小方案\n1 报送（2 分）：少报篇数每篇扣 0.5 分，扣完为止；满分 2 分\n");

    // 得分保留小数位数: said last, once for the whole scheme.
    writeFileSync(file, JSON.stringify({ ...scheme, places: 1 }));
    const rounded = await run("scheme", "explain", file);
    expect(rounded.out.trimEnd().split("\n").at(-1)).toBe(
      "各项得分四舍五入保留一位小数，合计为各项保留后得分之和",
    );
  });

  it.each([[["scheme"]], [["scheme", "show", "x"]], [["scheme", "explain"]]])(
    "refuses a wrong use %j with the usage",
    async (args) => {
      const { status, err } = await run(...args);
      expect(status).toBe(2);
      expect(err).toContain("用法");
    },
  );

  it("names an unknown scheme", async () => {
    const { status, err } = await run("scheme", "explain", "nope-2030");
    expect(status).toBe(1);
    expect(err).toContain("未知的考核方案");
  });
});

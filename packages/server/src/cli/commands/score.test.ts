// `kaoping score`, `templates` and `template show`: output, exit codes, stdout/stderr separation, round trip.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { captureContext } from "../cli-test-context.js";
import { main } from "../main.js";
import { displayWidth } from "../text-table.js";

const repo = fileURLToPath(new URL("../../../../../", import.meta.url));
const fixture = (name: string) => join(repo, "..", "shared", "fixtures", name);
const work = mkdtempSync(join(tmpdir(), "kaoping-cli-"));
const write = (name: string, content: string) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const run = async (...args: string[]) => {
  const ctx = captureContext(work);
  const status = await main(args, ctx);
  return { status, out: ctx.out(), err: ctx.err() };
};
const roundFile = () =>
  write(
    "round.json",
    JSON.stringify(
      JSON.parse(readFileSync(fixture("township-2022/county-round.json"), "utf8")).input,
    ),
  );

describe("kaoping score", () => {
  it("prints a readable score sheet and ranking, aligned for Chinese", async () => {
    const { status, out, err } = await run("score", roundFile());
    expect([status, err]).toEqual([0, ""]);
    expect(out).toContain("练市镇（lianshi）  总分 99.5  排名 3/5");
    expect(out).toContain("参保率 99.65%，低于 99.8% 共 0.15 个百分点");
    const ranking = out.slice(out.lastIndexOf("排名\n"));
    expect(
      ranking
        .split("\n")
        .slice(3, 5)
        .map((l) => l.trim().split(/\s+/).slice(0, 3)),
    ).toEqual([
      ["1", "和孚镇", "103.2"],
      ["2", "南太湖园区", "99.83"],
    ]);
    // The 得分 column ends at the same display column on every row of a sheet.
    const sheet = out.split("\n\n")[1]?.split("\n").slice(1, 10) ?? [];
    const ends = sheet
      .filter((l) => !l.startsWith("─"))
      .map((l) => displayWidth(l.split("  ").slice(0, -1).join("  ").trimEnd()));
    expect(new Set(ends.slice(1)).size).toBe(1);
  });

  it("accepts a fixture file as it is (its input is a facts file)", async () => {
    const { status, out } = await run(
      "score",
      fixture("township-2022/full-marks-with-bonus.json"),
      "--json",
    );
    expect(status).toBe(0);
    expect(JSON.parse(out).units[0].total).toBe("110");
  });

  it("reads JSON numbers as the decimals they are written as", async () => {
    const file = write(
      "exact.json",
      `{"scheme":"township-2022","units":[{"id":"a","name":"甲","facts":{"4.1":{"rate":99.6},"9.2":{"donationYuan":50000.00},"8":{"ratings":[13.335e0]}}}]}`,
    );
    const { status, out, err } = await run("score", file, "--json");
    expect(err).toContain("8.ratings[0]"); // 13.335 has 3 decimals: refused, not silently rounded
    expect([status, out]).toEqual([2, ""]);
    const ok = write(
      "exact2.json",
      `{"scheme":"township-2022","units":[{"id":"a","name":"甲","facts":{"4.1":{"rate":99.6},"9.2":{"donationYuan":50000.00}}}]}`,
    );
    const items = JSON.parse((await run("score", ok, "--json")).out).units[0].items;
    expect(items[3].children[0].score).toBe("4");
    expect(items[8].children[1].score).toBe("1");
  });

  it.each([
    [["score"], "用法"],
    [["score", "a.json", "b.json"], "用法"],
    [["score", "--bogus", "x.json"], "用法"],
    [["score", "missing.json"], "missing.json: 无法读取文件"],
  ])("refuses %j with status 2", async (args, message) => {
    const { status, out, err } = await run(...args);
    expect([status, out]).toEqual([2, ""]);
    expect(err).toContain(message);
  });

  it.each([
    ["{ not json", "JSON 格式错误"],
    ["[]", "事实文件应为 JSON 对象"],
    [`{"units":[]}`, "scheme: 缺少考核方案"],
    [`{"scheme":"no-such","units":[]}`, "scheme: 未知的考核方案"],
    [`{"scheme":"./nope.json","units":[]}`, "无法读取方案文件"],
    [
      `{"scheme":"township-2022","units":[{"id":"a","name":"甲","facts":{"4.1":{"rate":"100.5"},"4.9":{}}},{"id":"a","name":"乙","facts":{}}]}`,
      "a: 4.1.rate: 100.5 超过上限 100",
    ],
    [`{"scheme":"township-2022","units":{}}`, "units: units 应为单位数组"],
  ])("refuses %s with one line per problem on stderr", async (content, message) => {
    const { status, out, err } = await run("score", write("bad.json", content));
    expect([status, out]).toEqual([2, ""]);
    expect(err).toContain(message);
    if (message.startsWith("a: "))
      expect(err.trim().split("\n")).toEqual([
        "a: id: 单位 id a 重复",
        "a: 4.1.rate: 100.5 超过上限 100（参保率）",
        "a: 4.9: 方案中没有编号为 4.9 且需要填写事实的项目",
      ]);
  });
});

describe("kaoping templates and template show", () => {
  it("lists the built-in templates", async () => {
    const { status, out } = await run("templates");
    expect(status).toBe(0);
    expect(out).toMatch(/township-2022\s+乡镇\(街道、园区\)医疗保障工作目标考核评分细则/);
    expect(out).toContain("medical-aid-2021");
  });

  it.each(["township-2022", "medical-aid-2021"])(
    "prints %s as a scheme file that --scheme FILE reads back to the same scores",
    async (id) => {
      const shown = await run("template", "show", id);
      expect(shown.status).toBe(0);
      const schemeFile = write(`${id}.scheme.json`, shown.out);
      const facts = fixture(
        id === "township-2022"
          ? "township-2022/county-round.json"
          : "medical-aid-2021/three-districts.json",
      );
      const viaId = await run("score", facts, "--json");
      const viaFile = await run("score", facts, "--scheme", schemeFile, "--json");
      expect(viaFile.err).toBe("");
      expect(JSON.parse(viaFile.out)).toEqual(JSON.parse(viaId.out));
    },
  );

  it("names the place of a mistake in a scheme file", async () => {
    const scheme = JSON.parse((await run("template", "show", "township-2022")).out);
    scheme.items[0].children[0].rule.kind = "magic";
    const file = write("broken.scheme.json", JSON.stringify(scheme));
    const { status, err } = await run("score", roundFile(), "--scheme", file);
    expect(status).toBe(2);
    expect(err).toContain(`${file}: items[0].children[0].rule.kind: 未知的计分规则类型 magic`);
  });

  it("refuses an unknown template and bad usage", async () => {
    expect((await run("template", "show", "nope")).status).toBe(2);
    expect((await run("template", "list")).status).toBe(2);
    expect((await run("templates", "extra")).status).toBe(2);
  });
});

describe("the built binary", () => {
  const bin = join(repo, "packages/server/bin/kaoping.js");
  const built = existsSync(join(repo, "packages/server/dist/cli/commands/score.js"));
  it.runIf(built)(
    "exits 0 with one JSON document on stdout, and 2 with stdout empty on invalid input",
    () => {
      const ok = spawnSync(
        process.execPath,
        [bin, "score", fixture("medical-aid-2021/liuan-self-evaluation-2021.json"), "--json"],
        { encoding: "utf8" },
      );
      expect([ok.status, ok.stderr]).toEqual([0, ""]);
      expect(JSON.parse(ok.stdout).units[0].total).toBe("99");
      const bad = spawnSync(
        process.execPath,
        [bin, "score", fixture("township-2022/invalid-rate.json"), "--json"],
        { encoding: "utf8" },
      );
      expect([bad.status, bad.stdout]).toEqual([2, ""]);
      expect(bad.stderr).toBe("jiazhen: 4.1.rate: 101 超过上限 100（参保率）\n");
    },
  );
});

describe("kaoping score: improvements (得分提升)", () => {
  it("every improvement of every unit, applied and scored again, raises the total by exactly its gain", async () => {
    const file = roundFile();
    const input = JSON.parse(readFileSync(file, "utf8"));
    const { status, out } = await run("score", file, "--json");
    expect(status).toBe(0);
    const units = JSON.parse(out).units as {
      id: string;
      total: string;
      improvements: { code: string; gain: string; facts: Record<string, unknown>; text: string }[];
    }[];
    const lianshi = units.find((u) => u.id === "lianshi");
    expect(lianshi?.improvements.find((m) => m.code === "4.1")?.facts).toEqual({
      "4.1.rate": "99.7",
    });
    let checked = 0;
    for (const [i, unit] of units.entries()) {
      for (const m of unit.improvements) {
        const changed = structuredClone(input);
        for (const [path, value] of Object.entries(m.facts)) {
          const at = path.lastIndexOf(".");
          const facts = changed.units[i].facts;
          facts[path.slice(0, at)] = { ...facts[path.slice(0, at)], [path.slice(at + 1)]: value };
        }
        const again = await run(
          "score",
          write(`changed-${i}.json`, JSON.stringify(changed)),
          "--json",
        );
        const total = JSON.parse(again.out).units[i].total;
        expect(Number(total) - Number(unit.total)).toBeCloseTo(Number(m.gain), 10);
        expect(String(+(Number(total) - Number(unit.total)).toFixed(4))).toBe(m.gain);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("prints the top five improvements under each unit and what facts cannot lift", async () => {
    const { out } = await run("score", roundFile());
    expect(out).toContain("提分空间（前 5 项");
    expect(out).toContain("参保率由 99.65% 提高到 99.7%，可多得 0.5 分");
    expect(out).toContain("8 领导、科室评议（失 1 分）：此项为评议打分");
  });
});

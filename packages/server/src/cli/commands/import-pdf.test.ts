/** `kaoping import rubric 细则.pdf` (decision 0324): a PDF read as an upload is; a scan refused in Chinese. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { captureContext } from "../cli-test-context.js";
import { run } from "./import.js";

const pdfs = fileURLToPath(new URL("../../../test/office/pdf/", import.meta.url));

describe("kaoping import rubric FILE.pdf", () => {
  it("writes the draft of a PDF rubric", async () => {
    const ctx = captureContext(pdfs);
    expect(await run(["rubric", "merged-notes.chromium.pdf"], ctx)).toBe(0);
    const draft = JSON.parse(ctx.out()) as { title: string; items: { code: string }[] };
    expect(draft.title).toBe("白河县2027年度医疗保障工作考核评分细则");
    // 基金监管, 医保服务, and the 一票否决 the note under the table states.
    expect(draft.items.map((i) => i.code)).toEqual(["1", "2", "3"]);
  });

  it("says on stderr what it did not read, as the review screen does", async () => {
    const ctx = captureContext(pdfs);
    expect(await run(["rubric", "merged-notes.chromium.pdf"], ctx)).toBe(0);
    // The note under the table that became the 一票否决 part is reported, not only imported.
    expect(ctx.err()).toMatch(/^提示：说明中的一票否决情形已导入/m);
  });

  it("refuses a scan, saying so in Chinese", async () => {
    const ctx = captureContext(pdfs);
    expect(await run(["rubric", "scan.pdf"], ctx)).toBe(2);
    expect(ctx.err()).toMatch(/scan\.pdf: .*扫描件/);
  });
});

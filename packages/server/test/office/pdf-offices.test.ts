/**
 * 细则 PDFs as offices print them (decision 0330, blind set in test/office/pdf/office-*.pdf):
 * page headers and footers, a table header repeated on each page, landscape pages, a rubric with
 * no table, cells of several lines, a lineless table with merged cells, a red-head 文件 before the
 * 附件 — each read as its right draft (offices-expected.ts), furniture nowhere in it.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { officeDrafts, officeVariants } from "./pdf/offices-expected.js";
import { measureOffice } from "./pdf/offices-measure.js";

describe("细则 PDFs as offices print them", () => {
  it.each(officeDrafts.map((d) => [d.file, d] as const))("%s", async (file, want) => {
    const bytes = await readFile(new URL(`./pdf/${file}.pdf`, import.meta.url));
    const { failed, items, warnings } = await measureOffice(bytes, want);
    expect({ failed, items, warnings }).toEqual({ failed: [], items: want.items, warnings });
  });

  const lineless = officeDrafts.find((d) => d.file === "office-lineless-merged");
  it.each(officeVariants.map(([file]) => file))(
    "%s (the lineless table, written after)",
    async (file) => {
      if (lineless === undefined) throw new Error("no lineless draft");
      const bytes = await readFile(new URL(`./pdf/${file}.pdf`, import.meta.url));
      expect((await measureOffice(bytes, lineless)).failed).toEqual([]);
    },
  );

  it("the outline on one page: the browser's header and footer known by place and size (written after)", async () => {
    const want = officeDrafts.find((d) => d.file === "office-outline");
    if (want === undefined) throw new Error("no outline draft");
    const bytes = await readFile(new URL("./pdf/office-outline-one-page.pdf", import.meta.url));
    expect((await measureOffice(bytes, want)).failed).toEqual([]);
  });
});

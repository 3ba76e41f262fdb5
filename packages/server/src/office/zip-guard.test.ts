/** Issue 15, finding 9: office imports inflate by streaming, so lying zip directories do not help. */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkZip } from "./zip-guard.js";

/** A zip of `name` (8 MiB of zeros) whose local and central headers declare 1,000 bytes unpacked. */
async function lyingZip(name: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file(name, "0".repeat(8 * 1024 * 1024));
  const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  for (let i = 0; i + 46 <= buf.length; i++) {
    if (buf.readUInt32LE(i) === 0x04034b50 && buf.readUInt32LE(i + 22) > 1000)
      buf.writeUInt32LE(1000, i + 22);
    if (buf.readUInt32LE(i) === 0x02014b50 && buf.readUInt32LE(i + 24) > 1000)
      buf.writeUInt32LE(1000, i + 24);
  }
  return buf;
}

describe("office zip guard", () => {
  it("refuses a .xlsx and a .docx whose entries declare small sizes but inflate big", async () => {
    for (const name of ["xl/workbook.xml", "word/document.xml"]) {
      expect(await checkZip(await lyingZip(name))).toBe("压缩文件解压后过大，疑似压缩炸弹，已拒绝");
    }
  });

  it("passes an ordinary document and refuses what is not a zip", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document>正文</w:document>");
    const ok = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(await checkZip(ok)).toBeUndefined();
    expect(await checkZip(Buffer.from("MZ not a zip at all, just bytes"))).toBe(
      "文件不是有效的 Office 文档（不是 zip 格式）",
    );
  });
});

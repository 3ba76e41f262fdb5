import { describe, expect, it } from "vitest";
import { formatSize } from "./evidence-format";

describe("formatSize", () => {
  it("says bytes in Chinese, not a bare B the staff would not read (chinese-screens e2e found «602 B»)", () => {
    expect(formatSize(0)).toBe("0 字节");
    expect(formatSize(602)).toBe("602 字节");
    expect(formatSize(1023)).toBe("1023 字节");
  });

  it("keeps KB and MB, which staff know from Windows and WPS", () => {
    expect(formatSize(1024)).toBe("1.0 KB");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(5 * 1024 * 1024)).toBe("5.0 MB");
  });
});

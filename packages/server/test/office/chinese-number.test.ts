/**
 * Chinese numbers as 考核细则 write them (decision 0294): one parser, exact decimal text out.
 * A table of written forms, refusals, fractions, and a property: every whole number from 0 to
 * 99 999 written the usual way reads back as itself.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseFraction, parseChineseNumber } from "../../src/office/chinese-number.js";

const digit = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** n written the usual way (一万零五百, 十五, 一百零五, 三千零二十). */
function write(n: number): string {
  if (n === 0) return "零";
  const units = ["", "十", "百", "千"];
  const section = (s: number, lead: boolean) => {
    let out = "";
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(s / 10 ** i) % 10;
      if (d === 0) {
        if (out !== "" || !lead) zero = true;
        continue;
      }
      if (zero && (out !== "" || !lead)) out += "零";
      zero = false;
      out += (d === 1 && i === 1 && out === "" && lead ? "" : (digit[d] ?? "")) + (units[i] ?? "");
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return section(low, true);
  return `${section(high, true)}万${low === 0 ? "" : (low < 1000 ? "零" : "") + section(low, true).replace(/^零/, "")}`;
}

describe("parseChineseNumber", () => {
  it.each([
    ["十", "10"],
    ["十五", "15"],
    ["二十", "20"],
    ["二十五", "25"],
    ["九十五", "95"],
    ["一百", "100"],
    ["两百", "200"],
    ["二百五十", "250"],
    ["一百零五", "105"],
    ["一千零五十", "1050"],
    ["三千", "3000"],
    ["一万", "10000"],
    ["三万五千", "35000"],
    ["十万", "100000"],
    ["一亿五千万", "150000000"],
    ["零点五", "0.5"],
    ["一点五", "1.5"],
    ["八十点二五", "80.25"],
    ["零点零五", "0.05"],
    ["二〇二四", "2024"],
    ["贰拾", "20"],
    ["十一", "11"],
  ])("%s → %s", (written, value) => {
    expect(parseChineseNumber(written)).toBe(value);
  });

  it.each(["", "点五", "五点", "十十", "百", "千五", "五百三千", "零百", "一点五点", "万", "五分"])(
    "%s is not a number",
    (written) => {
      expect(parseChineseNumber(written)).toBeUndefined();
    },
  );

  it("reads every whole number written the usual way back as itself", () => {
    expect(write(105)).toBe("一百零五");
    expect(write(15)).toBe("十五");
    expect(write(10500)).toBe("一万零五百");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => {
        expect(parseChineseNumber(write(n))).toBe(String(n));
      }),
      { numRuns: 400 },
    );
  });
});

describe("parseChineseFraction", () => {
  it.each([
    ["十", "一", "0.1"],
    ["四", "三", "0.75"],
    ["五", "2", "0.4"],
    ["二十", "一", "0.05"],
    ["八", "一", "0.125"],
    ["二", "零点五", "0.25"],
  ])("%s分之%s → %s", (d, m, value) => {
    expect(parseChineseFraction(d, m)).toBe(value);
  });
  it.each([
    ["三", "一"],
    ["零", "一"],
    ["七", "二"],
    ["零点五", "一"],
  ])("%s分之%s is not read", (d, m) => {
    // 三分之一 does not end as a decimal; the text is left as written.
    expect(parseChineseFraction(d, m)).toBeUndefined();
  });
});

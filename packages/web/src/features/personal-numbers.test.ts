/**
 * Row 22 on the screens (docs/spec/security.md, issue 15 finding 12): ID-card and mobile numbers
 * typed into free text by someone else are masked wherever a screen shows them. The comment lists
 * are rendered; every screen that shows free text is walked for a field shown without the one
 * masking function of the contract (`maskPersonalNumbers`).
 */
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatFactValue } from "./review/fact-values";
import { CommentList } from "./review/item-comments";
import { ItemReviewComments, ItemReviewCorrection } from "./self-assessment/item-review-comments";

/** A valid 18-character ID-card number (GB 11643 check digit). */
function idCardNumber(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return body17 + "10X98765432"[sum % 11];
}

const id = idCardNumber("33050219900101123");
const mobile = "13812345678";
const text = `联系人身份证${id}，电话${mobile}，请核实`;

/** Every unmasked ID-card or mobile number in a text. */
function unmasked(html: string): string[] {
  return [...html.matchAll(/\d{17}[\dXx]|(?<!\d)1[3-9]\d{9}(?!\d)/g)].map((m) => m[0]);
}

describe("personal numbers on the screens", () => {
  it("finds the numbers it looks for (the check itself can fail)", () => {
    expect(unmasked(text)).toEqual([id, mobile]);
  });

  it("masks them in the reviewer's comment list (review card, return dialog)", () => {
    const html = renderToStaticMarkup(
      createElement(CommentList, {
        comments: [
          {
            id: "c1",
            itemCode: "1.1",
            text,
            authorId: null,
            authorName: "评审员",
            createdAt: "2026-01-05T02:00:00.000Z",
          },
        ],
      }),
    );
    expect(html).toContain("请核实");
    expect(unmasked(html)).toEqual([]);
    expect(html).toContain(`${id.slice(0, 6)}********${id.slice(14)}`);
    expect(html).toContain("138****5678");
  });

  it("masks them in the comments a unit sees beside its item", () => {
    const html = renderToStaticMarkup(
      createElement(ItemReviewComments, {
        itemCode: "1.1",
        comments: [
          {
            id: "c1",
            itemCode: "1.1",
            text,
            createdAt: "2026-01-05T02:00:00.000Z",
            resolvedAt: null,
          },
        ],
      }),
    );
    expect(html).toContain("请核实");
    expect(unmasked(html)).toEqual([]);
  });

  it("masks them in a text fact the reviewer compares (self vs reviewed)", () => {
    const shown = formatFactValue(
      { name: "contact", type: "text", label: "联系人", required: true },
      text,
    );
    expect(shown).toContain("请核实");
    expect(unmasked(shown)).toEqual([]);
    expect(shown).toContain("138****5678");
  });

  it("masks them in the reviewer's correction reason a unit sees beside its item", () => {
    const html = renderToStaticMarkup(
      createElement(ItemReviewCorrection, {
        item: {
          code: "1.1",
          title: "参保",
          max: "2",
          facts: [{ name: "rate", label: "参保率", type: "pct", required: true }],
        } as unknown as Parameters<typeof ItemReviewCorrection>[0]["item"],
        own: { rate: "98" },
        corrections: [
          {
            itemCode: "1.1",
            facts: { rate: "99.5" },
            reason: text,
            correctedAt: "2026-01-05T02:00:00.000Z",
            fromAppeal: false,
          },
        ],
      }),
    );
    expect(html).toContain("请核实");
    expect(html).toContain("99.5%");
    expect(unmasked(html)).toEqual([]);
  });

  // Screens that show free text written by someone else (comments, reasons, appeals, narratives
  // and text facts shown read-only, audit details). A line that shows such a field must mask it.
  const screens = [
    "review/item-comments.tsx",
    "review/review-item-card.tsx",
    "review/return-dialog.tsx",
    "self-assessment/item-review-comments.tsx",
    "self-assessment/self-assessment-page.tsx",
    "self-assessment/narrative-input.tsx",
    "self-assessment/item-section.tsx",
    "results/appeals-page.tsx",
    "rounds/round-detail-page.tsx",
    "admin/audit-page.tsx",
  ];
  // A field shown as text, or an input's value shown read-only (disabled: the text of someone
  // else, or of a submitted form). A box the writer edits keeps his text as typed.
  const shownField =
    /\{\s*[a-z]\w*\??\.(?:text|reason|answer)\s*\}|\$\{\s*[a-z]\w*\.reason\s*\}|dataIndex: "(?:text|answer|reason)"|JSON\.stringify\(/;
  const readOnlyValue = /value=\{(?:text|values\[decl\.name\])\}/;

  it.each(screens)("%s shows no free-text field without maskPersonalNumbers", (screen) => {
    const source = readFileSync(new URL(`./${screen}`, import.meta.url), "utf8");
    const lines = source.split("\n");
    const bare = lines
      .map((line, index) => ({ line, index }))
      .filter(({ line, index }) => {
        const around = lines.slice(Math.max(0, index - 2), index + 3).join("\n");
        const readOnly = readOnlyValue.test(line) && /disabled=/.test(around);
        if (!shownField.test(line) && !readOnly) return false;
        return !/maskPersonalNumbers(In)?\(/.test(around);
      })
      .map(({ line, index }) => `${screen}:${index + 1}: ${line.trim()}`);
    expect(bare).toEqual([]);
  });
});

/**
 * Measures listed with a share each and one standard for all («电子凭证激活率、移动支付使用率各占5分，
 * 按实际完成比例计分», «A、B、C各计4分，每低1个百分点扣0.5分»): each measure is scored by that standard
 * out of its own share — sub-items, so a deduction on one never takes from another's share.
 * Read only when the shares come to the item's points and every measure's reading is at least
 * of medium confidence; otherwise the item is read whole as before.
 */
import { parseDecimal } from "@kaoping/engine";
import type { ItemProposed } from "./read-item.js";
import type { ItemReading } from "./reading.js";
import type { ItemText } from "./proposal.js";

/** One listed name: no stop, no list mark, no verb of scoring. */
const NAME = "[^，,；;。：:、\\s]{2,24}?";
/** The list, its share each, and the standard for all; a lead before the list ends in a stop. */
const SHARE = new RegExp(
  `^(\\s*(?:[^]*?[，,；;。：:])?\\s*(?:其中)?)(${NAME}(?:[、和及与]${NAME})+)各(?:占|计|为|得|赋)?\\s*(\\d+(?:\\.\\d+)?)\\s*分[，,；;：:]?\\s*([^]+)$`,
  "d",
);
const SCORES = /得分|计分|赋分|扣|加|得\d|不得分|折算/;

/**
 * A sub-item's reading of «name + standard» told on the item's text as written: its spans and
 * clauses moved to where the name and the standard stand in the source.
 */
function verbatim(
  r: ItemReading,
  source: string,
  nameAt: number,
  nameLength: number,
  standardAt: number,
): ItemReading {
  const to = (i: number) => (i < nameLength ? nameAt + i : standardAt + i - nameLength);
  const spans = r.spans.flatMap((x) =>
    x.start < nameLength && x.end > nameLength
      ? [
          { ...x, start: to(x.start), end: nameAt + nameLength },
          { ...x, start: standardAt, end: to(x.end - 1) + 1 },
        ]
      : [{ ...x, start: to(x.start), end: to(x.end - 1) + 1 }],
  );
  const clauses = r.clauses.map((c) => ({ ...c, start: to(c.start), end: to(c.end - 1) + 1 }));
  return { ...r, source, spans: spans.sort((a, b) => a.start - b.start), clauses };
}

type Read = (text: string, context: Omit<ItemText, "text">) => ItemProposed;

/** See the module comment; `undefined` when the text is not of this form. */
export function eachShare(
  source: string,
  context: Omit<ItemText, "text">,
  read: Read,
): ItemProposed | undefined {
  const m = SHARE.exec(source);
  const at = m?.indices;
  if (m === null || at === undefined) return undefined;
  const names = (m[2] ?? "").split(/[、和及与]/).filter((n) => n !== "");
  const listAt = at[2]?.[0] ?? 0;
  const standardAt = at[4]?.[0] ?? 0;
  const share = m[3] ?? "";
  const standard = (m[4] ?? "").trim();
  if (names.length < 2 || !SCORES.test(standard)) return undefined;
  const each = parseDecimal(share);
  if (each === undefined || each.isZero()) return undefined;
  if (context.max !== undefined && !each.times(names.length).equals(context.max)) return undefined;
  const said = `“${m[2] ?? ""}各占${share}分”：各项按同一标准分别计分，拆为 ${names.length} 个子项（请核对）`;
  let from = listAt;
  const parts = names.map((name) => {
    const nameAt = source.indexOf(name, from);
    from = nameAt + name.length;
    const own = read(`${name}${standard}`, { ...context, max: share });
    return {
      name,
      read: own,
      reading: verbatim(own.reading, source, nameAt, name.length, standardAt),
    };
  });
  if (parts.some((p) => p.read.split !== undefined || p.read.proposal.confidence < 0.5))
    return undefined;
  const first = parts[0]?.read;
  if (first === undefined) return undefined;
  return {
    proposal: first.proposal,
    reading: first.reading,
    split: parts.map((p) => ({
      max: share,
      title: p.name,
      proposal: p.read.proposal,
      reading: { ...p.reading, warnings: [...p.reading.warnings, said] },
    })),
  };
}

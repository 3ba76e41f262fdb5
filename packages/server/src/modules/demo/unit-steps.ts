/**
 * One unit's part of a round, as its users would do it through the API: facts item by item,
 * narratives, a few small evidence files (some taken from the unit's material library), and the
 * unit head's submission.
 */
import { Readable } from "node:stream";
import type { RequestContext } from "../../http/context.js";
import type { DemoServices } from "./services.js";
import { samplePdf, samplePng } from "./sample-files.js";

/** What one unit enters. */
export interface UnitEntry {
  roundId: string;
  unitId: string;
  filler: RequestContext;
  head: RequestContext;
  facts: Record<string, Record<string, unknown>>;
  narratives: Record<string, string>;
  /** Evidence files: item code, file name, bytes. */
  evidence: readonly [string, string, Buffer][];
  /**
   * Files taken from the unit's material library after the uploads (从已有材料选择): item code and
   * the file name, as a filler would pick it — this round's upload or an earlier round's.
   */
  reuse?: readonly [string, string][];
  submit: boolean;
}

/** Enters a unit's self-assessment and submits it when asked. */
export async function enterSelfAssessment(s: DemoServices, entry: UnitEntry): Promise<void> {
  for (const [code, facts] of Object.entries(entry.facts)) {
    await s.selfAssessment.saveFacts(entry.filler, entry.roundId, entry.unitId, code, {
      version: 0,
      facts,
    });
  }
  for (const [code, text] of Object.entries(entry.narratives)) {
    await s.selfAssessment.saveNarrative(entry.filler, entry.roundId, entry.unitId, code, {
      version: 0,
      text,
    });
  }
  for (const [code, name, bytes] of entry.evidence) {
    await s.evidence.upload(entry.filler, entry.roundId, entry.unitId, code, {
      filename: name,
      file: Readable.from([bytes]),
    });
  }
  for (const [code, name] of entry.reuse ?? []) {
    const { entries } = await s.evidence.library(entry.filler, entry.roundId, entry.unitId, {
      q: name,
    });
    const chosen = entries.find((file) => file.originalName === name);
    if (chosen === undefined) throw new Error(`demo: no ${name} in the material library`);
    await s.evidence.attachFromLibrary(
      entry.filler,
      entry.roundId,
      entry.unitId,
      code,
      chosen.evidenceId,
    );
  }
  if (entry.submit)
    await s.selfAssessment.submit(entry.head, entry.roundId, entry.unitId, { version: 1 });
}

/**
 * The small evidence files of a township: an enrolment table (PDF), a meeting record (PDF), a
 * photo (PNG). The photo of the village service points is the same picture every year.
 */
export function townshipEvidence(
  code: string,
  year: number,
  index: number,
): [string, string, Buffer][] {
  return [
    ["4.1", `${year}年参保率统计表.pdf`, samplePdf(`${code} ${year} enrolment statistics`)],
    ["1.2", `${year}年医保工作专题会议纪要.pdf`, samplePdf(`${code} ${year} meeting minutes`)],
    ["5.2", "村级医保服务点照片.png", samplePng(16, 12, [40 + index * 15, 120, 200 - index * 10])],
  ];
}

/**
 * What a township uploads in a later year and what it takes from its material library instead:
 * this year's enrolment table and minutes are new; last year's service-point photo is chosen
 * again for 5.2, the minutes also back 1.1 (they name the leader in charge) and the enrolment
 * table also backs 9.1 (参保率超过 99.8%).
 */
export function townshipEvidenceWithReuse(
  code: string,
  year: number,
  index: number,
): { evidence: [string, string, Buffer][]; reuse: [string, string][] } {
  const [table, minutes, photo] = townshipEvidence(code, year, index);
  return {
    evidence: [table!, minutes!],
    reuse: [
      [photo![0], photo![1]],
      ["1.1", minutes![1]],
      ["9.1", table![1]],
    ],
  };
}

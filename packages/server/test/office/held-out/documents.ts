/**
 * Four complete rubric documents for the held-out measurement (held-out/answer-key.json gives the
 * items each should yield). Written for kaoping, in the style of county 医保 rubrics of other
 * counties — self-written, NOT independent real documents: the figures they give are a check
 * against over-fitting the reader to its tests, not a measurement on unseen real rubrics.
 * Committed before the reader was measured on them; the reader must not be tuned to them.
 */
import { fundAndService } from "./a-fund-service.js";
import { enrolmentAndAid } from "./b-enrolment-aid.js";
import { informationAndIntegrity } from "./c-information-integrity.js";
import { agenciesAndPayment } from "./d-agencies-payment.js";

/** A held-out document: its id (as in the answer key), format and bytes. */
export interface HeldOutDocument {
  id: string;
  kind: "docx" | "xlsx";
  buffer: Buffer;
}

/** The four documents. */
export async function heldOutDocuments(): Promise<HeldOutDocument[]> {
  return [
    { id: "A-fund-service", kind: "docx", buffer: await fundAndService() },
    { id: "B-enrolment-aid", kind: "xlsx", buffer: await enrolmentAndAid() },
    { id: "C-information-integrity", kind: "docx", buffer: await informationAndIntegrity() },
    { id: "D-agencies-payment", kind: "docx", buffer: await agenciesAndPayment() },
  ];
}

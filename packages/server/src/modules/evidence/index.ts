/** What other modules use of evidence: the file names per item, for the documents that list them. */
export { evidenceNamesByItem } from "./repository.js";

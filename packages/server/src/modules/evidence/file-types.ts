/**
 * The evidence file types (docs/spec/security.md row 19): an extension allow-list, and for each extension
 * the content that must be there (magic bytes; for Office Open XML the package's own part). The
 * Content-Type stored and served is ours, never the browser's claim.
 */

/** How a file type is recognised. */
interface FileType {
  contentType: string;
  /** Bytes the file must start with (any of). */
  magic: readonly Buffer[];
  /** Zip-based: an entry the package must contain (`word/document.xml`). */
  zipEntry?: RegExp;
}

const pdf = [Buffer.from("%PDF-")];
const zip = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];
const ole = [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])];
const jpeg = [Buffer.from([0xff, 0xd8, 0xff])];

/** Every accepted extension (lower case, without the dot). */
export const evidenceFileTypes: Readonly<Record<string, FileType>> = {
  pdf: { contentType: "application/pdf", magic: pdf },
  jpg: { contentType: "image/jpeg", magic: jpeg },
  jpeg: { contentType: "image/jpeg", magic: jpeg },
  png: {
    contentType: "image/png",
    magic: [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  },
  doc: { contentType: "application/msword", magic: ole },
  xls: { contentType: "application/vnd.ms-excel", magic: ole },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    magic: zip,
    zipEntry: /^word\/document\.xml$/,
  },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    magic: zip,
    zipEntry: /^xl\/workbook\.xml$/,
  },
  zip: { contentType: "application/zip", magic: zip },
  /** 版式文档 (GB/T 33190), the format of Chinese e-invoices and official documents. */
  ofd: { contentType: "application/ofd", magic: zip, zipEntry: /^OFD\.xml$/i },
};

/** The accepted extensions, for messages and the upload form's `accept`. */
export const acceptedExtensions = Object.keys(evidenceFileTypes);

/** The extension of a file name (lower case, no dot), or "". */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** Whether the first bytes of a file match its type's magic bytes. */
export function hasMagic(type: FileType, head: Buffer): boolean {
  return type.magic.some(
    (magic) => head.length >= magic.length && head.subarray(0, magic.length).equals(magic),
  );
}

/**
 * The backup's table of contents, `manifest.json`: what was backed up, from which version and
 * database, and a SHA-256 of every file, so a restore can refuse a damaged or edited backup
 * before it writes anything.
 */
import { z } from "zod";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "应为 64 位十六进制 SHA-256");
const count = z.number().int().min(0);

/** The manifest of one backup (format version 1). */
export const manifestSchema = z.strictObject({
  format: z.literal("kaoping-backup"),
  formatVersion: z.literal(1),
  createdAt: z.string().max(30),
  kaopingVersion: z.string().max(32),
  sourceDatabase: z.enum(["sqlite", "postgres"]),
  /** The migrations the source database had applied, in order. */
  migrations: z
    .array(z.string().regex(/^\d{4}-[a-z0-9-]+$/))
    .min(1)
    .max(1000),
  tables: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z_]+$/),
        file: z.string().regex(/^tables\/[a-z_]+\.jsonl$/),
        rows: count,
        sha256,
      }),
    )
    .max(200),
  evidence: z
    .array(
      z.strictObject({
        storedName: z.string().regex(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/),
        sha256,
        size: count,
      }),
    )
    .max(10_000_000),
  /** The last audit record in the backup (its hash closes the chain), or null for an empty log. */
  auditHead: z.strictObject({ seq: count, hash: sha256 }).nullable(),
});

/** The manifest of one backup. */
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The name of the manifest file inside a backup directory. */
export const MANIFEST_FILE = "manifest.json";

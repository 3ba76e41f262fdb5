/** Reading the one file of a multipart upload (documents, bulk account import). */
import type { FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error.js";
import { receiveFilePart } from "./file-part.js";
import { checkedUploadName } from "./upload-name.js";

/**
 * The one uploaded file of a multipart request (field `file`), read into memory within `limit`
 * bytes; its name checked (./upload-name.ts) before anything is read.
 */
export async function uploadedFile(
  request: FastifyRequest,
  limit: number,
): Promise<{ name: string; bytes: Buffer }> {
  if (!request.isMultipart())
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "请以 multipart/form-data 上传文件（字段名 file）。",
    );
  const part = await receiveFilePart(request);
  if (part instanceof AppError) throw part;
  try {
    checkedUploadName(part.filename);
  } catch (error) {
    part.file.resume();
    throw error;
  }
  const bytes = await part.toBuffer().catch(() => undefined);
  if (bytes === undefined || part.file.truncated)
    throw new AppError("PAYLOAD_TOO_LARGE", `文件过大（上限 ${limit / 1048576} MB）。`);
  return { name: part.filename, bytes };
}

/**
 * Receiving the file part of a multipart upload, and saying why none arrived (decision 0259).
 * The multipart parser drops a part whose file name holds a line break (CR or LF, against
 * header injection), so the route would see no file and tell the user to choose one he did
 * choose. The body is watched while it is parsed for a part header declaring a file name: when
 * one was sent and no file arrived, the name is refused for its line break.
 */
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error.js";
import { uploadNameError, uploadNameProblems } from "./upload-name.js";

/** A part header declaring a file name (`filename=…` or `filename*=…`). */
const FILE_NAME_HEADER = /content-disposition:[^\r\n]*;\s*filename\*?\s*=/i;
/** How much of a chunk's end is kept for a header cut between two chunks. */
const CARRIED = 4096;

/** Watches the raw body for a file part's header; the answer is final once the body is read. */
function watchFileNameHeader(request: FastifyRequest): () => boolean {
  const raw = request.raw;
  let found = false;
  let carried = "";
  const onData = (chunk: Buffer) => {
    const text = carried + chunk.toString("latin1");
    found = FILE_NAME_HEADER.test(text);
    if (found) raw.off("data", onData);
    else carried = text.slice(-CARRIED);
  };
  raw.on("data", onData);
  return () => {
    raw.off("data", onData);
    return found;
  };
}

/**
 * The first file part of the request, or the 400 on `body.file` to answer when none arrived:
 * its name refused (empty, a line break), or no file chosen at all. Call it before anything
 * else reads the body.
 */
export async function receiveFilePart(
  request: FastifyRequest,
  options?: Parameters<FastifyRequest["file"]>[0],
): Promise<MultipartFile | AppError> {
  const stopWatching = watchFileNameHeader(request);
  const part = await request.file(options);
  const declaredName = stopWatching();
  if (part === undefined)
    return declaredName
      ? uploadNameError(uploadNameProblems.lineBreak)
      : new AppError("VALIDATION_FAILED", "请选择要上传的文件。", {
          fields: [{ path: "body.file", message: "请选择文件" }],
        });
  // A binary part whose `filename` has no value arrives as a file without a name.
  if (typeof part.filename !== "string") {
    part.file.resume();
    return uploadNameError(uploadNameProblems.empty);
  }
  return part;
}

/**
 * File upload with progress (fetch cannot report upload progress): multipart `file` parts by
 * XMLHttpRequest, same cookie and CSRF handling and the same ApiError as every other call.
 */
import { errorCodes } from "@kaoping/server/contract";
import { ApiError, csrfToken, errorOf } from "./client";

/** Uploads files as `file` parts; `onProgress` gets 0–100. */
export function uploadFiles<T>(
  url: string,
  files: readonly File[],
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const body = new FormData();
    for (const file of files) body.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("accept", "application/json");
    const token = csrfToken();
    if (token !== undefined) xhr.setRequestHeader("x-csrf-token", token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, "NETWORK", "上传失败：无法连接服务器，请检查网络后重试。"));
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
        const at = line.indexOf(":");
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers,
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((xhr.responseText === "" ? undefined : JSON.parse(xhr.responseText)) as T);
        return;
      }
      void errorOf(response).then(reject, () =>
        reject(new ApiError(xhr.status, "INTERNAL", errorCodes.INTERNAL.message)),
      );
    };
    xhr.send(body);
  });
}

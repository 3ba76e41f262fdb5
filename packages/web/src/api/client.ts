/**
 * The one HTTP client of the web app. Same-origin JSON requests with the session cookie; every
 * failure becomes an `ApiError` carrying the server's error body (code, Chinese message, field
 * problems, request id), so screens never see a raw `Response`.
 */
import { errorCodes, type ErrorBody } from "@kaoping/server/contract";

/** One field problem as the server reports it (`body.name`). */
export interface ApiFieldError {
  path: string;
  message: string;
}

/** A failed API call: HTTP status 0 means the server could not be reached. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: ApiFieldError[] = [],
    readonly requestId: string | undefined = undefined,
  ) {
    super(message);
  }
}

/** Listeners told when a request finds the session gone (401), so the app returns to login. */
const unauthenticatedListeners = new Set<(error: ApiError) => void>();

/** Registers a listener for lost sessions; returns the unsubscribe function. */
export function onUnauthenticated(listener: (error: ApiError) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** The CSRF token the server may hand out in a readable cookie (double-submit), if any. */
export function csrfToken(): string | undefined {
  const match = /(?:^|;\s*)kaoping_csrf=([^;]+)/.exec(document.cookie);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (value === null || typeof value !== "object") return false;
  const error = (value as { error?: unknown }).error;
  return (
    error !== null &&
    typeof error === "object" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** Turns a non-2xx response into an ApiError, whatever its body. */
export async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorBody(body)) {
    const { code, message, fields, requestId } = body.error;
    return new ApiError(response.status, code, message, fields ?? [], requestId);
  }
  // A proxy or a crashed process answered: word it by status.
  const code =
    response.status === 413
      ? "PAYLOAD_TOO_LARGE"
      : response.status >= 500
        ? "UNAVAILABLE"
        : "INTERNAL";
  return new ApiError(
    response.status,
    code,
    errorCodes[code].message,
    [],
    response.headers.get("x-request-id") ?? undefined,
  );
}

/** Options of one request. */
export interface RequestOptions {
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | boolean | undefined | null> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** Builds `/api/...?a=1` from a path and query parameters. */
export function urlOf(path: string, query?: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text === "" ? path : `${path}?${text}`;
}

/** Sends one request and returns the parsed JSON body (or undefined for empty bodies). */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers["content-type"] = "application/json";
  const token = method === "GET" ? undefined : csrfToken();
  if (token !== undefined) headers["x-csrf-token"] = token;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "NETWORK", "无法连接服务器，请检查网络后重试。");
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401 && !path.startsWith("/api/auth/login")) {
      for (const listener of unauthenticatedListeners) listener(error);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === "" ? undefined : JSON.parse(text)) as T;
}

/** Shorthands for the four verbs. */
export const api = {
  get: <T>(path: string, query?: RequestOptions["query"], signal?: AbortSignal) =>
    request<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>("PATCH", path, { body }),
  delete: <T>(path: string, body?: unknown) => request<T>("DELETE", path, { body }),
};

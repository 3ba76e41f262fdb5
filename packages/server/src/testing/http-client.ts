/**
 * A small HTTP client for tests against real server processes: it keeps the session and CSRF
 * cookies a login sets and sends the CSRF header on writes, as the web app does.
 */

/** One user's cookies, usable against any server process of the same database. */
export interface HttpSession {
  cookie: string;
  csrf: string;
}

/** The session a response set (login, password change), or the one passed in. */
function sessionFrom(response: Response, previous?: HttpSession): HttpSession | undefined {
  const cookies = response.headers.getSetCookie();
  const value = (name: string) =>
    cookies.map((c) => new RegExp(`^${name}=([^;]*)`).exec(c)?.[1]).find((v) => v !== undefined);
  const sid = value("kaoping_sid");
  const csrf = value("kaoping_csrf");
  if (sid === undefined || csrf === undefined) return previous;
  return { cookie: `kaoping_sid=${sid}`, csrf };
}

/** A request's answer: status, parsed JSON (or undefined), raw bytes and the session it leaves. */
export interface HttpAnswer {
  status: number;
  json: Record<string, unknown> & { [key: string]: unknown };
  bytes: Buffer;
  session: HttpSession | undefined;
}

/** Sends a request to `base` (JSON or a prepared body) as `session`. */
export async function request(
  base: string,
  method: string,
  url: string,
  options: {
    session?: HttpSession | undefined;
    json?: unknown;
    body?: Buffer;
    headers?: Record<string, string>;
  } = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.session !== undefined) {
    headers.cookie = options.session.cookie;
    if (method !== "GET") headers["x-csrf-token"] = options.session.csrf;
  }
  let body: Buffer | string | undefined = options.body;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${base}${url}`, { method, headers, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  let json = {} as HttpAnswer["json"];
  if ((response.headers.get("content-type") ?? "").includes("json"))
    json = JSON.parse(bytes.toString("utf8")) as HttpAnswer["json"];
  return { status: response.status, json, bytes, session: sessionFrom(response, options.session) };
}

/** Logs in at `base`; the session, or undefined when refused. */
export async function loginAt(
  base: string,
  username: string,
  password: string,
): Promise<HttpAnswer> {
  return request(base, "POST", "/api/auth/login", { json: { username, password } });
}

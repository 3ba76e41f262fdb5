/** A small API client for test setup: one cookie jar per user, JSON in and out, errors thrown with the body. */

/** A logged-in API user. */
export class ApiUser {
  private cookie = "";
  /** The session's CSRF token, echoed on every state-changing request as the web app does. */
  private csrf = "";
  constructor(readonly baseUrl: string) {}

  /** Sends a request; throws on non-2xx with the server's error body. */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookie === "" ? {} : { cookie: this.cookie }),
        ...(this.csrf === "" || method === "GET" ? {} : { "x-csrf-token": this.csrf }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A hung server must fail the step, not stall the run.
      signal: AbortSignal.timeout(60_000),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(";")[0] ?? "";
      if (pair.startsWith("kaoping_sid=")) this.cookie = pair;
      if (pair.startsWith("kaoping_csrf=")) this.csrf = pair.slice("kaoping_csrf=".length);
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  }

  /** Logs in; changes a first-login password to `newPassword` when the server asks for it. */
  async login(username: string, password: string, newPassword?: string): Promise<void> {
    const session = await this.call<{ stage: string }>("POST", "/api/auth/login", {
      username,
      password,
    });
    if (session.stage === "password_change_required") {
      if (newPassword === undefined) throw new Error(`${username} must change the password`);
      await this.call("POST", "/api/auth/password", { currentPassword: password, newPassword });
    }
  }
}

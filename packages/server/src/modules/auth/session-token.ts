/** Session tokens: 256 random bits in the cookie; only their SHA-256 is stored. */
import { createHash, randomBytes } from "node:crypto";

/** A new token and the id under which its session is stored. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sessionIdOf(token) };
}

/** The stored id of a session token. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

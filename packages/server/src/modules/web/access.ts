/** The web app's part of the authorization matrix: its files are public (docs/spec/security.md row 1: static files). */
import type { AccessTable } from "../../authz/types.js";

/** The built app's files and the SPA fallback: no session needed — the app itself asks for login. */
export const webAccess: AccessTable = {
  "GET /": { access: "public" },
  "GET /assets/*": { access: "public" },
  "GET /*": { access: "public" },
};

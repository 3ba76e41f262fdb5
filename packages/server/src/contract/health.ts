/** Response schemas of the liveness and readiness probes. */
import { z } from "zod";

/** `/healthz`: the process answers. */
export const healthResponseSchema = z.object({ status: z.literal("ok") });

/** `/readyz`: the database answers and its schema is current. */
export const readinessResponseSchema = z.object({
  status: z.enum(["ready", "unavailable"]),
  database: z.enum(["ok", "unreachable", "migrations_pending"]),
});

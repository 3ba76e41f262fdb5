/**
 * Batch jobs (a .zip of every unit's sheet or report) in the database (docs/decisions/0180): any
 * server process can report on a job and fetch its .zip, and any process can run it. The process
 * that starts a job runs it at once unless it is busy; every process also looks for queued jobs
 * (and for running ones whose process stopped giving signs of life) every few seconds. Visible
 * only to the user who started them; dropped an hour after they started.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { DocumentJob } from "../../contract/documents.js";
import type { Db } from "../../db/database.js";
import { AppError, notFound } from "../../errors/app-error.js";
import {
  claimJob,
  countUnfinishedJobs,
  deleteJobsBefore,
  findJobResult,
  findJobStatus,
  finishJob,
  insertJob,
  updateJobProgress,
  type JobStatusRow,
} from "./jobs-repository.js";

const keepMs = 60 * 60 * 1000;
const perUser = 3;
/** A running job without a heartbeat for this long is taken over by another process. */
const staleMs = 60_000;
const heartbeatMs = 10_000;
const pollMs = 2_000;
const progressEveryMs = 500;

/** Builds a job's .zip, reporting how many files are done. */
export type JobBuilder = (job: JobStatusRow, progress: (done: number) => void) => Promise<Buffer>;

const present = (job: JobStatusRow): DocumentJob => ({
  id: job.id,
  roundId: job.round_id,
  kind: job.kind as DocumentJob["kind"],
  // Queued counts as running for the client: it is on its way.
  state: job.state === "queued" ? "running" : (job.state as DocumentJob["state"]),
  done: job.done,
  total: job.total,
  fileName: job.file_name,
  error: job.error,
  createdAt: job.created_at,
});

/** The job queue of this process; `stop()` ends its polling. */
export function createJobQueue(deps: { db: Db; clock: () => Date }, build: JobBuilder) {
  const { db, clock } = deps;
  let busy = false;
  let stopped = false;
  const iso = (offsetMs = 0) => new Date(clock().getTime() + offsetMs).toISOString();

  async function runOne(job: JobStatusRow): Promise<void> {
    let lastWrite = performance.now();
    let done = job.done;
    const beat = setInterval(() => {
      void updateJobProgress(db, job.id, { done, heartbeat_at: iso() }).catch(() => undefined);
    }, heartbeatMs).unref();
    try {
      const bytes = await build(job, (count) => {
        done = count;
        if (performance.now() - lastWrite < progressEveryMs) return;
        lastWrite = performance.now();
        void updateJobProgress(db, job.id, { done, heartbeat_at: iso() }).catch(() => undefined);
      });
      await finishJob(db, job.id, { state: "done", done: job.total, result: bytes });
    } catch {
      await finishJob(db, job.id, {
        state: "failed",
        error: "生成文件时出错，请重试或联系管理员。",
      }).catch(() => undefined);
    } finally {
      clearInterval(beat);
    }
  }

  /** Runs queued jobs one after another until none is left (one at a time per process). */
  async function work(): Promise<void> {
    if (busy || stopped) return;
    busy = true;
    try {
      for (;;) {
        const job = await claimJob(db, iso(), iso(-staleMs));
        if (job === undefined || stopped) break;
        await runOne(job);
      }
    } finally {
      busy = false;
    }
  }
  const kick = () => void work().catch(() => undefined);
  const poll = setInterval(kick, pollMs).unref();

  return {
    /** Queues a job and starts it here unless this process is busy; refuses a user's fourth. */
    async start(
      owner: string,
      fields: Pick<DocumentJob, "roundId" | "kind" | "total" | "fileName"> & {
        reviewedEarly: boolean;
      },
    ): Promise<DocumentJob> {
      await deleteJobsBefore(db, iso(-keepMs));
      const running = await countUnfinishedJobs(db, owner);
      if (running >= perUser)
        throw new AppError("CONFLICT", `您已有 ${running} 个批量导出正在进行，请等待完成后再试。`);
      const row = {
        id: randomUUID(),
        owner_id: owner,
        round_id: fields.roundId,
        kind: fields.kind,
        reviewed_early: fields.reviewedEarly ? 1 : 0,
        state: "queued",
        done: 0,
        total: fields.total,
        file_name: fields.fileName,
        error: null,
        created_at: iso(),
        heartbeat_at: iso(),
        attempts: 0,
        result: null,
      };
      await insertJob(db, row);
      kick();
      return present(row);
    },

    /** A job of this user (404 for another user's or an expired job). */
    async get(owner: string, id: string): Promise<DocumentJob> {
      const job = await findJobStatus(db, id);
      if (job === undefined || job.owner_id !== owner || job.created_at < iso(-keepMs))
        throw notFound("批量导出任务");
      return present(job);
    },

    /** A finished job's .zip, or undefined while it is not done. */
    async bytes(id: string): Promise<Buffer | undefined> {
      return (await findJobResult(db, id)) ?? undefined;
    },

    /** Stops looking for jobs (the job running now finishes). */
    stop(): void {
      stopped = true;
      clearInterval(poll);
    },
  };
}

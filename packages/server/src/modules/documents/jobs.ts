/**
 * Batch jobs (a .zip of every unit's sheet or report): kept in this process's memory with their
 * progress, visible only to the user who started them, dropped an hour after they started. Several
 * server processes behind a load balancer need sticky sessions for polling (docs/documents.md).
 */
import { randomUUID } from "node:crypto";
import type { DocumentJob } from "../../contract/documents.js";
import { AppError, notFound } from "../../errors/app-error.js";

interface Job extends DocumentJob {
  owner: string;
  startedAt: number;
  bytes?: Buffer;
}

const keepMs = 60 * 60 * 1000;
const perUser = 3;

/** A job registry. */
export function createJobRegistry(now: () => Date) {
  const jobs = new Map<string, Job>();
  const sweep = () => {
    for (const [id, job] of jobs) if (now().getTime() - job.startedAt > keepMs) jobs.delete(id);
  };
  const present = (job: Job): DocumentJob => ({
    id: job.id,
    roundId: job.roundId,
    kind: job.kind,
    state: job.state,
    done: job.done,
    total: job.total,
    fileName: job.fileName,
    error: job.error,
    createdAt: job.createdAt,
  });
  return {
    /** Starts `work` in the background; refuses a user's fourth running job. */
    start(
      owner: string,
      fields: Pick<DocumentJob, "roundId" | "kind" | "total" | "fileName">,
      work: (progress: (done: number) => void) => Promise<Buffer>,
    ): DocumentJob {
      sweep();
      const running = [...jobs.values()].filter(
        (j) => j.owner === owner && j.state === "running",
      ).length;
      if (running >= perUser)
        throw new AppError("CONFLICT", `您已有 ${running} 个批量导出正在进行，请等待完成后再试。`);
      const at = now();
      const job: Job = {
        ...fields,
        id: randomUUID(),
        owner,
        state: "running",
        done: 0,
        error: null,
        createdAt: at.toISOString(),
        startedAt: at.getTime(),
      };
      jobs.set(job.id, job);
      work((done) => (job.done = done)).then(
        (bytes) => Object.assign(job, { bytes, state: "done", done: job.total }),
        () =>
          Object.assign(job, { state: "failed", error: "生成文件时出错，请重试或联系管理员。" }),
      );
      return present(job);
    },
    /** A job of this user (404 for another user's or an expired job). */
    get(owner: string, id: string): DocumentJob & { bytes?: Buffer } {
      sweep();
      const job = jobs.get(id);
      if (job === undefined || job.owner !== owner) throw notFound("批量导出任务");
      return { ...present(job), ...(job.bytes !== undefined ? { bytes: job.bytes } : {}) };
    },
  };
}

/** A job registry. */
export type JobRegistry = ReturnType<typeof createJobRegistry>;

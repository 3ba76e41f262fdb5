// Worker thread of the saves benchmark (scripts/bench/saves.mjs): sends facts saves (or the
// ceiling's inserts) to one or more server processes, round robin like a load balancer.
//  open-loop: requests are sent at a fixed rate whatever the answers; latency is counted from
//    the moment a request was due, so a server that falls behind shows its queue (no
//    coordinated omission). A save needs a filler with no save in flight (its version); when
//    every filler is waiting the request is counted as an error (backlog) and not sent.
//  closed-loop: N clients, each sends its next request when the previous one is answered.
// workerData: { bases, path: "save"|"ceiling", roundId, users, mode, rate, clients, seconds }.
// SAVES_TIMELINE=1 prints, per second of the clock, the requests due then and their p50/p99/max
// (to tell a steady tail from a slow start or a stall).
import http from "node:http";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { bases, kind, roundId, users, mode, rate, clients, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 2048, maxFreeSockets: 2048 });
const targets = bases.map((base) => new URL(base));
const free = users.map((user) => ({ ...user }));
const latencies = [];
const timed = [];
// How late each request left the generator after it was due (open-loop): a starved generator
// sends late and in bursts, and that lateness is counted in the latency (decision 0337).
const lags = [];
let sent = 0;
let ok = 0;
let errors = 0;
let backlog = 0;
let next = 0;
let sample;

function send(user, dueAt) {
  return new Promise((resolve) => {
    const target = targets[next++ % targets.length];
    const path =
      kind === "save"
        ? `/api/rounds/${roundId}/units/${user.unitId}/self-assessment/items/1.3/facts`
        : `/bench/ceiling`;
    user.absences = ((user.absences ?? 0) + 1) % 5;
    const body = JSON.stringify(
      kind === "save"
        ? { version: user.version, facts: { absences: user.absences } }
        : { unit: user.unitId, value: { absences: user.absences } },
    );
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: "PUT",
        path,
        agent,
        headers: {
          ...(kind === "save" ? user.headers : {}),
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
        timeout: 120_000,
      },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => {
          latencies.push(performance.now() - dueAt);
          timed.push([dueAt, performance.now() - dueAt]);
          if (response.statusCode === 200) {
            ok++;
            if (kind === "save")
              user.version = JSON.parse(Buffer.concat(chunks).toString("utf8")).item.version;
          } else {
            errors++;
            sample ??= `${response.statusCode} ${Buffer.concat(chunks).toString("utf8").slice(0, 300)}`;
          }
          resolve();
        });
      },
    );
    request.on("error", () => {
      errors++;
      latencies.push(performance.now() - dueAt);
      resolve();
    });
    request.on("timeout", () => request.destroy());
    request.end(body);
    lags.push(performance.now() - dueAt);
    sent++;
  });
}

// The connections are opened before the clock starts, as many as can be in use at once (one
// per client; open-loop: a second's requests), as browsers keep theirs open to nginx and nginx
// to the servers: the measure is the saves, not a storm of new TCP connections at its first
// second (both the saves and the ceiling get the same).
function open(target) {
  return new Promise((resolve) => {
    const request = http.get(
      { host: target.hostname, port: target.port, path: "/healthz", agent },
      (response) => response.resume().on("end", resolve),
    );
    request.on("error", resolve);
  });
}
const connections = Math.min(2048, mode === "open" ? rate : clients);
await Promise.all(Array.from({ length: connections }, (_, i) => open(targets[i % targets.length])));

const start = performance.now();
const end = start + seconds * 1000;
const inFlight = new Set();
if (mode === "open") {
  let due = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (now >= end) return resolve();
      const shouldHaveSent = Math.floor(((now - start) / 1000) * rate);
      while (due < shouldHaveSent) {
        const dueAt = start + (due / rate) * 1000;
        due++;
        const user = free.pop();
        if (user === undefined) {
          backlog++;
          continue;
        }
        const pending = send(user, dueAt).then(() => {
          free.push(user);
          inFlight.delete(pending);
        });
        inFlight.add(pending);
      }
      setTimeout(tick, 1);
    };
    tick();
  });
} else {
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const user = free[i % free.length];
      while (performance.now() < end) await send(user, performance.now());
    }),
  );
}
const elapsed = (performance.now() - start) / 1000;
await Promise.all(inFlight);
latencies.sort((a, b) => a - b);
lags.sort((a, b) => a - b);
const pctOf = (list, p) =>
  list.length === 0 ? NaN : list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)];
const pct = (p) => pctOf(latencies, p);
agent.destroy();
// SAVES_TIMELINE: p99 and count per second of the clock (by when each request was due).
const timeline = [];
if (process.env.SAVES_TIMELINE) {
  for (const [dueAt, latency] of timed) {
    const s = Math.floor((dueAt - start) / 1000);
    (timeline[s] ??= []).push(latency);
  }
  for (const [s, list] of timeline.entries()) {
    if (list === undefined) continue;
    list.sort((a, b) => a - b);
    console.log(
      `${kind} s${s}: n=${list.length} p50=${list[Math.floor(list.length / 2)].toFixed(1)} p99=${list[Math.ceil(0.99 * list.length) - 1].toFixed(1)} max=${list.at(-1).toFixed(1)}`,
    );
  }
}
parentPort.postMessage({
  sent,
  ok,
  errors: errors + backlog,
  backlog,
  throughput: ok / elapsed,
  p50: pct(50),
  p99: pct(99),
  // The generator's own lateness in sending (open-loop; closed-loop sends when answered).
  sendLagP99: mode === "open" ? pctOf(lags, 99) : undefined,
  // The first refusal's status and body, to tell what the errors were.
  sample,
  // Each filler's version after the run, so the next run saves at the right one.
  versions: Object.fromEntries(free.map((user) => [user.unitId, user.version])),
});

// Worker thread of the workflow benchmark's facts-save load (scripts/bench/workflow.mjs): runs
// autocannon on its own thread, so the load generator does not share the server's event loop
// (it did at first: requests of the opening burst then waited seconds to be sent while the
// server answered each save in milliseconds). workerData: { base, roundId, users, connections,
// seconds }; posts autocannon's result back.
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

const { base, roundId, users, connections, seconds } = workerData;
// autocannon resets a connection's context on every loop, so each user's version lives on the
// user; a user is taken from the free pool for one request and returned with its response,
// so no two requests of one user are ever in flight together.
const free = users.map((user) => ({ ...user, version: 0, absences: 0 }));
// In a worker thread autocannon answers raw counts; aggregateResult turns them into its usual result.
const raw = await autocannon({
  url: base,
  connections,
  duration: seconds,
  requests: [
    {
      method: "PUT",
      setupRequest(request, context) {
        const user = free.pop() ?? users[Math.floor(Math.random() * users.length)];
        context.user = user;
        user.absences = (user.absences + 1) % 5;
        return {
          ...request,
          path: `/api/rounds/${roundId}/units/${user.unitId}/self-assessment/items/1.3/facts`,
          headers: { ...user.headers, "content-type": "application/json" },
          body: JSON.stringify({ version: user.version, facts: { absences: user.absences } }),
        };
      },
      onResponse(status, body, context) {
        if (status === 200) context.user.version = JSON.parse(body).item.version;
        free.push(context.user);
      },
    },
  ],
});
const result = autocannon.aggregateResult([raw], { url: base, connections, duration: seconds });
parentPort.postMessage({
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  // The per-second request histogram is not carried over from a worker: the rate is the total
  // over the measured duration.
  requests: { average: result.requests.total / result.duration, total: result.requests.total },
  latency: { p50: result.latency.p50, p99: result.latency.p99 },
});

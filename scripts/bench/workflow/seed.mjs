// Seeding for the workflow benchmark (scripts/bench/workflow.mjs): a county with N townships,
// users with sessions, a township-2022 round and realistic varied facts, written straight
// through the built server's repositories (run `npm run build` first). Not a benchmark itself.
import { randomUUID } from "node:crypto";
import { ENGINE_VERSION, getTemplate } from "../../../packages/engine/dist/index.js";
import { rng } from "../lib.mjs";
import { systemContext } from "../../../packages/server/dist/http/context.js";
import { insertSession } from "../../../packages/server/dist/modules/auth/repository.js";
import { newSessionToken } from "../../../packages/server/dist/modules/auth/session-token.js";
import { createOrganisationRecord } from "../../../packages/server/dist/modules/organisations/service.js";
import {
  insertRound,
  insertRoundUnits,
} from "../../../packages/server/dist/modules/rounds/repository.js";
import { serialiseScheme } from "../../../packages/server/dist/modules/schemes/validation.js";
import {
  insertScheme,
  insertSchemeVersion,
} from "../../../packages/server/dist/modules/schemes/repository.js";
import {
  createUserRecord,
  grantRoleRecord,
} from "../../../packages/server/dist/modules/users/service.js";

/** mulberry32: deterministic facts on every run. */
/** Varied, valid self facts of one township (every self-assessed item of township-2022). */
export function townshipFacts(seed) {
  const r = rng(seed + 1);
  const int = (max) => Math.floor(r() * (max + 1));
  const dec = (lo, hi, places) => (lo + r() * (hi - lo)).toFixed(places);
  const levels = ["county", "city", "province", "national"];
  const late = int(3);
  const villages = 5 + int(20);
  return {
    1.1: { met: r() > 0.1 },
    1.2: { met: r() > 0.1 },
    1.3: { absences: int(4) },
    1.4: { late, lateAfterReminder: int(late) },
    2.1: { score: dec(2, 5, 1) },
    2.2: { articles: int(7) },
    3.1: { score: dec(3, 5, 2) },
    3.2: { score: String(int(5)) },
    4.1: { rate: dec(98.5, 100, 2) },
    4.2: { violations: int(3) },
    4.3: { notices: int(3) },
    4.4: { rate: dec(60, 80, 1) },
    5.1: { missingWindows: int(2) },
    5.2: { villagesServed: int(villages), villagesTotal: villages },
    5.3: { met: r() > 0.2 },
    5.4: { errors: int(4) },
    5.5: { notices: int(2) },
    5.6: { volume: 3000 + int(3000), previousVolume: 3000 + int(3000) },
    6: { cases: Array.from({ length: int(2) }, () => ({ assisted: r() > 0.5 })) },
    7: { findings: Array.from({ length: int(2) }, () => ({ level: levels[int(3)] })) },
    9.2: { donationYuan: int(150000) },
    9.3: r() > 0.5 ? { reached70On: `2022-0${1 + int(8)}-1${int(9)}` } : {},
    9.4: {
      pilots: Array.from({ length: int(2) }, () => ({
        level: levels[int(3)],
        promoted: r() > 0.7,
      })),
    },
    9.5: { honors: int(2) },
    9.6: {
      endorsements: Array.from({ length: int(2) }, (_, k) => ({
        work: `工作${k}`,
        level: levels[int(3)],
      })),
    },
    9.7: {
      adoptions: Array.from({ length: int(3) }, (_, k) => ({
        info: `信息${k}`,
        channel: r() > 0.5 ? "gov" : "media",
        level: levels[int(3)],
      })),
    },
    9.8: { met: r() > 0.7 },
  };
}

async function insertInBatches(db, table, rows, size = 400) {
  for (let i = 0; i < rows.length; i += size)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
}

/**
 * The CSRF token of a session token, as the browser echoes it (modules/auth/csrf.ts), when the
 * built server has CSRF protection; undefined otherwise.
 */
const csrfTokenOf = await import("../../../packages/server/dist/modules/auth/csrf.js").then(
  (m) => m.csrfTokenOf,
  () => undefined,
);

/**
 * A user with one role and a live session; returns the headers a browser sends with it
 * (`headers`: the session and CSRF cookies and the `x-csrf-token` header) and `cookie` alone.
 */
export async function userWithSession(db, config, { organisationId, role, name }) {
  const now = new Date();
  const user = await createUserRecord(
    db,
    {
      username: name,
      displayName: name,
      organisationId,
      passwordHash: "bench-no-login",
      mustChangePassword: false,
    },
    now,
  );
  await db
    .updateTable("users")
    .set({ must_change_password: 0 })
    .where("id", "=", user.id)
    .execute();
  const assignmentId = await grantRoleRecord(db, user.id, { role, organisationId }, now);
  const { token, id } = newSessionToken();
  await insertSession(db, {
    id,
    user_id: user.id,
    active_role_assignment_id: assignmentId,
    mfa_passed: 1,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    ip: null,
    user_agent: null,
  });
  const cookie = `${config.session.cookieName}=${token}`;
  if (csrfTokenOf === undefined) return { userId: user.id, cookie, headers: { cookie } };
  const csrf = csrfTokenOf(token);
  return {
    userId: user.id,
    cookie,
    headers: { cookie: `${cookie}; kaoping_csrf=${csrf}`, "x-csrf-token": csrf },
  };
}

/**
 * A county with `units` townships and a township-2022 round in `state`. With `withFacts`, every
 * unit gets its self facts, one in ten a reviewed correction of 4.1, and five raters' ratings.
 * `unitStatus` overrides the round units' status (default: accepted with facts, draft without).
 */
export async function seedRound(db, config, { units, state, withFacts, tag, unitStatus }) {
  const ctx = systemContext();
  const now = new Date();
  const county = await createOrganisationRecord(
    db,
    ctx,
    { code: `C${tag}`, name: `基准县${tag}`, type: "county", parentId: null },
    now,
  );
  const orgRows = Array.from({ length: units }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      code: `T${tag}-${i}`,
      name: `乡镇${i}`,
      type: "township",
      parent_id: county.id,
      path: `${county.path}${id}/`,
      status: "active",
      version: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
  });
  await insertInBatches(db, "organisations", orgRows);
  const { json, sha256 } = serialiseScheme(getTemplate("township-2022"));
  const schemeId = randomUUID();
  const at = now.toISOString();
  await insertScheme(db, {
    id: schemeId,
    assessing_organisation_id: county.id,
    code: `township-${tag}`,
    title: "基准方案",
    draft_document: json,
    origin: "template",
    origin_ref: "township-2022",
    lineage: "township-2022",
    latest_version_number: 1,
    version: 1,
    created_by: null,
    created_at: at,
    updated_by: null,
    updated_at: at,
  });
  const versionId = randomUUID();
  await insertSchemeVersion(db, {
    id: versionId,
    scheme_id: schemeId,
    number: 1,
    document: json,
    document_sha256: sha256,
    engine_version: ENGINE_VERSION,
    note: null,
    published_by: null,
    published_at: at,
  });
  const roundId = randomUUID();
  await insertRound(db, {
    id: roundId,
    assessing_organisation_id: county.id,
    scheme_version_id: versionId,
    title: "基准考核任务",
    year: 2022,
    period: "2022年度",
    description: null,
    state,
    self_assessment_deadline: null,
    review_deadline: null,
    rating_deadline: null,
    appeal_deadline: null,
    state_changed_at: at,
    version: 1,
    created_by: null,
    created_at: at,
    updated_at: at,
  });
  const roundUnits = orgRows.map((org) => ({
    id: randomUUID(),
    round_id: roundId,
    unit_id: org.id,
    status: unitStatus ?? (withFacts ? "accepted" : "draft"),
    reopened: 0,
    submitted_at: null,
    submitted_by: null,
    returned_at: null,
    returned_by: null,
    accepted_at: null,
    accepted_by: null,
    version: 1,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < roundUnits.length; i += 400)
    await insertRoundUnits(db, roundUnits.slice(i, i + 400));
  const admin = await userWithSession(db, config, {
    organisationId: county.id,
    role: "assessment_admin",
    name: `admin${tag}`,
  });
  if (withFacts) {
    const facts = [];
    roundUnits.forEach((ru, i) => {
      for (const [code, value] of Object.entries(townshipFacts(i))) {
        facts.push({
          id: randomUUID(),
          round_unit_id: ru.id,
          item_code: code,
          source: "self",
          value: JSON.stringify(value),
          reason: null,
          appeal_id: null,
          updated_by: null,
          updated_at: at,
          version: 1,
        });
      }
      if (i % 10 === 0)
        facts.push({
          id: randomUUID(),
          round_unit_id: ru.id,
          item_code: "4.1",
          source: "review",
          value: JSON.stringify({ rate: "99.20" }),
          reason: "省级平台数据",
          appeal_id: null,
          updated_by: null,
          updated_at: at,
          version: 1,
        });
    });
    await insertInBatches(db, "facts", facts);
    const raters = [];
    for (let r = 0; r < 5; r++)
      raters.push(
        await userWithSession(db, config, {
          organisationId: county.id,
          role: "rater",
          name: `rater${tag}-${r}`,
        }),
      );
    const ratings = roundUnits.flatMap((ru, i) =>
      raters.map((rater, r) => ({
        id: randomUUID(),
        round_unit_id: ru.id,
        item_code: "8",
        rater_id: rater.userId,
        rater_group: null,
        value: (10 + ((i * 7 + r * 3) % 50) / 10).toFixed(1),
        created_at: at,
        updated_at: at,
        version: 1,
      })),
    );
    await insertInBatches(db, "ratings", ratings);
  }
  return { roundId, county, orgRows, roundUnits, admin };
}

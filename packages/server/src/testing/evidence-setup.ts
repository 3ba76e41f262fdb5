/**
 * The set-up the evidence tests share: a test app with small evidence limits (64 KiB a file,
 * 256 KiB unpacked, 50 archive entries), a county with two townships and their session cookies
 * (filler of each township, the county's reviewer), an upload through the API, and an open
 * appeal to attach files to.
 */
import type { OrganisationRow } from "../db/schema.js";
import { roleCookie } from "./factories.js";
import { createTestApp, type TestApp } from "./test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "./workflow-factories.js";
import { multipartBody } from "./zip.js";

/** The evidence tests' world: the app, the county, its two townships and their users' cookies. */
export interface EvidenceWorld {
  t: TestApp;
  county: OrganisationRow;
  units: OrganisationRow[];
  cookies: { fillerA: string; fillerB: string; reviewer: string };
}

/** A test app with small evidence limits (`maxFilesPerItem` files an item) and two townships. */
export async function buildEvidenceWorld(maxFilesPerItem: number): Promise<EvidenceWorld> {
  const t = await createTestApp({
    configure: (config) => {
      config.evidence = {
        maxFileBytes: 64 * 1024,
        maxFilesPerItem,
        maxUnpackedBytes: 256 * 1024,
        maxArchiveEntries: 50,
      };
    },
  });
  const { county, units } = await buildCounty(t.db, 2);
  const cookies = {
    fillerA: await roleCookie(t, units[0]!, "unit_filler"),
    fillerB: await roleCookie(t, units[1]!, "unit_filler"),
    reviewer: await roleCookie(t, county, "reviewer"),
  };
  return { t, county, units, cookies };
}

/** Uploads `data` as `fileName` to a unit's item of a round (`query`: e.g. `?appealId=…`). */
export function uploadEvidence(
  t: TestApp,
  to: { cookie: string; roundId: string; unitId: string; itemCode: string; query?: string },
  fileName: string,
  data: Buffer,
) {
  const body = multipartBody(fileName, data);
  return t.app.inject({
    method: "POST",
    url: `/api/rounds/${to.roundId}/units/${to.unitId}/items/${to.itemCode}/evidence${to.query ?? ""}`,
    headers: { cookie: to.cookie, ...body.headers },
    payload: body.payload,
  });
}

/**
 * A new round of `units` in its appeal stage with an appeal of the first unit on item 4.1, made
 * by `cookie` (a filler of that unit) through the API.
 */
export async function openAppeal(
  t: TestApp,
  world: { county: OrganisationRow; units: OrganisationRow[]; cookie: string },
  text: string,
): Promise<{ roundId: string; appealId: string }> {
  const roundId = await buildRound(t.db, {
    assessing: world.county,
    units: world.units,
    schemeVersionId: await buildSchemeVersion(t.db, world.county),
    state: "appeals",
  });
  const appeal = await t.app.inject({
    method: "POST",
    url: `/api/rounds/${roundId}/units/${world.units[0]!.id}/appeals`,
    headers: { cookie: world.cookie },
    payload: { itemCode: "4.1", text },
  });
  if (appeal.statusCode !== 201) throw new Error(`appeal not opened: ${appeal.body}`);
  return { roundId, appealId: appeal.json().id as string };
}

/**
 * Paging and sorting of list queries, the same for every list: the API's `page`, `pageSize`
 * and `sort` (`field` or `-field`) applied to a Kysely query whose filters are already set.
 */
import { sql, type SelectQueryBuilder } from "kysely";
import type { Page } from "../contract/common.js";
import { toCount } from "./dialect.js";

/** What a list request asks for. */
export interface PageRequest {
  page: number;
  pageSize: number;
  sort: string;
}

/**
 * Runs a list query for one page. `sortColumns` maps each sortable API field to its column
 * (only those are accepted); `tieBreaker` makes the order total so pages never overlap.
 */
export async function fetchPage<O>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table set: the helper only adds order, limit and count
  query: SelectQueryBuilder<any, any, O>,
  request: PageRequest,
  sortColumns: Record<string, string>,
  tieBreaker: string,
): Promise<Page<O>> {
  const descending = request.sort.startsWith("-");
  const field = descending ? request.sort.slice(1) : request.sort;
  const column = sortColumns[field];
  if (column === undefined) throw new Error(`sort field not allowed: ${field}`);
  const direction = descending ? "desc" : "asc";
  const [items, countRow] = await Promise.all([
    query
      .orderBy(sql.ref(column), direction)
      .orderBy(sql.ref(tieBreaker), direction)
      .limit(request.pageSize)
      .offset((request.page - 1) * request.pageSize)
      .execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select(sql<string | number>`count(*)`.as("total"))
      .executeTakeFirst(),
  ]);
  const total = toCount((countRow as { total?: string | number } | undefined)?.total);
  return { items, page: request.page, pageSize: request.pageSize, total };
}

/**
 * A `like` condition matching user text literally (wildcards escaped), the same on both
 * dialects: `contains` anywhere or `startsWith`.
 */
export function likeText(
  column: string,
  text: string,
  mode: "contains" | "startsWith" = "contains",
) {
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  const pattern = mode === "contains" ? `%${escaped}%` : `${escaped}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
}

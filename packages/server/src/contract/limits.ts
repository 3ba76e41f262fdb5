/**
 * Field limits shared by the server's schemas, the database columns and the web forms, so an
 * input's `maxLength` and the server's bound come from one place.
 */
export const limits = {
  username: { min: 3, max: 32 },
  displayName: { min: 1, max: 64 },
  password: { min: 8, max: 128 },
  organisationCode: { min: 1, max: 32 },
  organisationName: { min: 1, max: 100 },
  itemCode: { min: 1, max: 32 },
  reviewerScopeEntries: { max: 200 },
  totpCode: { length: 6 },
  auditTextFilter: { max: 100 },
  page: { max: 100_000 },
  pageSize: { default: 20, max: 100 },
  auditExportRows: { max: 100_000 },
} as const;

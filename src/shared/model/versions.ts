// ConfigMgr current-branch versions the designer can target (cmg-rules.md section 6.1). Pure.

export const CM_VERSIONS = [
  2006, 2010, 2103, 2107, 2111, 2203, 2207, 2211, 2303, 2309, 2403, 2409, 2503, 2509, 2603,
] as const
export type CmVersion = (typeof CM_VERSIONS)[number]
export const DEFAULT_CM_VERSION: CmVersion = 2509

/** End of support per version (ISO date), from the lifecycle table (2509/2603 dates unverified there). */
export const SUPPORT_END: Readonly<Record<CmVersion, string>> = {
  2006: '2022-02-11',
  2010: '2022-05-30',
  2103: '2022-10-19',
  2107: '2023-02-02',
  2111: '2023-06-01',
  2203: '2023-10-06',
  2207: '2024-02-12',
  2211: '2024-06-05',
  2303: '2024-10-10',
  2309: '2025-04-09',
  2403: '2025-10-22',
  2409: '2026-06-04',
  2503: '2026-09-30',
  2509: '2027-05-12',
  2603: '2027-11-05',
}

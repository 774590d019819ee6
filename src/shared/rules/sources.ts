// The catalogue's source keys (docs/rules-catalogue.md section 0, plus the addendum's ASSIGN)
// mapped once to their Microsoft Learn pages. Rules cite keys; findings carry the URLs. Pure.

const CM = 'https://learn.microsoft.com/intune/configmgr'

export const SOURCE_URLS = {
  PLAN: `${CM}/core/clients/manage/cmg/plan-cloud-management-gateway`,
  SCALE: `${CM}/core/clients/manage/cmg/plan-cloud-management-gateway#performance-and-scale`,
  SCALECP: `${CM}/core/clients/manage/cmg/plan-cloud-management-gateway#cmg-connection-point`,
  PERF: `${CM}/core/clients/manage/cmg/perf-scale`,
  HIER: `${CM}/core/clients/manage/cmg/plan-hierarchy-design`,
  CAUTH: `${CM}/core/clients/manage/cmg/plan-client-authentication`,
  CFGAUTH: `${CM}/core/clients/manage/cmg/configure-authentication`,
  SUPP: `${CM}/core/clients/manage/cmg/supported-configurations`,
  CERT: `${CM}/core/clients/manage/cmg/server-auth-cert`,
  CERTOLD: `${CM}/core/clients/manage/cmg/certificates-for-cloud-management-gateway`,
  COST: `${CM}/core/clients/manage/cmg/cost`,
  FLOW: `${CM}/core/clients/manage/cmg/data-flow`,
  FAQ: `${CM}/core/clients/manage/cmg/cloud-management-gateway-faq`,
  SEC: `${CM}/core/clients/manage/cmg/security-and-privacy-for-cloud-management-gateway`,
  SETUP: `${CM}/core/clients/manage/cmg/setup-cloud-management-gateway`,
  MODIFY: `${CM}/core/clients/manage/cmg/modify-cloud-management-gateway`,
  MON: `${CM}/core/clients/manage/cmg/monitor-clients-cloud-management-gateway`,
  AAD: `${CM}/core/clients/manage/cmg/configure-azure-ad`,
  CLIENTS: `${CM}/core/clients/manage/cmg/configure-clients`,
  CHECK: `${CM}/core/clients/manage/cmg/set-up-checklist`,
  OVER: `${CM}/core/clients/manage/cmg/overview`,
  SIZE: `${CM}/core/plan-design/configs/size-and-scale-numbers`,
  HW: `${CM}/core/plan-design/configs/recommended-hardware`,
  SCP: `${CM}/core/servers/deploy/configure/about-the-service-connection-point`,
  ROLES: `${CM}/core/plan-design/hierarchy/plan-for-site-system-servers-and-site-system-roles`,
  BGSUP: `${CM}/core/servers/deploy/configure/boundary-groups-software-update-points`,
  BGMP: `${CM}/core/servers/deploy/configure/boundary-groups-management-points`,
  BGOPT: `${CM}/core/servers/deploy/configure/boundary-group-options`,
  EHTTP: `${CM}/core/plan-design/hierarchy/enhanced-http`,
  CDP: `${CM}/core/plan-design/hierarchy/use-a-cloud-based-distribution-point`,
  DEPR: `${CM}/core/plan-design/changes/deprecated/removed-and-deprecated-cmfeatures`,
  PREREQ: `${CM}/core/servers/deploy/install/list-of-prerequisite-checks`,
  VERS: `${CM}/core/servers/manage/current-branch-versions-supported`,
  WN2111: `${CM}/core/plan-design/changes/whats-new-in-version-2111`,
  WN2309: `${CM}/core/plan-design/changes/whats-new-in-version-2309`,
  WN2403: `${CM}/core/plan-design/changes/whats-new-in-version-2403`,
  WN2603: `${CM}/core/plan-design/changes/whats-new-in-version-2603`,
  KB2603: `${CM}/hotfix/2603/37426535`,
  SUM: `${CM}/sum/plan-design/plan-for-software-updates`,
  TOKEN: `${CM}/core/clients/deploy/deploy-clients-cmg-token`,
  ENTRAINST: `${CM}/core/clients/deploy/deploy-clients-cmg-azure`,
  CSET: `${CM}/core/clients/deploy/about-client-settings`,
  ASSIGN: `${CM}/core/clients/deploy/assign-clients-to-a-site`,
  MEMDOCS1849: 'https://github.com/MicrosoftDocs/memdocs/issues/1849',
  SCCMDOCS1676: 'https://github.com/MicrosoftDocs/SCCMdocs/issues/1676',
} as const

export type SourceKey = keyof typeof SOURCE_URLS

export function docLinks(keys: readonly SourceKey[]): string[] {
  return keys.map((k) => SOURCE_URLS[k])
}

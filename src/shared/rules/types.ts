// Types of the rules engine: rules, findings, capacity rows, cost lines. Pure; shared by the
// worker, the CLI and the UI.
import type { CmVersion } from '../model/versions'
import type { SourceKey } from './sources'
import type { RuleContext } from './context'
import type { QuickFixSpec } from './quick-fix'

export type Severity = 'error' | 'warning' | 'info'
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

export type RuleCategory =
  | 'Placement and hierarchy'
  | 'Deployment method, VM size and version'
  | 'Azure and Entra'
  | 'Client authentication'
  | 'Management point and software update point'
  | 'Certificates and naming'
  | 'High availability and capacity'
  | 'Content, boundary groups and client settings'
  | 'Network, version lifecycle and cost'
  | 'Structural completeness'

/** One place where a rule fires. */
export interface RuleHit {
  /** The offending elements, most relevant first; the first one carries the badge on the canvas. */
  readonly nodeIds: readonly string[]
  /** Names the elements and the numbers, e.g. "CMG GraniteFalls: 14,000 concurrent clients exceed 2 VMs × 6,000". */
  readonly message: string
  /** Set when the severity of this hit differs from the rule's severity for the version (e.g. E for a secondary, W for a CAS). */
  readonly severity?: Severity
  /** Set when the remedy depends on what this hit found (e.g. which site limit is exceeded). */
  readonly fix?: string
}

export interface Rule {
  /** Stable id from the catalogue (docs/rules-catalogue*.md), e.g. "CMG-HA-001"; see catalogue/README.md. */
  readonly id: string
  readonly category: RuleCategory
  readonly title: string
  /** Severity for a ConfigMgr version; rules that escalate with the version say so here. */
  readonly severity: (v: CmVersion) => Severity
  /** Versions the rule applies to (inclusive); absent bound = open. */
  readonly versions: { readonly min?: CmVersion; readonly max?: CmVersion }
  readonly fix: string
  readonly sources: readonly SourceKey[]
  readonly evaluate: (ctx: RuleContext) => readonly RuleHit[]
  /**
   * The mechanical fixes for one of its hits, in a context with the finding's options (what-if
   * growth); absent or empty when the fix needs a decision only the user can make.
   */
  readonly quickFixes?: (ctx: RuleContext, hit: Pick<RuleHit, 'nodeIds'>) => readonly QuickFixSpec[]
}

export interface Finding {
  readonly ruleId: string
  readonly severity: Severity
  readonly category: RuleCategory
  readonly title: string
  readonly nodeIds: readonly string[]
  readonly message: string
  readonly fix: string
  readonly docs: readonly string[]
  readonly suppressed: boolean
  /** The reason the user gave, when suppressed. */
  readonly suppressionReason?: string
}

export type CapacityMetric =
  | 'concurrentClients'
  | 'connectionPointPorts'
  | 'vmsPerConnectionPoint'
  | 'mpClients'
  | 'supClients'
  | 'siteClients'
  | 'siteWindowsClients'
  | 'hierarchyWindowsClients'
  | 'hierarchyClientsSqlStandard'

export interface CapacityRow {
  readonly nodeId: string
  readonly metric: CapacityMetric
  /** What the row measures, for people: "Concurrent clients (2 × Standard_A2_v2 at 6,000 per VM)". */
  readonly label: string
  readonly load: number
  readonly limit: number
  /** The rule that fires when load exceeds limit. */
  readonly ruleId: string
  /** For CMGs: the VM instances needed to carry the load at this size (may exceed 16). */
  readonly vmsNeeded?: number
  /** The smallest client-growth factor at which load exceeds limit (null: the load does not grow with clients or is 0). */
  readonly breaksAtGrowth: number | null
}

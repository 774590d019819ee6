// Every element kind, in palette order, and what is read about an element through its kind: its
// tag, its summary lines, and the label and tag tables of the report and the CLI. One module per
// kind declares the rest (site.ts, server.ts, cmg.ts…); model/schema.ts assembles their props into
// the file format. Pure.
import type { z } from 'zod'
import type { DesignNode, NodeKind } from '../model/schema'
import { azureSubscription } from './azure-subscription'
import { boundaryGroup } from './boundary-group'
import { clientPopulation } from './client-population'
import { cloudDistributionPoint } from './cloud-distribution-point'
import { cmg } from './cmg'
import { cmgConnectionPoint } from './cmg-connection-point'
import { distributionPoint } from './distribution-point'
import type { ElementKind, SummaryLine } from './kind'
import { managementPoint } from './management-point'
import { note } from './note'
import { server } from './server'
import { serviceConnectionPoint } from './service-connection-point'
import { site } from './site'
import { softwareUpdatePoint } from './software-update-point'

export const KINDS = {
  site,
  server,
  managementPoint,
  softwareUpdatePoint,
  distributionPoint,
  serviceConnectionPoint,
  cmgConnectionPoint,
  azureSubscription,
  cmg,
  cloudDistributionPoint,
  clientPopulation,
  boundaryGroup,
  note,
} as const satisfies Readonly<Record<NodeKind, ElementKind>>

const kindNames = Object.keys(KINDS) as NodeKind[]
const tableOf = <T>(read: (k: ElementKind) => T): Readonly<Record<NodeKind, T>> =>
  Object.fromEntries(kindNames.map((k) => [k, read(KINDS[k] as ElementKind)])) as Record<NodeKind, T>

/** "Management point", "Cloud management gateway": each kind's label. */
export const KIND_LABEL = tableOf((k) => k.label)
/** "MP", "CMG CP": each kind's short tag. */
export const KIND_TAG = tableOf((k) => k.tag)

/** Kinds that hold other elements (site, server, Azure subscription). */
export const CONTAINER_KINDS: ReadonlySet<NodeKind> = new Set(
  kindNames.filter((k) => (KINDS[k] as ElementKind).container !== undefined),
)

/** The kind of any element, with its props typed loosely (the switch on `kind` is the caller's). */
const kindOf = (node: DesignNode): ElementKind<z.ZodObject> =>
  KINDS[node.kind] as unknown as ElementKind<z.ZodObject>

/** The short tag drawn beside the name: the kind's tag, or "Site server" for a site server. */
export function tagOf(node: DesignNode): string {
  const kind = kindOf(node)
  return kind.tagOf?.(node.props) ?? kind.tag
}

/** What the element shows under its name on the canvas, in the presentation and the report picture. */
export function summaryOf(node: DesignNode): SummaryLine[] {
  return kindOf(node).summary(node.props)
}

/** The summary as printed lines: the parts of a one-line summary joined with " · ". */
export function summaryText(node: DesignNode): string[] {
  const lines = summaryOf(node).map((l) => l.text)
  return KINDS[node.kind].oneLine ? [lines.join(' · ')] : lines
}

export type {
  ContainerLayout,
  ElementKind,
  FieldGroup,
  KindColour,
  PaletteGroup,
  Size,
  SummaryLine,
} from './kind'
export { PALETTE_GROUPS } from './kind'
export { fieldLabel } from './field'
export { AUTH_METHOD_LABEL, JOIN_TYPE_LABEL, LOCATION_LABEL } from './client-population'
export { CMG_METHOD_LABEL } from './cmg'
export { SERVER_OS_LABEL } from './server'
export { SITE_TYPE_LABEL } from './site'

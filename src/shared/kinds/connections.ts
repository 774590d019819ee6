// What each connection kind is, as one declaration: which element kinds it may join (file-format.md,
// "edges") and what that means, what legends, accessible names and messages call it, how it reads
// on the canvas and in an element's list of connections, and how the exported picture draws it.
// model/structure.ts checks connections with it; the canvas, the inspector, the connect dialog, the
// picture (SVG, PNG, PowerPoint, report) and draw.io read their words from it. In legend order.
// Pure.
import type { EdgeKind, NodeKind } from '../model/schema'

export interface ConnectionKind {
  /** The kinds it may run from. */
  readonly source: readonly NodeKind[]
  /** The kinds it may run to. */
  readonly target: readonly NodeKind[]
  /** What it means, in the words of the file format. */
  readonly meaning: string
  /** Its name in legends, accessible names and messages: "Clients assigned to site". */
  readonly label: string
  /** How it reads in a sentence about its source, and on the canvas: "assigned to". */
  readonly verb: string
  /** How it reads in its source's list of connections ("Assigned to"), and in its target's. */
  readonly outgoing: string
  readonly incoming: string
  /** The exported picture's line: colour, width, and stroke-dasharray ('' for solid). */
  readonly line: { readonly color: string; readonly width: number; readonly dash: string }
}

export const CONNECTION_KINDS: Readonly<Record<EdgeKind, ConnectionKind>> = {
  hierarchy: {
    source: ['site'],
    target: ['site'],
    meaning: 'parent site to child site',
    label: 'Site hierarchy (parent → child)',
    verb: 'hierarchy',
    outgoing: 'Parent of',
    incoming: 'Child of',
    line: { color: '#3b3aa8', width: 3, dash: '' },
  },
  createdAt: {
    source: ['cmg'],
    target: ['site'],
    meaning: 'the site the CMG is created at',
    label: 'CMG created at site',
    verb: 'created at',
    outgoing: 'Created at',
    incoming: 'Hosts CMG',
    line: { color: '#0a6fc2', width: 1.8, dash: '7 4' },
  },
  linkedTo: {
    source: ['cmgConnectionPoint'],
    target: ['cmg'],
    meaning: 'the CMG this connection point serves',
    label: 'Connection point linked to CMG',
    verb: 'linked to',
    outgoing: 'Linked to',
    incoming: 'Connection point',
    line: { color: '#d9480f', width: 2.2, dash: '' },
  },
  assignedTo: {
    source: ['clientPopulation'],
    target: ['site'],
    meaning: 'the primary site the clients are assigned to',
    label: 'Clients assigned to site',
    verb: 'assigned to',
    outgoing: 'Assigned to',
    incoming: 'Assigned clients',
    line: { color: '#15803d', width: 2, dash: '1.5 4' },
  },
  uses: {
    source: ['clientPopulation'],
    target: ['cmg'],
    meaning: 'pins the population to this CMG',
    label: 'Clients pinned to CMG',
    verb: 'uses',
    outgoing: 'Pinned to',
    incoming: 'Pinned clients',
    line: { color: '#7c3aed', width: 1.8, dash: '10 3 2 3' },
  },
  inBoundaryGroup: {
    source: ['clientPopulation'],
    target: ['boundaryGroup'],
    meaning: 'clients in a boundary group',
    label: 'Clients in boundary group',
    verb: 'in boundary group',
    outgoing: 'In boundary group',
    incoming: 'Member clients',
    line: { color: '#a16207', width: 1.6, dash: '4 3' },
  },
  references: {
    source: ['boundaryGroup'],
    target: ['managementPoint', 'softwareUpdatePoint', 'distributionPoint', 'cmg'],
    meaning: 'a boundary group reference',
    label: 'Boundary group reference',
    verb: 'references',
    outgoing: 'References',
    incoming: 'Referenced by',
    line: { color: '#8d99a8', width: 1.1, dash: '' },
  },
}

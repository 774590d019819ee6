// What each element kind is called for people, in headings, accessible names, the report and the
// command line: "Management point", "Cloud management gateway". One table for the editor, the
// report and the CLI. Pure.
import type { NodeKind } from './schema'

export const KIND_LABEL: Readonly<Record<NodeKind, string>> = {
  site: 'Site',
  server: 'Server',
  managementPoint: 'Management point',
  softwareUpdatePoint: 'Software update point',
  distributionPoint: 'Distribution point',
  serviceConnectionPoint: 'Service connection point',
  cmgConnectionPoint: 'CMG connection point',
  azureSubscription: 'Azure subscription',
  cmg: 'Cloud management gateway',
  cloudDistributionPoint: 'Cloud distribution point',
  clientPopulation: 'Client population',
  boundaryGroup: 'Boundary group',
  note: 'Note',
}

// CMG-AZ-004: on 2010/2103 a VMSS CMG's resource group name may hold only lowercase letters, digits
// and hyphens (the storage container name is derived from it). Pure rule module (runs in the worker
// and the CLI).
import { named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

const RG_NAME_2010 = /^[a-z0-9-]+$/

/** The name as 2010/2103 accept it: lowercase, other characters as hyphens, none doubled or at the ends. */
const allowedResourceGroupName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')

export const rule: Rule = {
  id: 'CMG-AZ-004',
  category: 'Azure and Entra',
  title: 'Resource group name not allowed on 2010/2103',
  severity: () => 'error',
  versions: { min: 2010, max: 2103 },
  fix: 'Rename the resource group, or pick one whose name has only lowercase letters, digits and hyphens.',
  sources: ['PLAN'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      const name = cmg.props.resourceGroup.name
      // An empty name is not chosen yet; there is nothing to judge.
      if (cmg.props.method !== 'vmss' || name === '' || RG_NAME_2010.test(name)) return []
      return [
        {
          nodeIds: [cmg.id],
          message: `${named(cmg)}: resource group name "${name}" has characters other than lowercase letters, digits and hyphens; on ${ctx.v} the VMSS CMG derives its storage container name from it.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    // An existing resource group can't be renamed: which one to use instead is the user's choice.
    if (!cmg || cmg.props.resourceGroup.mode !== 'new') return []
    const name = allowedResourceGroupName(cmg.props.resourceGroup.name)
    return name === ''
      ? []
      : [
          setPropsFix('rename-resource-group', `Name the new resource group ${name}`, cmg.id, {
            resourceGroup: { ...cmg.props.resourceGroup, name },
          }),
        ]
  },
}

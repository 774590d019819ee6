// CMG-CS-001: CMG clients whose client settings don't enable the CMG. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CS-001',
  category: 'Content, boundary groups and client settings',
  title: 'Client setting disables the CMG',
  severity: () => 'error',
  versions: {},
  fix: 'Set "Enable clients to use a cloud management gateway" to Yes in the client settings of the devices that should use the CMG.',
  sources: ['PLAN', 'TOKEN', 'CSET'],
  evaluate: (ctx) =>
    ctx.popsCmg.flatMap((pop) =>
      pop.props.clientSettings.enableCmg
        ? []
        : [
            {
              nodeIds: [pop.id],
              message: `${named(pop)} is meant to use the CMG, but its client settings set "Enable clients to use a cloud management gateway" to No, so these clients use no CMG whatever their authentication.`,
            },
          ],
    ),
  quickFixes: (ctx, hit) => {
    const pop = nodeOfKind(ctx, hit.nodeIds, 'clientPopulation')
    return pop
      ? [
          setPropsFix(
            'enable-cmg-client-setting',
            `Enable the CMG client setting for ${label(pop)}`,
            pop.id,
            {
              clientSettings: { ...pop.props.clientSettings, enableCmg: true },
            },
          ),
        ]
      : []
  },
}

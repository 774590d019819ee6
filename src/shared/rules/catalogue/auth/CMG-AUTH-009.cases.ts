// Fixtures for CMG-AUTH-009 (client install over the internet not possible).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const remoteWorkers = (props: Record<string, unknown>) =>
  fixture('contoso')
    .add('clientPopulation', 'pop-remote', {
      name: 'Remote workers',
      props: {
        count: 500,
        joinType: 'workgroup',
        authMethod: 'token',
        needsClientInstallOverInternet: true,
        ...props,
      },
    })
    .edge('assignedTo', 'pop-remote', 'site-nyc')

const cases: RuleCases = {
  fires: [
    {
      name: 'workgroup devices installed over the internet without a bulk token',
      design: () => remoteWorkers({}).build(),
      nodeId: 'pop-remote',
      severity: 'error',
    },
    {
      name: 'PKI devices without a certificate before install',
      design: () => remoteWorkers({ authMethod: 'pki' }).build(),
      nodeId: 'pop-remote',
    },
  ],
  quiet: [
    {
      name: 'bulk registration token planned',
      design: () => remoteWorkers({ bulkTokenPlanned: true }).build(),
    },
    {
      name: 'PKI devices with a unique certificate before install',
      design: () => remoteWorkers({ authMethod: 'pki', hasUniqueClientCertBeforeInstall: true }).build(),
    },
    {
      name: 'Entra-joined devices',
      design: () =>
        remoteWorkers({ joinType: 'entraJoined', authMethod: 'entra', identityTenantId: 'contoso' }).build(),
    },
  ],
}
export default cases

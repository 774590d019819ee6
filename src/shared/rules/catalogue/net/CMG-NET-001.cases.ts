// Fixtures for CMG-NET-001 (connection point server lacks the outbound ports to its CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const only = (...ranges: [number, number][]) => ({
  outboundPorts: ranges.map(([from, to]) => ({ from, to })),
})

const classic = () =>
  fixture('contoso')
    .design({ cmVersion: 2111 })
    .props('cmg-granitefalls', { method: 'classic', lifecycle: 'existing', vmCount: 2 })

const cases: RuleCases = {
  fires: [
    {
      name: 'VMSS with 2 VMs, server allows only 443',
      design: () =>
        fixture('contoso')
          .props('srv-nyc-cp1', only([443, 443]))
          .build(),
      nodeId: 'cp-nyc-1',
      severity: 'error',
    },
    {
      name: 'VMSS with 3 VMs, server allows 10124-10125',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', { vmCount: 3 })
          .props('srv-nyc-cp1', only([443, 443], [10124, 10125]))
          .build(),
      nodeId: 'cp-nyc-1',
    },
    {
      name: 'classic with 2 VMs, server allows only 443',
      design: () =>
        classic()
          .props('srv-nyc-cp1', only([443, 443]))
          .build(),
      nodeId: 'cp-nyc-1',
    },
    {
      name: 'classic with TCP-TLS ports open, but behind a proxy',
      design: () =>
        classic()
          .props('srv-nyc-cp1', {
            ...only([443, 443], [10140, 10141]),
            proxy: 'http://proxy.contoso.com:8080',
          })
          .build(),
      nodeId: 'cp-nyc-1',
    },
  ],
  quiet: [
    {
      name: 'VMSS with 1 VM needs only 443',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', { vmCount: 1 })
          .props('srv-nyc-cp1', only([443, 443]))
          .build(),
    },
    {
      name: 'classic with the TCP-TLS ports open',
      design: () =>
        classic()
          .props('srv-nyc-cp1', only([10140, 10141]))
          .build(),
    },
    {
      name: 'classic falling back to the HTTPS ports',
      design: () =>
        classic()
          .props('srv-nyc-cp1', only([10124, 10139]))
          .build(),
    },
    {
      name: '17 VMs (port 10140 closed): CMG-DEPLOY-009 is the finding (addendum A3.1)',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 17 }).build(),
    },
  ],
}
export default cases

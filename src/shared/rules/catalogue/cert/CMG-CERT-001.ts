// CMG-CERT-001: a CMG without a server authentication certificate name, or with an unsupported key
// length. Pure rule module.
import { fmt, named } from '../../context'
import type { Rule } from '../../types'

const KEY_LENGTHS = [2048, 4096]

export const rule: Rule = {
  id: 'CMG-CERT-001',
  category: 'Certificates and naming',
  title: 'Server authentication certificate missing or with an unsupported key length',
  severity: () => 'error',
  versions: {},
  fix: 'Obtain a server authentication certificate (.pfx with its private key) from a public CA or your PKI, with a 2048- or 4096-bit key; its common name becomes the CMG service name.',
  sources: ['CERT', 'FAQ', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      const problems: string[] = []
      if (cmg.props.serviceNameCn.trim() === '')
        problems.push('has no server authentication certificate (service name) set')
      if (!KEY_LENGTHS.includes(cmg.props.certKeyLength))
        problems.push(
          `uses a ${fmt(cmg.props.certKeyLength)}-bit certificate key; only 2048 or 4096 bits are supported`,
        )
      if (problems.length === 0) return []
      return [{ nodeIds: [cmg.id], message: `${named(cmg)} ${problems.join(' and ')}.` }]
    }),
}

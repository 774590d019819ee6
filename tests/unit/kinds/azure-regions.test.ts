// The Azure region list the inspector offers for a CMG's region: every cloud has regions, short
// names look like the ones the schema accepts and appear once across all clouds.
import { describe, expect, it } from 'vitest'
import { AZURE_ENVIRONMENTS, CmgProps } from '../../../src/shared/kinds/cmg'
import { AZURE_REGIONS, regionsOf } from '../../../src/shared/model/azure-regions'

describe('Azure regions', () => {
  const all = Object.values(AZURE_REGIONS).flat()

  it('lists regions for every Azure environment a CMG can name', () => {
    for (const cloud of AZURE_ENVIRONMENTS) expect(AZURE_REGIONS[cloud].length).toBeGreaterThan(0)
  })

  it('names each region once', () => {
    const names = all.map((r) => r.name)
    expect(new Set(names).size).toBe(names.length)
    const displayNames = all.map((r) => r.displayName)
    expect(new Set(displayNames).size).toBe(displayNames.length)
  })

  it('uses short names the CMG schema accepts', () => {
    for (const { name } of all) expect(CmgProps.safeParse({ region: name }).success, name).toBe(true)
  })

  it('offers West US in the public cloud and the US Gov regions in the US Government cloud', () => {
    expect(regionsOf('AzurePublicCloud')).toContainEqual({ name: 'westus', displayName: 'West US' })
    expect(regionsOf('AzureUSGovernmentCloud').map((r) => r.name)).toContain('usgovvirginia')
    expect(regionsOf('AzureUSGovernmentCloud').map((r) => r.name)).not.toContain('westus')
  })

  it('still accepts a region the list does not know', () => {
    expect(CmgProps.parse({ region: 'marsnorth1' }).region).toBe('marsnorth1')
  })
})

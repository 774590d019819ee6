// The field a quick fix changes, which "Show the field" in the Problems panel focuses: the first
// property its patch changes, down to the nested field ("clientSettings.enableCmg").
import { describe, expect, it } from 'vitest'
import { changedPath } from '../../../src/renderer/src/design/quick-fixes'

describe('the field a quick fix changes', () => {
  it('is the property the patch sets', () => {
    expect(changedPath({ vmCount: 1, region: 'eastus' }, { vmCount: 2 })).toEqual(['vmCount'])
  })

  it('is the nested field a patch of a whole nested object changes', () => {
    const clientSettings = { enableCmg: false, cloudDp: true }
    expect(
      changedPath({ clientSettings }, { clientSettings: { ...clientSettings, enableCmg: true } }),
    ).toEqual(['clientSettings', 'enableCmg'])
    const resourceGroup = { mode: 'new', name: 'CMG_RG', region: '' }
    expect(changedPath({ resourceGroup }, { resourceGroup: { ...resourceGroup, name: 'cmg-rg' } })).toEqual([
      'resourceGroup',
      'name',
    ])
  })

  it('skips the properties the patch leaves as they are', () => {
    expect(changedPath({ mode: 'online', aspNet45: false }, { mode: 'online', aspNet45: true })).toEqual([
      'aspNet45',
    ])
  })

  it('is the first property of a patch that changes nothing', () => {
    expect(changedPath({ enforceTls12: true }, { enforceTls12: true })).toEqual(['enforceTls12'])
  })
})

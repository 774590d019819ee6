// The Azure regions a CMG (and its resource group) can be placed in, by cloud: the short names as
// the Azure CLI prints them (`az account list-locations`) with their display names. The inspector
// suggests the regions of the CMG's Azure environment; the schema and the field still accept any
// short name, so a region missing here (a new one, or one from an older file) loads, shows and can
// be typed. Pure data.
import type { AZURE_ENVIRONMENTS } from '../kinds/cmg'

export type AzureCloud = (typeof AZURE_ENVIRONMENTS)[number]

export interface AzureRegion {
  /** Short name, lowercase letters and digits: "westus". */
  readonly name: string
  /** What the Azure portal shows: "West US". */
  readonly displayName: string
}

const regions = (entries: readonly (readonly [string, string])[]): readonly AzureRegion[] =>
  entries.map(([name, displayName]) => ({ name, displayName }))

export const AZURE_REGIONS: Readonly<Record<AzureCloud, readonly AzureRegion[]>> = {
  AzurePublicCloud: regions([
    ['eastus', 'East US'],
    ['eastus2', 'East US 2'],
    ['southcentralus', 'South Central US'],
    ['westus2', 'West US 2'],
    ['westus3', 'West US 3'],
    ['centralus', 'Central US'],
    ['northcentralus', 'North Central US'],
    ['westcentralus', 'West Central US'],
    ['westus', 'West US'],
    ['canadacentral', 'Canada Central'],
    ['canadaeast', 'Canada East'],
    ['brazilsouth', 'Brazil South'],
    ['brazilsoutheast', 'Brazil Southeast'],
    ['mexicocentral', 'Mexico Central'],
    ['northeurope', 'North Europe'],
    ['westeurope', 'West Europe'],
    ['uksouth', 'UK South'],
    ['ukwest', 'UK West'],
    ['francecentral', 'France Central'],
    ['francesouth', 'France South'],
    ['germanywestcentral', 'Germany West Central'],
    ['germanynorth', 'Germany North'],
    ['switzerlandnorth', 'Switzerland North'],
    ['switzerlandwest', 'Switzerland West'],
    ['norwayeast', 'Norway East'],
    ['norwaywest', 'Norway West'],
    ['swedencentral', 'Sweden Central'],
    ['swedensouth', 'Sweden South'],
    ['polandcentral', 'Poland Central'],
    ['italynorth', 'Italy North'],
    ['spaincentral', 'Spain Central'],
    ['austriaeast', 'Austria East'],
    ['belgiumcentral', 'Belgium Central'],
    ['denmarkeast', 'Denmark East'],
    ['uaenorth', 'UAE North'],
    ['uaecentral', 'UAE Central'],
    ['qatarcentral', 'Qatar Central'],
    ['israelcentral', 'Israel Central'],
    ['southafricanorth', 'South Africa North'],
    ['southafricawest', 'South Africa West'],
    ['centralindia', 'Central India'],
    ['southindia', 'South India'],
    ['westindia', 'West India'],
    ['jioindiacentral', 'Jio India Central'],
    ['jioindiawest', 'Jio India West'],
    ['eastasia', 'East Asia'],
    ['southeastasia', 'Southeast Asia'],
    ['japaneast', 'Japan East'],
    ['japanwest', 'Japan West'],
    ['koreacentral', 'Korea Central'],
    ['koreasouth', 'Korea South'],
    ['indonesiacentral', 'Indonesia Central'],
    ['malaysiawest', 'Malaysia West'],
    ['newzealandnorth', 'New Zealand North'],
    ['australiaeast', 'Australia East'],
    ['australiasoutheast', 'Australia Southeast'],
    ['australiacentral', 'Australia Central'],
    ['australiacentral2', 'Australia Central 2'],
    ['chilecentral', 'Chile Central'],
  ]),
  AzureUSGovernmentCloud: regions([
    ['usgovvirginia', 'USGov Virginia'],
    ['usgovtexas', 'USGov Texas'],
    ['usgovarizona', 'USGov Arizona'],
    ['usdodeast', 'USDoD East'],
    ['usdodcentral', 'USDoD Central'],
  ]),
  AzureChinaCloud: regions([
    ['chinaeast', 'China East'],
    ['chinaeast2', 'China East 2'],
    ['chinaeast3', 'China East 3'],
    ['chinanorth', 'China North'],
    ['chinanorth2', 'China North 2'],
    ['chinanorth3', 'China North 3'],
  ]),
  // Closed in 2021; kept so that designs naming the old German cloud still show its regions.
  AzureGermanCloud: regions([
    ['germanycentral', 'Germany Central'],
    ['germanynortheast', 'Germany Northeast'],
  ]),
}

/** The regions of `cloud`; the public cloud's for a cloud this list does not know. */
export function regionsOf(cloud: string): readonly AzureRegion[] {
  return cloud in AZURE_REGIONS ? AZURE_REGIONS[cloud as AzureCloud] : AZURE_REGIONS.AzurePublicCloud
}

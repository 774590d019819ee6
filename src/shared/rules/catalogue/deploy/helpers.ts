// Wording shared by the deployment-method rules (catalogue section 2.3). Pure.
import type { CmgNode } from '../../context'

/** How a CMG's deployment method reads in a message: "a VMSS CMG", "a classic CMG", "an ASM CMG". */
export function methodPhrase(cmg: CmgNode): string {
  switch (cmg.props.method) {
    case 'vmss':
      return 'a VMSS CMG'
    case 'classic':
      return 'a classic cloud service CMG'
    case 'asm':
      return 'an Azure Service Manager CMG'
  }
}

/** The documented VM sizes of a VMSS CMG on 2107 and later (Lab, Standard, Large). */
export const VMSS_SIZES_2107: readonly string[] = ['Standard_B2s', 'Standard_A2_v2', 'Standard_A4_v2']

/** The only VM size of classic/ASM CMGs and of VMSS CMGs before 2107. */
export const FIXED_SIZE = 'Standard_A2_v2'

/** Per-VM concurrent clients of the Lab size (Standard_B2s), capacity table C4. */
export const LAB_CLIENTS_PER_VM = 10

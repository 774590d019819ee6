// Wording shared by the Azure and Entra rules (catalogue section 2.4). Pure.
import type { Tenant } from '../../../model/schema'

/** "Entra tenant Contoso (contoso.onmicrosoft.com)": its name, else its id. */
export function tenantName(t: Tenant): string {
  return `Entra tenant ${t.name.trim() !== '' ? t.name : t.id}`
}

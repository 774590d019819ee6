// What people are told about one property of an element kind: its label, unit, help text, a label
// per enum value and hints for the inspector's control. Declared once, beside the property's zod
// schema, with `field(schema, meta)`: the whole description goes to FIELD_META (read by the
// inspector, the report and the CLI) and its label and help to zod's global registry, so the
// published JSON Schema (docs/design.schema.json) carries them as title and description. Headings
// that name a property (the report's tables) read its label with `fieldLabel`. Pure.
import { z } from 'zod'
import type { ElementKind } from './kind'

export interface FieldMeta {
  readonly label: string
  /** Shown after the input; "{currency}" is replaced by the price book's currency. */
  readonly unit?: string
  readonly help?: string
  /** Display labels of enum values (value → label). */
  readonly options?: Readonly<Record<string, string>>
  /**
   * A different control than the schema implies: a multi-line text, a date picker, a select of the
   * design's Entra tenants, a text input that suggests values (but accepts others), or one that
   * suggests the Azure regions of the `azureEnvironment` beside the field (model/azure-regions.ts).
   */
  readonly widget?: 'textarea' | 'date' | 'tenant' | 'suggest' | 'azureRegion'
  readonly suggestions?: readonly string[]
  readonly placeholder?: string
  /** For a list of objects: the entry "Add" appends. */
  readonly newItem?: Readonly<Record<string, unknown>>
}

/** Every property declared with `field`, with its description. */
export const FIELD_META = z.registry<FieldMeta>()

/** The schema of a property together with what people are told about it. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const unit = meta.unit === undefined ? '' : ` Unit: ${meta.unit}.`
  const help = meta.help === undefined ? '' : meta.help
  const description = `${help}${unit}`.trim()
  const described = schema.meta(
    description === '' ? { title: meta.label } : { title: meta.label, description },
  )
  FIELD_META.add(described, meta)
  return described
}

/**
 * The label a kind declares for one of its properties: `fieldLabel(KINDS.server, 'os')` is
 * "Operating system". Throws for a property without a label; tests/unit/kinds/field-label.test.ts
 * checks that every property of every kind has one.
 */
export function fieldLabel<P extends z.ZodObject>(
  kind: ElementKind<P>,
  key: keyof P['shape'] & string,
): string {
  const property = kind.props.shape[key] as z.ZodType | undefined
  const meta = property === undefined ? undefined : FIELD_META.get(property)
  if (meta === undefined) throw new Error(`The property ${key} of ${kind.label} has no label.`)
  return meta.label
}

/** The parts of zod 4's runtime schema objects fieldMetaByPath reads. */
interface AnySchema {
  readonly def: { readonly type: string; readonly innerType?: AnySchema; readonly element?: AnySchema }
  readonly shape?: Readonly<Record<string, AnySchema>>
}

/** The object inside default/prefault/optional/nullable wrappers and lists, if there is one. */
function objectShape(schema: AnySchema): Readonly<Record<string, AnySchema>> | undefined {
  let s: AnySchema | undefined = schema
  for (let guard = 0; s && guard < 16; guard++) {
    if (s.def.type === 'object') return s.shape
    s = s.def.innerType ?? s.def.element
  }
  return undefined
}

/**
 * The description of every property of an object schema by dotted path: "vmCount",
 * "resourceGroup.region", "outboundPorts.from" (an entry of a list of objects).
 */
export function fieldMetaByPath(schema: z.ZodType): Readonly<Record<string, FieldMeta>> {
  const out: Record<string, FieldMeta> = {}
  const walk = (s: AnySchema, prefix: string): void => {
    for (const [key, property] of Object.entries(objectShape(s) ?? {})) {
      const path = prefix === '' ? key : `${prefix}.${key}`
      const meta = FIELD_META.get(property as unknown as z.ZodType)
      if (meta) out[path] = meta
      walk(property, path)
    }
  }
  walk(schema as unknown as AnySchema, '')
  return out
}

// Reads a zod 4 object schema (an element kind's props, the design settings) and describes each
// property as a form field: booleans become checkboxes, enums and unions of literals selects,
// bounded numbers number inputs, strings text inputs with their maximum length, lists of enum
// values checkbox groups, lists of strings one-per-line text, nested objects fieldsets and lists of
// objects small tables. Also the pure helpers the inspector needs around those fields: reading and
// writing a value at a field's path, turning what was typed into a value, and the refusal a schema
// gives a change (the sentence shown on its own, and the path and words shown next to the field it
// is about). Pure (no DOM, no React); runs in the renderer.
import type { z } from 'zod'
import { formatIssues, formatPath } from '../../../shared/format/issue-path'

/** The parts of zod 4's runtime schema objects this module reads. */
interface ZodCheck {
  readonly _zod: { readonly def: { readonly check: string; readonly maximum?: number } }
}
interface AnySchema {
  readonly def: {
    readonly type: string
    readonly innerType?: AnySchema
    readonly element?: AnySchema
    readonly options?: readonly AnySchema[]
    readonly values?: readonly unknown[]
    readonly defaultValue?: unknown
    readonly checks?: readonly ZodCheck[]
  }
  readonly options?: readonly unknown[]
  readonly shape?: Readonly<Record<string, AnySchema>>
  readonly minValue?: number | null
  readonly maxValue?: number | null
  readonly isInt?: boolean
  readonly maxLength?: number | null
}

export type SelectOption = string | number

export type FieldControl =
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'select'; readonly options: readonly SelectOption[] }
  | {
      readonly kind: 'number'
      readonly min: number | undefined
      readonly max: number | undefined
      readonly integer: boolean
    }
  | { readonly kind: 'text'; readonly maxLength: number | undefined }
  | { readonly kind: 'checkboxGroup'; readonly options: readonly string[] }
  | {
      readonly kind: 'textList'
      readonly maxItems: number | undefined
      readonly maxLength: number | undefined
    }
  | { readonly kind: 'fieldset'; readonly fields: readonly FieldDescriptor[] }
  | {
      readonly kind: 'objectList'
      readonly fields: readonly FieldDescriptor[]
      readonly maxItems: number | undefined
    }
  /** A schema shape this module does not know; the inspector shows such a value read-only. */
  | { readonly kind: 'unsupported'; readonly zodType: string }

export interface FieldDescriptor {
  /** The property name: "vmCount". */
  readonly key: string
  /** From the root object: ["resourceGroup", "region"]. */
  readonly path: readonly string[]
  readonly control: FieldControl
  /** `undefined` is a valid value (an empty input stores "not set"). */
  readonly optional: boolean
  /** `null` is a valid value (an empty input stores "unknown"). */
  readonly nullable: boolean
  /** For strings: whether "" is valid. */
  readonly allowsEmpty: boolean
}

interface Unwrapped {
  readonly schema: AnySchema
  readonly optional: boolean
  readonly nullable: boolean
}

/** Strips default/prefault/optional/nullable wrappers, remembering what they allow. */
function unwrap(schema: AnySchema): Unwrapped {
  let current = schema
  let optional = false
  let nullable = false
  for (;;) {
    const t = current.def.type
    if (
      (t === 'default' || t === 'prefault' || t === 'optional' || t === 'nullable') &&
      current.def.innerType
    ) {
      if (t === 'optional') optional = true
      if (t === 'nullable') nullable = true
      current = current.def.innerType
    } else return { schema: current, optional, nullable }
  }
}

function maxItemsOf(schema: AnySchema): number | undefined {
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum
  }
  return undefined
}

/** Whether "" passes a string-like schema (a plain string, a pattern that allows empty, `| ''`). */
function acceptsEmpty(schema: AnySchema): boolean {
  return (schema as unknown as z.ZodType).safeParse('').success
}

function controlFor(schema: AnySchema, path: readonly string[]): FieldControl {
  const t = schema.def.type
  switch (t) {
    case 'boolean':
      return { kind: 'checkbox' }
    case 'enum':
      return { kind: 'select', options: (schema.options ?? []) as SelectOption[] }
    case 'number':
      return {
        kind: 'number',
        min: schema.minValue ?? undefined,
        max: schema.maxValue ?? undefined,
        integer: schema.isInt === true,
      }
    case 'string':
      return { kind: 'text', maxLength: schema.maxLength ?? undefined }
    case 'object':
      return { kind: 'fieldset', fields: describeShape(schema, path) }
    case 'union': {
      const options = (schema.def.options ?? []).map((o) => unwrap(o).schema)
      if (options.length > 0 && options.every((o) => o.def.type === 'literal')) {
        return { kind: 'select', options: options.flatMap((o) => (o.def.values ?? []) as SelectOption[]) }
      }
      // A string, or one of a few string literals such as '' (a tenant id or "not set").
      const strings = options.filter((o) => o.def.type === 'string')
      const onlyStrings = options.every(
        (o) =>
          o.def.type === 'string' ||
          (o.def.type === 'literal' && (o.def.values ?? []).every((v) => typeof v === 'string')),
      )
      if (strings.length > 0 && onlyStrings) {
        const lengths = strings.map((s) => s.maxLength ?? undefined)
        return {
          kind: 'text',
          maxLength: lengths.every((l) => l !== undefined) ? Math.max(...(lengths as number[])) : undefined,
        }
      }
      return { kind: 'unsupported', zodType: t }
    }
    case 'array': {
      const element = schema.def.element ? unwrap(schema.def.element).schema : undefined
      const maxItems = maxItemsOf(schema)
      if (element?.def.type === 'enum')
        return { kind: 'checkboxGroup', options: (element.options ?? []) as string[] }
      if (element?.def.type === 'string')
        return { kind: 'textList', maxItems, maxLength: element.maxLength ?? undefined }
      if (element?.def.type === 'object')
        return { kind: 'objectList', fields: describeShape(element, []), maxItems }
      return { kind: 'unsupported', zodType: `array of ${element?.def.type ?? 'unknown'}` }
    }
    default:
      return { kind: 'unsupported', zodType: t }
  }
}

function describeShape(object: AnySchema, parentPath: readonly string[]): FieldDescriptor[] {
  return Object.entries(object.shape ?? {}).map(([key, field]) => {
    const path = [...parentPath, key]
    const { schema, optional, nullable } = unwrap(field)
    const control = controlFor(schema, path)
    return {
      key,
      path,
      control,
      optional,
      nullable,
      allowsEmpty: control.kind === 'text' && acceptsEmpty(schema),
    }
  })
}

/** The fields of an object schema (wrapped in default/prefault or not), in declaration order. */
export function describeFields(schema: z.ZodType): FieldDescriptor[] {
  const { schema: object } = unwrap(schema as unknown as AnySchema)
  if (object.def.type !== 'object')
    throw new Error(`describeFields needs an object schema, not ${object.def.type}`)
  return describeShape(object, [])
}

/** Every descriptor of `fields` and of the fieldsets inside them, depth first. */
export function flattenFields(fields: readonly FieldDescriptor[]): FieldDescriptor[] {
  return fields.flatMap((f) =>
    f.control.kind === 'fieldset' ? [f, ...flattenFields(f.control.fields)] : [f],
  )
}

/** The value at `path` inside `root` (undefined where the path leads nowhere). */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/**
 * The top-level patch that sets `path` to `value` in `root`: `{ vmCount: 3 }`, or for a nested
 * field the whole nested object with one member replaced (`{ resourceGroup: {...rg, region} }`).
 */
export function patchAt(
  root: Readonly<Record<string, unknown>>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path
  if (head === undefined) throw new Error('patchAt needs a non-empty path')
  if (rest.length === 0) return { [head]: value }
  const inner = root[head]
  const base = inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : {}
  return { [head]: { ...base, ...patchAt(base, rest, value) } }
}

export type ParsedInput =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string }

/**
 * Turns the text of a text, number or one-per-line input into the value to store. Empty input
 * means "not set" where the schema allows it (undefined, null or ""); single-line text is trimmed.
 * Range and pattern checks are left to the schema, so the message the user sees is always the
 * schema's own.
 */
export function parseFieldInput(
  field: FieldDescriptor,
  text: string,
  { multiline = false }: { readonly multiline?: boolean } = {},
): ParsedInput {
  const trimmed = text.trim()
  switch (field.control.kind) {
    case 'number': {
      if (trimmed === '') {
        if (field.nullable) return { ok: true, value: null }
        if (field.optional) return { ok: true, value: undefined }
        return { ok: false, reason: 'must be a number' }
      }
      const value = Number(trimmed)
      if (!Number.isFinite(value)) return { ok: false, reason: 'must be a number' }
      return { ok: true, value }
    }
    case 'textList':
      return {
        ok: true,
        value: text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      }
    case 'text':
      if (trimmed === '' && !field.allowsEmpty) {
        if (field.optional) return { ok: true, value: undefined }
        if (field.nullable) return { ok: true, value: null }
      }
      return { ok: true, value: multiline ? text : trimmed }
    default:
      return { ok: false, reason: `cannot be typed as text` }
  }
}

/** The text an input shows for a stored value ("" for not set / unknown). */
export function formatFieldValue(field: FieldDescriptor, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (field.control.kind === 'textList' && Array.isArray(value)) return value.join('\n')
  return String(value)
}

/**
 * A change that was not made. `reason` is the sentence shown on its own: "vmCount: must be between
 * 0 and 99", "That element no longer exists.". A refusal about one value (a schema's) also names
 * it: `issue.path` from the object that was checked (the props, the design settings, a tenant) and
 * `issue.message`, the words after the path ("must be between 0 and 99").
 */
export interface Refusal {
  readonly ok: false
  readonly reason: string
  readonly issue?: { readonly path: readonly PropertyKey[]; readonly message: string }
}

/** The refusal of the value at `path`: "id: another tenant already has the id …". */
export function refusalAt(path: readonly PropertyKey[], message: string): Refusal {
  return { ok: false, reason: `${formatPath(path)}: ${message}`, issue: { path, message } }
}

/** The refusal for a schema's first issue, worded as formatIssues words it; `fallback` if none. */
export function schemaRefusal(issues: readonly z.core.$ZodIssue[], fallback: string): Refusal {
  const [issue] = issues
  const [line] = formatIssues(issues, 1)
  if (!issue || line === undefined) return { ok: false, reason: fallback }
  const where = `${formatPath(issue.path)}: `
  // One unknown property is worded at its own path, below the issue's: a sentence without a field.
  if (!line.startsWith(where)) return { ok: false, reason: line }
  return refusalAt(issue.path, line.slice(where.length))
}

/**
 * What the field at `path` shows for a refusal: only "must be …" when it is about this field or a
 * value inside it, the whole reason otherwise, so a refusal about another property ("vmCountMax:
 * must be a number") or none ("That element no longer exists.") is not mistaken for this field's.
 */
export function fieldErrorText(refusal: Refusal, path: readonly PropertyKey[]): string {
  const { issue } = refusal
  return issue && path.every((key, i) => issue.path[i] === key) ? issue.message : refusal.reason
}

// Turns zod issues into lines that name the offending value's path and what is wrong with it:
// "nodes[3].props.vmCount: expected an integer, got 2.5", "design.name: is required". The load
// pipeline parses with zod's `reportInput`, so each issue carries the value it rejected and the line
// can say what was found; without it (the editor's own checks) the line says what is expected. Keys
// and values from the file are escaped (terminal-text.ts), so a line never carries control or bidi
// characters. Pure.
import type { z } from 'zod'
import { formatCount } from '../util/format-count'
import { escapeTerminalText } from '../util/terminal-text'

type Issue = z.core.$ZodIssue

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/
/** Longest quoted string, in characters, before it is cut with "…". */
const MAX_QUOTED = 40
/** Unknown property names listed in one line. */
const MAX_KEYS = 10

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (typeof part === 'string' && PLAIN_KEY.test(part)) out += out === '' ? part : `.${part}`
    else out += `[${quote(String(part))}]`
  }
  return out === '' ? '(document)' : out
}

/** A string as a double-quoted, escaped, shortened literal: "Contoso", "a very long…" (1,048,576 characters). */
function quote(text: string): string {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text
  const literal = `"${escapeTerminalText(shown.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`
  return text.length > MAX_QUOTED ? `${literal} (${formatCount(text.length)} characters)` : literal
}

/** What was found, for "got …": 2.5, "abc", null, true, a list, an object. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
      return quote(value)
    case 'number':
      if (Number.isNaN(value)) return 'NaN'
      if (!Number.isFinite(value)) return `${value > 0 ? '' : '-'}Infinity (a number too large to represent)`
      return String(value)
    case 'boolean':
      return String(value)
    case 'object':
      return Array.isArray(value)
        ? `a list of ${formatCount(value.length)} ${value.length === 1 ? 'entry' : 'entries'}`
        : 'an object'
    default:
      return typeof value
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
}
const expectedName = (expected: string): string => EXPECTED[expected] ?? `a ${expected}`

const literal = (v: unknown): string => (typeof v === 'string' ? quote(v) : String(v))

/** "a, b or c" */
function orList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

const hasInput = (issue: Issue): boolean => 'input' in issue
/** zod's own wording starts "Invalid …" or "Too …"; the schemas' wording ("must be …") is kept. */
const isDefaultMessage = (message: string): boolean => /^(Invalid|Too)\b/.test(message)
const got = (issue: Issue): string => (hasInput(issue) ? `, got ${describeValue(issue.input)}` : '')

/** ", got 51 entries" for a list or string that is too long or too short; ", got 120" for a number. */
function gotSize(issue: Issue): string {
  if (!hasInput(issue)) return ''
  const v = issue.input
  if (typeof v === 'string') return `, got ${formatCount(v.length)} characters`
  if (Array.isArray(v)) return `, got ${formatCount(v.length)} ${v.length === 1 ? 'entry' : 'entries'}`
  return got(issue)
}

function describeUnion(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  if ('discriminator' in issue && typeof issue.discriminator === 'string') {
    // Reported on the discriminator's path, with the whole object as input.
    const options = 'options' in issue && issue.options ? orList(issue.options.map(String)) : ''
    const holder = issue.input
    const present =
      typeof holder === 'object' && holder !== null && Object.hasOwn(holder, issue.discriminator)
    if (hasInput(issue) && !present) return `is required (one of ${options})`
    const value = present ? (holder as Record<string, unknown>)[issue.discriminator] : undefined
    return `expected one of ${options}${present ? `, got ${describeValue(value)}` : ''}`
  }
  if (!isDefaultMessage(issue.message)) return `${issue.message}${got(issue)}`
  // Every alternative failed: say what each one wanted, or explain the one that got furthest.
  const firsts = issue.errors.map((branch) => branch[0]).filter((i): i is Issue => i !== undefined)
  const closest = firsts.find((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value')
  if (closest) return describeIssue({ ...closest, path: [] }).text
  const wanted = firsts.flatMap((i) =>
    i.code === 'invalid_type'
      ? [expectedName(i.expected)]
      : i.code === 'invalid_value'
        ? i.values.map(literal)
        : [],
  )
  return `expected ${orList([...new Set(wanted)])}${got(issue)}`
}

function describeIssue(issue: Issue): { path: PropertyKey[]; text: string } {
  const path = [...issue.path]
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? { path: [...path, issue.keys[0] as string], text: 'is not a known property' }
        : {
            path,
            text: `unknown properties ${issue.keys.slice(0, MAX_KEYS).map(quote).join(', ')}${issue.keys.length > MAX_KEYS ? ` and ${formatCount(issue.keys.length - MAX_KEYS)} more` : ''}`,
          }
    case 'invalid_type':
      if (hasInput(issue) && issue.input === undefined) return { path, text: 'is required' }
      if (issue.expected === 'number' && typeof issue.input === 'number' && !Number.isFinite(issue.input))
        return { path, text: `expected a finite number${got(issue)}` }
      return { path, text: `expected ${expectedName(issue.expected)}${got(issue)}` }
    case 'invalid_value':
      return {
        path,
        text:
          issue.values.length === 1
            ? `expected ${literal(issue.values[0])}${got(issue)}`
            : `expected one of ${orList(issue.values.map(String))}${got(issue)}`,
      }
    case 'too_big':
    case 'too_small':
      return {
        path,
        text: isDefaultMessage(issue.message)
          ? `must be ${issue.code === 'too_big' ? 'at most' : 'at least'} ${formatCount(Number(issue.code === 'too_big' ? issue.maximum : issue.minimum))}${gotSize(issue)}`
          : `${issue.message}${issue.code === 'too_big' || typeof issue.input === 'number' ? gotSize(issue) : ''}`,
      }
    case 'invalid_format':
      return { path, text: `${issue.message}${got(issue)}` }
    case 'invalid_union':
      return { path, text: describeUnion(issue) }
    default:
      return { path, text: issue.message }
  }
}

/** At most `max` readable lines, the last one saying how many more there are. */
export function formatIssues(issues: readonly Issue[], max = 50): string[] {
  const lines = issues.slice(0, max).map((i) => {
    const d = describeIssue(i)
    return `${formatPath(d.path)}: ${escapeTerminalText(d.text)}`
  })
  if (issues.length > max) lines.push(`… and ${issues.length - max} more problems`)
  return lines
}

// Turns zod issues into "nodes[3].props.vmCount: must be between 0 and 99" lines. Pure.
import type { z } from 'zod'

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(document)' : out
}

function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; text: string } {
  const path = [...issue.path]
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? { path: [...path, issue.keys[0] as string], text: 'is not a known property' }
        : { path, text: `unknown properties ${issue.keys.map((k) => `"${k}"`).join(', ')}` }
    case 'invalid_value':
      return {
        path,
        text: issue.message.startsWith('Invalid')
          ? issue.values.length === 1
            ? `must be ${JSON.stringify(issue.values[0])}`
            : `must be one of ${issue.values.map((v) => String(v)).join(', ')}`
          : issue.message,
      }
    case 'invalid_type':
      if (issue.input === undefined) return { path, text: 'is required' }
      return {
        path,
        text: issue.message.startsWith('Invalid')
          ? `must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`
          : issue.message,
      }
    default:
      return { path, text: issue.message }
  }
}

/** At most `max` readable lines, the last one saying how many more there are. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], max = 50): string[] {
  const lines = issues.slice(0, max).map((i) => {
    const d = describeIssue(i)
    return `${formatPath(d.path)}: ${d.text}`
  })
  if (issues.length > max) lines.push(`… and ${issues.length - max} more problems`)
  return lines
}

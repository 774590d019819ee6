// The command line of `cmg-designer` (src/cli/args.ts): which argument lists become a validate
// command, help, the version, or a usage error (exit 2) with a message a person can act on.
import { describe, expect, it } from 'vitest'
import { MAIN_USAGE, parseCommandLine, VALIDATE_USAGE } from '../../../src/cli/args'

describe('parseCommandLine', () => {
  it('reads files and defaults to text output without what-ifs', () => {
    expect(parseCommandLine(['validate', 'a.cmgd', 'b.cmgd'])).toEqual({
      kind: 'validate',
      files: ['a.cmgd', 'b.cmgd'],
      format: 'text',
    })
  })

  it('reads every option, in either spelling, before or after the files', () => {
    expect(
      parseCommandLine(['validate', '-f', 'sarif', 'a.cmgd', '--cm-version=2103', '--growth', '1.5']),
    ).toEqual({
      kind: 'validate',
      files: ['a.cmgd'],
      format: 'sarif',
      cmVersion: 2103,
      growth: 1.5,
    })
    expect(parseCommandLine(['validate', 'a.cmgd', '--format=json', '--growth=100'])).toMatchObject({
      format: 'json',
      growth: 100,
    })
  })

  it.each([
    [['validate', 'a', '--cm-version', '2104'], /--cm-version must be one of 2006, .*2603; got "2104"/],
    [['validate', 'a', '--cm-version', '25.09'], /--cm-version/],
    [['validate', 'a', '--cm-version='], /--cm-version/],
    [['validate', 'a', '--growth', '0'], /--growth must be a number greater than 0 and at most 100; got "0"/],
    [['validate', 'a', '--growth=-2'], /--growth/],
    [['validate', 'a', '--growth', '100.5'], /--growth/],
    [['validate', 'a', '--growth', 'Infinity'], /--growth/],
    [['validate', 'a', '--growth', 'NaN'], /--growth/],
    [['validate', 'a', '--growth='], /--growth/],
    [['validate', 'a', '--growth', '3x'], /--growth/],
    [['validate', 'a', '--format', 'xml'], /--format must be one of text, json, sarif; got "xml"/],
    [['validate', 'a', '--bogus'], /^Unknown option "--bogus"\.$/],
    [['validate', 'a', '-z'], /^Unknown option "-z"\.$/],
    [['validate', 'a', '--format'], /--format/],
    [['validate'], /at least one design file/],
    [['report', 'a'], /report needs -o <out\.html>/],
    [[], /No command given/],
    [['validate', 'a', '--version'], /--version takes no command/],
  ])('rejects %j', (argv, message) => {
    const command = parseCommandLine(argv)
    expect(command.kind).toBe('usageError')
    expect(command.kind === 'usageError' ? command.message : '').toMatch(message)
  })

  it('gives the general help, the validate help and the version', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help', text: MAIN_USAGE })
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help', text: MAIN_USAGE })
    expect(parseCommandLine(['validate', '--help'])).toEqual({ kind: 'help', text: VALIDATE_USAGE })
    expect(parseCommandLine(['validate', 'a.cmgd', '-h'])).toEqual({ kind: 'help', text: VALIDATE_USAGE })
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' })
    expect(parseCommandLine(['-v'])).toEqual({ kind: 'version' })
  })

  it('documents the commands and every option', () => {
    expect(MAIN_USAGE).toContain('validate <file...>')
    expect(MAIN_USAGE).toContain('report <file> -o <out.html>')
    for (const option of ['--format', '--cm-version', '--growth', '2603', 'sarif'])
      expect(VALIDATE_USAGE).toContain(option)
  })
})

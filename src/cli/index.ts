// Entry point of the `cmg-designer` command-line tool (bundled to out/cli/index.cjs, started by
// bin/cmg-designer.cjs). Parses argv, reads the files, runs the shared load pipeline and rules
// engine on each, prints the chosen format (or, for `report`, writes the HTML report; see
// report-command.ts; for `import`, builds a design from Configuration Manager exports; see
// import-command.ts; for `export`, writes the picture, a draw.io diagram or the report; see
// export-command.ts) and sets process.exitCode. Runs in plain Node; all formatting lives in the
// pure format-*.ts modules and src/shared/report. Text from the command line is escaped
// (terminal-text.ts) before it is printed.
import { relative, resolve, sep } from 'node:path'
import { APP_VERSION } from '../shared/model/factory'
import { escapeTerminalText as esc } from '../shared/util/terminal-text'
import { USAGE_HINT, parseCommandLine, type ValidateCommand } from './args'
import { today } from './clock'
import { formatJson } from './format-json'
import { formatSarif } from './format-sarif'
import { formatText } from './format-text'
import { readDesignBytes } from './read-file'
import { evaluateFile, exitCodeFor, type FileReport } from './report'
import { runExport } from './export-command'
import { runImport } from './import-command'
import { runReport } from './report-command'

/** The file's path relative to the working directory, as a URI reference with "/" separators. */
function artifactUri(file: string): string {
  return relative(process.cwd(), resolve(file)).split(sep).map(encodeURIComponent).join('/')
}

function useColor(): boolean {
  return process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === ''
}

/** `clock` gives today's date: the evaluation date of a design that has none (CMG-VER-001). */
async function validate(command: ValidateCommand, clock: () => string = today): Promise<number> {
  const options = {
    today: clock(),
    ...(command.cmVersion === undefined ? {} : { cmVersion: command.cmVersion }),
    ...(command.growth === undefined ? {} : { growth: command.growth }),
  }
  const reports: FileReport[] = []
  for (const file of command.files) {
    const identity = { file, uri: artifactUri(file) }
    const bytes = await readDesignBytes(file)
    reports.push(
      bytes.ok
        ? evaluateFile(identity, bytes.value, options)
        : { kind: 'failed', ...identity, error: bytes.error },
    )
  }
  switch (command.format) {
    case 'json':
      process.stdout.write(formatJson(reports))
      break
    case 'sarif':
      process.stdout.write(formatSarif(reports))
      break
    case 'text': {
      const { out, err } = formatText(reports, { color: useColor() })
      if (out !== '') process.stdout.write(out)
      if (err !== '') process.stderr.write(err)
      break
    }
  }
  return exitCodeFor(reports)
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommandLine(argv)
  switch (command.kind) {
    case 'help':
      process.stdout.write(command.text)
      return 0
    case 'version':
      process.stdout.write(`${APP_VERSION}\n`)
      return 0
    case 'usageError':
      process.stderr.write(`cmg-designer: ${esc(command.message)}\n${USAGE_HINT}`)
      return 2
    case 'validate':
      return validate(command)
    case 'report':
      return runReport(command)
    case 'import':
      return runImport(command)
    case 'export':
      return runExport(command)
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(
      `cmg-designer: internal error: ${(e instanceof Error ? (e.stack ?? e.message) : String(e)).split('\n').map(esc).join('\n')}\n`,
    )
    process.exitCode = 2
  },
)

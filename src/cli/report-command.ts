// `cmg-designer report <file> -o <out.html>`: reads and evaluates one design with the shared load
// pipeline and rules engine, renders the shared HTML report and writes it atomically (a temp file
// `<out>.tmp-<random>` in the same folder, flushed, then renamed over <out>; the temp file is
// removed on failure). Writes nothing else and never writes over the design file. The design file
// may be a .cmgd or a PNG or SVG image the app exported. What it prints is escaped
// (terminal-text.ts). Runs in Node.
import { randomBytes } from 'node:crypto'
import { open, realpath, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { renderReportHtml } from '../shared/report/report-html'
import { escapeTerminalText as esc } from '../shared/util/terminal-text'
import type { ReportCommand } from './args'
import { today } from './clock'
import { formatFailedFile } from './format-text'
import { readDesignBytes } from './read-file'
import { evaluateFile } from './report'

export interface ReportIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Today's date as YYYY-MM-DD, printed on the cover. */
  readonly today: () => string
}

const defaultIo: ReportIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today,
}

const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EDQUOT: 'the disk quota is exhausted',
  ENAMETOOLONG: 'the path is too long',
}

export function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : ''
  return ERRNO_REASONS[code] ?? (e instanceof Error ? e.message : String(e))
}

/** The real path of a file, or its absolute path when it does not exist (yet). */
export async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    return resolve(path)
  }
}

/** Writes `text` (or bytes) to `target` through a flushed temp file in the same folder and a rename. */
export async function writeAtomically(target: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(target), `${basename(target)}.tmp-${randomBytes(6).toString('hex')}`)
  try {
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writeFile(text, typeof text === 'string' ? 'utf8' : undefined)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw e
  }
}

export async function runReport(command: ReportCommand, io: ReportIo = defaultIo): Promise<number> {
  const { file, output } = command
  const designPath = await canonical(file)
  const outputPath = await canonical(output)
  if (designPath === outputPath) {
    io.stderr(`cmg-designer: ${esc(output)} is the design file itself; choose another name for the report.\n`)
    return 2
  }
  const bytes = await readDesignBytes(file)
  const evaluated = bytes.ok
    ? evaluateFile({ file, uri: file }, bytes.value, {
        today: io.today(),
        ...(command.cmVersion === undefined ? {} : { cmVersion: command.cmVersion }),
        ...(command.growth === undefined ? {} : { growth: command.growth }),
      })
    : ({ kind: 'failed', file, uri: file, error: bytes.error } as const)
  if (evaluated.kind === 'failed') {
    io.stderr(formatFailedFile(evaluated))
    return 2
  }
  const html = renderReportHtml({
    doc: evaluated.doc,
    evaluation: evaluated.evaluation,
    fileName: esc(basename(file)),
    generatedOn: io.today(),
  })
  try {
    await writeAtomically(outputPath, html)
  } catch (e) {
    io.stderr(`cmg-designer: cannot write the report to ${esc(output)}: ${esc(reason(e))}.\n`)
    return 2
  }
  const s = evaluated.evaluation.summary
  io.stdout(
    `Wrote ${esc(output)}: ${esc(evaluated.doc.design.name)} (${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}, ${s.info} info, ${s.suppressed} suppressed).\n`,
  )
  return 0
}

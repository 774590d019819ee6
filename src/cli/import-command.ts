// `cmg-designer import <export...> -o <design.cmgd>`: reads Configuration Manager export files
// (size-capped, UTF-8 or UTF-16), builds the design with the shared importer, writes it atomically
// (report-command.ts's temp file and rename; never over one of the exports) and prints the import
// report. A damaged or foreign file stops the import with a message naming it; nothing is written.
// Everything printed is escaped (terminal-text.ts). Exit codes as validate: 0 written, 2 otherwise.
// Runs in Node.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { serializeDesign } from '../shared/format/serialize'
import { type ExportFile, importConfigMgr } from '../shared/import/importer'
import { importReportText } from '../shared/import/report-lines'
import { decodeExportBytes } from '../shared/import/table'
import { MAX_FILE_BYTES } from '../shared/model/limits'
import { escapeTerminalText as esc } from '../shared/util/terminal-text'
import type { ImportCommand } from './args'
import { today } from './clock'
import { canonical, writeAtomically } from './report-command'

export interface ImportIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Today's date as YYYY-MM-DD: the new design's evaluation date. */
  readonly today: () => string
}

const defaultIo: ImportIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today,
}

function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : ''
  const reasons: Record<string, string> = {
    ENOENT: 'there is no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
  }
  return reasons[code] ?? (e instanceof Error ? e.message : String(e))
}

/** The export's text, or a sentence naming the file and the problem. */
async function readExport(file: string): Promise<ExportFile | string> {
  try {
    const info = await stat(file)
    if (!info.isFile()) return `Cannot read ${file}: it is not a regular file.`
    if (info.size > MAX_FILE_BYTES)
      return `Cannot import ${file}: it is ${(info.size / (1024 * 1024)).toFixed(1)} MB; an export may be at most ${Math.round(MAX_FILE_BYTES / (1024 * 1024))} MB.`
    const text = decodeExportBytes(await readFile(file))
    return text.ok
      ? { fileName: basename(file), text: text.value }
      : `“${basename(file)}” cannot be imported: ${text.error}.`
  } catch (e) {
    return `Cannot read ${file}: ${reason(e)}.`
  }
}

export async function runImport(command: ImportCommand, io: ImportIo = defaultIo): Promise<number> {
  const outputPath = await canonical(command.output)
  for (const file of command.files)
    if ((await canonical(file)) === outputPath) {
      io.stderr(
        `cmg-designer: ${esc(command.output)} is one of the export files; choose another name for the design.\n`,
      )
      return 2
    }
  const files: ExportFile[] = []
  const problems: string[] = []
  for (const file of command.files) {
    const read = await readExport(file)
    if (typeof read === 'string') problems.push(read)
    else files.push(read)
  }
  if (problems.length > 0) {
    io.stderr(problems.map((p) => `cmg-designer: ${esc(p)}\n`).join('') + 'Nothing was imported.\n')
    return 2
  }
  const result = importConfigMgr(files, { today: io.today() })
  if (!result.ok) {
    io.stderr(
      [`cmg-designer: ${result.error.message}`, ...result.error.details.map((d) => `  ${d}`)]
        .map(esc)
        .join('\n') + '\n',
    )
    return 2
  }
  try {
    await writeAtomically(outputPath, serializeDesign(result.value.doc))
  } catch (e) {
    io.stderr(`cmg-designer: could not write ${esc(command.output)}: ${esc(reason(e))}.\n`)
    return 2
  }
  io.stdout(`Wrote ${esc(command.output)}.\n${importReportText(result.value.report).map(esc).join('\n')}\n`)
  return 0
}

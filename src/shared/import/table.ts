// Reads one Configuration Manager export file into a table of rows: the bytes as text (UTF-8, or
// UTF-16 with a byte-order mark, which Windows PowerShell 5.1 writes with `Out-File`), then CSV
// (Export-Csv with or without its "#TYPE" first line, quoted fields, comma, semicolon or tab
// separated; SSMS "Save Results As" CSV) or JSON (ConvertTo-Json: an array, a single object or a
// `{ "value": [...] }` wrapper). Column names are normalised (case, spaces, underscores ignored) so
// WMI and SQL-view spellings meet. Pure and total: it returns a Result and never throws.
import { decodeUtf8 } from '../format/embedded'
import { type Result, err, ok } from '../util/result'

export interface TableRow {
  /** Where the row is, for messages: "line 7" (CSV) or "item 3" (JSON). */
  readonly where: string
  /** Cell text by normalised column name (see normaliseColumn); absent columns are missing. */
  readonly cells: ReadonlyMap<string, string>
}

export interface Table {
  readonly format: 'csv' | 'json'
  /** The column names as the file spells them. */
  readonly columns: readonly string[]
  readonly rows: readonly TableRow[]
  /** Rows that could not be read, with the reason (they are reported, never used). */
  readonly badRows: readonly { readonly where: string; readonly reason: string }[]
}

/** "Site Code", "site_code" and "SiteCode" all become "sitecode". */
export const normaliseColumn = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '')

/** A file's bytes as text, or why they are not text. */
export function decodeExportBytes(bytes: Uint8Array): Result<string, string> {
  const utf16 = (bigEndian: boolean): string => {
    let out = ''
    const units: number[] = []
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      const a = bytes[i] as number
      const b = bytes[i + 1] as number
      units.push(bigEndian ? (a << 8) | b : (b << 8) | a)
      if (units.length >= 8192) {
        out += String.fromCharCode(...units)
        units.length = 0
      }
    }
    return out + String.fromCharCode(...units)
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(utf16(false))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(utf16(true))
  if (bytes.includes(0)) return err('it is a binary file, not a CSV or JSON export')
  const text = decodeUtf8(bytes)
  return text === undefined
    ? err('it is not UTF-8 or UTF-16 text; export it again with -Encoding UTF8')
    : ok(text)
}

const DELIMITERS = [',', ';', '\t'] as const

/** The delimiter that occurs most often outside quotes in the header line. */
function detectDelimiter(header: string): string {
  let inQuotes = false
  const counts = new Map<string, number>()
  for (const c of header) {
    if (c === '"') inQuotes = !inQuotes
    else if (!inQuotes && (DELIMITERS as readonly string[]).includes(c))
      counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  let best = ','
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}

interface CsvRecord {
  readonly line: number
  readonly fields: string[]
}

/** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks. */
function csvRecords(text: string, delimiter: string, firstLine: number): Result<CsvRecord[], string> {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = firstLine
  let recordLine = firstLine
  let quoted = false
  let quoteLine = 0
  let i = 0
  const endRecord = () => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0]?.trim() === '')) records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  while (i < text.length) {
    const c = text[i] as string
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (c === '\n') line++
        field += c
      }
      i++
      continue
    }
    if (c === '"' && field.trim() === '') {
      quoted = true
      quoteLine = line
      field = ''
    } else if (c === delimiter) {
      fields.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else field += c
    i++
  }
  if (quoted)
    return err(
      `the quoted value that starts on line ${quoteLine} is never closed; the file is truncated or damaged`,
    )
  endRecord()
  return ok(records)
}

function parseCsv(text: string): Result<Table, string> {
  let body = text
  let firstLine = 1
  // Export-Csv without -NoTypeInformation (Windows PowerShell 5.1) starts with "#TYPE <class>".
  if (/^#TYPE\b/i.test(body)) {
    const end = body.search(/\r?\n/)
    body = end < 0 ? '' : body.slice(end).replace(/^\r?\n/, '')
    firstLine = 2
  }
  const headerEnd = body.search(/\r?\n/)
  const delimiter = detectDelimiter(headerEnd < 0 ? body : body.slice(0, headerEnd))
  const parsed = csvRecords(body, delimiter, firstLine)
  if (!parsed.ok) return parsed
  const [header, ...records] = parsed.value
  if (!header) return err('it is empty')
  const columns = header.fields.map((f) => f.trim())
  if (columns.some((c) => c === ''))
    return err(`its first line has an empty column name; it needs a header line naming the columns`)
  const keys = columns.map(normaliseColumn)
  const rows: TableRow[] = []
  const badRows: { where: string; reason: string }[] = []
  for (const record of records) {
    const where = `line ${record.line}`
    if (record.fields.length !== columns.length) {
      badRows.push({
        where,
        reason: `it has ${record.fields.length} values but the header names ${columns.length} columns`,
      })
      continue
    }
    rows.push({ where, cells: new Map(keys.map((k, i) => [k, (record.fields[i] as string).trim()])) })
  }
  return ok({ format: 'csv', columns, rows, badRows })
}

function scalarText(value: unknown): string | undefined {
  if (value === null) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return undefined
}

function parseJson(text: string): Result<Table, string> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return err(
      `it is not valid JSON (${e instanceof Error ? e.message : String(e)}); it may be truncated or damaged`,
    )
  }
  // ConvertTo-Json -InputObject of an array in Windows PowerShell 5.1 wraps it: { "value": [...], "Count": n }.
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const wrapped = (raw as Record<string, unknown>).value
    raw = Array.isArray(wrapped) && 'Count' in raw ? wrapped : [raw]
  }
  if (!Array.isArray(raw)) return err('it is JSON but not an object or a list of objects')
  const columns: string[] = []
  const seen = new Set<string>()
  const rows: TableRow[] = []
  const badRows: { where: string; reason: string }[] = []
  raw.forEach((item: unknown, index) => {
    const where = `item ${index + 1}`
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      badRows.push({ where, reason: 'it is not an object' })
      return
    }
    const cells = new Map<string, string>()
    for (const [name, value] of Object.entries(item as Record<string, unknown>)) {
      const cell = scalarText(value)
      if (cell === undefined) continue // nested objects: CimInstanceProperties, CimClass, ...
      const key = normaliseColumn(name)
      cells.set(key, cell)
      if (!seen.has(key)) {
        seen.add(key)
        columns.push(name)
      }
    }
    rows.push({ where, cells })
  })
  return ok({ format: 'json', columns, rows, badRows })
}

/** The export's rows; the error says what is wrong with the file (the caller names the file). */
export function parseTable(text: string): Result<Table, string> {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/^\s+/, '')
  if (body === '') return err('it is empty')
  return body.startsWith('[') || body.startsWith('{') ? parseJson(body) : parseCsv(body)
}

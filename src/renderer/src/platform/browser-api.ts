// A browser implementation of the preload API (the same IPC contract as Electron main), used when
// the renderer runs without Electron: in the e2e tests and when serving the built renderer. It
// validates every request and response with the contract's zod schemas, loads files through the
// same parseDesignFile pipeline as main (the template list reads only the templates' names), keeps
// saved files in memory, recovery snapshots in localStorage, and offers test hooks on
// `window.__cmgBrowser`. Runs in the renderer (browser only).
import type { z } from 'zod'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type EventChannel,
  type InvokeChannel,
} from '../../../shared/ipc/channels'
import {
  eventContract,
  invokeContract,
  type EventPayload,
  type Fail,
  type IpcErrorCode,
  type Opened,
  type PreloadApi,
  type Req,
  type Res,
} from '../../../shared/ipc/contract'
import type { DesignDocument } from '../../../shared/model/document'
import { MAX_FILE_BYTES } from '../../../shared/model/limits'
import { APP_NAME, APP_VERSION, newDesign } from '../../../shared/model/factory'
import { parseDesignFile } from '../../../shared/format/parse'
import { serializeDesign } from '../../../shared/format/serialize'
import { formatIssues } from '../../../shared/format/issue-path'
import { todayFrom } from '../../../shared/time/local-date'
import { designNameForImage, designTextFromBytes, looksLikeMarkup } from '../../../shared/format/embedded'
import { decodeExportBytes } from '../../../shared/import/table'
import { MAX_IMPORT_FILES } from '../../../shared/ipc/contract'

/** Hooks the e2e tests drive the browser implementation with. */
export interface BrowserTestHooks {
  /** Simulates choosing `fileName` with this content in the Open dialog (the app's Open command runs). */
  openText(fileName: string, text: string): Promise<Res<'doc:open'>>
  /** The same for a file given as base64 bytes (an exported PNG or SVG carrying a design). */
  openBytes(fileName: string, base64: string): Promise<Res<'doc:open'>>
  /**
   * Simulates picking these Configuration Manager exports in File ▸ Import from Configuration
   * Manager (the app's import command runs; with `update`, File ▸ Update from Configuration
   * Manager); each file as text or as base64 bytes (a UTF-16 export).
   */
  importFiles(
    files: readonly { readonly fileName: string; readonly text?: string; readonly base64?: string }[],
    options?: { readonly update?: boolean },
  ): Promise<Res<'import:read'>>
  /** Every file saved so far: file name → content. */
  files(): Record<string, string>
  /** The last failure any channel returned (cancellations excluded), or null. */
  lastError(): Fail | null
}

declare global {
  interface Window {
    __cmgBrowser?: BrowserTestHooks
    /** Pins the browser build's clock (YYYY-MM-DD), as CMG_DESIGNER_TODAY pins main's. */
    __cmgToday?: string
  }
}

const TEMPLATE_TEXTS = import.meta.glob('../../../../resources/templates/*.cmgd', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

const TEMPLATES = new Map(
  Object.entries(TEMPLATE_TEXTS).map(([path, text]) => [
    path.replace(/^.*\//, '').replace(/\.cmgd$/, ''),
    text,
  ]),
)

/**
 * The templates' names and descriptions, read once from their JSON. Main gets them by loading each
 * template through the whole pipeline, in its own process; here that would be some 50 ms on the
 * page's thread while the window first shows (the empty canvas asks for the list at start-up).
 * The bundled templates are the files main ships and load without issues
 * (tests/unit/format/parse.test.ts), so their JSON holds the same name and notes; a template
 * that is damaged anyway fails when chosen.
 */
let templates: readonly { id: string; name: string; description: string }[] | undefined

function templateList(): readonly { id: string; name: string; description: string }[] {
  templates ??= [...TEMPLATES].map(([id, text]) => {
    let design: { name?: unknown; notes?: unknown } | undefined
    try {
      design = (JSON.parse(text) as { design?: typeof design }).design
    } catch {
      design = undefined
    }
    const name = typeof design?.name === 'string' ? design.name.slice(0, 200) : id
    const notes = typeof design?.notes === 'string' ? design.notes.slice(0, 1000) : ''
    return { id, name, description: notes }
  })
  return templates
}

const RECOVERY_PREFIX = 'cmg-designer.recovery.'
const UNTITLED = 'Untitled'

type ReqOut<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['req']>
type Handlers = { [C in InvokeChannel]: (req: ReqOut<C>) => Res<C> | Promise<Res<C>> }

interface OpenDocument {
  fileName: string
  hasFile: boolean
}

interface ChosenFile {
  readonly fileName: string
  /** Text from the openText hook; bytes from the file chooser or the openBytes hook. */
  readonly content: string | Uint8Array
}

interface PendingOpen extends ChosenFile {
  readonly done: (result: Res<'doc:open'>) => void
}

interface PendingImport {
  readonly files: readonly ChosenFile[]
  readonly done: (result: Res<'import:read'>) => void
}

const fail = (code: IpcErrorCode, message: string, details?: readonly string[]): Fail =>
  details && details.length > 0
    ? { ok: false, code, message, details: details.slice(0, 60) }
    : { ok: false, code, message }

/**
 * The browser build's clock, standing in for main's: the page's local date, or the date a test pins
 * by setting `window.__cmgToday` (YYYY-MM-DD) before the app starts.
 */
function today(): string {
  return todayFrom(window.__cmgToday, new Date())
}

function randomToken(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = new Uint8Array(length)
  crypto.getRandomValues(bytes)
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('')
}

/** "Contoso: phase 2" → "Contoso- phase 2.cmgd" (characters no file system accepts are replaced). */
function fileNameFor(designName: string): string {
  const safe = [...designName].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('')
  const base = safe.trim().slice(0, 200)
  return `${base === '' ? 'Untitled design' : base}.cmgd`
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function createBrowserApi(): PreloadApi {
  const documents = new Map<string, OpenDocument>()
  /** The simulated disk: every file opened or saved in this session. */
  const disk = new Map<string, string>()
  /** What the app saved (the test hook's `files()`). */
  const savedFiles = new Map<string, string>()
  const recent: { id: string; fileName: string }[] = []
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>(
    EVENT_CHANNELS.map((e) => [e, new Set()]),
  )
  let lastError: Fail | null = null
  let pendingOpen: PendingOpen | undefined
  let pendingImport: PendingImport | undefined
  let initialDesignSent = false

  function emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    const checked = eventContract[event].parse(payload)
    for (const listener of listeners.get(event) ?? []) listener(checked)
  }

  function newHandle(): string {
    return `doc_${randomToken(16)}`
  }

  function opened(
    doc: DesignDocument,
    fileName: string,
    hasFile: boolean,
    dirty: boolean,
    notice?: string,
  ): Opened {
    const handle = newHandle()
    documents.set(handle, { fileName, hasFile })
    const result: Opened = { ok: true, handle, fileName, hasFile, doc, dirty }
    return notice === undefined ? result : { ...result, notice }
  }

  function rememberRecent(fileName: string): void {
    const existing = recent.findIndex((r) => r.fileName === fileName)
    if (existing >= 0) recent.splice(existing, 1)
    recent.unshift({ id: `rec_${randomToken(12)}`, fileName })
    recent.splice(20)
  }

  /**
   * A chosen file through the same steps main takes: the design embedded in an exported PNG or SVG
   * opens as a new, unsaved-to-a-file design (Save must never write JSON over the image); anything
   * else goes through the load pipeline as a design file.
   */
  function openFileContent(fileName: string, content: string | Uint8Array): Res<'doc:open'> {
    const extracted =
      typeof content !== 'string'
        ? designTextFromBytes(content)
        : looksLikeMarkup(content)
          ? designTextFromBytes(new TextEncoder().encode(content))
          : ({ ok: true, value: { text: content } } as const)
    if (!extracted.ok)
      return fail(extracted.error.code, `“${fileName}” could not be opened. ${extracted.error.message}`)
    const { text, embeddedIn } = extracted.value
    if (embeddedIn === undefined) return openFileText(fileName, text)
    const loaded = parseDesignFile(text)
    if (!loaded.ok)
      return fail(
        loaded.error.code,
        `The design in “${fileName}” could not be opened. ${loaded.error.message}`,
        loaded.error.issues,
      )
    return opened(
      loaded.value.doc,
      designNameForImage(fileName),
      false,
      loaded.value.migratedFrom !== undefined,
      `Opened the design carried by the image “${fileName}”. Save it to keep it as a design file.`,
    )
  }

  /** A file's text through the same load pipeline main uses; errors name the file. */
  function openFileText(fileName: string, text: string): Res<'doc:open'> {
    const loaded = parseDesignFile(text)
    if (!loaded.ok)
      return fail(
        loaded.error.code,
        `“${fileName}” could not be opened. ${loaded.error.message}`,
        loaded.error.issues,
      )
    disk.set(fileName, text)
    rememberRecent(fileName)
    const migrated = loaded.value.migratedFrom
    return migrated === undefined
      ? opened(loaded.value.doc, fileName, true, false)
      : opened(
          loaded.value.doc,
          fileName,
          true,
          true,
          `Upgraded from schema version ${migrated}; save to keep the upgrade.`,
        )
  }

  function fromTemplate(templateId: string): Res<'doc:new'> {
    const text = TEMPLATES.get(templateId)
    if (text === undefined) return fail('NOT_FOUND', `There is no built-in template "${templateId}".`)
    const loaded = parseDesignFile(text)
    if (!loaded.ok)
      return fail('INTERNAL', `The built-in template "${templateId}" is damaged: ${loaded.error.message}`)
    const doc = loaded.value.doc
    return opened({ ...doc, design: { ...doc.design, evaluationDate: today() } }, UNTITLED, false, false)
  }

  function blank(): Opened {
    return opened(newDesign(today()), UNTITLED, false, false)
  }

  function chooseFile(): Promise<ChosenFile | Fail> {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = '.cmgd,.json,.png,.svg'
      input.hidden = true
      input.addEventListener('change', () => {
        const file = input.files?.[0]
        input.remove()
        if (!file) return resolve(fail('CANCELLED', 'No file was chosen.'))
        if (file.size > MAX_FILE_BYTES)
          return resolve(
            fail(
              'FILE_TOO_LARGE',
              `“${file.name}” could not be opened. It is larger than the most a design may be.`,
            ),
          )
        file.arrayBuffer().then(
          (buffer) => resolve({ fileName: file.name, content: new Uint8Array(buffer) }),
          () => resolve(fail('READ_FAILED', `“${file.name}” could not be read.`)),
        )
      })
      input.addEventListener('cancel', () => {
        input.remove()
        resolve(fail('CANCELLED', 'No file was chosen.'))
      })
      document.body.append(input)
      input.click()
    })
  }

  /** The file chooser of File ▸ Import from Configuration Manager: several CSV or JSON exports. */
  function chooseExports(): Promise<ChosenFile[] | Fail> {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.multiple = true
      input.accept = '.csv,.json,.txt'
      input.hidden = true
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])]
        input.remove()
        if (files.length === 0) return resolve(fail('CANCELLED', 'No file was chosen.'))
        Promise.all(
          files.map(async (file) => ({
            fileName: file.name,
            content: new Uint8Array(await file.arrayBuffer()),
          })),
        ).then(resolve, () => resolve(fail('READ_FAILED', 'The chosen files could not be read.')))
      })
      input.addEventListener('cancel', () => {
        input.remove()
        resolve(fail('CANCELLED', 'No file was chosen.'))
      })
      document.body.append(input)
      input.click()
    })
  }

  /** The exports' texts as main answers them: size-capped, UTF-8 or UTF-16, each failure naming its file. */
  function exportTexts(chosen: readonly ChosenFile[]): Res<'import:read'> {
    if (chosen.length > MAX_IMPORT_FILES)
      return fail('READ_FAILED', `Choose at most ${MAX_IMPORT_FILES} export files at a time.`)
    const files: { fileName: string; text: string }[] = []
    for (const { fileName, content } of chosen) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
      if (bytes.byteLength > MAX_FILE_BYTES)
        return fail(
          'READ_FAILED',
          `“${fileName}” cannot be imported: it is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB. Nothing was imported.`,
        )
      const text = decodeExportBytes(bytes)
      if (!text.ok)
        return fail('READ_FAILED', `“${fileName}” cannot be imported: ${text.error}. Nothing was imported.`)
      files.push({ fileName, text: text.value })
    }
    return { ok: true, files }
  }

  function save(handle: string, doc: DesignDocument, revision: number, asNewFile: boolean): Res<'doc:save'> {
    const entry = documents.get(handle)
    if (!entry) return fail('NOT_FOUND', 'This design is no longer open.')
    const fileName = asNewFile || !entry.hasFile ? fileNameFor(doc.design.name) : entry.fileName
    const text = serializeDesign(doc)
    disk.set(fileName, text)
    savedFiles.set(fileName, text)
    entry.fileName = fileName
    entry.hasFile = true
    rememberRecent(fileName)
    localStorage.removeItem(RECOVERY_PREFIX + handle)
    return { ok: true, fileName, revision }
  }

  const handlers: Handlers = {
    'app:info': () => ({
      ok: true,
      name: APP_NAME,
      version: APP_VERSION,
      platform: 'browser',
      today: today(),
    }),
    'templates:list': () => ({ ok: true, templates: [...templateList()] }),
    'doc:new': (req) => (req.templateId === undefined ? blank() : fromTemplate(req.templateId)),
    'doc:open': async () => {
      const pending = pendingOpen
      pendingOpen = undefined
      const chosen = pending ?? (await chooseFile())
      const result = 'ok' in chosen ? chosen : openFileContent(chosen.fileName, chosen.content)
      pending?.done(result)
      return result
    },
    'doc:openRecent': (req) => {
      const item = recent.find((r) => r.id === req.recentId)
      const text = item === undefined ? undefined : disk.get(item.fileName)
      if (!item || text === undefined) return fail('NOT_FOUND', 'That file is no longer available.')
      return openFileText(item.fileName, text)
    },
    'doc:save': (req) => save(req.handle, req.doc, req.revision, false),
    'doc:saveAs': (req) => save(req.handle, req.doc, req.revision, true),
    'doc:revert': (req) => {
      const entry = documents.get(req.handle)
      const text = entry?.hasFile ? disk.get(entry.fileName) : undefined
      if (!entry || text === undefined)
        return fail('NOT_FOUND', 'This design has no saved file to revert to.')
      return openFileText(entry.fileName, text)
    },
    'doc:setDirty': (req) =>
      documents.has(req.handle) ? { ok: true } : fail('NOT_FOUND', 'This design is no longer open.'),
    'doc:close': (req) => {
      documents.delete(req.handle)
      localStorage.removeItem(RECOVERY_PREFIX + req.handle)
      return { ok: true }
    },
    'recent:list': () => ({
      ok: true,
      items: recent.map((r) => ({ id: r.id, fileName: r.fileName, folder: '' })),
    }),
    'recent:clear': () => {
      recent.splice(0)
      return { ok: true }
    },
    'recovery:put': (req) => {
      const entry = documents.get(req.handle)
      if (!entry) return fail('NOT_FOUND', 'This design is no longer open.')
      const snapshot = {
        fileName: entry.fileName,
        savedAt: new Date().toISOString(),
        text: serializeDesign(req.doc),
      }
      try {
        localStorage.setItem(RECOVERY_PREFIX + req.handle, JSON.stringify(snapshot))
      } catch {
        return fail('DISK_FULL', 'The browser refused to store the recovery snapshot.')
      }
      return { ok: true }
    },
    'recovery:list': () => {
      const items: Extract<Res<'recovery:list'>, { ok: true }>['items'] = []
      for (let i = 0; i < localStorage.length && items.length < 100; i++) {
        const key = localStorage.key(i)
        if (!key?.startsWith(RECOVERY_PREFIX)) continue
        const record = readRecovery(key)
        const loaded = record ? parseDesignFile(record.text) : undefined
        items.push({
          id: `rcv_${key.slice(RECOVERY_PREFIX.length)}`,
          designName: loaded?.ok ? loaded.value.doc.design.name.slice(0, 200) : '',
          fileName: record?.fileName.slice(0, 255) ?? '',
          savedAt: record?.savedAt.slice(0, 40) ?? '',
          damaged: !loaded?.ok,
        })
      }
      return { ok: true, items }
    },
    'recovery:restore': (req) => {
      const record = readRecovery(RECOVERY_PREFIX + req.id.slice('rcv_'.length))
      if (!record) return fail('NOT_FOUND', 'That recovery snapshot no longer exists.')
      const loaded = parseDesignFile(record.text)
      if (!loaded.ok)
        return fail(
          loaded.error.code,
          `The recovery snapshot is damaged. ${loaded.error.message}`,
          loaded.error.issues,
        )
      return opened(
        loaded.value.doc,
        record.fileName || UNTITLED,
        false,
        true,
        'Restored from a recovery snapshot.',
      )
    },
    'recovery:discard': (req) => {
      localStorage.removeItem(RECOVERY_PREFIX + req.id.slice('rcv_'.length))
      return { ok: true }
    },
    'export:write': (req) => {
      if (req.kind === 'pdf') window.print()
      else {
        const type = {
          png: 'image/png',
          svg: 'image/svg+xml',
          drawio: 'application/vnd.jgraph.mxfile',
          pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
          html: 'text/html',
        }[req.kind]
        const body = req.kind === 'png' || req.kind === 'pptx' ? base64ToBytes(req.data) : req.data
        downloadBlob(req.suggestedName, new Blob([body], { type }))
      }
      return { ok: true, fileName: req.suggestedName }
    },
    'import:read': async () => {
      const pending = pendingImport
      pendingImport = undefined
      const chosen = pending?.files ?? (await chooseExports())
      const result = 'ok' in chosen ? chosen : exportTexts(chosen)
      pending?.done(result)
      return result
    },
    'import:open': (req) => opened(req.doc, UNTITLED, false, true),
    // The browser build writes no files, so nothing ever waits for one.
    'file:cancelWait': () => fail('NOT_FOUND', 'Nothing is waiting for a file.'),
  }

  function readRecovery(key: string): { fileName: string; savedAt: string; text: string } | undefined {
    try {
      const raw: unknown = JSON.parse(localStorage.getItem(key) ?? 'null')
      if (typeof raw !== 'object' || raw === null) return undefined
      const { fileName, savedAt, text } = raw as Record<string, unknown>
      return typeof fileName === 'string' && typeof savedAt === 'string' && typeof text === 'string'
        ? { fileName, savedAt, text }
        : undefined
    } catch {
      return undefined
    }
  }

  /** Validates the request, runs the handler, validates the response: what main's IPC layer does. */
  function channel<C extends InvokeChannel>(name: C): (req: Req<C>) => Promise<Res<C>> {
    const contract = invokeContract[name]
    const handler = handlers[name] as (req: ReqOut<C>) => Res<C> | Promise<Res<C>>
    return async (raw) => {
      const parsed = contract.req.safeParse(raw)
      if (!parsed.success) {
        const rejected = fail(
          'INVALID_REQUEST',
          `Invalid ${name} request: ${formatIssues(parsed.error.issues, 1)[0] ?? ''}`,
        )
        if (!contract.res.safeParse(rejected).success) throw new Error(rejected.message)
        lastError = rejected
        return rejected as Res<C>
      }
      const result = contract.res.parse(await handler(parsed.data as ReqOut<C>)) as Res<C>
      if (!result.ok && result.code !== 'CANCELLED') lastError = result
      return result
    }
  }

  function subscribe<E extends EventChannel>(
    event: E,
  ): (listener: (payload: EventPayload<E>) => void) => () => void {
    return (listener) => {
      const set = listeners.get(event)
      const wrapped = listener as (payload: unknown) => void
      set?.add(wrapped)
      if (event === 'doc:opened' && !initialDesignSent) {
        initialDesignSent = true
        setTimeout(() => void initialDesign().then((design) => emit('doc:opened', design)), 0)
      }
      return () => set?.delete(wrapped)
    }
  }

  /**
   * A generated design of `nodeCount` nodes (src/shared/testing/generate-design), for the
   * performance harness and the render-count test. The generator loads only when asked for.
   */
  async function generated(nodeCount: number, seed: number): Promise<Opened> {
    if (!Number.isInteger(nodeCount) || nodeCount < 1 || !Number.isInteger(seed)) {
      lastError = fail('INVALID_REQUEST', 'generate= needs a whole number of nodes and seed= a whole number.')
      return blank()
    }
    const { generateDesign } = await import('../../../shared/testing/generate-design')
    return opened(generateDesign(nodeCount, seed), UNTITLED, false, false)
  }

  /**
   * Main sends every new window its design; here it is a blank design, `?template=<id>`, or
   * `?generate=<nodes>&seed=<n>` (seed 1 if absent).
   */
  async function initialDesign(): Promise<Opened> {
    const params = new URLSearchParams(window.location.search)
    const nodeCount = params.get('generate')
    if (nodeCount !== null) return generated(Number(nodeCount), Number(params.get('seed') ?? 1))
    const templateId = params.get('template')
    if (templateId === null) return blank()
    const result = fromTemplate(templateId)
    if (result.ok) return result
    lastError = result
    return blank()
  }

  window.__cmgBrowser = {
    openText: (fileName, text) =>
      new Promise((done) => {
        pendingOpen = { fileName, content: text, done }
        emit('menu:command', { command: 'open' })
      }),
    openBytes: (fileName, base64) =>
      new Promise((done) => {
        pendingOpen = { fileName, content: base64ToBytes(base64), done }
        emit('menu:command', { command: 'open' })
      }),
    importFiles: (files, options) =>
      new Promise((done) => {
        pendingImport = {
          files: files.map((f) => ({
            fileName: f.fileName,
            content: f.base64 !== undefined ? base64ToBytes(f.base64) : (f.text ?? ''),
          })),
          done,
        }
        emit('menu:command', { command: options?.update ? 'reimportConfigMgr' : 'importConfigMgr' })
      }),
    files: () => Object.fromEntries(savedFiles),
    lastError: () => lastError,
  }

  const api: Record<string, unknown> = {}
  for (const name of INVOKE_CHANNELS) api[name] = channel(name)
  for (const event of EVENT_CHANNELS) api[event] = subscribe(event)
  return Object.freeze(api) as PreloadApi
}

// The stand-in for Electron main when the renderer runs in a plain browser: the e2e tests, the
// browser benchmark (`?generate=`) and a served renderer build. It answers the same IPC contract
// as main (every request and response checked with the contract's zod schemas) and is loaded only
// when there is no preload (platform/api.ts). It is a thin shell: whether a design opens unsaved,
// the notices and failures a window shows, what a new design is and the name a save proposes are
// main's own decisions from src/shared/document, so the tests see the desktop app's words. What
// stays here is the browser's side: files chosen in an <input> or handed in by the test hooks on
// `window.__cmgBrowser`, saved files kept in memory (a save takes the name Save As would propose),
// recovery snapshots in localStorage, downloads for exports, and the page's clock.
// Runs in the renderer (browser only).
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
import {
  type Arrival,
  IMPORTED,
  NO_FILE_CHOSEN,
  NO_FILE_TO_RELOAD,
  NO_SUCH_TEMPLATE,
  NOT_IN_RECENT_FILES,
  RECOVERY_SNAPSHOT_GONE,
  UNCHANGED,
  UNTITLED_FILE_NAME,
  damagedSnapshotMessage,
  fileTooLargeMessage,
  namingFile,
  newDesignFrom,
  openedFile,
  openedPayload,
  restoredFromRecovery,
  reverted,
} from '../../../shared/document/opening'
import { NOTHING_IMPORTED, TOO_MANY_EXPORTS, exportFileText } from '../../../shared/document/import-files'
import { saveAsProposal } from '../../../shared/document/saving'
import { type TemplateInfo, byTemplateName, templateInfo } from '../../../shared/document/templates'
import type { DesignDocument } from '../../../shared/model/document'
import { MAX_FILE_BYTES } from '../../../shared/model/limits'
import { APP_NAME, APP_VERSION } from '../../../shared/model/factory'
import { designNameForImage, looksLikeMarkup } from '../../../shared/format/embedded'
import type { LoadError } from '../../../shared/format/errors'
import { type LoadedFile, loadDesignBytes } from '../../../shared/format/load'
import { parseDesignFile } from '../../../shared/format/parse'
import { serializeDesign } from '../../../shared/format/serialize'
import { formatIssues } from '../../../shared/format/issue-path'
import { todayFrom } from '../../../shared/time/local-date'
import { MAX_IMPORT_FILES } from '../../../shared/ipc/contract'
import { type Result, ok } from '../../../shared/util/result'

/** Hooks the e2e tests and the benchmark drive the web adapter with. */
export interface WebAdapterTestHooks {
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
    __cmgBrowser?: WebAdapterTestHooks
    /** Pins the web adapter's clock (YYYY-MM-DD), as CMG_DESIGNER_TODAY pins main's. */
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
let templates: readonly TemplateInfo[] | undefined

function templateList(): readonly TemplateInfo[] {
  templates ??= [...TEMPLATES]
    .map(([id, text]) => {
      let design: { name?: unknown; notes?: unknown } | undefined
      try {
        design = (JSON.parse(text) as { design?: typeof design }).design
      } catch {
        design = undefined
      }
      return templateInfo(id, {
        name: typeof design?.name === 'string' ? design.name : id,
        notes: typeof design?.notes === 'string' ? design.notes : '',
      })
    })
    .sort(byTemplateName)
  return templates
}

const RECOVERY_PREFIX = 'cmg-designer.recovery.'

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
 * The web adapter's clock, standing in for main's: the page's local date, or the date a test pins
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

/** A chosen file's design. Text from the openText hook that is not markup goes straight to the parser, as its bytes would. */
function loadChosenFile(content: string | Uint8Array): Result<LoadedFile, LoadError> {
  if (typeof content !== 'string') return loadDesignBytes(content)
  if (looksLikeMarkup(content)) return loadDesignBytes(new TextEncoder().encode(content))
  const parsed = parseDesignFile(content)
  return parsed.ok ? ok({ ...parsed.value, text: content }) : parsed
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

export function createWebAdapter(): PreloadApi {
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

  /** Keeps `doc` under a new handle and answers with it as `arrival` says. */
  function opened(doc: DesignDocument, fileName: string, hasFile: boolean, arrival: Arrival): Opened {
    const handle = newHandle()
    documents.set(handle, { fileName, hasFile })
    return openedPayload({ handle, fileName, hasFile, doc }, arrival)
  }

  function rememberRecent(fileName: string): void {
    const existing = recent.findIndex((r) => r.fileName === fileName)
    if (existing >= 0) recent.splice(existing, 1)
    recent.unshift({ id: `rec_${randomToken(12)}`, fileName })
    recent.splice(20)
  }

  /**
   * A chosen file through main's steps: the load pipeline (a design file, or the design an
   * exported PNG or SVG carries), then main's decisions. A design out of an image has no file
   * until saved (Save must never write JSON over the image); a design file is kept on the
   * simulated disk and in the recent files.
   */
  function openFileContent(fileName: string, content: string | Uint8Array): Res<'doc:open'> {
    const loaded = loadChosenFile(content)
    if (!loaded.ok)
      return fail(loaded.error.code, namingFile(fileName, loaded.error.message), loaded.error.issues)
    const { doc, migratedFrom, embeddedIn, text } = loaded.value
    const arrival = openedFile({ fileName, migratedFrom, embeddedIn })
    if (embeddedIn !== undefined) return opened(doc, designNameForImage(fileName), false, arrival)
    disk.set(fileName, text)
    rememberRecent(fileName)
    return opened(doc, fileName, true, arrival)
  }

  /**
   * File ▸ New. Main's template list holds only the templates that load, so a damaged one is
   * "not there" in both.
   */
  function newFromTemplate(templateId: string | undefined): Res<'doc:new'> {
    let template: DesignDocument | undefined
    if (templateId !== undefined) {
      const text = TEMPLATES.get(templateId)
      const loaded = text === undefined ? undefined : parseDesignFile(text)
      if (!loaded?.ok) return fail('NOT_FOUND', NO_SUCH_TEMPLATE)
      template = loaded.value.doc
    }
    return opened(newDesignFrom(template, today()), UNTITLED_FILE_NAME, false, UNCHANGED)
  }

  function blank(): Opened {
    return opened(newDesignFrom(undefined, today()), UNTITLED_FILE_NAME, false, UNCHANGED)
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
        if (!file) return resolve(fail('CANCELLED', NO_FILE_CHOSEN))
        if (file.size > MAX_FILE_BYTES) return resolve(fail('FILE_TOO_LARGE', fileTooLargeMessage(file.name)))
        file.arrayBuffer().then(
          (buffer) => resolve({ fileName: file.name, content: new Uint8Array(buffer) }),
          () => resolve(fail('READ_FAILED', `“${file.name}” could not be read.`)),
        )
      })
      input.addEventListener('cancel', () => {
        input.remove()
        resolve(fail('CANCELLED', NO_FILE_CHOSEN))
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
        if (files.length === 0) return resolve(fail('CANCELLED', NO_FILE_CHOSEN))
        Promise.all(
          files.map(async (file) => ({
            fileName: file.name,
            content: new Uint8Array(await file.arrayBuffer()),
          })),
        ).then(resolve, () => resolve(fail('READ_FAILED', 'The chosen files could not be read.')))
      })
      input.addEventListener('cancel', () => {
        input.remove()
        resolve(fail('CANCELLED', NO_FILE_CHOSEN))
      })
      document.body.append(input)
      input.click()
    })
  }

  /** The exports' texts as main answers them (src/shared/document/import-files.ts). */
  function exportTexts(chosen: readonly ChosenFile[]): Res<'import:read'> {
    if (chosen.length > MAX_IMPORT_FILES) return fail('READ_FAILED', TOO_MANY_EXPORTS)
    const files: { fileName: string; text: string }[] = []
    for (const { fileName, content } of chosen) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
      const read = exportFileText(fileName, bytes)
      if (typeof read === 'string') return fail('READ_FAILED', `${read} ${NOTHING_IMPORTED}`)
      files.push(read)
    }
    return { ok: true, files }
  }

  /**
   * Save, and Save As taking the name main's Save dialog proposes: the design's own file, or a
   * file named after the design when it has none.
   */
  function save(handle: string, doc: DesignDocument, revision: number): Res<'doc:save'> {
    const entry = documents.get(handle)
    if (!entry) return fail('NOT_FOUND', 'This design is no longer open.')
    const fileName = saveAsProposal(entry.hasFile ? entry.fileName : null, doc.design.name)
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
    'doc:new': (req) => newFromTemplate(req.templateId),
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
      if (!item || text === undefined) return fail('NOT_FOUND', NOT_IN_RECENT_FILES)
      return openFileContent(item.fileName, text)
    },
    'doc:save': (req) => save(req.handle, req.doc, req.revision),
    'doc:saveAs': (req) => save(req.handle, req.doc, req.revision),
    'doc:revert': (req) => {
      const entry = documents.get(req.handle)
      const text = entry?.hasFile ? disk.get(entry.fileName) : undefined
      if (!entry || text === undefined) return fail('NOT_FOUND', NO_FILE_TO_RELOAD)
      const loaded = parseDesignFile(text)
      if (!loaded.ok)
        return fail(loaded.error.code, namingFile(entry.fileName, loaded.error.message), loaded.error.issues)
      const { doc, migratedFrom } = loaded.value
      localStorage.removeItem(RECOVERY_PREFIX + req.handle)
      return openedPayload(
        { handle: req.handle, fileName: entry.fileName, hasFile: true, doc },
        reverted(migratedFrom),
      )
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
      if (!record) return fail('NOT_FOUND', RECOVERY_SNAPSHOT_GONE)
      const loaded = parseDesignFile(record.text)
      if (!loaded.ok)
        return fail(loaded.error.code, damagedSnapshotMessage(loaded.error.message), loaded.error.issues)
      // The web adapter keeps no file paths, so the design opens untitled, as main opens one whose file is gone.
      const restored = opened(
        loaded.value.doc,
        record.fileName || UNTITLED_FILE_NAME,
        false,
        restoredFromRecovery({ state: 'none' }),
      )
      // As in main, the snapshot moves to the restored design's key, so it stays protected.
      localStorage.setItem(RECOVERY_PREFIX + restored.handle, JSON.stringify(record))
      localStorage.removeItem(RECOVERY_PREFIX + req.id.slice('rcv_'.length))
      return restored
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
    'import:open': (req) => opened(req.doc, UNTITLED_FILE_NAME, false, IMPORTED),
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
    return opened(generateDesign(nodeCount, seed), UNTITLED_FILE_NAME, false, UNCHANGED)
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
    const result = newFromTemplate(templateId)
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

// The typed IPC contract, defined once: for every channel a zod request schema and a zod response
// schema. Main parses every request with it before acting (the renderer is not trusted) and never
// throws across IPC: failures are `{ ok: false, code, message }`. The renderer's platform/api and
// the browser implementation use the same types. Pure.
import { z } from 'zod'
import { MENU_COMMANDS, type MenuCommand } from '../commands/table'
import { DesignDocument } from '../model/document'
import { LOAD_ERROR_CODES } from '../format/errors'
import { MAX_FILE_BYTES } from '../model/limits'
import type { EventChannel, InvokeChannel } from './channels'

/** Every reason an IPC call can fail. Load errors keep their pipeline code. */
export const IPC_ERROR_CODES = [
  ...LOAD_ERROR_CODES,
  'FORBIDDEN',
  'INVALID_REQUEST',
  'INTERNAL',
  'CANCELLED',
  'NOT_FOUND',
  'READ_FAILED',
  'CONFLICT',
  'DISK_FULL',
  'PERMISSION_DENIED',
  'READ_ONLY',
  'PATH_TOO_LONG',
  'WRITE_FAILED',
] as const
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number]

export const Fail = z.strictObject({
  ok: z.literal(false),
  code: z.enum(IPC_ERROR_CODES),
  message: z.string().max(2000),
  /** Extra lines for the dialog, e.g. every invalid path of an INVALID_DOCUMENT. */
  details: z.array(z.string().max(1000)).max(60).optional(),
})
export type Fail = z.output<typeof Fail>

/** Opaque document handle minted by main; the renderer never sees or sends a path. */
export const DocHandle = z.string().regex(/^doc_[A-Za-z0-9_-]{16}$/)
const RecentId = z.string().regex(/^rec_[A-Za-z0-9_-]{1,32}$/)
const RecoveryId = z.string().regex(/^rcv_[A-Za-z0-9_-]{1,64}$/)
const Revision = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
const FileName = z.string().max(255)

const Ok = z.strictObject({ ok: z.literal(true) })

/** The most export files one import reads. */
export const MAX_IMPORT_FILES = 20

/** A save or export waiting for a file another program holds (see 'file:wait'). */
const WaitId = z.string().regex(/^wait_[A-Za-z0-9_-]{1,32}$/)

/** A successful save; `warning` says what went wrong around it (no backup kept, no read-back). */
const Saved = z.strictObject({
  ok: z.literal(true),
  fileName: FileName,
  revision: Revision,
  warning: z.string().max(2000).optional(),
})

/** A design handed to a window: from a file, a template, a blank or a recovery snapshot. */
export const Opened = z.strictObject({
  ok: z.literal(true),
  handle: DocHandle,
  /** File name for the title bar ("Untitled" when the design has never been saved). */
  fileName: FileName,
  /** True when the design has a file on disk (Save writes there without asking). */
  hasFile: z.boolean(),
  doc: DesignDocument,
  /** Opened unsaved: migrated from an older schema, restored from recovery, or new. */
  dirty: z.boolean(),
  /** Why it opened unsaved, shown once to the user ("upgraded from schema version 1"). */
  notice: z.string().max(500).optional(),
})
export type Opened = z.output<typeof Opened>

const Template = z.strictObject({
  id: z.string().max(64),
  name: z.string().max(200),
  description: z.string().max(1000),
})
const RecentItem = z.strictObject({ id: RecentId, fileName: FileName, folder: z.string().max(4096) })
const RecoveryItem = z.strictObject({
  id: RecoveryId,
  designName: z.string().max(200),
  fileName: FileName,
  savedAt: z.string().max(40),
  damaged: z.boolean(),
})

/** Every response may also be a Fail: main's IPC wrapper answers FORBIDDEN, INVALID_REQUEST or INTERNAL on any channel. */
export const invokeContract = {
  'app:info': {
    req: z.strictObject({}),
    res: z.union([
      z.strictObject({
        ok: z.literal(true),
        name: z.string(),
        version: z.string(),
        platform: z.string(),
        today: z.string(),
      }),
      Fail,
    ]),
  },
  'templates:list': {
    req: z.strictObject({}),
    res: z.union([z.strictObject({ ok: z.literal(true), templates: z.array(Template).max(50) }), Fail]),
  },
  /** A new design in a window: blank (no templateId) or from a built-in template. */
  'doc:new': {
    req: z.strictObject({ templateId: z.string().max(64).optional() }),
    res: z.union([Opened, Fail]),
  },
  /** Shows the native Open dialog; CANCELLED when the user closes it. */
  'doc:open': { req: z.strictObject({}), res: z.union([Opened, Fail]) },
  'doc:openRecent': { req: z.strictObject({ recentId: RecentId }), res: z.union([Opened, Fail]) },
  /** Saves to the handle's file (Save As dialog if it has none). CONFLICT if the file changed on disk unless `overwrite`. */
  'doc:save': {
    req: z.strictObject({
      handle: DocHandle,
      doc: DesignDocument,
      revision: Revision,
      overwrite: z.boolean().optional(),
    }),
    res: z.union([Saved, Fail]),
  },
  'doc:saveAs': {
    req: z.strictObject({ handle: DocHandle, doc: DesignDocument, revision: Revision }),
    res: z.union([Saved, Fail]),
  },
  /** Reloads the handle's file from disk (drops unsaved changes). */
  'doc:revert': { req: z.strictObject({ handle: DocHandle }), res: z.union([Opened, Fail]) },
  /**
   * Tells main the window's design is (un)saved: title marker, macOS edited dot, close prompt.
   * `revision`: the page's revision this state is of (the close prompt's Save waits for it).
   */
  'doc:setDirty': {
    req: z.strictObject({
      handle: DocHandle,
      dirty: z.boolean(),
      designName: z.string().max(200),
      revision: Revision.optional(),
    }),
    res: z.union([Ok, Fail]),
  },
  'doc:close': { req: z.strictObject({ handle: DocHandle }), res: z.union([Ok, Fail]) },
  'recent:list': {
    req: z.strictObject({}),
    res: z.union([z.strictObject({ ok: z.literal(true), items: z.array(RecentItem).max(20) }), Fail]),
  },
  'recent:clear': { req: z.strictObject({}), res: z.union([Ok, Fail]) },
  /** Writes a recovery snapshot of an unsaved design (the renderer calls it ~1 s after the last edit). */
  'recovery:put': {
    req: z.strictObject({ handle: DocHandle, doc: DesignDocument, revision: Revision }),
    res: z.union([Ok, Fail]),
  },
  'recovery:list': {
    req: z.strictObject({}),
    res: z.union([z.strictObject({ ok: z.literal(true), items: z.array(RecoveryItem).max(100) }), Fail]),
  },
  'recovery:restore': { req: z.strictObject({ id: RecoveryId }), res: z.union([Opened, Fail]) },
  'recovery:discard': { req: z.strictObject({ id: RecoveryId }), res: z.union([Ok, Fail]) },
  /** Save dialog for an export (image or report); main writes the bytes atomically. */
  'export:write': {
    req: z.strictObject({
      kind: z.enum(['png', 'svg', 'drawio', 'pptx', 'html', 'pdf']),
      suggestedName: FileName,
      /** Text for svg/drawio/html; base64 for png/pptx; ignored for pdf (main prints the window). */
      data: z.string().max(60 * 1024 * 1024),
    }),
    res: z.union([z.strictObject({ ok: z.literal(true), fileName: FileName }), Fail]),
  },
  /** Stops a save or export waiting for a locked file ('file:wait'); it then fails with CANCELLED. */
  'file:cancelWait': { req: z.strictObject({ waitId: WaitId }), res: z.union([Ok, Fail]) },
  /**
   * File ▸ Import from Configuration Manager: the native dialog picks one or more export files
   * (CSV or JSON); main reads each (size-capped) and answers their texts. CANCELLED when none is
   * chosen; a file that cannot be read or is not text fails the whole call, naming the file.
   */
  'import:read': {
    req: z.strictObject({}),
    res: z.union([
      z.strictObject({
        ok: z.literal(true),
        files: z
          .array(z.strictObject({ fileName: FileName, text: z.string().max(MAX_FILE_BYTES) }))
          .min(1)
          .max(MAX_IMPORT_FILES),
      }),
      Fail,
    ]),
  },
  /** Opens a design the renderer imported as a new unsaved design (placed like File ▸ New). */
  'import:open': { req: z.strictObject({ doc: DesignDocument }), res: z.union([Opened, Fail]) },
} as const satisfies { [C in InvokeChannel]: { req: z.ZodType; res: z.ZodType } }

/** Menu commands main forwards to the focused window: the command table's entries with a menu place. */
export { MENU_COMMANDS, type MenuCommand }

export const eventContract = {
  'menu:command': z.strictObject({ command: z.enum(MENU_COMMANDS) }),
  /** Main asks the window to show a design (a second file opened into a new window, a restore). */
  'doc:opened': Opened,
  /**
   * A save or export of this window waits for a file another program holds (after a second), and
   * later that it no longer does; the window shows the message with a Cancel button meanwhile.
   */
  'file:wait': z.discriminatedUnion('state', [
    z.strictObject({ waitId: WaitId, state: z.literal('waiting'), message: z.string().max(1000) }),
    z.strictObject({ waitId: WaitId, state: z.literal('over') }),
  ]),
} as const satisfies { [E in EventChannel]: z.ZodType }

export type Req<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['req']>
export type Res<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['res']>
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>

/**
 * What the preload exposes as `window.cmg`: one function per channel and nothing else. An invoke
 * channel's function sends its request; an event channel's function subscribes and returns the
 * unsubscribe function. The browser implementation used in tests has the same shape.
 */
export type PreloadApi = { readonly [C in InvokeChannel]: (req: Req<C>) => Promise<Res<C>> } & {
  readonly [E in EventChannel]: (listener: (payload: EventPayload<E>) => void) => () => void
}

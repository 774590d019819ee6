// IPC channel names, and nothing else: the preload bundles only this file (no zod), so the
// sandboxed preload stays tiny. The schemas for each channel live in contract.ts. Pure.

/** Request/response channels (renderer → main, `ipcRenderer.invoke`). */
export const INVOKE_CHANNELS = [
  'app:info',
  'templates:list',
  'doc:new',
  'doc:open',
  'doc:openRecent',
  'doc:save',
  'doc:saveAs',
  'doc:revert',
  'doc:setDirty',
  'doc:close',
  'recent:list',
  'recent:clear',
  'recovery:put',
  'recovery:list',
  'recovery:restore',
  'recovery:discard',
  'export:write',
  'file:cancelWait',
  'import:read',
  'import:open',
] as const
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]

/** Events main sends to a window (`webContents.send`). */
export const EVENT_CHANNELS = ['menu:command', 'doc:opened', 'file:wait'] as const
export type EventChannel = (typeof EVENT_CHANNELS)[number]

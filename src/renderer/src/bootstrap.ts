// Start-up wiring that must exist before React renders: the document commands, the subscription
// to main's "doc:opened" (main sends the window its design right after the page loads; the payload
// is buffered in the document store until React mounts), menu commands, and the title/dirty/
// recovery synchronisation. Runs in the renderer.
import { commandName } from '../../shared/commands/table'
import { registerCommand, runCommand } from './commands'
import { registerDocumentCommands, showOpenedDesign } from './document-commands'
import { startDocumentSync } from './document-sync'
import { registerEditingCommands } from './editing-commands'
import { onEvent } from './platform/api'
import { showToast } from './store/ui'

export function startRenderer(): void {
  registerDocumentCommands()
  registerEditingCommands()
  // The importer loads only when it is first used.
  registerCommand('importConfigMgr', async () =>
    (await import('./import/import-command')).importFromConfigMgr(),
  )
  registerCommand('reimportConfigMgr', async () =>
    (await import('./import/import-command')).updateFromConfigMgr(),
  )
  onEvent('doc:opened', (opened) => void showOpenedDesign(opened))
  onEvent('menu:command', ({ command }) => {
    if (!runCommand(command)) showToast(`${commandName(command)} is not available in this version yet.`)
  })
  startDocumentSync()
}

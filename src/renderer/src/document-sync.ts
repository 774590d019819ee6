// Keeps the world outside the store in step with the open design: the window title
// ("contoso.cmgd • — CMG Designer"), main's dirty flag for the window (close prompt, macOS edited
// dot), and a recovery snapshot about a second after the last edit of an unsaved design. Runs in
// the renderer.
import { invoke } from './platform/api'
import { selectDirty, subscribeCommitted, useDocument, type DocumentState } from './store/document'

const RECOVERY_DELAY_MS = 1000

export function windowTitle(fileName: string, dirty: boolean): string {
  return `${fileName}${dirty ? ' •' : ''} — CMG Designer`
}

/** Starts the synchronisation; returns a function that stops it. */
export function startDocumentSync(): () => void {
  let reported = ''
  const sync = (s: DocumentState) => {
    if (s.status !== 'ready') return
    const dirty = selectDirty(s)
    document.title = windowTitle(s.fileName, dirty)
    // Every committed revision is reported: main's close-after-save waits for the page to be clean
    // at the revision it saw, and a newer edit must reach it.
    const key = JSON.stringify([s.handle, dirty, s.doc.design.name, s.revision])
    if (s.handle === null || key === reported) return
    reported = key
    void invoke('doc:setDirty', {
      handle: s.handle,
      dirty,
      designName: s.doc.design.name.slice(0, 200),
      revision: s.revision,
    })
  }
  sync(useDocument.getState())
  const stopTitle = useDocument.subscribe(sync)

  let timer: ReturnType<typeof setTimeout> | undefined
  const stopRecovery = subscribeCommitted(() => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const s = useDocument.getState()
      if (s.handle === null || !selectDirty(s)) return
      void invoke('recovery:put', { handle: s.handle, doc: s.doc, revision: s.revision })
    }, RECOVERY_DELAY_MS)
  })

  return () => {
    stopTitle()
    stopRecovery()
    clearTimeout(timer)
  }
}

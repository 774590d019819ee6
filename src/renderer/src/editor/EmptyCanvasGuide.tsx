// What an empty canvas shows: how to start a design (a built-in template, an element dragged from
// the palette, an import from Configuration Manager, an existing file) and where help is. It sits
// on the canvas itself, centred, and only while the design has no element. Only its buttons take
// the pointer, and not during a palette drag, so it never takes a click, drag or drop meant for the
// canvas. Runs in the renderer.
import { useEffect, useState } from 'react'
import type { Res } from '../../../shared/ipc/contract'
import { runCommand } from '../commands'
import { newDesign } from '../document-commands'
import { invoke } from '../platform/api'
import { useDocument } from '../store/document'
import { PALETTE_MIME } from './palette-dnd'
import './EmptyCanvasGuide.css'

type TemplateInfo = Extract<Res<'templates:list'>, { ok: true }>['templates'][number]

/** True while an element is being dragged from the palette, so the guide lets the drop through. */
function usePaletteDragActive(): boolean {
  const [active, setActive] = useState(false)
  useEffect(() => {
    const start = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes(PALETTE_MIME)) setActive(true)
    }
    const end = () => setActive(false)
    document.addEventListener('dragstart', start)
    document.addEventListener('dragend', end)
    document.addEventListener('drop', end)
    return () => {
      document.removeEventListener('dragstart', start)
      document.removeEventListener('dragend', end)
      document.removeEventListener('drop', end)
    }
  }, [])
  return active
}

function useTemplates(): readonly TemplateInfo[] {
  const [templates, setTemplates] = useState<readonly TemplateInfo[]>([])
  useEffect(() => {
    let live = true
    void invoke('templates:list', {}).then((r) => {
      if (live && r.ok) setTemplates(r.templates)
    })
    return () => {
      live = false
    }
  }, [])
  return templates
}

export function EmptyCanvasGuide() {
  const empty = useDocument((s) => s.status === 'ready' && s.doc.nodes.length === 0)
  const dragging = usePaletteDragActive()
  const templates = useTemplates()
  if (!empty) return null
  return (
    <section
      className={dragging ? 'empty-guide empty-guide-passive' : 'empty-guide'}
      aria-labelledby="empty-guide-title"
    >
      <h2 id="empty-guide-title">Start your design</h2>
      <div className="empty-guide-ways">
        <div className="empty-guide-way">
          <h3>From a template</h3>
          <p>One of Microsoft&apos;s example topologies, ready to adapt.</p>
          <div className="empty-guide-templates">
            {templates.map((t) => (
              <button key={t.id} type="button" title={t.description} onClick={() => void newDesign(t.id)}>
                {t.name}
              </button>
            ))}
          </div>
        </div>
        <div className="empty-guide-way">
          <h3>From the palette</h3>
          <p>
            Drag a <strong>Site</strong> from the elements on the left onto the canvas, or select it there and
            press <kbd>Enter</kbd>. Drop site systems inside a site; connect elements from their dot.
          </p>
        </div>
        <div className="empty-guide-way">
          <h3>From your hierarchy</h3>
          <p>Read sites, roles and boundary groups from a Configuration Manager export.</p>
          <div className="empty-guide-templates">
            <button type="button" onClick={() => runCommand('importConfigMgr')}>
              Import from Configuration Manager…
            </button>
            <button type="button" onClick={() => runCommand('open')}>
              Open a design…
            </button>
          </div>
        </div>
      </div>
      <p className="empty-guide-help">
        New here?{' '}
        <button type="button" className="link-button" onClick={() => runCommand('userGuide')}>
          Read the user guide
        </button>{' '}
        or see the{' '}
        <button type="button" className="link-button" onClick={() => runCommand('shortcuts')}>
          keyboard shortcuts
        </button>
        .
      </p>
    </section>
  )
}

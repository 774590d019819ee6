// The workshop tools at the right end of the toolbar: the Export menu (PNG, SVG, report as HTML or
// PDF), the View menu with the theme choice (in the browser build only: in the desktop app the
// native View ▸ Theme menu owns the choice and remembers it), and the Present button. Each item runs
// the same command as the native menu. Runs in the renderer.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react'
import { runCommand, type CommandId } from '../commands'
import { Icon } from '../components/icons'
import { isDesktopApp } from '../platform/api'
import { THEMES, useTheme } from '../store/theme'
import { THEME_COMMANDS, THEME_LABELS } from '../theme/theme'
import './WorkshopToolbar.css'

function MenuGlyph({ name }: { name: 'export' | 'view' | 'present' }) {
  const paths = {
    export: (
      <>
        <path d="M12 3v12M7 8l5-5 5 5" />
        <path d="M5 14v5a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-5" />
      </>
    ),
    view: (
      <>
        <circle cx="12" cy="12" r="8.5" />
        <path d="M12 3.5v17a8.5 8.5 0 0 0 0-17z" fill="currentColor" />
      </>
    ),
    present: (
      <>
        <rect x="3" y="4" width="18" height="12" rx="1.5" />
        <path d="M10 7.5v5l4-2.5zM12 16v4M8.5 20h7" />
      </>
    ),
  }
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  )
}

/** A toolbar button that opens a menu; arrow keys move between items, Escape closes. */
function ToolbarMenu(props: { label: string; glyph: 'export' | 'view'; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    root.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (!open) return
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])]
    const index = items.indexOf(document.activeElement as HTMLElement)
    let next: HTMLElement | undefined
    if (event.key === 'Escape') close()
    else if (event.key === 'ArrowDown') next = items[(index + 1) % items.length]
    else if (event.key === 'ArrowUp') next = items[(index - 1 + items.length) % items.length]
    else if (event.key === 'Home') next = items[0]
    else if (event.key === 'End') next = items.at(-1)
    else return
    event.preventDefault()
    event.stopPropagation()
    next?.focus()
  }

  return (
    <div className="split-button" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="tool-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <MenuGlyph name={props.glyph} />
        <span>{props.label}</span>
        <Icon name="chevronDown" size={14} />
      </button>
      {open ? (
        <div
          className="menu workshop-menu"
          role="menu"
          aria-label={props.label}
          onClick={(event) => {
            // Choosing an item closes the menu (the item runs its command itself).
            if ((event.target as HTMLElement).closest('[role^="menuitem"]')) close()
          }}
        >
          {props.children}
        </div>
      ) : null}
    </div>
  )
}

function MenuItem(props: { title: string; text?: string; command: CommandId }) {
  return (
    <button type="button" role="menuitem" className="menu-item" onClick={() => runCommand(props.command)}>
      <span className="menu-item-title">{props.title}</span>
      {props.text ? <span className="menu-item-text">{props.text}</span> : null}
    </button>
  )
}

function ThemeItems() {
  const current = useTheme((s) => s.theme)
  return (
    <div role="group" aria-label="Theme">
      {THEMES.map((theme) => (
        <button
          key={theme}
          type="button"
          role="menuitemradio"
          aria-checked={theme === current}
          className="menu-item menu-item-radio"
          onClick={() => runCommand(THEME_COMMANDS[theme])}
        >
          <span className="menu-item-title">
            <span className="menu-check" aria-hidden="true">
              {theme === current ? '✓' : ''}
            </span>
            {THEME_LABELS[theme]} theme
          </span>
        </button>
      ))}
    </div>
  )
}

export function WorkshopToolbar() {
  return (
    <div className="tool-group workshop-tools" role="toolbar" aria-label="Workshop">
      <ToolbarMenu label="Export" glyph="export">
        <MenuItem title="PNG image…" text="A picture of the design or the selection" command="exportPng" />
        <MenuItem
          title="SVG image…"
          text="A vector picture of the design or the selection"
          command="exportSvg"
        />
        <MenuItem
          title="draw.io diagram…"
          text="Editable shapes and connectors for draw.io and Visio"
          command="exportDrawio"
        />
        <MenuItem
          title="PowerPoint…"
          text="A slide per phase, findings, capacity and cost"
          command="exportPptx"
        />
        <MenuItem title="Report (HTML)…" text="The design report as a web page" command="exportReportHtml" />
        <MenuItem
          title="Report (PDF)…"
          text="The design report, printed to A4 pages"
          command="exportReportPdf"
        />
      </ToolbarMenu>
      {isDesktopApp() ? null : (
        <ToolbarMenu label="View" glyph="view">
          <ThemeItems />
        </ToolbarMenu>
      )}
      <button
        type="button"
        className="tool-button present-button"
        title="Present full screen (F5)"
        onClick={() => runCommand('present')}
      >
        <MenuGlyph name="present" />
        <span>Present</span>
      </button>
    </div>
  )
}

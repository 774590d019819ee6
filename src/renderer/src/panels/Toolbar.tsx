// The top toolbar: New (blank or from a built-in template), Open, Save, Save As, Undo, Redo, the
// design name (editable in place) and the save state. Buttons run the same commands as the menu and
// the keyboard. Runs in the renderer.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Res } from '../../../shared/ipc/contract'
import { runCommand } from '../commands'
import { Icon, type IconName } from '../components/icons'
import { shortcutText } from '../components/shortcut-text'
import { fieldErrorText } from '../design/schema-fields'
import { newDesign } from '../document-commands'
import { invoke } from '../platform/api'
// Before WorkshopToolbar, whose stylesheet refines this one (.workshop-tools on a .tool-group).
import './Toolbar.css'
import { WorkshopToolbar } from '../presentation/WorkshopToolbar'
import { selectCanRedo, selectCanUndo, selectDirty, updateDesign, useDocument } from '../store/document'
import { showToast } from '../store/ui'

type TemplateInfo = Extract<Res<'templates:list'>, { ok: true }>['templates'][number]

function ToolButton(props: {
  icon: IconName
  label: string
  shortcut?: string
  disabled?: boolean
  onClick: () => void
}) {
  const tip = props.shortcut ? `${props.label} (${props.shortcut})` : props.label
  return (
    <button
      type="button"
      className="tool-button"
      onClick={props.onClick}
      disabled={props.disabled}
      title={tip}
    >
      <Icon name={props.icon} />
      <span>{props.label}</span>
    </button>
  )
}

function NewMenu() {
  const [open, setOpen] = useState(false)
  const [templates, setTemplates] = useState<readonly TemplateInfo[]>([])
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  const toggle = useCallback(() => {
    setOpen((o) => !o)
    if (templates.length === 0)
      void invoke('templates:list', {}).then((r) => {
        if (r.ok) setTemplates(r.templates)
        else showToast(r.message)
      })
  }, [templates.length])

  const choose = (templateId?: string) => {
    setOpen(false)
    void newDesign(templateId)
  }

  return (
    <div className="split-button" ref={root}>
      <ToolButton
        icon="newFile"
        label="New"
        shortcut={shortcutText('new')}
        onClick={() => void newDesign()}
      />
      <button
        type="button"
        className="tool-button split-toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label="New from template"
        title="New from template"
        onClick={toggle}
      >
        <Icon name="chevronDown" size={14} />
      </button>
      {open ? (
        <div className="menu" role="menu" aria-label="New design">
          <button type="button" role="menuitem" className="menu-item" onClick={() => choose()}>
            <span className="menu-item-title">Blank design</span>
            <span className="menu-item-text">An empty canvas dated today</span>
          </button>
          {templates.map((t) => (
            <button
              key={t.id}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => choose(t.id)}
            >
              <span className="menu-item-title">{t.name}</span>
              <span className="menu-item-text">{t.description}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}

function DesignNameField() {
  const name = useDocument((s) => s.doc.design.name)
  const loadId = useDocument((s) => s.loadId)
  const commit = (input: HTMLInputElement) => {
    const value = input.value.trim()
    if (value === name) return
    const result = updateDesign({ name: value === '' ? 'Untitled design' : value })
    if (!result.ok) {
      showToast(`The design name ${fieldErrorText(result, ['name'])}`, 'error')
      input.value = name
    }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur()
    if (event.key === 'Escape') {
      event.currentTarget.value = name
      event.currentTarget.blur()
    }
  }
  return (
    <input
      key={`${loadId}:${name}`}
      className="design-name"
      aria-label="Design name"
      defaultValue={name}
      maxLength={128}
      spellCheck={false}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={onKeyDown}
    />
  )
}

function SaveState() {
  const dirty = useDocument(selectDirty)
  const hasFile = useDocument((s) => s.hasFile)
  const fileName = useDocument((s) => s.fileName)
  if (dirty)
    return (
      <span className="save-state is-dirty" title="The design has unsaved changes">
        <span className="dirty-dot" aria-hidden="true" />
        Unsaved changes
      </span>
    )
  return <span className="save-state">{hasFile ? `Saved as ${fileName}` : 'Not saved yet'}</span>
}

export function Toolbar() {
  const canUndo = useDocument(selectCanUndo)
  const canRedo = useDocument(selectCanRedo)
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-logo">
          <Icon name="logo" size={22} />
        </span>
        <h1 className="brand-name">CMG Designer</h1>
      </div>
      <div className="tool-group tool-group-compact" role="toolbar" aria-label="File">
        <NewMenu />
        <ToolButton
          icon="open"
          label="Open"
          shortcut={shortcutText('open')}
          onClick={() => runCommand('open')}
        />
        <ToolButton
          icon="save"
          label="Save"
          shortcut={shortcutText('save')}
          onClick={() => runCommand('save')}
        />
        <ToolButton
          icon="saveAs"
          label="Save As"
          shortcut={shortcutText('saveAs')}
          onClick={() => runCommand('saveAs')}
        />
      </div>
      <div className="tool-group tool-group-compact" role="toolbar" aria-label="Edit">
        <ToolButton
          icon="undo"
          label="Undo"
          shortcut={shortcutText('undo')}
          disabled={!canUndo}
          onClick={() => runCommand('undo')}
        />
        <ToolButton
          icon="redo"
          label="Redo"
          shortcut={shortcutText('redo')}
          disabled={!canRedo}
          onClick={() => runCommand('redo')}
        />
      </div>
      <div className="design-title">
        <DesignNameField />
        <SaveState />
      </div>
      <WorkshopToolbar />
    </header>
  )
}

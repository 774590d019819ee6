// The canvas's control buttons (bottom left): fit the design in view, drag to select, mouse wheel
// zooms, auto-layout. Declared as one list, each with its label, tooltip (the shortcut from the
// command table), pressed state and icon. Runs in the renderer.
import { ControlButton, Controls } from '@xyflow/react'
import type { ReactNode } from 'react'
import { runCommand } from '../commands'
import { shortcutText } from '../components/shortcut-text'
import { setWheelAction } from '../store/canvas-settings'
import './CanvasControls.css'

interface CanvasControl {
  /** The accessible name, as tests and screen readers know the button. */
  readonly label: string
  readonly title: string
  readonly onClick: () => void
  /** A toggle's state; undefined for a plain button. */
  readonly pressed?: boolean
  readonly className?: string
  readonly icon: ReactNode
}

const FIT_ICON = (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
  </svg>
)

const SELECT_ICON = (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path
      d="M2 2h3M7 2h2M11 2h3v3M14 7v2M2 5v2M2 9v2M2 13v1h3M7 14h2"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    />
    <path d="M9 8l5 2-2 1 2 2-1 1-2-2-1 2z" fill="currentColor" />
  </svg>
)

const WHEEL_ICON = (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <rect x="4" y="1.5" width="8" height="13" rx="4" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <path d="M8 4v3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </svg>
)

const LAYOUT_ICON = (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path
      d="M6 1h4v3H6zM1 12h4v3H1zM11 12h4v3h-4zM8 4v4M3 12V8h10v4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
    />
  </svg>
)

export function CanvasControls(props: {
  readonly selectOnDrag: boolean
  readonly toggleSelectOnDrag: () => void
  readonly wheelZooms: boolean
}) {
  const { selectOnDrag, toggleSelectOnDrag, wheelZooms } = props
  const controls: readonly CanvasControl[] = [
    {
      label: 'Fit view',
      title: `Fit the whole design in view (${shortcutText('zoomToFit')})`,
      onClick: () => runCommand('zoomToFit'),
      className: 'react-flow__controls-fitview',
      icon: FIT_ICON,
    },
    {
      label: 'Drag to select',
      title: selectOnDrag
        ? 'Dragging selects (pan with the middle or right button). Click to pan by dragging.'
        : 'Dragging pans (Shift+drag selects). Click to select by dragging.',
      onClick: toggleSelectOnDrag,
      pressed: selectOnDrag,
      icon: SELECT_ICON,
    },
    {
      label: 'Mouse wheel zooms',
      title: wheelZooms
        ? 'The mouse wheel zooms. Click so the wheel pans (Ctrl+wheel zooms).'
        : 'The mouse wheel pans (Shift+wheel sideways, Ctrl+wheel zooms). Click so the wheel zooms.',
      onClick: () => setWheelAction(wheelZooms ? 'pan' : 'zoom'),
      pressed: wheelZooms,
      icon: WHEEL_ICON,
    },
    {
      label: 'Auto-layout',
      title: `Auto-layout the design (${shortcutText('autoLayout')})`,
      onClick: () => runCommand('autoLayout'),
      icon: LAYOUT_ICON,
    },
  ]
  return (
    <Controls position="bottom-left" showInteractive={false} showFitView={false}>
      {controls.map((control) => (
        <ControlButton
          key={control.label}
          onClick={control.onClick}
          aria-label={control.label}
          aria-pressed={control.pressed}
          title={control.title}
          className={control.pressed ? 'is-pressed' : control.className}
        >
          {control.icon}
        </ControlButton>
      ))}
    </Controls>
  )
}

// The phase strip along the bottom of a presentation: every step in order, the current one marked
// (and announced as the current step), the earlier ones ticked off, each a button that jumps there;
// previous/next buttons and the keys that step. Runs in the renderer.
import type { PresentationStep } from './phase-filter'
import './PhaseStrip.css'

function Arrow({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={direction === 'left' ? 'M15 5 8 12l7 7' : 'm9 5 7 7-7 7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

export function PhaseStrip(props: {
  steps: readonly PresentationStep[]
  current: number
  onSelect: (index: number) => void
}) {
  const { steps, current, onSelect } = props
  return (
    <nav className="phase-strip" aria-label="Phases">
      <button
        type="button"
        className="phase-step-button"
        aria-label="Previous phase"
        title="Previous phase (←)"
        disabled={current === 0}
        onClick={() => onSelect(current - 1)}
      >
        <Arrow direction="left" />
      </button>
      <ol className="phase-steps">
        {steps.map((step, i) => {
          const state = i < current ? 'is-done' : i === current ? 'is-current' : 'is-later'
          return (
            <li key={step.phaseId ?? 'all'} className={`phase-step ${state}`}>
              <button
                type="button"
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onSelect(i)}
              >
                <span className="phase-marker" aria-hidden="true">
                  {i < current ? (
                    <svg width="18" height="18" viewBox="0 0 24 24" focusable="false">
                      <path
                        d="m5 12.5 4.5 4.5L19 7.5"
                        fill="none"
                        stroke="currentColor"
                        strokeWidth="3"
                        strokeLinecap="round"
                        strokeLinejoin="round"
                      />
                    </svg>
                  ) : (
                    i + 1
                  )}
                </span>
                <span className="phase-name">{step.name}</span>
              </button>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="phase-step-button"
        aria-label="Next phase"
        title="Next phase (→)"
        disabled={current === steps.length - 1}
        onClick={() => onSelect(current + 1)}
      >
        <Arrow direction="right" />
      </button>
      <p className="phase-keys">
        <kbd>←</kbd> <kbd>→</kbd> step · <kbd>Esc</kbd> leave
      </p>
    </nav>
  )
}

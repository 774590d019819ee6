// A part of the window that is loaded on first use (a separate chunk): shows nothing while it loads
// and, if it cannot be loaded or fails while drawing (a damaged installation), a short message in
// its place instead of taking the whole window down; the design and the rest of the editor keep
// working. Runs in the renderer.
import { Component, Suspense, type ReactNode } from 'react'
import './LazyPart.css'

interface LazyPartProps {
  /** What the part is, for the message: "The export dialog". */
  readonly name: string
  readonly children: ReactNode
}

interface LazyPartState {
  readonly failure: string | null
}

export class LazyPart extends Component<LazyPartProps, LazyPartState> {
  override state: LazyPartState = { failure: null }

  static getDerivedStateFromError(error: unknown): LazyPartState {
    return { failure: error instanceof Error ? error.message : String(error) }
  }

  override render(): ReactNode {
    if (this.state.failure !== null)
      return (
        <div className="lazy-part-failure" role="alert">
          {this.props.name} could not be loaded ({this.state.failure}). Your design is not affected; restart
          CMG Designer, and reinstall it if this happens again.
        </div>
      )
    return <Suspense fallback={null}>{this.props.children}</Suspense>
  }
}

// Messages between the renderer and the auto-layout worker: a design in, positions and sizes out
// (as entry lists, which structured cloning keeps as they are), matched by request id.
import type { DesignDocument } from '../../../shared/model/document'
import type { Point, Size } from '../design/geometry'

export interface LayoutRequest {
  readonly requestId: number
  readonly doc: DesignDocument
}

export type LayoutReply =
  | {
      readonly type: 'result'
      readonly requestId: number
      readonly positions: readonly (readonly [string, Point])[]
      readonly sizes: readonly (readonly [string, Size])[]
    }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string }

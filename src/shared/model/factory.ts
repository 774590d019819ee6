// Factories for new designs and elements with every default filled in. Pure: the caller passes
// the date (the app uses today's; tests pass a fixed one).
import {
  DesignDocument,
  FORMAT_ID,
  FORMAT_VERSION,
  SCHEMA_VERSION,
  type DesignDocumentInput,
} from './document'
import { PROPS_BY_KIND, type NodeKind, type PropsOf } from './schema'

export const APP_NAME = 'CMG Designer'
export const APP_VERSION = '0.1.0'

export function defaultProps<K extends NodeKind>(kind: K): PropsOf<K> {
  return PROPS_BY_KIND[kind].parse({}) as PropsOf<K>
}

/** An empty design dated `evaluationDate` (YYYY-MM-DD). */
export function newDesign(evaluationDate: string, name = 'Untitled design'): DesignDocument {
  const input: DesignDocumentInput = {
    format: FORMAT_ID,
    formatVersion: FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    app: { name: APP_NAME, version: APP_VERSION },
    design: { name, evaluationDate },
  }
  return DesignDocument.parse(input)
}

// EXTENSION POINT, intentionally empty for now: the slot in every node where the rules-engine
// integration will show the node's severity badge and capacity bar. That later code reads the
// findings store (store/findings.ts) narrowly by `nodeId`, so one node's findings never re-render
// the others. Until it exists this component renders nothing. Runs in the renderer.

export interface NodeStatusProps {
  readonly nodeId: string
}

export function NodeStatus(_props: NodeStatusProps): null {
  return null
}

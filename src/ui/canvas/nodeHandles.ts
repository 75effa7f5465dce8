import { Position, type NodeHandle } from '@xyflow/react'

/**
 * Handle positions computed from the fixed box size, so React Flow draws edges without measuring the DOM
 * first (and does not re-measure every node a new projection replaces). Matches `NodeHandles`.
 */
export function nodeHandles(kind: string, width: number, height: number): NodeHandle[] {
  const h = (hid: string, type: 'source' | 'target', position: Position, x: number, y: number): NodeHandle => ({ id: hid, type, position, x, y, width: 1, height: 1 })
  const top = h('in', 'target', Position.Top, width / 2 - 0.5, 0)
  const bottom = h('out', 'source', Position.Bottom, width / 2 - 0.5, height - 1)
  const jumpY = kind === 'container' ? 22 : height / 2
  const jumps = [h('jump-out', 'source', Position.Right, width - 1, jumpY - 4), h('jump-in', 'target', Position.Right, width - 1, jumpY + 4)]
  switch (kind) {
    case 'step':
    case 'container':
      return [top, bottom, ...jumps]
    case 'start':
      return [bottom]
    case 'end':
    case 'endMarker':
      return [top]
    case 'placeholder':
      return [top, bottom]
    default:
      return []
  }
}

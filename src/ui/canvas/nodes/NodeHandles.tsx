import { Handle, Position } from '@xyflow/react'

/**
 * Invisible attachment points: sequence lines enter at the top and leave at the bottom; goto and catch jumps
 * leave and enter on the right so they read as detours. Nothing is connectable by hand.
 */
export function NodeHandles({ source = true, target = true, jumps = true }: { source?: boolean; target?: boolean; jumps?: boolean }) {
  return (
    <>
      {target ? <Handle type="target" position={Position.Top} id="in" isConnectable={false} className="handle" /> : null}
      {source ? <Handle type="source" position={Position.Bottom} id="out" isConnectable={false} className="handle" /> : null}
      {jumps ? <Handle type="source" position={Position.Right} id="jump-out" isConnectable={false} className="handle" /> : null}
      {jumps ? <Handle type="target" position={Position.Right} id="jump-in" isConnectable={false} className="handle" /> : null}
    </>
  )
}

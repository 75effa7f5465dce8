import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../../fdl/parse/parseFdl.ts'
import { buildDiagram } from '../diagram/buildDiagram.ts'
import { layoutDiagram } from './layoutDiagram.ts'

const FLOW = `version: v1
type: flow
steps:
  - type: pass
    name: A
  - type: parallel
    name: P
    branches:
      - steps:
          - type: pass
            name: B1
          - type: pass
            name: B2
      - steps: []
      - steps:
          - type: wait
            name: W
            duration: 1
  - type: succeed
    name: Done
`

describe('layoutDiagram (bundled ELK)', async () => {
  const diagram = buildDiagram(parseFdl(FLOW).flow)
  const layout = await layoutDiagram(diagram, new ELK())
  const box = (id: string) => layout.boxes.get(id)!

  it('places every box', () => {
    for (const n of diagram.nodes) expect(layout.boxes.has(n.id), n.id).toBe(true)
  })

  it('keeps the top level in document order, top to bottom', () => {
    const ys = ['__start', 'steps.0', 'steps.1', 'steps.2', '__end'].map((id) => box(id).y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
  })

  it('sets lanes side by side, top-aligned and of equal height, inside their container', () => {
    const lanes = ['steps.1.branches.0.steps', 'steps.1.branches.1.steps', 'steps.1.branches.2.steps'].map(box)
    expect(lanes[0]!.x + lanes[0]!.width).toBeLessThanOrEqual(lanes[1]!.x)
    expect(lanes[1]!.x + lanes[1]!.width).toBeLessThanOrEqual(lanes[2]!.x)
    expect(new Set(lanes.map((l) => l.y)).size).toBe(1)
    expect(new Set(lanes.map((l) => l.height)).size).toBe(1)
    const container = box('steps.1')
    for (const l of lanes) expect(l.x + l.width).toBeLessThanOrEqual(container.width)
  })

  it('stacks a lane’s steps without overlap', () => {
    const b1 = box('steps.1.branches.0.steps.0')
    const b2 = box('steps.1.branches.0.steps.1')
    expect(b1.y + b1.height).toBeLessThan(b2.y)
  })
})

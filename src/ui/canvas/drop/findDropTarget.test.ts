import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../../fdl/parse/parseFdl.ts'
import { buildDiagram } from '../diagram/buildDiagram.ts'
import { layoutDiagram } from '../layout/layoutDiagram.ts'
import type { Box } from '../layout/layoutDiagram.ts'
import { buildDropGeometry, findDropTarget } from './dropGeometry.ts'

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
  - type: pass
    name: C
`

describe('findDropTarget', async () => {
  const diagram = buildDiagram(parseFdl(FLOW).flow)
  const layout = layoutDiagram(diagram)
  const geometry = buildDropGeometry(diagram, layout)
  const abs = (id: string): Box => {
    let box = layout.boxes.get(id)!
    let parent = diagram.nodes.find((n) => n.id === id)?.parent ?? null
    while (parent) {
      const p = layout.boxes.get(parent)!
      box = { ...box, x: box.x + p.x, y: box.y + p.y }
      parent = diagram.nodes.find((n) => n.id === parent)?.parent ?? null
    }
    return box
  }
  const centreX = (b: Box) => b.x + b.width / 2

  it('inserts at the top level between two steps, with the line in the gap', () => {
    const a = abs('steps.0')
    const p = abs('steps.1')
    const t = findDropTarget(geometry, { x: centreX(a), y: (a.y + a.height + p.y) / 2 })
    expect(t.sequence).toEqual(['steps'])
    expect(t.index).toBe(1)
    expect(t.indicator.y).toBeGreaterThan(a.y + a.height)
    expect(t.indicator.y).toBeLessThan(p.y)
  })

  it('inserts at the end of the top level below the last step', () => {
    const c = abs('steps.2')
    expect(findDropTarget(geometry, { x: centreX(c), y: c.y + c.height + 30 })).toMatchObject({ sequence: ['steps'], index: 3 })
  })

  it('inserts into a branch between its steps', () => {
    const b2 = abs('steps.1.branches.0.steps.1')
    expect(findDropTarget(geometry, { x: centreX(b2), y: b2.y + 4 })).toMatchObject({ sequence: ['steps', 1, 'branches', 0, 'steps'], index: 1 })
  })

  it('inserts into an empty branch and highlights its placeholder', () => {
    const lane = abs('steps.1.branches.1.steps')
    const t = findDropTarget(geometry, { x: centreX(lane), y: lane.y + lane.height / 2 })
    expect(t).toMatchObject({ sequence: ['steps', 1, 'branches', 1, 'steps'], index: 0 })
    expect(t.indicator.empty).toBe(true)
  })

  it('never targets the lanes of the step being dragged', () => {
    const lane = abs('steps.1.branches.1.steps')
    expect(findDropTarget(geometry, { x: centreX(lane), y: lane.y + lane.height / 2 }, ['steps.1']).sequence).toEqual(['steps'])
  })
})

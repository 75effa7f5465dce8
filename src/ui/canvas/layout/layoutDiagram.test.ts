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

describe('layoutDiagram', () => {
  const diagram = buildDiagram(parseFdl(FLOW).flow)
  const layout = layoutDiagram(diagram)
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

  it('puts each box inside its parent and siblings apart (no overlaps) in a nested flow', () => {
    const nested = buildDiagram(parseFdl(NESTED).flow)
    const l = layoutDiagram(nested)
    const byParent = new Map<string | null, string[]>()
    for (const n of nested.nodes) byParent.set(n.parent, [...(byParent.get(n.parent) ?? []), n.id])
    for (const n of nested.nodes) {
      const b = l.boxes.get(n.id)!
      if (n.parent !== null) {
        const p = l.boxes.get(n.parent)!
        expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= p.width && b.y + b.height <= p.height, n.id).toBe(true)
      }
    }
    for (const ids of byParent.values()) {
      const bs = ids.map((id) => l.boxes.get(id)!)
      for (let i = 0; i < bs.length; i++)
        for (let j = i + 1; j < bs.length; j++) {
          const [a, b] = [bs[i]!, bs[j]!]
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
          expect(apart, `${ids[i]} / ${ids[j]}`).toBe(true)
        }
    }
  })

  it('lays out 3,500 top-level steps and 400 nested levels without overflowing the stack', () => {
    const long = `version: v1\ntype: flow\nsteps:\n${Array.from({ length: 3500 }, (_, i) => `  - type: pass\n    name: S${i}\n`).join('')}`
    const d = buildDiagram(parseFdl(long).flow)
    const l = layoutDiagram(d)
    expect(l.boxes.size).toBe(d.nodes.length)
    expect(l.boxes.get('steps.3499')!.y).toBeGreaterThan(l.boxes.get('steps.0')!.y + 3499 * 56)
    let deep = '          - type: pass\n            name: Leaf\n'
    for (let i = 0; i < 400; i++) deep = `- type: foreach\n  name: F${i}\n  iterationMapping:\n    collection: $.xs\n  steps:\n${deep.replace(/^/gm, '    ')}`
    const dd = buildDiagram(parseFdl(`version: v1\ntype: flow\nsteps:\n${deep.replace(/^/gm, '  ')}`).flow)
    expect(layoutDiagram(dd).boxes.size).toBe(dd.nodes.length)
  })
})

describe('layoutDiagram with wrap (image export)', () => {
  const flowOf = (n: number) => `version: v1\ntype: flow\nsteps:\n${Array.from({ length: n }, (_, i) => `  - type: pass\n    name: S${i}\n`).join('')}`
  const extent = (l: ReturnType<typeof layoutDiagram>) => {
    let [w, h] = [0, 0]
    for (const b of l.boxes.values()) [w, h] = [Math.max(w, b.x + b.width), Math.max(h, b.y + b.height)]
    return { w, h }
  }

  it('sets 1,000 top-level steps in columns of readable proportions, in order, without overlaps', () => {
    const d = buildDiagram(parseFdl(flowOf(1000)).flow)
    const strip = extent(layoutDiagram(d))
    expect(strip.h / strip.w).toBeGreaterThan(200)
    const wrapped = layoutDiagram(d, { wrap: true })
    const { w, h } = extent(wrapped)
    expect(wrapped.columns).toBeGreaterThan(5)
    expect(h / w).toBeGreaterThan(0.5)
    expect(h / w).toBeLessThan(3)
    // Reading order: down each column, then the next column to the right
    const boxes = Array.from({ length: 1000 }, (_, i) => wrapped.boxes.get(`steps.${i}`)!)
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!]
      expect(b.y > a.y + a.height || (b.x > a.x + a.width && b.y < a.y), `S${i - 1} → S${i}`).toBe(true)
    }
  })

  it('leaves a short flow as one column', () => {
    const d = buildDiagram(parseFdl(flowOf(14)).flow)
    expect(layoutDiagram(d, { wrap: true })).toEqual(layoutDiagram(d))
  })
})

const NESTED = `version: v1
type: flow
steps:
  - type: task
    name: T
    resourceArn: acs:mns:::/queues/q/messages
    pattern: waitForCallback
    end: true
  - type: choice
    name: C
    choices:
      - condition: $.a > 1
        steps:
          - type: parallel
            name: P
            branches:
              - steps:
                  - type: pass
                    name: X
              - steps: []
    default:
      goto: Done
  - type: foreach
    name: F
    iterationMapping:
      collection: $.items
    steps:
      - type: wait
        name: W
        duration: 1
  - type: succeed
    name: Done
`

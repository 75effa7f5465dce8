import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { thumbnailLayout } from './FlowThumbnail.tsx'

const layout = (yaml: string) => thumbnailLayout(parseFdl(yaml).flow)

describe('flow thumbnails', () => {
  it('stacks serial steps top to bottom without overlap', () => {
    const { boxes, height } = layout('version: v1\ntype: flow\nsteps:\n  - {type: task, name: A}\n  - {type: pass, name: B}\n  - {type: succeed, name: C}\n')
    expect(boxes.map((b) => b.type)).toEqual(['task', 'pass', 'succeed'])
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.h)
    expect(height).toBe(boxes[2]!.y + boxes[2]!.h)
    expect(thumbnailLayout(parseFdl('version: v1\ntype: flow\nsteps:\n  - {type: task, name: A}\n  - {type: pass, name: B}\n').flow).links).toEqual([
      { x: boxes[0]!.x + boxes[0]!.w / 2, y1: boxes[0]!.h, y2: boxes[1]!.y },
    ])
  })

  it('draws a parallel step as an outline around its branches side by side', () => {
    const { boxes } = layout(
      'version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: P\n    branches:\n      - steps: [{type: pass, name: A}]\n      - steps: [{type: pass, name: B}]\n',
    )
    const [outline, a, b] = boxes
    expect(outline).toMatchObject({ type: 'parallel', container: true })
    expect(a!.y).toBe(b!.y)
    expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.w)
    for (const inner of [a!, b!]) {
      expect(inner.x).toBeGreaterThanOrEqual(outline!.x)
      expect(inner.x + inner.w).toBeLessThanOrEqual(outline!.x + outline!.w)
      expect(inner.y + inner.h).toBeLessThanOrEqual(outline!.y + outline!.h)
    }
  })

  it('draws nothing for an empty or unreadable flow', () => {
    expect(layout('')).toEqual({ boxes: [], links: [], width: 0, height: 0 })
  })
})

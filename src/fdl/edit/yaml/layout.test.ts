import { describe, expect, it } from 'vitest'
import { isMap, isSeq, parseDocument } from 'yaml'
import { SourceText } from '../text/SourceText.ts'
import { itemLayout, pairLayout } from './layout.ts'

const TEXT = `steps:
  # above a
  - type: parallel   # a
    branches:
      - steps:
          - name: x
          # after x, at its dash column
        # deeper than the branch dash
    # deeper than the step dash

  # above b
  - name: b
  -
    # between dash and content
    name: c
  - {name: d}
`

function layouts() {
  const doc = parseDocument(TEXT, { version: '1.2' })
  const steps = doc.get('steps', true)
  if (!isSeq(steps)) throw new Error('fixture')
  const src = new SourceText(TEXT)
  return { src, steps, slice: (l: { start: number; end: number } | null) => (l ? TEXT.slice(l.start, l.end) : null) }
}

describe('itemLayout', () => {
  it('gives an item the comments above its dash and the deeper-indented comments below it, never the blank lines', () => {
    const { src, steps, slice } = layouts()
    expect(slice(itemLayout(src, steps, 0))).toBe(TEXT.slice(TEXT.indexOf('  # above a'), TEXT.indexOf('\n  # above b')))
    expect(slice(itemLayout(src, steps, 1))).toBe('  # above b\n  - name: b\n')
    expect(slice(itemLayout(src, steps, 2))).toBe('  -\n    # between dash and content\n    name: c\n')
    expect(slice(itemLayout(src, steps, 3))).toBe('  - {name: d}\n')
  })

  it('leaves a comment at an inner dash column to the inner list, not to its last item', () => {
    const { src, steps, slice } = layouts()
    const branches = steps.items[0]
    if (!isMap(branches)) throw new Error('fixture')
    const inner = branches.getIn(['branches', 0, 'steps'], true)
    if (!isSeq(inner)) throw new Error('fixture')
    expect(slice(itemLayout(src, inner, 0))).toBe('          - name: x\n')
  })
})

describe('pairLayout', () => {
  it('marks the first key of a list item as sharing the dash line and finds the end of a block value', () => {
    const { src, steps } = layouts()
    const step = steps.items[0]
    if (!isMap(step)) throw new Error('fixture')
    const type = pairLayout(src, step, 0)
    const branches = pairLayout(src, step, 1)
    expect(type).toMatchObject({ startsLine: false, keyCol: 4, blockValue: false })
    expect(branches).toMatchObject({ startsLine: true, keyCol: 4, blockValue: true })
    expect(TEXT.slice(branches!.start, branches!.end)).toBe(TEXT.slice(TEXT.indexOf('    branches:'), TEXT.indexOf('    # deeper than the step dash')))
  })
})

import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { msg } from '../../i18n/Message.ts'
import { insertPaletteStep } from '../../ui/palette/paletteItems.ts'
import { createTestStore } from '../createTestStore.ts'
import { insertionPoint } from './insertionPoint.ts'

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
            name: B
      - steps: []
  - type: pass
    name: C
`
const EMPTY_BRANCH = ['steps', 1, 'branches', 1, 'steps']
const BRANCH_2_OF_P = msg('Branch {n} of {owner}', { n: 2, owner: 'P' })

describe('insertionPoint', () => {
  it('adds after the selected step, else at the end of the flow', () => {
    const t = createTestStore(FLOW)
    expect(insertionPoint(t.state())).toEqual({ sequence: ['steps'], index: 3 })
    t.state().select([['steps', 1, 'branches', 0, 'steps', 0]])
    expect(insertionPoint(t.state())).toEqual({ sequence: ['steps', 1, 'branches', 0, 'steps'], index: 1 })
  })

  it('adds to the branch the user aimed at, even with a step selected, until the selection changes', () => {
    const t = createTestStore(FLOW)
    t.state().select([['steps', 0]])
    t.state().aimInsert({ sequence: EMPTY_BRANCH, label: BRANCH_2_OF_P })
    t.state().select([['steps', 0]])
    expect(insertionPoint(t.state())).toEqual({ sequence: EMPTY_BRANCH, index: 0 })
    t.state().select([['steps', 2]])
    expect(t.state().insertInto).toBeNull()
    expect(insertionPoint(t.state())).toEqual({ sequence: ['steps'], index: 3 })
  })

  it('a palette insert lands in the aimed branch and ends the aim', () => {
    const t = createTestStore(FLOW)
    t.state().aimInsert({ sequence: EMPTY_BRANCH, label: BRANCH_2_OF_P })
    expect(insertPaletteStep(t.store, 'wait').ok).toBe(true)
    expect(parseDocument(t.state().text).getIn([...EMPTY_BRANCH, 0, 'type'])).toBe('wait')
    expect(t.state().insertInto).toBeNull()
    // The next insert follows the new step (it is selected), inside the branch.
    expect(insertionPoint(t.state())).toEqual({ sequence: EMPTY_BRANCH, index: 1 })
  })
})

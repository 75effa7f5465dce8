import { describe, expect, it } from 'vitest'
import { COMMENTED_FLOW as FLOW } from './testing/fixtures.ts'
import { edit, refused, swap } from './testing/expectEdit.ts'

describe('branch commands', () => {
  it('branch.add appends a choice branch before the default, with the given or a placeholder condition', () => {
    const out = edit(FLOW, { type: 'branch.add', step: ['steps', 1], condition: '$.late == true' })
    expect(out).toBe(swap(FLOW, '        goto: send\n', '        goto: send\n      - condition: $.late == true\n        steps: []\n'))
    expect(edit(FLOW, { type: 'branch.add', step: ['steps', 1] })).toContain('      - condition: $.x == "y"\n        steps: []\n    default:')
  })

  it('branch.add appends a parallel branch', () => {
    const out = edit(FLOW, { type: 'branch.add', step: ['steps', 2] })
    expect(out).toBe(swap(FLOW, '            duration: 5\n', '            duration: 5\n      - steps: []\n'))
  })

  it('branch.remove removes a branch with its steps, or the default', () => {
    const a = edit(FLOW, { type: 'branch.remove', step: ['steps', 1], index: 0 })
    expect(a).toBe(swap(FLOW, '      - condition: $.ok == true\n        steps:\n          - type: pass\n            name: fine\n', ''))
    const b = edit(FLOW, { type: 'branch.remove', step: ['steps', 1], index: 'default' })
    expect(b).toBe(swap(FLOW, '    default:\n      goto: failed\n', ''))
    const c = edit(FLOW, { type: 'branch.remove', step: ['steps', 2], index: 1 })
    expect(c).toBe(swap(FLOW, '      - steps:\n          - type: wait\n            name: pause\n            duration: 5\n', ''))
  })

  it('refuses steps without branches and branches that do not exist', () => {
    expect(refused(FLOW, { type: 'branch.add', step: ['steps', 0] })).toMatch(/Only choice and parallel/)
    expect(refused(FLOW, { type: 'branch.remove', step: ['steps', 2], index: 'default' })).toMatch(/no default/)
    expect(refused(FLOW, { type: 'branch.remove', step: ['steps', 1], index: 2 })).toMatch(/no branch 2/)
  })
})

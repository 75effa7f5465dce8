import { describe, expect, it } from 'vitest'
import { parseFdl } from '../parse/parseFdl.ts'
import { COMMENTED_FLOW as FLOW } from '../edit/testing/fixtures.ts'
import { stepPathAtOffset, rangeOfPath } from './pathsInText.ts'
import { listSequences } from '../testing/listSequences.ts'

const parsed = parseFdl(FLOW)
const at = (needle: string, delta = 0) => FLOW.indexOf(needle) + delta

describe('stepPathAtOffset', () => {
  it('finds the innermost step under the cursor, including its dash line and own comments', () => {
    expect(stepPathAtOffset(parsed, at('name: send'))).toEqual(['steps', 0])
    expect(stepPathAtOffset(parsed, at('# Send the job'))).toEqual(['steps', 0])
    expect(stepPathAtOffset(parsed, at('name: fine'))).toEqual(['steps', 1, 'choices', 0, 'steps', 0])
    expect(stepPathAtOffset(parsed, at('duration: 5'))).toEqual(['steps', 2, 'branches', 1, 'steps', 0])
    expect(stepPathAtOffset(parsed, at('name: body'))).toEqual(['steps', 3, 'steps', 0])
    expect(stepPathAtOffset(parsed, at('goto: send'))).toEqual(['steps', 1])
  })

  it('is null outside every step', () => {
    expect(stepPathAtOffset(parsed, 0)).toBeNull()
    expect(stepPathAtOffset(parsed, at('type: flow'))).toBeNull()
    expect(stepPathAtOffset(parsed, at('# trailing comment of the document'))).toBeNull()
    expect(stepPathAtOffset(parseFdl('not: [a flow'), 3)).toBeNull()
  })
})

describe('rangeOfPath', () => {
  it('gives a step from its dash to its last character, with 1-based lines', () => {
    const r = rangeOfPath(parsed, ['steps', 4])
    expect(FLOW.slice(r!.offset, r!.endOffset)).toBe('- type: fail\n    name: failed\n    error: "Boom"')
    expect(r).toMatchObject({ line: FLOW.slice(0, at('- type: fail')).split('\n').length, column: 3 })
  })

  it('gives a field from its key, and null for a path that does not exist', () => {
    const r = rangeOfPath(parsed, ['steps', 0, 'serviceParams'])
    expect(FLOW.slice(r!.offset, r!.endOffset)).toBe('serviceParams: {MessageBody: $, Priority: 1}')
    expect(rangeOfPath(parsed, ['steps', 9])).toBeNull()
  })
})

describe('listSequences', () => {
  it('lists every place that holds steps, parents first, with a not-yet-written default', () => {
    const seqs = listSequences(parsed.flow!)
    expect(seqs.map((s) => [s.path.join('.'), s.kind, s.length, s.exists])).toEqual([
      ['steps', 'flow', 5, true],
      ['steps.1.choices.0.steps', 'choice', 1, true],
      ['steps.1.choices.1.steps', 'choice', 0, true],
      ['steps.1.default.steps', 'default', 0, true],
      ['steps.2.branches.0.steps', 'parallel', 1, true],
      ['steps.2.branches.1.steps', 'parallel', 1, true],
      ['steps.3.steps', 'foreach', 1, true],
    ])
    const noDefault = parseFdl('version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices: []\n')
    expect(listSequences(noDefault.flow!).at(-1)).toEqual({ path: ['steps', 0, 'default', 'steps'], kind: 'default', owner: ['steps', 0], length: 0, exists: false })
  })
})

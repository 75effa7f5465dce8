import { describe, expect, it } from 'vitest'
import { COMMENTED_FLOW as FLOW } from './testing/fixtures.ts'
import { applyChange, edit, refused } from './testing/expectEdit.ts'
import { applyEdit, applyEditToParsed, canApply } from './applyEdit.ts'
import { parseFdl } from '../parse/parseFdl.ts'
import type { EditCommand } from './EditCommand.ts'

const CRLF = FLOW.replace(/\n/g, '\r\n')

describe('applyEdit on CRLF text', () => {
  it.each<[string, EditCommand]>([
    ['insert', { type: 'step.insert', sequence: ['steps'], index: 1, step: { type: 'pass', name: 'p' } }],
    ['move', { type: 'step.move', from: ['steps', 0], sequence: ['steps', 3, 'steps'], index: 1 }],
    ['set', { type: 'field.set', path: ['steps', 0, 'retry'], value: [{ errors: ['FnF.TaskTimeout'], maxAttempts: 2 }] }],
    ['mapping', { type: 'mapping.add', list: ['steps', 1, 'inputMappings'], mapping: { target: 'a', source: 'b' } }],
    ['branch', { type: 'branch.remove', step: ['steps', 1], index: 0 }],
  ])('%s writes CRLF line endings only, and gives the same result as on LF text', (_, command) => {
    const out = edit(CRLF, command)
    expect(out.replace(/\r\n/g, '')).not.toContain('\n')
    expect(out.replace(/\r\n/g, '\n')).toBe(edit(FLOW, command))
  })
})

describe('applyEdit outcomes', () => {
  it('refuses text that does not parse, and never throws on nonsense commands', () => {
    expect(refused('steps: [\n', { type: 'step.delete', paths: [['steps', 0]] })).toMatch(/syntax errors/)
    expect(refused('- a\n- b\n', { type: 'field.set', path: ['x'], value: 1 })).toMatch(/not a flow/)
    expect(applyEdit(FLOW, { type: 'nope' } as unknown as EditCommand)).toMatchObject({ ok: false, reason: expect.stringMatching(/Unknown command/) })
    expect(applyEdit(FLOW, { type: 'step.move', from: null, sequence: 5, index: 'x' } as unknown as EditCommand)).toMatchObject({ ok: false })
    expect(applyEdit(FLOW, { type: 'field.set', path: ['steps', -1, {}], value: 1 } as unknown as EditCommand)).toMatchObject({ ok: false })
  })

  it('gives a change that, applied to the old text, yields the new text', () => {
    const outcome = applyEdit(FLOW, { type: 'step.rename', path: ['steps', 0], name: 'dispatch' })
    if (!outcome.ok || !outcome.change) throw new Error('expected a change')
    expect(applyChange(FLOW, outcome.change)).toBe(outcome.text)
    expect(outcome.change.offset).toBe(FLOW.indexOf('name: send') + 6)
  })

  it('applyEditToParsed reuses a ParsedFdl and agrees with applyEdit', () => {
    const command: EditCommand = { type: 'step.duplicate', path: ['steps', 2] }
    expect(applyEditToParsed(parseFdl(FLOW), command)).toEqual(applyEdit(FLOW, command))
  })

  it('undo is applying the previous text: the edit is exactly reversible through its change', () => {
    const outcome = applyEdit(FLOW, { type: 'step.delete', paths: [['steps', 1]] })
    if (!outcome.ok || !outcome.change) throw new Error('expected a change')
    const { offset, insertText, deleteLength } = outcome.change
    const undo = { offset, deleteLength: insertText.length, insertText: FLOW.slice(offset, offset + deleteLength) }
    expect(applyChange(outcome.text, undo)).toBe(FLOW)
  })

  it('keeps unknown keys and YAML tags of the steps it does not touch', () => {
    const text = 'version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n    resourceArn: !Ref svc/fn\n    x-note: kept\n  - type: loop\n    name: l\n'
    const out = edit(text, { type: 'step.insert', sequence: ['steps'], index: 1, step: { type: 'pass', name: 'p' } })
    expect(out).toBe(text.replace('  - type: loop', '  - type: pass\n    name: p\n  - type: loop'))
  })
})

describe('canApply', () => {
  it('says why a command cannot apply, or null, without changing anything', () => {
    expect(canApply(FLOW, { type: 'step.rename', path: ['steps', 0], name: 'route' })).toMatch(/route already exists/)
    expect(canApply(FLOW, { type: 'step.rename', path: ['steps', 0], name: 'fresh' })).toBeNull()
    expect(canApply(parseFdl(FLOW), { type: 'branch.add', step: ['steps', 4] })).toMatch(/Only choice and parallel/)
    expect(canApply('version: v1\nsteps: [', { type: 'branch.add', step: ['steps', 0] })).toMatch(/syntax errors/)
  })

  it('refuses a 101st parallel branch, the service limit the validator reports', () => {
    const parallel = (n: number) => `version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: p\n    branches:\n${'      - steps: []\n'.repeat(n)}`
    expect(canApply(parallel(99), { type: 'branch.add', step: ['steps', 0] })).toBeNull()
    expect(canApply(parallel(100), { type: 'branch.add', step: ['steps', 0] })).toBe('A parallel step has at most 100 branches.')
    expect(applyEdit(parallel(100), { type: 'branch.add', step: ['steps', 0] })).toMatchObject({ ok: false })
  })

  it('agrees with applyEdit on every refusal', () => {
    const commands: EditCommand[] = [
      { type: 'step.move', from: ['steps', 1], sequence: ['steps', 1, 'choices', 0, 'steps'], index: 0 },
      { type: 'mapping.move', list: ['steps', 0, 'inputMappings'], from: 0, to: 3 },
      { type: 'step.paste', sequence: ['steps'], index: 0, yaml: 'not: a step' },
    ]
    for (const c of commands) {
      const outcome = applyEdit(FLOW, c)
      expect(outcome.ok).toBe(false)
      expect(canApply(FLOW, c)).toBe(outcome.ok ? null : outcome.reason)
    }
  })
})

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseDocument } from 'yaml'
import type { EditCommand } from './EditCommand.ts'
import type { JsonPath } from '../model/jsonPaths.ts'
import { applyEdit } from './applyEdit.ts'
import { applyChange } from './testing/expectEdit.ts'
import { commentCounts, shapeArbitrary, writeCommentedFlow } from './testing/commentedFlow.ts'
import { plainOracle } from './testing/plainOracle.ts'
import { parseFdl } from '../parse/parseFdl.ts'
import { listSequences } from '../testing/listSequences.ts'
import { plainStepNames } from './fdl/stepNames.ts'

type Plain = Record<string, unknown>
const get = (root: unknown, path: JsonPath): unknown => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], root)
const inside = (p: JsonPath, q: JsonPath) => p.length >= q.length && q.every((s, i) => s === p[i])

/** Every step path of the plain flow. */
function stepPaths(flow: unknown): JsonPath[] {
  const out: JsonPath[] = []
  const visit = (seq: unknown, path: JsonPath) => {
    if (!Array.isArray(seq)) return
    seq.forEach((s: Plain, i) => {
      const p = [...path, i]
      out.push(p)
      visit(s.steps, [...p, 'steps'])
      ;(['choices', 'branches'] as const).forEach((k) => Array.isArray(s[k]) && (s[k] as Plain[]).forEach((b, j) => visit(b?.steps, [...p, k, j, 'steps'])))
      visit((s.default as Plain | undefined)?.steps, [...p, 'default', 'steps'])
    })
  }
  visit((flow as Plain).steps, ['steps'])
  return out
}

/** A valid command for the current text, chosen by the random numbers `r`; plus the comment owners it may remove. */
function pickCommand(text: string, r: number[], fresh: string): { command: EditCommand; removes: string[] } {
  const next = () => r.shift() ?? 0
  const pick = <T,>(xs: readonly T[]) => xs[next() % xs.length]!
  const plain = parseDocument(text, { version: '1.2' }).toJS() as Plain
  const steps = stepPaths(plain)
  const seqs = listSequences(parseFdl(text).flow!)
  const of = (p: JsonPath) => get(plain, p) as Plain
  const subtree = (p: JsonPath) => plainStepNames(of(p)).flatMap((n) => [n, `${n}.params`])
  const tasks = steps.filter((p) => of(p).type === 'task')
  const branchy = steps.filter((p) => ['choice', 'parallel'].includes(of(p).type as string))
  const lists = steps.flatMap((p) => (Array.isArray(of(p).inputMappings) ? [[...p, 'inputMappings']] : []))
  const kinds = ['insert', 'move', 'moveMany', 'delete', 'duplicate', 'rename', 'set', 'remove', 'mapAdd', 'mapRemove', 'mapMove', 'branchAdd', 'branchRemove', 'paste'] as const
  const kind = steps.length === 0 ? 'insert' : pick(kinds)
  const step = steps.length === 0 ? ['steps', 0] : pick(steps)
  const seq = pick(seqs)
  const where = { sequence: seq.path, index: next() % (seq.length + 1) }
  switch (kind) {
    case 'move': {
      const targets = seqs.filter((s) => !inside(s.path, step))
      const t = pick(targets)
      return { command: { type: 'step.move', from: step, sequence: t.path, index: next() % (t.length + 1) }, removes: [] }
    }
    case 'moveMany': {
      const paths = [step, pick(steps), pick(steps)]
      const targets = seqs.filter((s) => !paths.some((p) => inside(s.path, p)))
      if (targets.length === 0) break
      const t = pick(targets)
      return { command: { type: 'steps.move', paths, sequence: t.path, index: next() % (t.length + 1) }, removes: [] }
    }
    case 'delete':
      return { command: { type: 'step.delete', paths: [step, pick(steps)] }, removes: subtree(step) }
    case 'duplicate':
      return { command: { type: 'step.duplicate', path: step }, removes: [] }
    case 'rename':
      return { command: { type: 'step.rename', path: step, name: fresh }, removes: [] }
    case 'set':
      if (tasks.length > 0 && next() % 2 === 0) return { command: { type: 'field.set', path: [...pick(tasks), 'serviceParams', next() % 2 ? 'Priority' : 'DelaySeconds'], value: 1 + (next() % 16) }, removes: [] }
      return { command: { type: 'field.set', path: [...step, next() % 2 ? 'end' : 'outputMappings'], value: next() % 2 ? true : [{ target: 'r', source: '$local' }] }, removes: [] }
    case 'remove': {
      if (tasks.length === 0) break
      const t = pick(tasks)
      const fields = [['retry'], ['serviceParams'], ['serviceParams', 'Priority'], ['retry', 0, 'errors', 0]].filter((f) => get(plain, [...t, ...f]) !== undefined)
      if (fields.length === 0) break
      const field = pick(fields)
      return { command: { type: 'field.remove', path: [...t, ...field] }, removes: field[0] === 'serviceParams' && field.length === 1 ? [`${String(of(t).name)}.params`] : [] }
    }
    case 'mapAdd':
      return { command: { type: 'mapping.add', list: [...step, 'inputMappings'], mapping: { target: fresh, source: '$input.x' } }, removes: [] }
    case 'mapRemove':
    case 'mapMove': {
      if (lists.length === 0) break
      const list = pick(lists)
      const n = (get(plain, list) as unknown[]).length
      if (kind === 'mapRemove') return { command: { type: 'mapping.remove', list, index: next() % n }, removes: [] }
      return { command: { type: 'mapping.move', list, from: next() % n, to: next() % n }, removes: [] }
    }
    case 'branchAdd':
      if (branchy.length === 0) break
      return { command: { type: 'branch.add', step: pick(branchy) }, removes: [] }
    case 'branchRemove': {
      if (branchy.length === 0) break
      const b = pick(branchy)
      const key = of(b).type === 'choice' ? 'choices' : 'branches'
      const n = (of(b)[key] as unknown[]).length
      const index = n > 0 ? next() % n : 0
      if (n === 0) break
      return { command: { type: 'branch.remove', step: b, index }, removes: plainStepNames({ steps: (get(plain, [...b, key, index, 'steps']) as unknown[]) ?? [] }).flatMap((x) => [x, `${x}.params`]) }
    }
    case 'paste':
      return { command: { type: 'step.paste', ...where, yaml: `# @${fresh} pasted\n- type: pass\n  name: ${fresh}\n- type: pass\n  name: ${String(of(step).name)}\n` }, removes: [] }
    default:
      break
  }
  return { command: { type: 'step.insert', ...where, step: { type: 'pass', name: fresh } }, removes: [] }
}

/**
 * The comment labels an edit may remove. Comments are labelled with the name a step had when the flow
 * was written; `labels` follows renames, and copies (`S2_2`) share the label of their original.
 */
function removedLabels(text: string, command: EditCommand, base: string[], labels: Map<string, string>): Set<string> {
  const label = (n: string) => labels.get(n) ?? labels.get(n.replace(/_\d+$/, '')) ?? n.replace(/_\d+$/, '')
  const owners = new Set(base)
  if (command.type === 'step.delete') {
    const plain = parseDocument(text, { version: '1.2' }).toJS() as Plain
    for (const p of command.paths) for (const n of plainStepNames(get(plain, p))) owners.add(n).add(`${n}.params`)
  }
  return new Set([...owners].map((o) => (o.endsWith('.params') ? `${label(o.slice(0, -7))}.params` : label(o))))
}

describe('edit commands on commented flows (property)', () => {
  it('keep every comment of untouched nodes, keep the YAML valid, do what the plain data says, and are reversible', () => {
    fc.assert(
      fc.property(shapeArbitrary, fc.boolean(), fc.array(fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (shape, crlf, rounds) => {
        let text = writeCommentedFlow(shape, crlf ? '\r\n' : '\n')
        const labels = new Map<string, string>()
        rounds.forEach((r, round) => {
          const { command, removes } = pickCommand(text, [...r], `N${round}`)
          const outcome = applyEdit(text, command)
          if (!outcome.ok) throw new Error(`${JSON.stringify(command)} refused: ${outcome.reason}\n${text}`)
          const after = parseDocument(outcome.text, { version: '1.2' })
          expect(after.errors, JSON.stringify(command)).toEqual([])
          const expected = plainOracle(parseDocument(text, { version: '1.2' }).toJS(), command)
          if (expected !== null) expect(after.toJS(), JSON.stringify(command)).toEqual(expected)
          const owners = removedLabels(text, command, removes, labels)
          if (command.type === 'step.rename') {
            const old = String((get(parseDocument(text, { version: '1.2' }).toJS(), command.path) as Plain).name)
            labels.set(command.name, labels.get(old) ?? old.replace(/_\d+$/, ''))
          }
          const before = commentCounts(text)
          const now = commentCounts(outcome.text)
          for (const [comment, count] of before) {
            const owner = /^# @(\S+)/.exec(comment)?.[1]
            if (owner && owners.has(owner)) continue
            expect(now.get(comment) ?? 0, `${comment} after ${JSON.stringify(command)}`).toBeGreaterThanOrEqual(count)
          }
          if (crlf) expect(outcome.text.replace(/\r\n/g, '')).not.toContain('\n')
          const change = outcome.change
          if (change) {
            const undo = { offset: change.offset, deleteLength: change.insertText.length, insertText: text.slice(change.offset, change.offset + change.deleteLength) }
            expect(applyChange(outcome.text, undo)).toBe(text)
          }
          text = outcome.text
        })
      }),
      { numRuns: Number(process.env.FDL_PROPERTY_RUNS ?? 120) },
    )
  }, 120_000)
})

describe('edit commands on JSON flows (property)', () => {
  it('keep the flow JSON, do what the plain data says, and are reversible', () => {
    fc.assert(
      fc.property(shapeArbitrary, fc.array(fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (shape, rounds) => {
        let text = JSON.stringify(parseDocument(writeCommentedFlow(shape, '\n'), { version: '1.2' }).toJS(), null, 2) + '\n'
        rounds.forEach((r, round) => {
          const { command } = pickCommand(text, [...r], `N${round}`)
          const outcome = applyEdit(text, command)
          if (!outcome.ok) throw new Error(`${JSON.stringify(command)} refused: ${outcome.reason}\n${text}`)
          const expected = plainOracle(JSON.parse(text), command)
          const after: unknown = JSON.parse(outcome.text) // still JSON, whatever the command wrote
          if (expected !== null) expect(after, JSON.stringify(command)).toEqual(expected)
          const change = outcome.change
          if (change) {
            const undo = { offset: change.offset, deleteLength: change.insertText.length, insertText: text.slice(change.offset, change.offset + change.deleteLength) }
            expect(applyChange(outcome.text, undo)).toBe(text)
          }
          text = outcome.text
        })
      }),
      { numRuns: Number(process.env.FDL_PROPERTY_RUNS ?? 120) },
    )
  }, 120_000)
})

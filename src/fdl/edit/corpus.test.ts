import { describe, expect, it } from 'vitest'
import { BUILT_IN_DIR, describeCorpus, flowFiles } from '../../testing/corpus.ts'
import { readFileSync } from 'node:fs'
import { parseDocument } from 'yaml'
import type { EditCommand } from './EditCommand.ts'
import type { JsonPath } from '../model/jsonPaths.ts'
import { applyEdit } from './applyEdit.ts'
import { commentCounts } from './testing/commentedFlow.ts'
import { plainOracle } from './testing/plainOracle.ts'
import { parseFdl } from '../parse/parseFdl.ts'
import { listSequences } from '../testing/listSequences.ts'
import { collectStepNames } from '../templates/newStep.ts'
import type { Sequence, Step } from '../model/Step.ts'


/** Every step path of a parsed flow. */
function stepPaths(body: Sequence): JsonPath[] {
  const out: JsonPath[] = []
  const stack: Step[] = [...body.steps]
  while (stack.length > 0) {
    const s = stack.pop()!
    out.push(s.path)
    if (s.type === 'choice') stack.push(...s.choices.flatMap((c) => c.steps), ...(s.default?.steps ?? []))
    if (s.type === 'parallel') stack.push(...s.branches.flatMap((b) => b.steps))
    if (s.type === 'foreach') stack.push(...s.body.steps)
  }
  return out
}

/** Commands that remove nothing, for every step and every sequence of a flow. */
function keepingCommands(text: string): EditCommand[] {
  const flow = parseFdl(text).flow!
  const names = collectStepNames(flow)
  const fresh = (i: number) => `Fresh_${i}_${names.size}`
  const out: EditCommand[] = []
  stepPaths(flow.body).forEach((p, i) => {
    out.push({ type: 'step.rename', path: p, name: fresh(i) })
    out.push({ type: 'step.duplicate', path: p })
    out.push({ type: 'field.set', path: [...p, 'outputMappings'], value: [{ target: 'r', source: '$local' }] })
    out.push({ type: 'step.move', from: p, sequence: ['steps'], index: flow.body.steps.length })
  })
  for (const s of listSequences(flow)) for (let i = 0; i <= s.length; i++) out.push({ type: 'step.insert', sequence: s.path, index: i, step: { type: 'pass', name: 'Inserted_x' } })
  return out
}

/** Every command a user can give on the canvas, on a real flow: what it promises, and every comment kept. */
function editsOn(file: string) {
  const text = readFileSync(file, 'utf8')
  const plain = () => parseDocument(text, { version: '1.2' }).toJS()

  it('every insert, rename, duplicate, move and field.set keeps every comment and does what it says', () => {
    for (const command of keepingCommands(text)) {
      const outcome = applyEdit(text, command)
      if (!outcome.ok) throw new Error(`${JSON.stringify(command)}: ${outcome.reason}`)
      expect(parseDocument(outcome.text, { version: '1.2' }).errors).toEqual([])
      const expected = plainOracle(plain(), command)
      if (expected !== null) expect(parseDocument(outcome.text, { version: '1.2' }).toJS(), JSON.stringify(command)).toEqual(expected)
      const now = commentCounts(outcome.text)
      for (const [c, n] of commentCounts(text)) expect(now.get(c) ?? 0, `${c} after ${JSON.stringify(command)}`).toBeGreaterThanOrEqual(n)
    }
  })

  it('deleting any one step leaves valid YAML without that step', () => {
    for (const p of stepPaths(parseFdl(text).flow!.body)) {
      const command: EditCommand = { type: 'step.delete', paths: [p] }
      const outcome = applyEdit(text, command)
      if (!outcome.ok) throw new Error(`${JSON.stringify(command)}: ${outcome.reason}`)
      expect(parseDocument(outcome.text, { version: '1.2' }).toJS()).toEqual(plainOracle(plain(), command))
    }
  })
}

describe.each(flowFiles(BUILT_IN_DIR, /\.ya?ml$/))('edits on %s', editsOn)
describeCorpus('edits on %s', editsOn, /\.ya?ml$/)

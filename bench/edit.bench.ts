// `npm run bench -- edit`: how long one lossless edit command takes on flows of 100, 1,000 and 5,000 steps.
// Target on this machine: one edit <= 20 ms median at 1,000 steps. Two figures per command:
// - "parsed": applyEditToParsed on the document the store already parsed for the canvas (the designer's path);
// - "text": applyEdit from text alone, which parses the text, edits, and parses the result again as a check;
// - "chained": a run of applyEdit calls each on the previous result, whose parse applyEdit remembers.
import { stringify } from 'yaml'
import type { EditCommand } from '../src/fdl/edit/EditCommand.ts'
import { applyEdit, applyEditToParsed } from '../src/fdl/edit/applyEdit.ts'
import { parseForEdit } from '../src/fdl/edit/EditContext.ts'
import { lcg } from './random.ts'

type Plain = Record<string, unknown>

/** A flow of `total` steps: tasks with mappings, pass, wait, and nested choice / parallel / foreach; a comment above every step. */
function generateFlow(total: number): string {
  const rand = lcg(total)
  let left = total
  let id = 0
  const sequence = (depth: number): Plain[] => {
    const steps: Plain[] = []
    const wanted = depth === 0 ? Infinity : 2 + rand(3)
    while (left > 0 && steps.length < wanted) {
      left--
      const name = `s${id++}`
      const roll = depth < 3 ? rand(20) : rand(14)
      if (roll < 8) steps.push({ type: 'task', name, resourceArn: 'acs:mns:::/queues/jobs/messages', pattern: 'waitForCallback', inputMappings: [{ target: 'task_token', source: '$context.task.token' }], serviceParams: { MessageBody: '$', Priority: 1 }, catch: [{ errors: ['FnF.ALL'], goto: name }] })
      else if (roll < 11) steps.push({ type: 'pass', name, outputMappings: [{ target: 'marker', source: name }] })
      else if (roll < 14) steps.push({ type: 'wait', name, duration: 1 + rand(60) })
      else if (roll < 16) steps.push({ type: 'choice', name, choices: [{ condition: '$.status == "ready"', steps: sequence(depth + 1) }], default: { steps: sequence(depth + 1) } })
      else if (roll < 18) steps.push({ type: 'parallel', name, branches: [{ steps: sequence(depth + 1) }, { steps: sequence(depth + 1) }] })
      else steps.push({ type: 'foreach', name, iterationMapping: { collection: '$.items', item: 'item' }, steps: sequence(depth + 1) })
    }
    return steps
  }
  const text = stringify({ version: 'v1', type: 'flow', steps: sequence(0) }, { lineWidth: 0 })
  return text.replace(/^( *)- type: /gm, '$1# a step\n$1- type: ')
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(runs: number, fn: () => unknown, warmUp = 3): number {
  for (let i = 0; i < warmUp; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** The edits measured, all on the middle of the flow (a top-level step, the middle MNS task). */
function commands(text: string): [string, EditCommand][] {
  const top = parseForEdit(text).document.toJS() as { steps: Plain[] }
  const n = top.steps.length
  const mid = Math.floor(n / 2)
  const task = top.steps.findIndex((s, i) => i >= mid && s.type === 'task')
  return [
    ['field.set (Priority)', { type: 'field.set', path: ['steps', task, 'serviceParams', 'Priority'], value: 2 }],
    ['step.insert', { type: 'step.insert', sequence: ['steps'], index: mid, step: { type: 'pass', name: 'Inserted_1' } }],
    ['step.move (to end)', { type: 'step.move', from: ['steps', mid], sequence: ['steps'], index: n }],
    ['step.rename', { type: 'step.rename', path: ['steps', task], name: 'renamed' }],
    ['step.delete', { type: 'step.delete', paths: [['steps', mid]] }],
    ['step.duplicate', { type: 'step.duplicate', path: ['steps', mid] }],
    ['mapping.add', { type: 'mapping.add', list: ['steps', task, 'inputMappings'], mapping: { target: 'job', source: '$input.job' } }],
  ]
}

const fmt = (ms: number) => `${ms.toFixed(2).padStart(8)} ms`
let worst1000 = 0
console.log('steps  size    command                    parsed (median)   text (median)')
for (const steps of [100, 1000, 5000]) {
  const text = generateFlow(steps)
  const parsed = parseForEdit(text)
  const runs = steps >= 5000 ? 7 : steps >= 1000 ? 21 : 51
  for (const [label, command] of commands(text)) {
    const check = applyEditToParsed(parsed, command)
    if (!check.ok) throw new Error(`${label} failed: ${check.reason}`)
    const fast = time(runs, () => applyEditToParsed(parsed, command))
    const full = time(steps >= 5000 ? 3 : steps >= 1000 ? 7 : runs, () => applyEdit(text, command), steps >= 1000 ? 1 : 3)
    if (steps === 1000) worst1000 = Math.max(worst1000, fast)
    console.log(`${String(steps).padStart(5)} ${`${(text.length / 1024).toFixed(0)} KB`.padStart(7)}  ${label.padEnd(24)} ${fmt(fast)}     ${fmt(full)}`)
  }
  const [, first] = commands(text)[0]!
  const path = first.type === 'field.set' ? first.path : []
  let current = text
  let round = 0
  const chained = time(steps >= 5000 ? 3 : 7, () => {
    const outcome = applyEdit(current, { type: 'field.set', path, value: 2 + (round++ % 2) })
    if (!outcome.ok) throw new Error(outcome.reason)
    current = outcome.text
  }, 1)
  console.log(`${String(steps).padStart(5)} ${' '.repeat(7)}  ${'field.set, chained'.padEnd(24)} ${' '.repeat(16)} ${fmt(chained)}`)
}
console.log(`target: one edit <= 20 ms median at 1,000 steps (parsed document): ${worst1000 <= 20 ? 'met' : 'NOT met'} (slowest command ${worst1000.toFixed(2)} ms)`)

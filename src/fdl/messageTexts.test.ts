import { describe, expect, it } from 'vitest'
import { formatMessage, type Message } from '../i18n/Message.ts'
import { ZH } from '../i18n/zh/index.ts'
import { checkFdl } from './validate/validateFlow.ts'
import { RULE_CASES } from './validate/testing/ruleCases.ts'
import { parseFdl, parseYamlDocument } from './parse/parseFdl.ts'
import { parseCondition, conditionSyntaxMessage, conditionSyntaxText } from './condition/parseCondition.ts'
import { parsePath } from './paths/parsePath.ts'
import { applyEdit, canApplyText } from './edit/applyEdit.ts'
import type { EditCommand } from './edit/EditCommand.ts'
import { COMMENTED_FLOW } from './edit/testing/fixtures.ts'
import { flowTextProblem } from './files/flowText.ts'
import { overLimit, overLimitText } from './files/byteSizes.ts'

/** Every source text in a message, nested ones included. */
function sources(message: Message): string[] {
  return [message.text, ...Object.values(message.params ?? {}).flatMap((v) => (typeof v === 'object' ? sources(v) : []))]
}

/** A message the app can show in Chinese: the English is the plain `message`, and every part has a translation. */
function expectSaid(message: string, text: Message): void {
  expect(formatMessage(text)).toBe(message)
  expect(sources(text).filter((s) => !Object.hasOwn(ZH, s))).toEqual([])
  expect(formatMessage(text, ZH)).not.toBe(message)
}

const flow = (steps: string) => `version: v1\ntype: flow\nsteps:\n${steps}`

/** Texts that reach the branches the rule cases do not (other wordings of the same codes). */
const MORE_TEXTS = [
  flow('  - type: pass\n    name: a\n    retry: x\n    catch:\n      - goto: a\n    outputMappings:\n      - target: r\n        source: $.x\n'),
  flow('  - type: parallel\n    name: p\n    catch: []\n    branches:\n      - steps:\n          - type: pass\n            name: b\n          - type: choice\n            name: c\n            choices:\n              - condition: $.a\n                goto: zz\n            default:\n              goto: b\n'),
  flow('  - type: foreach\n    name: f\n    iterationMapping:\n      collection: $input.items\n      item: i\n    steps:\n      - type: pass\n        name: x\n  - type: choice\n    name: c\n    choices:\n      - condition: $.a == 1\n        goto: x\n'),
  flow('  - type: task\n    name: t\n    resourceArn: acs:mns:::/queues/q/messages\n    pattern: sync\n    serviceParams: {MessageBody: $.missing}\n    inputMappings:\n      - target: a\n        source: $inputs.x\n    retry:\n      - errors: []\n        intervalSeconds: 90000\n'),
  flow('  - type: task\n    name: t\n    action: fnf:StartExecution\n    pattern: waitForCallback\n  - type: pass\n    name: p\n    inputMappings:\n      - target: a\n        source: $context.task.token\n'),
  flow('  - type: choice\n    name: c\n    choices:\n      - condition: $.a < true\n      - condition: ($.a\n      - condition: $.a == $input.b\n      - condition: "\'x\'"\n      - condition: $.a and $.b\n      - condition: $.a = 1\n      - condition: $.a == "x\n    default:\n      goto: c\n'),
  'a: [1, 2\nb: 3\n',
  '- a\nb: 1\n',
  '%YAML 1.3\n---\n' + flow('  - type: pass\n    name: a\n'),
]

describe('every diagnostic of the core', () => {
  const texts = [...Object.values(RULE_CASES).map((c) => c.bad), ...MORE_TEXTS]

  it.each(texts.map((t, i) => [i, t] as const))('text %i: says each message in English as before, and in Chinese', (_, text) => {
    const diagnostics = checkFdl(text).diagnostics
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const d of diagnostics) expectSaid(d.message, d.text)
  })

  it('keeps the yaml library\'s own words in YAML syntax errors, as a message another language can say', () => {
    const broken = ['a: [1, 2\nb: 3', 'a: "x\nb', 'a:\n  - 1\n - 2', 'a: 1\na: 2', 'a\tb: \n\t- x', 'a: b: c', '{a: 1,,}', '- a\nb: 1', 'a: @x', 'a: "\\q"', '--- a\n--- b\n', '{a: 1', 'a: &x &y 1\n', 'a: >x\n  y', 'a: !x!y 1', '"a" b: 1']
    for (const text of broken) {
      const errors = parseFdl(text).diagnostics.filter((d) => d.code === 'yaml-syntax')
      expect(errors.map((d) => d.message)).toEqual(parseYamlDocument(text).errors.map((e) => `YAML syntax error: ${e.message}`))
      for (const d of errors) {
        expect(typeof d.text.params?.['detail']).toBe('object')
        expectSaid(d.message, d.text)
      }
    }
  })
})

describe('condition and path errors', () => {
  it.each(['', '$.a ==', '$.a == 1 == 2', '($.a', '$.a == 1 $.b', 'x', '$.a = 1', '!$.a', '$.a & $.b', "'a'", '"a', '"\\q"', '$input.a', '$.a[x]', '$.a.', '§'])('`%s`', (condition) => {
    const r = parseCondition(condition)
    if (r.ok) throw new Error('expected a syntax error')
    expectSaid(r.error.message, r.error.text)
    expectSaid(conditionSyntaxMessage(condition, r.error), conditionSyntaxText(condition, r.error))
  })

  it.each(['x', '$foo', '$.a.*', '$.a[0', '$.a[x]', '$.a b'])('path `%s`', (path) => {
    const r = parsePath(path)
    if (r.ok) throw new Error('expected a syntax error')
    expectSaid(r.error.message, r.error.text)
  })
})

describe('edit refusals', () => {
  const commands: EditCommand[] = [
    { type: 'step.rename', path: ['steps', 0], name: 'route' },
    { type: 'step.rename', path: ['steps', 0], name: '' },
    { type: 'step.rename', path: ['steps', 9], name: 'x' },
    { type: 'branch.add', step: ['steps', 0] },
    { type: 'branch.remove', step: ['steps', 2], index: 7 },
    { type: 'step.move', from: ['steps', 1], sequence: ['steps', 1, 'choices', 0, 'steps'], index: 0 },
    { type: 'step.insert', sequence: ['steps'], index: 99, step: { type: 'pass', name: 'n' } },
    { type: 'step.paste', sequence: ['steps'], index: 0, yaml: 'not: a step' },
    { type: 'step.paste', sequence: ['steps'], index: 0, yaml: 'a: [' },
    { type: 'mapping.move', list: ['steps', 0, 'inputMappings'], from: 0, to: 3 },
    { type: 'mapping.remove', list: ['steps', 1, 'inputMappings'], index: 0 },
    { type: 'field.set', path: ['steps', 0, 'x'], value: () => 1 },
    { type: 'field.remove', path: ['steps', 0, 'nothing'] },
    { type: 'step.delete', paths: [] },
    { type: 'nope' } as unknown as EditCommand,
  ]

  it.each(commands.map((c) => [c.type, c] as const))('%s', (_, command) => {
    const outcome = applyEdit(COMMENTED_FLOW, command)
    if (outcome.ok) throw new Error('expected a refusal')
    expectSaid(outcome.reason, outcome.text)
    expect(canApplyText(COMMENTED_FLOW, command)).toEqual(outcome.text)
  })

  it('on text that cannot be edited', () => {
    const outcome = applyEdit('steps: [\n', { type: 'step.delete', paths: [['steps', 0]] })
    if (outcome.ok) throw new Error('expected a refusal')
    expectSaid(outcome.reason, outcome.text)
  })
})

describe('file checks', () => {
  it.each(['- a\n', 'just words\n', '42\n', 'name: x\n'])('says why `%s` is not a flow', (text) => {
    const problem = flowTextProblem(parseFdl(text))
    if (problem?.kind !== 'not-a-flow') throw new Error('expected not-a-flow')
    expectSaid(problem.detail, problem.text)
  })

  it('says sizes over a limit', () => {
    for (const [size, limit] of [[2 * 1024 * 1024 + 1, 2 * 1024 * 1024], [10, 1], [null, 4096]] as const) {
      expectSaid(overLimit(size, limit), overLimitText(size, limit))
    }
  })
})

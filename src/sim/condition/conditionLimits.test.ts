import { describe, expect, it } from 'vitest'
import { checkFdl } from '../../fdl/validate/validateFlow.ts'
import { EvaluationError } from '../data/evaluatePath.ts'
import { evaluateCondition } from './evaluateCondition.ts'
import { parseCondition } from '../../fdl/condition/parseCondition.ts'

/** A 100 KB condition of 8,700 `&&`, as the hostile-input probe wrote it. */
const LONG = Array.from({ length: 8_701 }, (_, i) => `$.k${i % 10}==1`).join(' && ').padEnd(100 * 1024, ' ')
const DEEP = `${'('.repeat(5_000)}$.x == 1${')'.repeat(5_000)}`
const choiceWith = (condition: string) => `version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: ${JSON.stringify(condition)}\n        goto: c\n`

describe('conditions too large or too deep to evaluate safely', () => {
  it.each([['a 100 KB condition of 8,700 &&', LONG, 'The condition is 102400 characters long'], ['5,000 nested parentheses', DEEP, 'The condition nests parentheses 5000 deep']])('the validator refuses %s with a diagnostic', (_, condition, start) => {
    const found = checkFdl(choiceWith(condition)).diagnostics.filter((d) => d.code === 'condition-too-complex')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', path: ['steps', 0, 'choices', 0, 'condition'] })
    expect(found[0]!.message.startsWith(start)).toBe(true)
  })

  it.each([['long', LONG], ['deep', DEEP]])('the simulator refuses a %s condition with an evaluation error, never a stack overflow', (_, condition) => {
    const parsed = parseCondition(condition)
    expect(parsed.ok).toBe(false)
    expect(() => evaluateCondition(condition, { x: 1 })).toThrow(EvaluationError)
  })

  it('evaluates the longest chain and deepest nesting it accepts without recursing per operand', () => {
    const chain = Array.from({ length: 800 }, () => '$.x == 1').join(' && ')
    expect(chain.length).toBeLessThanOrEqual(10_000)
    expect(evaluateCondition(chain, { x: 1 })).toBe(true)
    expect(evaluateCondition(chain.replaceAll('&&', '||').replace(/1$/, '2'), { x: 2 })).toBe(true)
    expect(evaluateCondition(`${'('.repeat(64)}$.x == 1${')'.repeat(64)}`, { x: 1 })).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { createSimulation } from './runLoop.ts'

const flow = parseFdl(`version: v1
type: flow
steps:
  - type: wait
    name: pause
    duration: $.seconds
`).flow!

const run = (seconds: unknown) => {
  const sim = createSimulation({ flow, scenario: readScenario({}).scenario, input: { seconds } })
  sim.run()
  return sim.result()
}

describe('a wait duration read from the input follows the constant rule: whole seconds, 0 or more', () => {
  it('waits a whole number of seconds', () => {
    const r = run(3)
    expect(r.status).toBe('Succeeded')
    expect(Date.parse(r.endTime!) - Date.parse(r.startTime)).toBe(3000)
  })

  it.each([[2.5], [-5], ['10'], [null], [true]])('fails the step on %j, saying why', (value) => {
    const r = run(value)
    expect(r.status).toBe('Failed')
    expect(r.cause).toContain(`duration ${JSON.stringify(value)} (read from $.seconds) is not a whole number of seconds (0 or more).`)
  })
})

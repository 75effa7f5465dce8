import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { actionLines, eventLines, historyLines, readCase, runCase } from './runCase.ts'

const dir = join(import.meta.dirname, 'cases')
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()

describe('conformance cases (src/sim/conformance/cases)', () => {
  it.each(files)('%s', (file) => {
    // given a flow, a scenario and an input
    const c = readCase(readFileSync(join(dir, file), 'utf8'))
    // when it runs to the end
    const sim = runCase(c)
    const result = sim.result()
    const x = c.expect
    // then status, output, history, data and messages are what the reference says
    if (x.status !== undefined) expect(result.status, c.title).toBe(x.status)
    if (x.output !== undefined) expect(result.output).toEqual(x.output)
    if (x.error !== undefined) expect(result.error).toBe(x.error)
    if (x.cause !== undefined) expect(result.cause).toBe(x.cause)
    if (x.events) expect(eventLines(sim)).toEqual(x.events)
    if (x.history) expect(historyLines(sim)).toEqual(x.history)
    for (const [id, detail] of Object.entries(x.details ?? {})) expect(result.events[Number(id) - 1]?.eventDetail, `detail of event ${id}`).toEqual(detail)
    if (x.eventCount !== undefined) expect(result.events.length).toBe(x.eventCount)
    if (x.eventsInclude) {
      const lines = eventLines(sim)
      let from = 0
      for (const want of x.eventsInclude) {
        const at = lines.indexOf(want, from)
        expect(at, `${want} after line ${from} in\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0)
        from = at + 1
      }
    }
    for (const [name, io] of Object.entries(x.steps ?? {})) {
      const entered = result.events.find((e) => e.type === 'StepStarted' && e.stepName === name)
      const exited = result.events.find((e) => e.type === 'StepSucceeded' && e.stepName === name)
      if (io.input !== undefined) expect(entered?.eventDetail.input, `input of ${name}`).toEqual(io.input)
      if (io.output !== undefined) expect(exited?.eventDetail.output, `output of ${name}`).toEqual(io.output)
    }
    if (x.messages) {
      expect(result.messages.length).toBe(x.messages.length)
      x.messages.forEach((m, i) => expect(result.messages[i]).toMatchObject(m))
    }
    if (x.actions) expect(actionLines(sim)).toEqual(x.actions)
    for (const [i, lines] of Object.entries(x.childEvents ?? {})) expect(eventLines(sim, Number(i))).toEqual(lines)
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDesignerStore } from '../../store/createDesignerStore.ts'
import { createSimulationStore } from '../../store/simulation/createSimulationStore.ts'
import { statusAt } from '../../store/simulation/traceAt.ts'
import { createWorkerHost } from './hosts.ts'

const example = readFileSync(new URL('../../../public/examples/mns-callback.yaml', import.meta.url), 'utf8')

describe('createWorkerHost without module workers (as here, in Node)', () => {
  it('loads the engine on the main thread and still runs a flow to Succeeded, commands sent early included', async () => {
    expect(typeof Worker).toBe('undefined')
    const designer = createDesignerStore({ initialText: example })
    let pending: (() => void)[] = []
    let now = 0
    const frames = { now: () => now, request: (run: () => void) => void pending.push(run), cancel: () => undefined }
    const sim = createSimulationStore({ designer, createHost: createWorkerHost, frames })
    sim.getState().setSpeed('instant')
    sim.getState().run() // sent before the engine module has arrived
    await expect.poll(() => {
      now += 16
      const run = pending
      pending = []
      run.forEach((r) => r())
      const s = sim.getState()
      return statusAt(s.trace, s.t)
    }).toBe('Succeeded')
  })
})

import { describe, expect, it } from 'vitest'
import { createDesignerStore } from '../createDesignerStore.ts'
import { createMemoryKeyValueStore } from '../../persist/KeyValueStore.ts'
import { createLocalHost } from './createLocalHost.ts'
import { createScenarioPersistence, type PersistTimer } from './createScenarioPersistence.ts'
import { createSimulationStore } from './createSimulationStore.ts'

function setup(kv = createMemoryKeyValueStore()) {
  const timers = new Map<number, () => void>()
  let id = 0
  const timer: PersistTimer = { setTimeout: (run) => (timers.set(++id, run), id), clearTimeout: (h) => void timers.delete(h as number) }
  const sim = createSimulationStore({ designer: createDesignerStore(), createHost: createLocalHost, frames: { now: () => 0, request: () => 0, cancel: () => undefined } })
  const persistence = createScenarioPersistence(sim, kv, timer)
  const fire = () => [...timers.values()].forEach((run) => run())
  return { sim, persistence, fire, kv }
}

describe('scenario persistence', () => {
  it('keeps each document its own input and scenario', async () => {
    const { sim, persistence } = setup()
    await persistence.setDocument('a')
    sim.getState().setInputText('{"who": "a"}')
    sim.getState().setScenario({ tasks: { T: [{ timeout: true }] } })
    await persistence.setDocument('b')
    expect(sim.getState().inputText).toBe('{}')
    expect(sim.getState().scenario).toEqual({})
    sim.getState().setInputText('{"who": "b"}')
    await persistence.setDocument('a')
    expect(sim.getState().inputText).toBe('{"who": "a"}')
    expect(sim.getState().scenario).toEqual({ tasks: { T: [{ timeout: true }] } })
    await persistence.setDocument('b')
    expect(sim.getState().inputText).toBe('{"who": "b"}')
  })

  it('saves after a quiet moment and survives a new session', async () => {
    const { sim, persistence, fire, kv } = setup()
    await persistence.setDocument('doc')
    sim.getState().setInputText('{"n": 1}')
    fire()
    await persistence.flush()
    const again = setup(kv)
    await again.persistence.setDocument('doc')
    expect(again.sim.getState().inputText).toBe('{"n": 1}')
  })

  it('keeps what the user typed while the stored scenario was still loading', async () => {
    const { sim, persistence, fire, kv } = setup()
    await kv.set('scenario:late', { version: 1, inputText: '{"stored": true}', scenario: {} })
    const switching = persistence.setDocument('late')
    sim.getState().setInputText('{"typed": true}')
    await switching
    expect(sim.getState().inputText).toBe('{"typed": true}')
    fire()
    await persistence.flush()
    expect(await kv.get('scenario:late')).toMatchObject({ inputText: '{"typed": true}' })
  })

  it('saves at once when a run starts', async () => {
    const { sim, persistence, kv } = setup()
    await persistence.setDocument('doc')
    sim.getState().setScenario({ tasks: { T: [{ timeout: true }] } })
    expect(await kv.get('scenario:doc')).toBeUndefined()
    sim.getState().run()
    expect(await kv.get('scenario:doc')).toMatchObject({ scenario: { tasks: { T: [{ timeout: true }] } } })
  })

  it('goes on without storage', async () => {
    const { sim, persistence } = setup(createMemoryKeyValueStore({ unavailable: true }))
    await persistence.setDocument('doc')
    sim.getState().setInputText('{"n": 2}')
    await persistence.flush()
    expect(sim.getState().inputText).toBe('{"n": 2}')
  })
})

describe('scenario persistence of child flows', () => {
  it('keeps each document its loaded child flows, and forgets them for a document without any', async () => {
    const { sim, persistence } = setup()
    await persistence.setDocument('parent')
    sim.getState().setChildFlow('audit', { fileName: 'audit.yaml', text: 'version: v1\ntype: flow\nsteps: []\n' })
    await persistence.setDocument('other')
    expect(sim.getState().childFlows).toEqual({})
    expect(sim.getState().scenario.flows).toBeUndefined()
    await persistence.setDocument('parent')
    expect(sim.getState().childFlows.audit?.fileName).toBe('audit.yaml')
    expect(sim.getState().scenario.flows).toEqual({ audit: 'audit.yaml' })
  })
})

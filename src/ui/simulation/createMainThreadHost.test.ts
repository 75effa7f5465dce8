import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../i18n/Message.ts'
import type { HostCommand, HostEvent } from '../../store/simulation/SimHost.ts'
import { createMainThreadHost } from './hosts.ts'

const start = (session: number): HostCommand => ({ kind: 'start', session, text: 'version: v1\ntype: flow\nsteps: []\n', scenario: {}, manual: false, flows: {} })

describe('createMainThreadHost', () => {
  it('refuses the runs asked for, early and late, when the engine cannot be loaded', async () => {
    const events: HostEvent[] = []
    const host = createMainThreadHost(() => Promise.reject(new Error('Failed to fetch dynamically imported module')))
    host.listen((e) => events.push(e))
    host.send(start(1))
    host.send({ kind: 'advance', session: 1, target: { kind: 'next' } })
    await expect.poll(() => events.length).toBe(1)
    host.send(start(2))
    expect(events.map((e) => (e.kind === 'refused' ? { ...e, problems: e.problems.map((p) => formatMessage(p)) } : e))).toEqual([1, 2].map((session) => ({
      kind: 'refused',
      session,
      problems: ['The simulator could not be loaded (Failed to fetch dynamically imported module). Reload the page to try again.'],
    })))
  })

  it('drops what was sent before it was disposed, and what is sent after, loaded or not', async () => {
    const sent: HostCommand[] = []
    const local = { send: (c: HostCommand) => void sent.push(c), listen: () => undefined, dispose: () => undefined }
    let arrive: () => void = () => undefined
    const loaded = new Promise<void>((resolve) => (arrive = resolve))
    const early = createMainThreadHost(async () => {
      await loaded
      return { createLocalHost: () => local }
    })
    early.send(start(1))
    early.dispose()
    arrive()
    const late = createMainThreadHost(async () => ({ createLocalHost: () => local }))
    late.send(start(2))
    await expect.poll(() => sent.length).toBe(1)
    late.dispose()
    early.send(start(3))
    late.send(start(4))
    expect(sent.map((c) => c.session)).toEqual([2])
  })

  it('passes commands on in order once the engine has arrived', async () => {
    const sent: HostCommand[] = []
    const host = createMainThreadHost(async () => ({ createLocalHost: () => ({ send: (c) => void sent.push(c), listen: () => undefined, dispose: () => undefined }) }))
    host.send(start(1))
    host.send({ kind: 'stop', session: 1 })
    await expect.poll(() => sent.length).toBe(2)
    host.send(start(2))
    expect(sent.map((c) => `${c.kind} ${c.session}`)).toEqual(['start 1', 'stop 1', 'start 2'])
  })
})

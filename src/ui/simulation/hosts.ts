import type { HostEvent, SimHost, HostCommand } from '../../store/simulation/SimHost.ts'
import { msg, type Message } from '../../i18n/Message.ts'

/**
 * The engine host in a module Web Worker (bundled by Vite from `sim.worker.ts`). Where a worker cannot be
 * created, the same host runs on the main thread in slices instead, so the simulator still works.
 */
export function createWorkerHost(): SimHost {
  let worker: Worker
  try {
    worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'simulator' })
  } catch {
    return createMainThreadHost()
  }
  let listener: (event: HostEvent) => void = () => undefined
  worker.addEventListener('message', (e: MessageEvent<HostEvent>) => listener(e.data))
  return {
    send: (command) => worker.postMessage(command),
    listen(l) {
      listener = l
    },
    dispose: () => worker.terminate(),
  }
}

type LoadHost = () => Promise<{ createLocalHost: () => SimHost }>

const loadLocalHost: LoadHost = () => import('../../store/simulation/createLocalHost.ts')

/**
 * The engine host on the main thread, for where a worker cannot be made. The engine is fetched on demand instead
 * of weighing on every page load; commands sent before it arrives wait, in order. When it cannot be fetched (the
 * server went away, say), every run asked for is refused with a message, instead of staying at "starting".
 */
export function createMainThreadHost(load: LoadHost = loadLocalHost): SimHost {
  let listener: (event: HostEvent) => void = () => undefined
  let host: SimHost | null = null
  let failure: Message | null = null
  let disposed = false
  const waiting: HostCommand[] = []
  const refuse = (command: HostCommand) => {
    if (command.kind === 'start' && failure) listener({ kind: 'refused', session: command.session, problems: [failure] })
  }
  load().then(
    ({ createLocalHost }) => {
      if (disposed) return
      host = createLocalHost()
      host.listen((event) => listener(event))
      for (const command of waiting.splice(0)) host.send(command)
    },
    (e: unknown) => {
      failure = msg('The simulator could not be loaded ({reason}). Reload the page to try again.', { reason: e instanceof Error ? e.message : String(e) })
      if (!disposed) waiting.splice(0).forEach(refuse)
    },
  )
  return {
    send(command) {
      if (disposed) return
      if (host) host.send(command)
      else if (failure) refuse(command)
      else waiting.push(command)
    },
    listen(l) {
      listener = l
    },
    dispose() {
      disposed = true
      waiting.length = 0
      host?.dispose()
    },
  }
}

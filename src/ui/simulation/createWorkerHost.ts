import type { HostCommand, HostEvent, SimHost } from '../../store/simulation/SimHost.ts'

/**
 * The engine host in a module Web Worker (bundled by Vite from `sim.worker.ts`). Where a worker cannot be
 * created, the same host runs on the main thread in slices instead, so the simulator still works.
 */
export function createWorkerHost(): SimHost {
  let worker: Worker
  try {
    worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'simulator' })
  } catch {
    return mainThreadHost()
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

/**
 * The main-thread host, loaded only when a worker cannot be made: the engine is then fetched on demand
 * instead of weighing on every page load. Commands sent before it arrives wait, in order.
 */
function mainThreadHost(): SimHost {
  let listener: (event: HostEvent) => void = () => undefined
  let host: SimHost | null = null
  let disposed = false
  const waiting: HostCommand[] = []
  void import('../../store/simulation/createLocalHost.ts').then(({ createLocalHost }) => {
    if (disposed) return
    host = createLocalHost()
    host.listen((event) => listener(event))
    for (const command of waiting.splice(0)) host.send(command)
  })
  return {
    send: (command) => (host ? host.send(command) : void waiting.push(command)),
    listen(l) {
      listener = l
    },
    dispose() {
      disposed = true
      host?.dispose()
    },
  }
}

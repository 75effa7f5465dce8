import type { HostEvent, SimHost } from '../../store/simulation/SimHost.ts'
import { createMainThreadHost } from './createMainThreadHost.ts'

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


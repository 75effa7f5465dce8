// The simulator off the main thread: the engine host answers the page's commands and streams trace deltas,
// so a long simulation (a 10,000-item foreach) never blocks scrolling or typing.
import { createEngineHost } from '../../store/simulation/createEngineHost.ts'
import type { HostCommand } from '../../store/simulation/SimHost.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope
const host = createEngineHost({
  post: (event) => scope.postMessage(event),
  defer: (run) => setTimeout(run, 0),
})
scope.addEventListener('message', (e: MessageEvent<HostCommand>) => host.handle(e.data))

import { createEngineHost } from './createEngineHost.ts'
import type { HostCommand, HostEvent, SimHost } from './SimHost.ts'

/**
 * The engine host on the calling thread: for tests and for browsers without module workers. Commands and
 * events are queued and handled one at a time, never re-entrantly, as they would be across a worker
 * boundary; long runs still go in slices through the same queue.
 */
export function createLocalHost(): SimHost {
  let listener: (event: HostEvent) => void = () => undefined
  const queue: (() => void)[] = []
  let draining = false
  const drain = () => {
    if (draining) return
    draining = true
    try {
      for (let job = queue.shift(); job; job = queue.shift()) job()
    } finally {
      draining = false
    }
  }
  const engine = createEngineHost({
    post: (event) => queue.push(() => listener(event)),
    defer: (run) => queue.push(run),
  })
  return {
    send(command: HostCommand) {
      queue.push(() => engine.handle(command))
      drain()
    },
    listen(l) {
      listener = l
    },
    dispose() {
      queue.length = 0
    },
  }
}

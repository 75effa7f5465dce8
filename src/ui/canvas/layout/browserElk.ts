import ELK from 'elkjs/lib/elk-api'
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url'
import type { ElkLike } from './ElkLike.ts'

let instance: ElkLike | null = null

/**
 * ELK running in a Web Worker, created on the first layout (the canvas asks for one on its first render, while the
 * example is still loading), so its 1.6 MB script compiles off the main thread and never blocks the page.
 */
export function browserElk(): ElkLike {
  instance ??= new ELK({ workerUrl: elkWorkerUrl })
  return instance
}

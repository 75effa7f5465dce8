import ELK from 'elkjs/lib/elk-api'
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url'
import type { ElkLike } from './ElkLike.ts'

let instance: ElkLike | null = null

/**
 * ELK running in a Web Worker, created on the first layout so its 1.6 MB script is fetched only when a
 * diagram needs placing and never blocks the page's first paint.
 */
export function browserElk(): ElkLike {
  instance ??= new ELK({ workerUrl: elkWorkerUrl })
  return instance
}

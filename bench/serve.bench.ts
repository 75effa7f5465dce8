// `npm run bench -- serve`: `fdl serve` under a real worker load (issue 12). 16 concurrent workers over loopback do
// receive -> ReportTaskSucceeded -> delete for a 10,000-item foreach of MNS callback tasks. Reported: cycles per
// second, p50 / p99 of a long poll's answer after a send (a probe that sends to an empty queue while another
// request waits on it, throughout the load, then alone), and the server's peak memory. In the same run, a bare Node `http`
// server answers the same request sequence with fixed replies: the reference for throughput.
// Targets: >= half the bare server's cycles/s, p99 < 50 ms, peak RSS < 300 MB.
// Each server runs in its own process (this file, started again with a role), so the figures are the server's.
import { spawn } from 'node:child_process'
import { Agent, createServer, request } from 'node:http'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { readScenario } from '../src/sim/scenario/readScenario.ts'
import { startServer } from '../src/server/startServer.ts'

const ITEMS = 10_000
const WORKERS = 16

const FLOW = readFileSync('bench/flows/foreach-mns-callback.yaml', 'utf8')


/** Child: the emulator, printing its port; on stdin end prints its peak RSS and exits. */
async function serveFdl(): Promise<void> {
  // The service's 5,000-event and 32 KiB limits would stop a 10,000-item foreach at once; the bench measures the server.
  // (Within the options' bounds: the step data limit goes up to 1 MB; 0 turns the per-event limit off.)
  const read = readScenario({ options: { maxEvents: 1_000_000, stepDataLimitBytes: 1_048_576, eventDataLimitBytes: 0 } })
  if (read.errors.length > 0) throw new Error(`bench scenario: ${read.errors.join('; ')}`)
  const scenario = read.scenario
  const s = await startServer({ host: '127.0.0.1', port: 0, speed: 1, scenario, key: null, flows: [{ name: 'bench', definition: FLOW }], log: null, note: (l) => process.stderr.write(`${l}\n`) })
  await s.context.queues.add('probe', Date.now())
  s.context.driver.world.ensureQueue('probe')
  reportWhenDone(s.port)
}

/** Child: a bare Node http server with fixed replies for the same request sequence. */
async function serveBare(): Promise<void> {
  const token = Buffer.from(`v1#bench#x#2#${'A'.repeat(32)}`).toString('base64')
  const message = `<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="http://mns.aliyuncs.com/doc/v1/"><MessageId>5F290C926D472878-2-14D9529A8FA-200000001</MessageId><ReceiptHandle>1-ODU4OTkzNDU5My0xNDMyNzI3ODI3LTItOA</ReceiptHandle><MessageBodyMD5>C5DD56A39F5F7BB8B3337C6D11B6D8C7</MessageBodyMD5><MessageBody>{"task_token":"${token}","item":1}</MessageBody><EnqueueTime>1250700979248</EnqueueTime><NextVisibleTime>1250700799348</NextVisibleTime><FirstDequeueTime>1250700779318</FirstDequeueTime><DequeueCount>1</DequeueCount><Priority>1</Priority></Message>`
  const report = '{"RequestId":"0A9D8E8C-6C4B-4F12-9F3D-9A1B2C3D4E5F","EventId":7}'
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      if (req.method === 'GET') res.writeHead(200, { 'content-type': 'text/xml;charset=utf-8', 'content-length': Buffer.byteLength(message) }).end(message)
      else if (req.method === 'DELETE') res.writeHead(204).end()
      else res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(report) }).end(report)
    })
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  reportWhenDone((server.address() as { port: number }).port)
}

function reportWhenDone(port: number): void {
  process.stdout.write(`port ${port}\n`)
  process.stdin.resume()
  process.stdin.on('end', () => {
    process.stdout.write(`maxrss ${process.resourceUsage().maxRSS}\n`)
    process.exit(0)
  })
}

interface Child {
  readonly port: number
  /** Ends the child; resolves to its peak RSS in MB. */
  stop(): Promise<number>
}

async function startChild(which: 'fdl' | 'bare'): Promise<Child> {
  const flags = process.env.SERVE_BENCH_PROFILE && which === 'fdl' ? process.env.SERVE_BENCH_PROFILE === 'gc' ? ['--trace-gc'] : ['--cpu-prof', '--cpu-prof-dir=node_modules/.cache/bench-prof'] : []
  const child = spawn(process.execPath, [...flags, process.argv[1]!, `--role=${which}`], { stdio: ['pipe', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (c: Buffer) => (out += c.toString()))
  for (let i = 0; i < 400 && !/port (\d+)/.test(out); i++) await new Promise((r) => setTimeout(r, 25))
  const port = Number(/port (\d+)/.exec(out)?.[1])
  if (!port) throw new Error(`the ${which} server did not start`)
  return {
    port,
    stop: async () => {
      const exited = new Promise((r) => child.on('exit', r))
      child.stdin.end()
      await exited
      return Number(/maxrss (\d+)/.exec(out)?.[1] ?? 0) / 1024
    },
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 })

function call(port: number, method: string, path: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': method === 'POST' && path === '/' ? 'application/x-www-form-urlencoded' : 'text/xml', 'content-length': String(Buffer.byteLength(body)) }
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (text += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** 16 workers doing receive -> report -> delete until `cycles` deletes are done; returns cycles per second. */
async function workerLoad(port: number, cycles: number): Promise<{ perSecond: number; ms: number; emptyPolls: number }> {
  let done = 0
  let emptyPolls = 0
  const t0 = performance.now()
  let tEnd = 0
  let lastMessageAt = performance.now()
  const worker = async () => {
    while (done < cycles) {
      const got = await call(port, 'GET', '/queues/jobs/messages?waitseconds=1')
      if (got.status !== 200) {
        emptyPolls++
        // An execution that failed sends nothing more: say so instead of polling for ever.
        if (performance.now() - lastMessageAt > 30_000) throw new Error(`no message for 30 s after ${done} of ${cycles} cycles: did the execution fail?`)
        continue
      }
      lastMessageAt = performance.now()
      const handle = /<ReceiptHandle>([^<]*)</.exec(got.body)![1]!
      const body = /<MessageBody>([^<]*)</.exec(got.body)![1]!.replace(/&quot;/g, '"')
      const token = (JSON.parse(body) as { task_token: string }).task_token
      const form = new URLSearchParams({ Action: 'ReportTaskSucceeded', Version: '2019-03-15', Format: 'JSON', TaskToken: token, Output: '{"ok":true}' }).toString()
      const r = await call(port, 'POST', '/', form)
      if (r.status !== 200) throw new Error(`report failed: ${r.body}`)
      const d = await call(port, 'DELETE', `/queues/jobs/messages?ReceiptHandle=${handle}`)
      if (d.status !== 204) throw new Error(`delete failed: ${d.body}`)
      if (++done === cycles) tEnd = performance.now()
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker))
  const ms = tEnd - t0
  return { perSecond: cycles / (ms / 1000), ms, emptyPolls }
}

/** While `running()`, one request waits on the empty queue `probe` and another sends to it: ms from send to answer. */
async function probe(port: number, running: (samples: number) => boolean): Promise<number[]> {
  const samples: number[] = []
  while (running(samples.length)) {
    const waiting = call(port, 'GET', '/queues/probe/messages?waitseconds=5').then((r) => ({ r, at: performance.now() }))
    await new Promise((r) => setTimeout(r, 20))
    const sentAt = performance.now()
    await call(port, 'POST', '/queues/probe/messages', '<?xml version="1.0" encoding="UTF-8"?><Message xmlns="http://mns.aliyuncs.com/doc/v1/"><MessageBody>ping</MessageBody></Message>')
    const { r, at } = await waiting
    if (r.status === 200) {
      samples.push(at - sentAt)
      const handle = /<ReceiptHandle>([^<]*)</.exec(r.body)![1]!
      await call(port, 'DELETE', `/queues/probe/messages?ReceiptHandle=${handle}`)
    }
  }
  return samples
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

async function main(): Promise<void> {
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine (2 cores shared)`)
  const bare = await startChild('bare')
  const bareLoad = await workerLoad(bare.port, ITEMS)
  const bareRss = await bare.stop()

  const fdl = await startChild('fdl')
  const input = JSON.stringify({ items: Array.from({ length: ITEMS }, (_, i) => i) })
  const started = await call(fdl.port, 'POST', '/', new URLSearchParams({ Action: 'StartExecution', Version: '2019-03-15', FlowName: 'bench', ExecutionName: 'load', Input: input }).toString())
  if (started.status !== 200) throw new Error(`StartExecution failed: ${started.body}`)
  let running = true
  const probing = probe(fdl.port, () => running)
  const load = await workerLoad(fdl.port, ITEMS)
  running = false
  const latencies = (await probing).sort((a, b) => a - b)
  const idle = (await probe(fdl.port, (n) => n < 200)).sort((a, b) => a - b)
  const described = await call(fdl.port, 'GET', '/?Action=DescribeExecution&Version=2019-03-15&FlowName=bench&ExecutionName=load&WaitTimeSeconds=10')
  const status = (JSON.parse(described.body) as { Status: string }).Status
  const fdlRss = await fdl.stop()
  agent.destroy()

  const ratio = load.perSecond / bareLoad.perSecond
  const p50 = percentile(latencies, 50)
  const p99 = percentile(latencies, 99)
  console.log(`bare http server, fixed replies: ${ITEMS.toLocaleString('en')} cycles in ${bareLoad.ms.toFixed(0)} ms = ${bareLoad.perSecond.toFixed(0)} cycles/s (peak RSS ${bareRss.toFixed(0)} MB)`)
  console.log(`fdl serve: ${ITEMS.toLocaleString('en')} cycles in ${load.ms.toFixed(0)} ms = ${load.perSecond.toFixed(0)} cycles/s, execution ${status}, ${load.emptyPolls} empty polls`)
  console.log(`  ratio to bare: ${ratio.toFixed(2)} (target >= 0.5) ${ratio >= 0.5 ? 'ok' : 'MISSED'}`)
  console.log(`  long poll answered after a send, under the 16-worker load: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${latencies.length} probes (target p99 < 50 ms) ${p99 < 50 ? 'ok' : 'MISSED'}`)
  console.log(`  the same with no other load: p50 ${percentile(idle, 50).toFixed(1)} ms, p99 ${percentile(idle, 99).toFixed(1)} ms over ${idle.length} probes`)
  console.log(`  peak RSS ${fdlRss.toFixed(0)} MB (target < 300 MB) ${fdlRss < 300 ? 'ok' : 'MISSED'}`)
  if (status !== 'Succeeded') process.exitCode = 1
}

const role = process.argv[2]
if (role === '--role=fdl') await serveFdl()
else if (role === '--role=bare') await serveBare()
else await main()

import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { raw, xmlCode } from './testing/rawHttp.ts'

const root = resolve(import.meta.dirname, '../..')
const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL')
})

/** Runs the real `fdl` command (bin/fdl.mjs) and collects its output. */
function fdl(args: string[]) {
  const child = spawn(process.execPath, [resolve(root, 'bin/fdl.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  const out = { stdout: '', stderr: '' }
  child.stdout.on('data', (c: Buffer) => (out.stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (out.stderr += c.toString()))
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
  const listening = async (): Promise<string> => {
    for (let i = 0; i < 300; i++) {
      const m = /fdl serve: listening on (http:\/\/\S+)\n/.exec(out.stdout)
      if (m) return m[1]!
      if (child.exitCode !== null) throw new Error(`fdl serve exited ${child.exitCode}: ${out.stderr}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`fdl serve did not start: ${out.stderr}`)
  }
  return { child, out, exit, listening }
}

describe('fdl serve (the command)', () => {
  it('listens, logs one line per call, answers a poll in flight on SIGTERM and exits 0', async () => {
    const p = fdl(['serve', 'public/examples/mns-callback.yaml', '--port', '0'])
    const url = await p.listening()
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const listed = await raw(url, { path: '/?Action=ListFlows&Version=2019-03-15' })
    expect(JSON.parse(listed.body).Flows[0].Name).toBe('mns-callback')
    const poll = raw(url, { path: '/queues/fnf-demo/messages?waitseconds=30' })
    await new Promise((r) => setTimeout(r, 200))
    const t0 = Date.now()
    p.child.kill('SIGTERM')
    const answered = await poll
    expect([answered.status, xmlCode(answered.body)]).toEqual([404, 'MessageNotExist'])
    expect(await p.exit).toBe(0)
    expect(Date.now() - t0).toBeLessThan(5000)
    expect(p.out.stdout).toMatch(/^FnF ListFlows -> 200 \(\d+ ms\)$/m)
    expect(p.out.stdout).toMatch(/^MNS ReceiveMessage fnf-demo -> 404 MessageNotExist/m)
  })

  it('--quiet prints only the listening line', async () => {
    const p = fdl(['serve', '--port', '0', '--quiet'])
    const url = await p.listening()
    await raw(url, { path: '/?Action=ListFlows&Version=2019-03-15' })
    p.child.kill('SIGINT')
    expect(await p.exit).toBe(0)
    expect(p.out.stdout).toBe(`fdl serve: listening on ${url}\n`)
  })

  it('exits 2 on a port in use, a usage error or an invalid flow, with one clear line and no stack trace', async () => {
    const blocker = createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()))
    const port = String((blocker.address() as { port: number }).port)
    const busy = fdl(['serve', '--port', port])
    expect(await busy.exit).toBe(2)
    expect(busy.out.stderr).toBe(`fdl serve: cannot listen on 127.0.0.1:${port}: it is in use\n`)
    blocker.close()
    const usage = fdl(['serve', '--speed', '0'])
    expect(await usage.exit).toBe(2)
    expect(usage.out.stderr).toMatch(/^fdl serve: --speed must be a number above 0 \(got 0\)\nUsage: fdl serve/)
    const keys = fdl(['serve', '--access-key-id', 'x'])
    expect(await keys.exit).toBe(2)
    expect(keys.out.stderr).toMatch(/^fdl serve: --access-key-id and --access-key-secret go together/)
    const missing = fdl(['serve', 'no-such.yaml'])
    expect(await missing.exit).toBe(2)
    expect(missing.out.stderr).toBe('fdl: cannot read no-such.yaml: no such file\n')
    const invalid = fdl(['serve', 'package.json'])
    expect(await invalid.exit).toBe(2)
    expect(invalid.out.stderr).toMatch(/package\.json has \d+ errors?; fix/)
    expect(invalid.out.stderr).not.toMatch(/\n\s+at /)
  })
})

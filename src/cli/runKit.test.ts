import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { memoryIo } from './io.ts'
import { runCli } from './runCli.ts'

const three = readFileSync('public/examples/mns-three-tasks.yaml', 'utf8')

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files)
  const code = await runCli(args, io)
  const written = new Map([...io.written].map(([path, text]) => [path.replace('/work/', ''), text]))
  return { code, out: io.out, err: io.err, written, io }
}

describe('fdl kit', () => {
  it('writes the whole kit into --out and exits 0', async () => {
    const r = await run(['kit', 'flows/three.yaml', '--out', 'kit', '--region', 'cn-hangzhou', '--account-id', '1234'], { 'flows/three.yaml': three })
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toBe('fdl kit: wrote 20 files for the flow three to kit\nNext: kit/README.md lists the parts in the order to use them.\n')
    expect(r.written.get('kit/flow.yaml')).toBe(three)
    expect(JSON.parse(r.written.get('kit/ram/execution-policy.json')!).Statement[0].Resource).toEqual(['acs:mns:cn-hangzhou:1234:/queues/fnf-demo/messages'])
    expect(r.written.get('kit/terraform/variables.tf')).toContain('default     = "three"')
    expect([...r.written.keys()].filter((p) => p.startsWith('kit/worker-')).length).toBe(10)
  })

  it('takes --lang, --flow-name and --opt=value', async () => {
    const r = await run(['kit', 'three.yaml', '--out=kit', '--lang', 'python', '--flow-name=orders'], { 'three.yaml': three })
    expect(r.code).toBe(0)
    expect([...r.written.keys()].filter((p) => p.startsWith('kit/worker-')).every((p) => p.startsWith('kit/worker-python/'))).toBe(true)
    expect(r.written.get('kit/aliyun-cli/deploy.sh')).toContain('FLOW_NAME="${FLOW_NAME:-orders}"')
  })

  it('keeps a handler the user edited when run again, and says so', async () => {
    const first = await run(['kit', 'three.yaml', '--out', 'kit'], { 'three.yaml': three })
    const edited = 'export async function handler() { return { mine: true } }\n'
    const files = Object.fromEntries([...first.written].map(([p, t]) => [p, p === 'kit/worker-node/handler.ts' ? edited : t]))
    const second = await run(['kit', 'three.yaml', '--out', 'kit'], { ...files, 'three.yaml': three })
    expect(second.code).toBe(0)
    expect(second.out).toContain('(kept your worker-node/handler.ts)')
    expect(second.written.has('kit/worker-node/handler.ts')).toBe(false)
    expect(second.written.has('kit/worker-python/handler.py')).toBe(true)
  })

  it('exits 1 for a flow with errors, printing them like fdl validate, and writes nothing', async () => {
    const r = await run(['kit', 'bad.yaml', '--out', 'kit'], { 'bad.yaml': 'version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n' })
    expect(r.code).toBe(1)
    expect(r.err).toBe('bad.yaml:4:5: error task-target-missing Task `t` has no target. Add `resourceArn` (acs:fc:::services/SERVICE/functions/FUNCTION, acs:mns:::/queues/QUEUE/messages, acs:mns:::/topics/TOPIC/messages or acs:fnf:::flow/FLOW) or `action` (e.g. fnf:StartExecution).\nfdl kit: The flow has errors; fix them before deploying it. Nothing was written.\n')
    expect(r.written.size).toBe(0)
  })

  it.each([
    [['kit'], 'no FLOW given'],
    [['kit', 'three.yaml'], '--out DIR is required (the folder the kit is written to)'],
    [['kit', 'three.yaml', '--out', 'k', '--lang', 'java'], '--lang takes node, python or both (node,python), not java'],
    [['kit', 'three.yaml', '--out', 'k', '--region', 'Hangzhou'], '--region Hangzhou is not a region id such as cn-hangzhou'],
    [['kit', 'three.yaml', '--out', 'k', '--account-id', 'abc'], '--account-id abc is not an account id (digits only)'],
    [['kit', 'three.yaml', '--out', 'k', '--flow-name', '1 two'], '--flow-name 1 two is not a flow name: use 1–128 letters, digits, _ and -, starting with a letter or _'],
    [['kit', 'three.yaml', '--out', 'k', '--verbose'], 'unknown option --verbose'],
  ])('exits 2 for %j: %s', async (args, message) => {
    const r = await run(args, { 'three.yaml': three })
    expect(r.code).toBe(2)
    expect(r.err.split('\n')[0]).toBe(`fdl kit: ${message}`)
    expect(r.written.size).toBe(0)
  })

  it('exits 2 with one line for an unreadable flow', async () => {
    const r = await run(['kit', 'missing.yaml', '--out', 'k'])
    expect(r).toMatchObject({ code: 2, err: 'fdl: cannot read missing.yaml: no such file\n' })
  })

  it('is listed in fdl --help and has its own help', async () => {
    expect((await run(['--help'])).out).toContain('kit FLOW --out DIR [options]')
    const help = await run(['help', 'kit'])
    expect(help.out).toContain('Usage: fdl kit FLOW --out DIR [--lang node,python] [--region R] [--account-id A] [--flow-name N]')
  })

  it('creates the folders on disk through the real command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fdl-kit-cli-'))
    writeFileSync(join(dir, 'three.yaml'), three)
    const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/fdl.mjs'), 'kit', 'three.yaml', '--out', 'out/kit'], { cwd: dir, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(readdirSync(join(dir, 'out/kit')).sort()).toEqual(['README.md', 'aliyun-cli', 'flow.yaml', 'ram', 'ros', 'terraform', 'worker-node', 'worker-python'])
    expect(readFileSync(join(dir, 'out/kit/worker-node/worker.ts'), 'utf8')).toContain("import MNSClient from '@alicloud/mns'")
  })
})

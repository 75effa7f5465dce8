import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { flowOf, kitFiles, mnsTask, plainTask } from './testing/flows.ts'

/** Writes the kit to a temporary folder, with a stand-in `aliyun` on the PATH (testing/fakeAliyun.mjs). */
function writeKit(files: ReadonlyMap<string, string>): { dir: string; run: (env?: Record<string, string>) => { status: number | null; out: string; err: string }; changes: () => string[]; state: () => { queues: Record<string, unknown>; flows: Record<string, { Definition: string; RoleArn: string }>; policies: Record<string, string> } } {
  const dir = mkdtempSync(join(tmpdir(), 'fdl-kit-'))
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const bin = join(dir, '.bin')
  mkdirSync(bin)
  copyFileSync(join(import.meta.dirname, 'testing/fakeAliyun.mjs'), join(bin, 'aliyun'))
  chmodSync(join(bin, 'aliyun'), 0o755)
  const statePath = join(dir, '.state.json')
  return {
    dir,
    run: (env = {}) => {
      const r = spawnSync('bash', [join(dir, 'aliyun-cli/deploy.sh')], { cwd: tmpdir(), encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, FAKE_ALIYUN_STATE: statePath, ...env } })
      return { status: r.status, out: r.stdout, err: r.stderr }
    },
    changes: () => {
      try {
        return readFileSync(statePath + '.changes', 'utf8').trim().split('\n').map((l) => l.split(' {')[0]!)
      } catch {
        return []
      }
    },
    state: () => JSON.parse(readFileSync(statePath, 'utf8')),
  }
}

const seed = readFileSync('public/examples/mns-callback.yaml', 'utf8')

describe('aliyun-cli/deploy.sh', () => {
  it('is valid bash', () => {
    const files = kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/${queue}/messages'), plainTask('b', 'acs:fnf:::flow/<child>')))
    const r = spawnSync('bash', ['-n'], { input: files.get('aliyun-cli/deploy.sh'), encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('creates the queues, role, policies and flow, and a second run changes nothing', () => {
    const kit = writeKit(kitFiles(seed, { sourceName: 'mns-callback', region: 'cn-hangzhou' }))
    const first = kit.run({ WORKER_RAM_USER: 'worker' })
    expect(first.err).toBe('')
    expect(first.status).toBe(0)
    expect(kit.changes()).toEqual([
      'mns-open CreateQueue', 'ram CreatePolicy', 'ram CreateRole', 'ram AttachPolicyToRole', 'ram CreatePolicy', 'ram AttachPolicyToUser', 'fnf CreateFlow',
    ])
    expect(kit.state().flows['mns-callback']).toMatchObject({ Definition: seed.trimEnd(), RoleArn: 'acs:ram::1234:role/fnf-mns-callback-execution' })
    expect(first.out).toContain('aliyun fnf StartExecution --region cn-hangzhou --FlowName mns-callback --ExecutionName run-1')
    expect(first.out).toContain('aliyun fnf DescribeExecution --region cn-hangzhou --FlowName mns-callback --ExecutionName run-1')

    const second = kit.run({ WORKER_RAM_USER: 'worker' })
    expect(second.status).toBe(0)
    expect(kit.changes()).toHaveLength(7)
    expect(second.out).toContain('deploy: flow mns-callback: unchanged')
    expect(second.out).toContain('deploy: queue fnf-demo: exists')
  })

  it('updates only what the flow changed', () => {
    const kit = writeKit(kitFiles(seed, { sourceName: 'mns-callback', region: 'cn-hangzhou' }))
    kit.run()
    const edited = seed.replace('Priority: 1', 'Priority: 2').replace('queues/fnf-demo', 'queues/fnf-other')
    const again = writeKit(kitFiles(edited, { sourceName: 'mns-callback', region: 'cn-hangzhou' }))
    copyFileSync(join(kit.dir, '.state.json'), join(again.dir, '.state.json'))
    expect(again.run().status).toBe(0)
    expect(again.changes()).toEqual(['mns-open CreateQueue', 'ram CreatePolicyVersion', 'ram CreatePolicyVersion', 'fnf UpdateFlow'])
  })

  it('fills placeholders from the environment, and refuses to run without them', () => {
    const kit = writeKit(kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/${queue}/messages')), { region: 'cn-shanghai' }))
    const missing = kit.run()
    expect(missing.status).not.toBe(0)
    expect(missing.err).toContain('QUEUE: set QUEUE: it replaces ${queue} in the flow')
    expect(kit.run({ QUEUE: 'jobs & more' }).status).toBe(0)
    const state = kit.state()
    expect(Object.keys(state.queues)).toEqual(['jobs & more'])
    expect(state.flows['flow']!.Definition).toContain('resourceArn: acs:mns:::/queues/jobs & more/messages')
    expect(JSON.parse(state.policies['fnf-flow-worker']!).Statement[1].Resource).toEqual(['acs:mns:cn-shanghai:*:/queues/jobs & more/messages'])
  })
})

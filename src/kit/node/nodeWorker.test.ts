import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { file, flowOf, kitFiles, mnsTask } from '../testing/flows.ts'
import { installNodeWorker, workerBin } from '../testing/installNodeWorker.ts'

describe('worker-node/', () => {
  it('pins exact versions of the official packages and starts with npm start', () => {
    const pkg = JSON.parse(file(kitFiles(readFileSync('public/examples/mns-callback.yaml', 'utf8')), 'worker-node/package.json'))
    expect(pkg.scripts.start).toBe('tsx worker.ts')
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['@alicloud/mns', '@alicloud/openapi-client', '@alicloud/credentials']))
    for (const version of [...Object.values(pkg.dependencies), ...Object.values(pkg.devDependencies)]) expect(version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('typechecks against the real npm packages its package.json installs', { timeout: 240_000 }, () => {
    const files = kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/${queue}/messages'), mnsTask('b', 'acs:mns:cn-hangzhou:42:/queues/jobs/messages', 'task_token')))
    const dir = installNodeWorker(files)
    const r = spawnSync(workerBin(dir, 'tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('fails to typecheck when the handler breaks the contract (the check is real)', { timeout: 240_000 }, () => {
    const files = new Map(kitFiles(readFileSync('public/examples/mns-callback.yaml', 'utf8')))
    files.set('worker-node/handler.ts', file(files, 'worker-node/handler.ts').replace('return input', 'return 42'))
    const dir = installNodeWorker(files)
    const r = spawnSync(workerBin(dir, 'tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })
    expect(r.stdout).toContain("error TS2322: Type 'number' is not assignable to type 'Record<string, unknown>'")
    expect(r.status).not.toBe(0)
  })
})

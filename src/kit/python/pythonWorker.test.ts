import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { file, flowOf, kitFiles, mnsTask } from '../testing/flows.ts'

// PyPI is out of reach here, so the SDKs cannot be installed: the worker is compiled, and its calls are read
// with Python's own parser and checked against PLATFORM.md §1.4 (what the SDK sources define).
interface Call { name: string; args: unknown[]; keywords: string[] }
interface Shape { calls: Call[]; imports: string[]; assigns: Record<string, unknown>; attributes: string[]; compares: unknown[][]; slices: [string, number][] }

let dir = ''
let shape: Shape
const calls = (name: string) => shape.calls.filter((c) => c.name === name || c.name.endsWith('.' + name))

beforeAll(() => {
  const files = kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/${queue}/messages'), mnsTask('b', 'acs:mns:cn-hangzhou:42:/queues/jobs/messages', 'task_token')))
  dir = mkdtempSync(join(tmpdir(), 'fdl-kit-py-'))
  for (const name of ['worker.py', 'handler.py', 'queues.py', 'requirements.txt']) writeFileSync(join(dir, name), file(files, `worker-python/${name}`))
  const r = spawnSync('python3', [join(import.meta.dirname, '../testing/pythonCalls.py'), join(dir, 'worker.py')], { encoding: 'utf8' })
  expect(r.stderr).toBe('')
  shape = JSON.parse(r.stdout)
})

describe('worker-python/', () => {
  it('compiles (python3 -m py_compile) and pins the three SDKs', () => {
    const r = spawnSync('python3', ['-m', 'py_compile', 'worker.py', 'handler.py', 'queues.py'], { cwd: dir, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(readFileSync(join(dir, 'requirements.txt'), 'utf8')).toBe('aliyun-mns-sdk==1.3.0\nalibabacloud_fnf20190315==2.0.1\nalibabacloud-credentials==1.0.12\n')
  })

  it('imports what §1.4 names', () => {
    expect(shape.imports).toEqual(expect.arrayContaining([
      'from mns.account import Account', 'from mns.mns_exception import MNSServerException', 'from mns.auth import Credentials',
      'from alibabacloud_fnf20190315.client import Client', 'from alibabacloud_fnf20190315 import models',
      'from alibabacloud_tea_openapi import models', 'from alibabacloud_credentials.client import Client',
    ]))
  })

  it('reads raw bodies: set_encoding(False) on every queue, long polls of at most 30 s', () => {
    expect(calls('set_encoding')).toEqual([{ name: 'queue.set_encoding', args: [false], keywords: [] }])
    expect(calls('get_queue')).toHaveLength(1)
    expect(calls('receive_message')).toEqual([{ name: 'queue.receive_message', args: ['WAIT_SECONDS'], keywords: [] }])
    expect(shape.assigns['WAIT_SECONDS']).toBeLessThanOrEqual(30)
    expect(calls('Account')).toEqual([{ name: 'Account', args: ['host'], keywords: ['credentials_provider'] }])
    // An empty long poll is MNSServerException with type MessageNotExist.
    expect(shape.compares).toContainEqual(['e.type', 'NotEq', 'MessageNotExist'])
  })

  it('uses only message fields the SDK decodes, and keeps the handle change_message_visibility returns', () => {
    const nine = ['message_body', 'receipt_handle', 'message_id', 'dequeue_count', 'enqueue_time', 'first_dequeue_time', 'next_visible_time', 'priority', 'message_body_md5']
    const used = shape.attributes.filter((a) => a.startsWith('message.')).map((a) => a.slice('message.'.length))
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter((f) => !nine.includes(f))).toEqual([])
    expect(calls('change_message_visibility')).toEqual([{ name: 'self.queue.change_message_visibility', args: ['self.handle', 'VISIBILITY_TIMEOUT'], keywords: [] }])
    expect(shape.attributes).toContain('self.queue.change_message_visibility().receipt_handle')
    expect(calls('delete_message')).toEqual([{ name: 'queue.delete_message', args: ['handle'], keywords: [] }])
  })

  it('reports with the request models and fields of §1.4, error ≤ 128 and cause ≤ 4096 characters', () => {
    expect(calls('ReportTaskSucceededRequest')).toEqual([{ name: 'fnf_models.ReportTaskSucceededRequest', args: [], keywords: ['output', 'task_token'] }])
    expect(calls('ReportTaskFailedRequest')).toEqual([{ name: 'fnf_models.ReportTaskFailedRequest', args: [], keywords: ['cause', 'error', 'task_token'] }])
    expect(calls('report_task_succeeded')).toEqual([{ name: 'fnf.report_task_succeeded', args: ['request'], keywords: [] }])
    expect(calls('report_task_failed')).toEqual([{ name: 'fnf.report_task_failed', args: ['request'], keywords: [] }])
    expect(shape.slices).toEqual(expect.arrayContaining([['error', 128], ['cause', 4096]]))
    for (const config of calls('Config')) {
      expect(config.name).toBe('open_api_models.Config')
      expect(config.keywords.every((k) => ['credential', 'endpoint', 'protocol', 'region_id'].includes(k))).toBe(true)
    }
    expect(calls('FnfClient')).toEqual([{ name: 'FnfClient', args: ['config'], keywords: [] }])
  })

  it('reads bodies as JSON or base64 JSON and takes the token from the flow\'s key (SDK modules stubbed only to import it)', () => {
    const stubs = ['mns', 'mns.account', 'mns.auth', 'mns.mns_exception', 'alibabacloud_credentials', 'alibabacloud_credentials.client', 'alibabacloud_fnf20190315', 'alibabacloud_fnf20190315.client', 'alibabacloud_tea_openapi']
    const script = `
import sys, types, json, base64
for name in ${JSON.stringify(stubs)}:
    m = types.ModuleType(name)
    m.Account = m.Credentials = m.MNSServerException = m.Client = m.models = type("Stub", (), {"__init__": lambda self, *a, **k: None, "Config": lambda *a, **k: None})
    sys.modules[name] = m
sys.modules["alibabacloud_fnf20190315"].models = sys.modules["alibabacloud_tea_openapi"].models = types.SimpleNamespace(Config=lambda **k: k)
import worker
body = {"taskToken": "t-1", "key": "v"}
print(json.dumps([
    worker.parse_body(json.dumps(body)),
    worker.parse_body(base64.b64encode(json.dumps(body).encode()).decode()),
    worker.parse_body(json.dumps(body).encode()),
    worker.parse_body("not json"),
    worker.parse_body("[1, 2]"),
    worker.take_token(body, [["task_token"], ["taskToken"]]),
    worker.take_token({"ctx": {"token": "t-2"}}, [["ctx", "token"]]),
    worker.take_token({"key": "v"}, [["taskToken"]]),
]))
`
    const r = spawnSync('python3', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, QUEUE: 'q', FNF_ENDPOINT: 'http://127.0.0.1:1' } })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual([
      { taskToken: 't-1', key: 'v' }, { taskToken: 't-1', key: 'v' }, { taskToken: 't-1', key: 'v' }, null, null,
      ['t-1', { key: 'v' }], ['t-2', { ctx: { token: 't-2' } }], null,
    ])
  })

  it('lists the queues with their token keys, reading placeholders from the environment', () => {
    const queues = readFileSync(join(dir, 'queues.py'), 'utf8')
    const r = spawnSync('python3', ['-c', 'import json, queues; print(json.dumps(queues.QUEUES))'], { cwd: dir, encoding: 'utf8', env: { ...process.env, QUEUE: 'from-env' } })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual([
      { name: 'from-env', region: '', account_id: '', token_paths: [['taskToken']], steps: ['a'] },
      { name: 'jobs', region: 'cn-hangzhou', account_id: '42', token_paths: [['task_token']], steps: ['b'] },
    ])
    expect(queues).toContain('required("QUEUE")')
  })
})

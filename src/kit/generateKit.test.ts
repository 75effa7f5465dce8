import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateKit } from './generateKit.ts'
import { file, flowOf, kitFiles, mnsTask, plainTask } from './testing/flows.ts'

const seed = readFileSync('public/examples/mns-callback.yaml', 'utf8')

describe('generateKit', () => {
  it('writes every part of the kit, the flow file as given included', () => {
    const files = kitFiles(seed, { sourceName: 'mns-callback' })
    expect([...files.keys()].sort()).toEqual([
      'README.md', 'aliyun-cli/deploy.sh', 'flow.yaml', 'ram/execution-policy.json', 'ram/trust-policy.json', 'ram/worker-policy.json', 'ros/template.yaml',
      'terraform/main.tf', 'terraform/outputs.tf', 'terraform/variables.tf',
      'worker-node/alicloud-mns.d.ts', 'worker-node/handler.ts', 'worker-node/package.json', 'worker-node/queues.ts', 'worker-node/tsconfig.json', 'worker-node/worker.ts',
      'worker-python/handler.py', 'worker-python/queues.py', 'worker-python/requirements.txt', 'worker-python/worker.py',
    ])
    expect(file(files, 'flow.yaml')).toBe(seed)
  })

  it('reads the token from the key the flow maps it to, per queue', () => {
    const files = kitFiles(flowOf(
      mnsTask('a', 'acs:mns:::/queues/q/messages', 'task_token'),
      mnsTask('b', 'acs:mns:::/queues/q/messages', 'cb'),
      mnsTask('c', 'acs:mns:cn-beijing:77:/queues/other/messages', 'taskToken'),
    ))
    const queues = file(files, 'worker-node/queues.ts')
    expect(queues).toContain(`name: 'q',\n    region: '',\n    accountId: '',\n    // Where the task token is in the body (the input mapping target of $context.task.token).\n    tokenPaths: [["task_token"],["cb"]],\n    steps: ["a","b"],`)
    expect(queues).toContain(`name: 'other',\n    region: 'cn-beijing',\n    accountId: '77',`)
    expect(file(files, 'worker-python/queues.py')).toContain(`"name": "q",\n        "region": "",\n        "account_id": "",\n        # Where the task token is in the body (the input mapping target of $context.task.token).\n        "token_paths": [["task_token"],["cb"]],`)
    expect(file(files, 'README.md')).toContain('| `q` | the flow\'s own | the flow\'s own | `b` | waitForCallback | `2` | — | `cb` |')
  })

  it('follows a token passed as $context.task into its `token` key', () => {
    const text = flowOf(mnsTask('a', 'acs:mns:::/queues/q/messages', 'ctx').replace('$context.task.token', '$context.task'))
    expect(file(kitFiles(text), 'worker-node/queues.ts')).toContain('tokenPaths: [["ctx","token"]]')
  })

  it('generates no worker for a flow that passes no token, and says why', () => {
    const files = kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/q/messages', null), plainTask('b', 'acs:fc:::services/s/functions/f')))
    expect([...files.keys()].filter((p) => p.startsWith('worker-'))).toEqual([])
    expect(file(files, 'README.md')).toContain('**No worker is generated**: the flow waits on no MNS queue with a task token a worker could read. The tasks that wait:\n- `a` → `q`: task `a` passes no task token (no input mapping reads `$context.task.token`), so a worker could never report back.')
    expect(JSON.parse(file(files, 'ram/worker-policy.json')).Statement).toHaveLength(1)
  })

  it('says why a token sent in another body than `$` cannot be read', () => {
    const files = kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/q/messages').replace('MessageBody: $', 'MessageBody: $.payload')))
    expect(file(files, 'README.md')).toContain('task `a` sends `MessageBody: "$.payload"`, not `$`, so the token it maps to `taskToken` is not known to be in the message')
  })

  it('writes only the worker languages asked for', () => {
    const paths = [...kitFiles(seed, { langs: ['python'] }).keys()]
    expect(paths.filter((p) => p.startsWith('worker-')).every((p) => p.startsWith('worker-python/'))).toBe(true)
    expect(file(kitFiles(seed, { langs: ['python'] }), 'README.md')).not.toContain('worker-node/')
  })

  it('names the flow after the option, else its `name:`, else the source', () => {
    expect(generateKit(seed, { sourceName: 'seed' })).toMatchObject({ ok: true, model: { flowName: 'seed', roleName: 'fnf-seed-execution' } })
    expect(generateKit(`name: named\n${seed}`, { sourceName: 'seed' })).toMatchObject({ ok: true, model: { flowName: 'named' } })
    expect(generateKit(seed, { sourceName: 'seed', flowName: 'chosen' })).toMatchObject({ ok: true, model: { flowName: 'chosen' } })
    expect(generateKit(seed, { flowName: '9 bad name' })).toMatchObject({ ok: false, errors: [], message: '`9 bad name` cannot be a flow name: use 1–128 letters, digits, _ and -, starting with a letter or _.' })
  })

  it('refuses a flow with errors, with the errors', () => {
    const result = generateKit('version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['task-target-missing'])
  })

  it('accepts placeholder ARNs (the validator warns) and keeps a JSON flow as flow.json', () => {
    const json = JSON.stringify({ version: 'v1', type: 'flow', steps: [{ type: 'task', name: 't', resourceArn: 'acs:mns:::/queues/<queue>/messages', pattern: 'waitForCallback', inputMappings: [{ target: 'token', source: '$context.task.token' }], serviceParams: { MessageBody: '$' } }] })
    const result = generateKit(json)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.files.find((f) => f.path === 'flow.json')?.text).toBe(json)
      expect(result.model.variables).toEqual([{ name: 'queue', placeholders: ['<queue>'] }])
    }
  })
})

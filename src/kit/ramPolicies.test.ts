import { describe, expect, it } from 'vitest'
import { file, flowOf, kitFiles, mnsTask, plainTask } from './testing/flows.ts'

const policy = (files: ReadonlyMap<string, string>, name: string) => JSON.parse(file(files, `ram/${name}.json`)) as { Version: string; Statement: { Effect: string; Action: string[]; Resource: string[] }[] }

describe('ram/ policies', () => {
  it('trust the Serverless Workflow service to assume the execution role', () => {
    const trust = JSON.parse(file(kitFiles(flowOf(mnsTask('t', 'acs:mns:::/queues/q/messages'))), 'ram/trust-policy.json'))
    expect(trust).toEqual({ Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: ['fnf.aliyuncs.com'] } }], Version: '1' })
  })

  it('allow exactly what the flow calls, one statement per integration kind', () => {
    const files = kitFiles(flowOf(
      mnsTask('a', 'acs:mns:::/queues/orders/messages'),
      mnsTask('b', 'acs:mns:::/queues/orders/messages'),
      mnsTask('c', 'acs:mns:cn-shanghai:1234:/queues/audit/messages', null, 'requestResponse'),
      mnsTask('d', 'acs:mns:::/topics/news/messages', 'taskToken'),
      plainTask('e', 'acs:fc:::services/svc/functions/resize'),
      plainTask('f', 'acs:fnf:::flow/child', 'sync'),
      '  - type: task\n    name: g\n    action: fnf:StartExecution\n',
    ))
    expect(policy(files, 'execution-policy')).toEqual({
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: ['mns:SendMessage'], Resource: ['acs:mns:*:*:/queues/orders/messages', 'acs:mns:cn-shanghai:1234:/queues/audit/messages'] },
        { Effect: 'Allow', Action: ['mns:PublishMessage'], Resource: ['acs:mns:*:*:/topics/news/messages'] },
        { Effect: 'Allow', Action: ['fc:InvokeFunction'], Resource: ['acs:fc:*:*:services/svc/functions/resize'] },
        // RAM spells child flows `flows/NAME/executions/*`; the flow wrote `flow/child`.
        { Effect: 'Allow', Action: ['fnf:StartExecution'], Resource: ['acs:fnf:*:*:flows/child/executions/*'] },
        { Effect: 'Allow', Action: ['fnf:StartExecution'], Resource: ['*'] },
      ],
    })
  })

  it('give the worker its polled queues and the report calls, nothing more', () => {
    const files = kitFiles(flowOf(
      mnsTask('a', 'acs:mns:::/queues/jobs/messages'),
      mnsTask('b', 'acs:mns:::/queues/fire-and-forget/messages', null, 'requestResponse'),
      plainTask('c', 'acs:fc:::services/svc/functions/f'),
    ))
    expect(policy(files, 'worker-policy').Statement).toEqual([
      { Effect: 'Allow', Action: ['fnf:ReportTaskSucceeded', 'fnf:ReportTaskFailed'], Resource: ['*'] },
      { Effect: 'Allow', Action: ['mns:ReceiveMessage', 'mns:DeleteMessage', 'mns:ChangeMessageVisibility'], Resource: ['acs:mns:*:*:/queues/jobs/messages'] },
    ])
  })

  it('take region and account from the ARN, else from the options', () => {
    const files = kitFiles(flowOf(mnsTask('a', 'acs:mns:::/queues/q1/messages'), mnsTask('b', 'acs:mns:cn-beijing:999:/queues/q2/messages')), { region: 'cn-hangzhou', accountId: '1234' })
    expect(policy(files, 'execution-policy').Statement[0]!.Resource).toEqual(['acs:mns:cn-hangzhou:1234:/queues/q1/messages', 'acs:mns:cn-beijing:999:/queues/q2/messages'])
  })

  it('keep placeholder ARNs as placeholders, in every spelling', () => {
    const files = kitFiles(flowOf(
      mnsTask('a', 'acs:mns:${region}:${account}:/queues/${queue}/messages'),
      plainTask('b', 'acs:fc:::services/<service-name>/functions/{functionName}'),
      plainTask('c', 'acs:fnf:::flow/child-${env}'),
    ))
    expect(policy(files, 'execution-policy').Statement.map((s) => s.Resource)).toEqual([
      ['acs:mns:${region}:${account}:/queues/${queue}/messages'],
      ['acs:fc:*:*:services/<service-name>/functions/{functionName}'],
      ['acs:fnf:*:*:flows/child-${env}/executions/*'],
    ])
    expect(policy(files, 'worker-policy').Statement[1]!.Resource).toEqual(['acs:mns:${region}:${account}:/queues/${queue}/messages'])
  })

  it('are empty of resources for a flow that calls nothing', () => {
    const files = kitFiles('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: p\n')
    expect(policy(files, 'execution-policy').Statement).toEqual([])
    expect(file(files, 'README.md')).toContain('No worker is generated')
  })
})

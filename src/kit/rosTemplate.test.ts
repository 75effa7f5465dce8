import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { file, flowOf, kitFiles, mnsTask, plainTask } from './testing/flows.ts'

interface Resource { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }
const template = (files: ReadonlyMap<string, string>) => parse(file(files, 'ros/template.yaml')) as { ROSTemplateFormatVersion: string; Parameters: Record<string, unknown>; Resources: Record<string, Resource> }
const ofType = (t: ReturnType<typeof template>, type: string) => Object.values(t.Resources).filter((r) => r.Type === type)

describe('ros/template.yaml', () => {
  it('holds a queue per queue, the role with its policy, the worker policy and the flow with its definition inline', () => {
    const flow = readFileSync('public/examples/mns-three-tasks.yaml', 'utf8')
    const t = template(kitFiles(flow, { sourceName: 'three' }))
    expect(t.ROSTemplateFormatVersion).toBe('2015-09-01')
    expect(ofType(t, 'ALIYUN::MNS::Queue').map((q) => q.Properties['QueueName'])).toEqual(['fnf-demo'])
    const [role] = ofType(t, 'ALIYUN::RAM::Role')
    expect(role!.Properties['AssumeRolePolicyDocument']).toEqual({ Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: ['fnf.aliyuncs.com'] } }], Version: '1' })
    const policies = ofType(t, 'ALIYUN::RAM::ManagedPolicy')
    expect(policies.map((p) => p.Properties['PolicyName'])).toEqual(['fnf-three-execution', 'fnf-three-worker'])
    expect(policies[0]!.Properties['Roles']).toEqual([{ 'Fn::GetAtt': ['ExecutionRole', 'RoleName'] }])
    expect(policies[0]!.Properties['PolicyDocument']).toEqual({ Version: '1', Statement: [{ Effect: 'Allow', Action: ['mns:SendMessage'], Resource: ['acs:mns:*:*:/queues/fnf-demo/messages'] }] })
    const [fnf] = ofType(t, 'ALIYUN::FNF::Flow')
    expect(fnf!.Properties).toMatchObject({ Name: { Ref: 'FlowName' }, RoleArn: { 'Fn::GetAtt': ['ExecutionRole', 'Arn'] }, Definition: flow })
    expect(fnf!.Properties).not.toHaveProperty('Type') // ALIYUN::FNF::Flow has none (PLATFORM §2.4)
    expect(fnf!.DependsOn).toEqual(['QueueFnfDemo', 'ExecutionPolicy'])
    expect(t.Parameters['FlowName']).toMatchObject({ Type: 'String', Default: 'three' })
  })

  it('names exactly the flow\'s resources in its policies', () => {
    const t = template(kitFiles(flowOf(plainTask('f', 'acs:fc:cn-hangzhou:42:services/s/functions/f'), plainTask('c', 'acs:fnf:::flow/child'))))
    expect(ofType(t, 'ALIYUN::MNS::Queue')).toEqual([])
    expect((ofType(t, 'ALIYUN::RAM::ManagedPolicy')[0]!.Properties['PolicyDocument'] as { Statement: unknown[] }).Statement).toEqual([
      { Effect: 'Allow', Action: ['fc:InvokeFunction'], Resource: ['acs:fc:cn-hangzhou:42:services/s/functions/f'] },
      { Effect: 'Allow', Action: ['fnf:StartExecution'], Resource: ['acs:fnf:*:*:flows/child/executions/*'] },
    ])
  })

  it('turns placeholders into parameters: Fn::Sub in names and policies, Fn::Replace over the definition', () => {
    const text = flowOf(mnsTask('a', 'acs:mns:::/queues/${queue}/messages'), mnsTask('b', 'acs:mns:::/queues/<queue-name>/messages'))
    const t = template(kitFiles(text))
    expect(t.Parameters).toMatchObject({ Queue: { Type: 'String' }, QueueName: { Type: 'String' } })
    expect(ofType(t, 'ALIYUN::MNS::Queue').map((q) => q.Properties['QueueName'])).toEqual([{ 'Fn::Sub': '${Queue}' }, { 'Fn::Sub': '${QueueName}' }])
    const worker = ofType(t, 'ALIYUN::RAM::ManagedPolicy')[1]!.Properties['PolicyDocument'] as { Statement: { Resource: unknown[] }[] }
    expect(worker.Statement[1]!.Resource).toEqual([{ 'Fn::Sub': 'acs:mns:*:*:/queues/${Queue}/messages' }, { 'Fn::Sub': 'acs:mns:*:*:/queues/${QueueName}/messages' }])
    expect(ofType(t, 'ALIYUN::FNF::Flow')[0]!.Properties['Definition']).toEqual({ 'Fn::Replace': [{ '${queue}': { Ref: 'Queue' }, '<queue-name>': { Ref: 'QueueName' } }, text] })
  })
})

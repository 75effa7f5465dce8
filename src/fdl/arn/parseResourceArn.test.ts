import { describe, expect, it } from 'vitest'
import { parseResourceArn, buildResourceArn } from './resourceArn.ts'

describe('parseResourceArn / buildResourceArn', () => {
  it.each([
    ['acs:mns:::/queues/fnf-demo/messages', { kind: 'mns-queue', queue: 'fnf-demo', region: '', account: '' }],
    ['acs:mns:cn-hangzhou:123:/topics/t1/messages', { kind: 'mns-topic', topic: 't1', region: 'cn-hangzhou', account: '123' }],
    ['acs:fc:::services/demo/functions/f1', { kind: 'fc', service: 'demo', function: 'f1', region: '', account: '' }],
    ['acs:fnf:::flow/child', { kind: 'flow', flow: 'child', region: '', account: '' }],
  ])('reads %s and writes it back unchanged', (arn, integration) => {
    expect(parseResourceArn(arn)).toEqual(integration)
    expect(buildResourceArn(parseResourceArn(arn)!)).toBe(arn)
  })

  it.each(['acs:mns:::/queues//messages', 'acs:mns:::queues/q/messages', 'arn:aws:sqs:q', 'acs:fc:::services/s', ''])(
    'rejects the malformed ARN %j',
    (arn) => expect(parseResourceArn(arn)).toBeNull(),
  )
})

import { afterEach, describe, expect, it } from 'vitest'
import { mnsClient } from './testing/sdk.ts'
import { example, startTestServer } from './testing/startTestServer.ts'

let stop: (() => Promise<void>) | null = null
afterEach(async () => {
  await stop?.()
  stop = null
})

async function server(speed = 1) {
  const s = await startTestServer({ flows: { 'mns-callback': example('mns-callback') }, speed })
  stop = () => s.close()
  return { s, mns: mnsClient(s.url) }
}

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error)

describe('MNS queues through @alicloud/mns', () => {
  it('a message not deleted comes back after its visibility timeout with DequeueCount 2 and a new handle', async () => {
    const { mns } = await server(100) // 30 s of visibility timeout pass in 0.3 s
    await mns.sendMessage('fnf-demo', { MessageBody: 'job-1' })
    const first = await mns.receiveMessage('fnf-demo', 1)
    expect(first.body.DequeueCount).toBe('1')
    const second = await mns.receiveMessage('fnf-demo', 30)
    expect(second.body).toMatchObject({ MessageId: first.body.MessageId, MessageBody: 'job-1', DequeueCount: '2' })
    expect(second.body.ReceiptHandle).not.toBe(first.body.ReceiptHandle)
    expect(Number(second.body.FirstDequeueTime)).toBe(Number(first.body.FirstDequeueTime))
    const stale = await errorOf(mns.deleteMessage('fnf-demo', first.body.ReceiptHandle!))
    expect(stale?.name).toBe('MNSMessageNotExistError')
    expect((await mns.deleteMessage('fnf-demo', second.body.ReceiptHandle!)).code).toBe(204)
  })

  it('an empty long poll ends with MessageNotExist after its wait, not before', async () => {
    const { mns } = await server()
    const t0 = performance.now()
    const e = await errorOf(mns.receiveMessage('fnf-demo', 1))
    const waited = performance.now() - t0
    expect(e?.name).toBe('MNSMessageNotExistError')
    expect(waited).toBeGreaterThanOrEqual(950)
    expect(waited).toBeLessThan(5000)
  })

  it('a long poll is answered within 100 ms of a send', async () => {
    const { mns } = await server()
    const poll = mns.receiveMessage('fnf-demo', 20).then((r) => ({ r, at: performance.now() }))
    await new Promise((r) => setTimeout(r, 300))
    const sentAt = performance.now()
    await mns.sendMessage('fnf-demo', { MessageBody: 'wake up' })
    const { r, at } = await poll
    expect(r.body.MessageBody).toBe('wake up')
    expect(at - sentAt).toBeLessThan(100)
  })

  it('ChangeMessageVisibility gives a new handle and refuses the old one', async () => {
    const { mns } = await server()
    await mns.sendMessage('fnf-demo', { MessageBody: 'long job' })
    const got = await mns.receiveMessage('fnf-demo', 1)
    const changed = await mns.changeMessageVisibility('fnf-demo', got.body.ReceiptHandle!, 60)
    expect(changed.body.ReceiptHandle).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(changed.body.ReceiptHandle).not.toBe(got.body.ReceiptHandle)
    expect(Number(changed.body.NextVisibleTime)).toBeGreaterThan(Number(got.body.NextVisibleTime))
    expect((await errorOf(mns.changeMessageVisibility('fnf-demo', got.body.ReceiptHandle!, 60)))?.name).toBe('MNSMessageNotExistError')
    expect((await errorOf(mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)))?.name).toBe('MNSMessageNotExistError')
    expect((await errorOf(mns.deleteMessage('fnf-demo', 'never-issued')))?.name).toBe('MNSReceiptHandleErrorError')
    expect((await mns.deleteMessage('fnf-demo', changed.body.ReceiptHandle!)).code).toBe(204)
  })

  it('batch send, peek, batch receive in priority order, batch delete with a partial failure', async () => {
    const { mns } = await server()
    await mns.batchSendMessage('fnf-demo', [{ MessageBody: 'low', Priority: 10 }, { MessageBody: 'high', Priority: 1 }, { MessageBody: 'mid', Priority: 5 }])
    const peeked = await mns.peekMessage('fnf-demo')
    expect(peeked.body).toMatchObject({ MessageBody: 'high', DequeueCount: '0' })
    const many = await mns.batchPeekMessage('fnf-demo', 16)
    expect((many.body as Record<string, string>[]).map((m) => m.MessageBody)).toEqual(['high', 'mid', 'low'])
    const got = await mns.batchReceiveMessage('fnf-demo', 2, 1)
    const list = got.body as Record<string, string>[]
    expect(list.map((m) => m.MessageBody)).toEqual(['high', 'mid'])
    const r = await mns.batchDeleteMessage('fnf-demo', [list[0]!.ReceiptHandle!, 'bogus-handle'])
    expect(r.code).toBe(404)
    expect(r.body).toEqual([expect.objectContaining({ ErrorCode: 'ReceiptHandleError', ReceiptHandle: 'bogus-handle' })])
    const rest = await mns.receiveMessage('fnf-demo', 1)
    expect(rest.body.MessageBody).toBe('low')
  })

  it('queue setup calls: create with attributes, attributes and counts, list, delete; unknown queues are refused', async () => {
    const { mns } = await server()
    expect((await mns.createQueue('jobs', { VisibilityTimeout: 5, PollingWaitSeconds: 1 })).code).toBe(201)
    await mns.sendMessage('jobs', { MessageBody: 'x' })
    const attrs = await mns.getQueueAttributes('jobs')
    expect(attrs.body).toMatchObject({ QueueName: 'jobs', VisibilityTimeout: '5', PollingWaitSeconds: '1', ActiveMessages: '1', InactiveMessages: '0' })
    const got = await mns.receiveMessage('jobs')
    expect(Number(got.body.NextVisibleTime) - Number(got.body.FirstDequeueTime)).toBe(5000)
    const flowQueue = await mns.getQueueAttributes('fnf-demo')
    expect(flowQueue.body.QueueName).toBe('fnf-demo')
    const listed = await mns.listQueue()
    expect(JSON.stringify(listed.body)).toContain('/queues/jobs')
    expect(JSON.stringify(listed.body)).toContain('/queues/fnf-demo')
    expect((await mns.deleteQueue('jobs')).code).toBe(204)
    expect((await errorOf(mns.sendMessage('jobs', { MessageBody: 'x' })))?.name).toBe('MNSQueueNotExistError')
    expect((await errorOf(mns.receiveMessage('no-such-queue', 1)))?.name).toBe('MNSQueueNotExistError')
  })
})

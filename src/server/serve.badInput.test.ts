import { connect } from 'node:net'
import { Agent } from 'node:http'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fnfClient, mnsClient } from './testing/sdk.ts'
import { raw, xmlCode } from './testing/rawHttp.ts'
import { example, startTestServer } from './testing/startTestServer.ts'

let s: Awaited<ReturnType<typeof startTestServer>>
beforeAll(async () => {
  s = await startTestServer({ flows: { 'mns-callback': example('mns-callback') }, bodyTimeoutMs: 300 })
})
afterAll(() => s.close())

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error & { code?: string })
const stillServing = async () => expect((await fnfClient(s.url).describeFlow({ Name: 'mns-callback' })).Name).toBe('mns-callback')

describe('bad input gets the service error, and the server keeps serving', () => {
  it('malformed XML (an unescaped < from the Node SDK) is MalformedXML; a body over 64 KB is MessageTooLarge', async () => {
    const mns = mnsClient(s.url)
    expect((await errorOf(mns.sendMessage('fnf-demo', { MessageBody: 'a < b && c' })))?.name).toBe('MNSMalformedXMLError')
    expect((await errorOf(mns.sendMessage('fnf-demo', { MessageBody: 'x'.repeat(65_537) })))?.name).toBe('MNSMessageTooLargeError')
    const r = await raw(s.url, { method: 'POST', path: '/queues/fnf-demo/messages', headers: { 'content-type': 'text/xml' }, body: '<Message><MessageBody>ok</MessageBody>' })
    expect([r.status, xmlCode(r.body)]).toEqual([400, 'MalformedXML'])
    const noBody = await raw(s.url, { method: 'POST', path: '/queues/fnf-demo/messages', body: '<Message><Priority>1</Priority></Message>' })
    expect([noBody.status, xmlCode(noBody.body)]).toEqual([400, 'InvalidArgument'])
    const badPriority = await raw(s.url, { method: 'POST', path: '/queues/fnf-demo/messages', body: '<Message><MessageBody>x</MessageBody><Priority>99</Priority></Message>' })
    expect([badPriority.status, xmlCode(badPriority.body)]).toEqual([400, 'InvalidArgument'])
    const badWait = await raw(s.url, { path: '/queues/fnf-demo/messages?waitseconds=31' })
    expect([badWait.status, xmlCode(badWait.body)]).toEqual([400, 'InvalidArgument'])
    await stillServing()
  })

  it('malformed JSON, missing and unknown parameters, unknown actions and paths', async () => {
    const json = await raw(s.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-acs-action': 'DescribeFlow' }, body: '{"Name": ' })
    expect([json.status, JSON.parse(json.body).Code]).toEqual([400, 'InvalidArgument'])
    const noAction = await raw(s.url, { path: '/?Version=2019-03-15' })
    expect([noAction.status, JSON.parse(noAction.body).Code]).toEqual([400, 'MissingRequiredParams'])
    const unknown = await raw(s.url, { path: '/?Action=LaunchRockets&Version=2019-03-15' })
    expect(JSON.parse(unknown.body)).toMatchObject({ Code: 'ActionNotSupported', RequestId: expect.any(String), HostId: expect.any(String) })
    const missing = await raw(s.url, { path: '/?Action=DescribeFlow&Version=2019-03-15' })
    expect([missing.status, JSON.parse(missing.body).Code]).toEqual([400, 'MissingRequiredParams'])
    // The service ignores parameters it does not know; so does the emulator.
    const extra = await raw(s.url, { path: '/?Action=DescribeFlow&Version=2019-03-15&Name=mns-callback&Whatever=1' })
    expect([extra.status, JSON.parse(extra.body).Name]).toEqual([200, 'mns-callback'])
    const version = await raw(s.url, { path: '/?Action=ListFlows&Version=2099-01-01' })
    expect(JSON.parse(version.body).Code).toBe('APIVersionNotSupported')
    const path = await raw(s.url, { path: '/queues/fnf-demo/messages/extra' })
    expect([path.status, xmlCode(path.body)]).toEqual([404, 'NotFound'])
    await stillServing()
  })

  it('a body over 1 MB is refused with the API error and the connection closed', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 'a')
    const fnf = await raw(s.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: big })
    expect([fnf.status, JSON.parse(fnf.body).Code, fnf.headers.connection]).toEqual([400, 'EntityTooLarge', 'close'])
    const mns = await raw(s.url, { method: 'POST', path: '/queues/fnf-demo/messages', body: big })
    expect([mns.status, xmlCode(mns.body)]).toEqual([400, 'MessageTooLarge'])
    await stillServing()
  })

  it('a request that never finishes sending is answered and dropped; others are served meanwhile', async () => {
    const socket = connect(s.port, '127.0.0.1')
    const got: Buffer[] = []
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
    socket.on('data', (c: Buffer) => got.push(c))
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nAction=Li')
    await stillServing()
    await closed
    expect(Buffer.concat(got).toString()).toMatch(/^HTTP\/1\.1 400[\s\S]*"Code":"RequestTimeout"/)
  })

  it('a client that disconnects mid-poll takes no message with it', async () => {
    const agent = new Agent({ keepAlive: false })
    const ghost = raw(s.url, { path: '/queues/fnf-demo/messages?waitseconds=20', agent }).catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 100))
    agent.destroy()
    await ghost
    await new Promise((r) => setTimeout(r, 50))
    const mns = mnsClient(s.url)
    await mns.sendMessage('fnf-demo', { MessageBody: 'for the living' })
    const got = await mns.receiveMessage('fnf-demo', 2)
    expect(got.body).toMatchObject({ MessageBody: 'for the living', DequeueCount: '1' })
    await mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)
  })

  it('1,000 concurrent long polls are held and each answered with its own message', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 2000 })
    const mns = mnsClient(s.url)
    await mns.createQueue('many')
    const polls = Array.from({ length: 1000 }, () => raw(s.url, { path: '/queues/many/messages?waitseconds=30', agent }))
    for (let i = 0; i < 100 && s.context.driver.held < 1000; i++) await new Promise((r) => setTimeout(r, 50))
    expect(s.context.driver.held).toBe(1000)
    for (let i = 0; i < 1000; i += 16) {
      await mns.batchSendMessage('many', Array.from({ length: Math.min(16, 1000 - i) }, (_, k) => ({ MessageBody: `m${i + k}` })))
    }
    const answers = await Promise.all(polls)
    agent.destroy()
    const bodies = answers.map((a) => /<MessageBody>([^<]*)</.exec(a.body)?.[1] ?? `${a.status} ${xmlCode(a.body)}`)
    expect(new Set(bodies).size).toBe(1000)
    expect(bodies.every((b) => /^m\d+$/.test(b))).toBe(true)
    await stillServing()
  }, 60_000)

  it('random requests never crash it (fuzz)', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 8 })
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS')
    const path = fc.oneof(
      fc.constantFrom('/', '/queues', '/queues/fnf-demo', '/queues/fnf-demo/messages', '/queues/%ZZ/messages', '/x'),
      fc.string().map((t) => `/${encodeURIComponent(t)}`),
    )
    const query = fc.dictionary(fc.constantFrom('Action', 'Version', 'Name', 'FlowName', 'ExecutionName', 'waitseconds', 'numOfMessages', 'peekonly', 'ReceiptHandle', 'Input', 'NextToken', 'Limit', 'WaitTimeSeconds', 'TaskToken', 'Output'), fc.oneof(fc.string(), fc.constantFrom('ListFlows', 'StartExecution', 'DescribeExecution', 'GetExecutionHistory', 'ReportTaskSucceeded', '2019-03-15', 'mns-callback', '0', '1', '-1', 'true', '{}')), { maxKeys: 5 })
    const body = fc.oneof(fc.constant(''), fc.string(), fc.constantFrom('<Message><MessageBody>hi</MessageBody></Message>', '<Messages></Messages>', '<ReceiptHandles><ReceiptHandle>x</ReceiptHandle></ReceiptHandles>', '{"Action":"ListFlows"}', '<a><b></a>', '&amp;&bogus;'))
    const contentType = fc.constantFrom('text/xml', 'application/json', 'application/x-www-form-urlencoded', 'text/plain')
    await fc.assert(
      fc.asyncProperty(method, path, query, body, contentType, async (m, p, q, b, ct) => {
        if (q.waitseconds !== undefined) q.waitseconds = '0'
        if (q.WaitTimeSeconds !== undefined) q.WaitTimeSeconds = '0'
        const search = new URLSearchParams(q).toString()
        const r = await raw(s.url, { method: m, path: `${p}${search ? `?${search}` : ''}`, headers: { 'content-type': ct }, body: m === 'GET' || m === 'HEAD' ? undefined : b, agent })
        expect(r.status).toBeGreaterThanOrEqual(200)
        expect(r.status).toBeLessThan(500)
      }),
      { numRuns: 300 },
    )
    agent.destroy()
    expect(s.notes.filter((n) => n.includes('internal error'))).toEqual([])
    await stillServing()
  }, 60_000)
})

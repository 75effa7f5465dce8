import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fnfClient, KEY, mnsClient, openApiCaller } from './testing/sdk.ts'
import { example, startTestServer } from './testing/startTestServer.ts'

const WRONG = { id: KEY.id, secret: 'not-the-secret' }
let s: Awaited<ReturnType<typeof startTestServer>>
beforeAll(async () => {
  s = await startTestServer({ flows: { 'mns-callback': example('mns-callback') }, key: KEY })
})
afterAll(() => s.close())

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error & { code?: string; statusCode?: number })

describe('signatures, when --access-key-id / --access-key-secret are set', () => {
  it('MNS: the right key works; a wrong secret or key id gets the service error and the log says which part differed', async () => {
    await mnsClient(s.url).sendMessage('fnf-demo', { MessageBody: 'signed' })
    expect((await mnsClient(s.url).peekMessage('fnf-demo')).body.MessageBody).toBe('signed')
    const bad = await errorOf(mnsClient(s.url, WRONG).sendMessage('fnf-demo', { MessageBody: 'forged' }))
    expect(bad?.name).toBe('MNSSignatureDoesNotMatchError')
    expect(s.notes.at(-1)).toMatch(/MNS signature differs/)
    const badId = await errorOf(mnsClient(s.url, { id: 'someone-else', secret: KEY.secret }).receiveMessage('fnf-demo', 1))
    expect(badId?.name).toBe('MNSInvalidAccessKeyIdError')
    expect(s.notes.at(-1)).toMatch(/access key id differs: got someone-else/)
    expect((await mnsClient(s.url).peekMessage('fnf-demo')).body.MessageBody).toBe('signed')
  })

  it('FnF v1 signature (pop-core, GET and POST form): right key works, wrong secret refused', async () => {
    expect((await fnfClient(s.url).describeFlow({ Name: 'mns-callback' })).Name).toBe('mns-callback')
    expect((await fnfClient(s.url).describeFlow({ Name: 'mns-callback' }, { method: 'POST' })).Name).toBe('mns-callback')
    const bad = await errorOf(fnfClient(s.url, WRONG).startExecution({ FlowName: 'mns-callback', ExecutionName: 'forged' }))
    expect(bad).toMatchObject({ code: 'SignatureDoesNotMatch' })
    expect(s.notes.at(-1)).toMatch(/HMAC-SHA1 signature differs/)
    const none = await errorOf(fnfClient(s.url).describeExecution({ FlowName: 'mns-callback', ExecutionName: 'forged' }))
    expect(none).toMatchObject({ code: 'ExecutionNotExists' })
  })

  it('FnF ACS3 and v2 through openapi-client: right key works, wrong secret refused with 403', async () => {
    for (const alg of ['ACS3-HMAC-SHA256', 'v2'] as const) {
      const ok = await openApiCaller(s.url, alg)('DescribeFlow', { Name: 'mns-callback' })
      expect(ok.body.Name).toBe('mns-callback')
      const bad = await errorOf(openApiCaller(s.url, alg, WRONG)('DescribeFlow', { Name: 'mns-callback' }))
      expect(bad).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 403 })
      expect(s.notes.at(-1)).toMatch(alg === 'v2' ? /HMAC-SHA1 signature differs/ : /ACS3 signature differs/)
    }
  })

  it('an unsigned request is refused', async () => {
    const r = await fetch(`${s.url}/?Action=ListFlows&Version=2019-03-15`)
    expect(r.status).toBe(403)
    expect(await r.json()).toMatchObject({ Code: 'AccessDenied' })
  })
})

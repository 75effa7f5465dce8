import MNSClient from '@alicloud/mns'
import FnFClient from '@alicloud/fnf-2019-03-15'
import OpenApi, { Config, OpenApiRequest, Params } from '@alicloud/openapi-client'
import { RuntimeOptions } from '@alicloud/tea-util'

/** Test credentials (any text works unless the server checks signatures). */
export const KEY = { id: 'test-key-id', secret: 'test-key-secret' }

/** The official MNS Node client pointed at the emulator. */
export function mnsClient(url: string, key = KEY): MNSClient {
  return new MNSClient('123456', { endpoint: url, accessKeyId: key.id, accessKeySecret: key.secret })
}

/** The official pop-core FnF client (`@alicloud/fnf-2019-03-15`) pointed at the emulator. */
export function fnfClient(url: string, key = KEY): FnFClient {
  return new FnFClient({ endpoint: url, accessKeyId: key.id, accessKeySecret: key.secret })
}

/**
 * The generic `@alicloud/openapi-client` calling FnF as `@alicloud/fnf20190315` does: ACS3 signing by default,
 * or the legacy one with `signatureAlgorithm: 'v2'`. `query` and `body` as the product SDK splits them.
 */
export function openApiCaller(url: string, signatureAlgorithm: 'ACS3-HMAC-SHA256' | 'v2', key = KEY) {
  const endpoint = url.replace(/^http:\/\//, '')
  const client = new OpenApi(new Config({ accessKeyId: key.id, accessKeySecret: key.secret, endpoint, protocol: 'http', signatureAlgorithm }))
  return async (action: string, query: Record<string, string>, body: Record<string, string> = {}): Promise<{ statusCode: number; body: Record<string, unknown> }> => {
    const params = new Params({ action, version: '2019-03-15', protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' })
    const r = await client.callApi(params, new OpenApiRequest({ query, body }), new RuntimeOptions({ readTimeout: 70_000 }))
    return r as { statusCode: number; body: Record<string, unknown> }
  }
}

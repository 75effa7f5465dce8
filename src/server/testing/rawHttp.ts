import { Agent, request } from 'node:http'

/** What a raw request got back. */
export interface RawAnswer {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
}

/** One plain HTTP request (no SDK), for bad input the SDKs would never send. */
export function raw(url: string, opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {}): Promise<RawAnswer> {
  const u = new URL(opts.path ?? '/', url)
  return new Promise((resolve, reject) => {
    const req = request(u, { method: opts.method ?? 'GET', headers: opts.headers, agent: opts.agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(opts.body)
  })
}

/** The `<Code>` of an MNS error body. */
export function xmlCode(body: string): string {
  return /<Code>([^<]*)<\/Code>/.exec(body)?.[1] ?? ''
}

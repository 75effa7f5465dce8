import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger, createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtInExamplesPlugin } from './builtInExamplesPlugin.ts'

// The dev server `npm start` runs, on a loopback port: what it prints while the app loads its templates.
describe('the built-in examples in the dev server', () => {
  const warnings: string[] = []
  let server: ViteDevServer
  let base = ''

  beforeAll(async () => {
    const logger = createLogger('warn')
    logger.warn = (msg) => void warnings.push(msg)
    logger.warnOnce = (msg) => void warnings.push(msg)
    logger.error = (msg) => void warnings.push(msg)
    server = await createServer({ customLogger: logger, server: { host: '127.0.0.1', port: 0 }, optimizeDeps: { noDiscovery: true, include: [] } })
    await server.listen()
    base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`
  })
  afterAll(() => server?.close())

  /** The import specifiers of a served module (static and dynamic), as URLs on the server. */
  const importsOf = (code: string) => [...code.matchAll(/(?:from|import\()\s*"([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/'))

  it('serves every template and the seed with the app, and prints no warning', async () => {
    const module = await fetch(`${base}/src/files/builtInExamples.ts`)
    expect(module.status).toBe(200)
    const list = importsOf(await module.text()).find((u) => u.includes('virtual:built-in-examples'))!
    const listCode = await (await fetch(base + list)).text()
    const files = readdirSync('public/examples').filter((f) => f.endsWith('.yaml'))
    const texts: string[] = []
    for (const url of importsOf(listCode)) {
      const res = await fetch(base + url)
      expect(res.status, url).toBe(200)
      texts.push(await res.text())
    }
    // One module per file (the seed among them, imported statically), each holding the file's exact text.
    expect(texts).toHaveLength(files.length)
    for (const f of files) expect(texts.some((t) => t.includes(JSON.stringify(readFileSync(`public/examples/${f}`, 'utf8')))), f).toBe(true)
    expect(listCode).toContain('"mns-callback": () => Promise.resolve(seedText)')
    expect(warnings).toEqual([])
  })

  it('still serves the files themselves at /examples/NAME.yaml', async () => {
    const res = await fetch(`${base}/examples/mns-callback.yaml`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(readFileSync('public/examples/mns-callback.yaml', 'utf8'))
  })
})

describe('a change in the templates folder while the dev server runs', () => {
  it('shows an edited template at once, and a new file joins the list', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fdl-examples-'))
    cpSync('public/examples', folder, { recursive: true })
    const server = await createServer({
      configFile: false,
      plugins: [builtInExamplesPlugin({ seed: 'mns-callback', folder })],
      server: { host: '127.0.0.1', port: 0 },
      optimizeDeps: { noDiscovery: true, include: [] },
      logLevel: 'silent',
    })
    try {
      await server.listen()
      const base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`
      const get = async (url: string) => (await fetch(base + url)).text()
      const choice = '/@id/__x00__virtual:built-in-example/choice'
      const list = '/@id/__x00__virtual:built-in-examples'
      expect(await get(choice)).toContain('Choice step')
      expect(await get(list)).not.toContain('"zz-new"')
      writeFileSync(join(folder, 'choice.yaml'), '# Edited choice\nversion: v1\ntype: flow\nsteps: []\n')
      writeFileSync(join(folder, 'zz-new.yaml'), '# New\nversion: v1\ntype: flow\nsteps: []\n')
      await expect.poll(() => get(choice), { timeout: 10_000 }).toContain('# Edited choice')
      await expect.poll(() => get(list), { timeout: 10_000 }).toContain('"zz-new"')
    } finally {
      await server.close()
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crc32, deflateRaw } from './compression.ts'
import { decodeShareLink, encodeShareLink, SHARE_LINK, shareLinkParam } from './shareLink.ts'
import { toBase64Url } from './base64Url.ts'

const PAGE = 'http://127.0.0.1:4173/'

/** Encodes and returns the link, failing the test when encoding was refused. */
async function linkFor(text: string): Promise<string> {
  const r = await encodeShareLink(text, PAGE)
  if (!r.ok) throw new Error(r.message)
  return r.value
}

/** The fragment part of a link, as `location.hash` gives it. */
const hashOf = (url: string) => url.slice(url.indexOf('#'))

describe('share links', () => {
  it('round-trips the seed example byte for byte, comments included', async () => {
    // Given the commented seed example
    const text = readFileSync('public/examples/mns-callback.yaml', 'utf8')
    // When it is put in a link and read back
    const url = await linkFor(text)
    const back = await decodeShareLink(hashOf(url))
    // Then the link lives in the fragment of the page's address and gives back the exact text
    expect(url.startsWith(`${PAGE}#flow=1.`)).toBe(true)
    expect(back).toEqual({ ok: true, value: text })
  })

  it('keeps line endings, a byte-order mark and non-ASCII text exactly', async () => {
    const text = '\uFEFF# 流程 🚀\r\nversion: v1\r\ntype: flow\r\nsteps: []\r\n'
    expect(await decodeShareLink(hashOf(await linkFor(text)))).toEqual({ ok: true, value: text })
  })

  it('round-trips any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        expect(await decodeShareLink(hashOf(await linkFor(text)))).toEqual({ ok: true, value: text })
      }),
      { numRuns: 60 },
    )
  })

  it('replaces a fragment the page already had', async () => {
    const url = await linkFor('version: v1\n')
    const r = await encodeShareLink('version: v1\n', `${PAGE}#flow=1.old`)
    expect(r).toEqual({ ok: true, value: url })
  })

  it('checksums with the standard CRC-32, so links made before still open', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  it('refuses a link that was cut short, wherever it was cut', async () => {
    // Given a link to a flow long enough that cutting it loses real content
    const url = await linkFor(readFileSync('public/examples/mns-three-tasks.yaml', 'utf8'))
    const hash = hashOf(url)
    // When any tail of it is lost
    for (let cut = 1; cut < hash.length - '#flow=1.'.length; cut += 7) {
      const r = await decodeShareLink(hash.slice(0, hash.length - cut))
      // Then it is refused with a message saying so
      expect(r.ok, `cut ${cut}`).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/damaged or incomplete/)
    }
  })

  it('refuses a link with any one character changed', async () => {
    const hash = hashOf(await linkFor(readFileSync('public/examples/mns-callback.yaml', 'utf8')))
    const start = '#flow=1.'.length
    for (let i = start; i < hash.length; i += 5) {
      const swapped = hash[i] === 'A' ? 'B' : 'A'
      const r = await decodeShareLink(hash.slice(0, i) + swapped + hash.slice(i + 1))
      expect(r.ok, `position ${i}`).toBe(false)
    }
  })

  it('refuses characters outside base64url, as mail clients sometimes add', async () => {
    const hash = hashOf(await linkFor('version: v1\n'))
    const r = await decodeShareLink(hash.replace(/.$/, '%20'))
    expect(r.ok).toBe(false)
  })

  it('says when a link comes from a newer format', async () => {
    const r = await decodeShareLink('#flow=2.00000000.AAAA')
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/newer version of FDL Studio \(link format 2\)/) })
  })

  it('refuses a link that would expand past the size limit without expanding it all', async () => {
    // Given a tiny link whose payload inflates to 3 MB of zeros
    const bomb = new Uint8Array(3 * 1024 * 1024)
    const payload = toBase64Url(await deflateRaw(bomb))
    expect(payload.length).toBeLessThan(10_000)
    const checksum = crc32(bomb).toString(16).padStart(8, '0')
    // When it is opened, then it is refused
    const r = await decodeShareLink(`#flow=1.${checksum}.${payload}`)
    expect(r.ok).toBe(false)
  })

  it('refuses a link longer than any the app makes before decoding it, saying why', async () => {
    // Given a 2 MB link (a valid header and a payload that would inflate to gigabytes if it were read)
    const hash = `#flow=1.00000000.${'A'.repeat(2 * 1024 * 1024)}`
    const r = await decodeShareLink(hash)
    // Then it is refused by its length, with the limit in the message, not as a damaged stream
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/is 2048\.0 KB, longer than the 32 KB of any link FDL Studio makes/) })
    // And a link at the limit is still read as a link (here damaged, since its payload is noise)
    const atLimit = await decodeShareLink(`#flow=1.00000000.${'A'.repeat(SHARE_LINK.maxUrlLength - 20)}`)
    expect(atLimit).toMatchObject({ ok: false, message: expect.stringMatching(/damaged or incomplete/) })
  })

  it('refuses to make a link longer than links reliably travel, saying how long and what to do', async () => {
    // Given 40 KB of text that does not compress (a long base64 blob in a comment)
    const noise = toBase64Url(crypto.getRandomValues(new Uint8Array(30_000)))
    const r = await encodeShareLink(`# ${noise}\nversion: v1\n`, PAGE)
    // Then the message gives the size and points at the file download instead
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/would be \d+\.\d KB, longer than the 32\.0 KB.*Download YAML/)
  })

  it('makes links up to the limit for typical large flows', async () => {
    // Given a 300-step flow (repetitive, as real flows are)
    const steps = Array.from({ length: 300 }, (_, i) => `  - type: pass\n    name: Step_${i}\n`).join('')
    const r = await encodeShareLink(`version: v1\ntype: flow\nsteps:\n${steps}`, PAGE)
    expect(r.ok && r.value.length <= SHARE_LINK.maxUrlLength).toBe(true)
  })

  it('finds the flow among other fragment entries and tells a plain visit from a link', () => {
    expect(shareLinkParam('#a=1&flow=1.x.y')).toBe('1.x.y')
    expect(shareLinkParam('')).toBeNull()
    expect(shareLinkParam('#section-2')).toBeNull()
  })

  it('keeps a hostile step name as inert text', async () => {
    const text = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: <img src=x onerror=alert(1)>\n'
    expect(await decodeShareLink(hashOf(await linkFor(text)))).toEqual({ ok: true, value: text })
  })
})

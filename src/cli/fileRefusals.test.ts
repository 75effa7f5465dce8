import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MESSY_FLOW, runInstalled, runOnDisk, tempDir, TIDY_FLOW } from './testing/realFiles.ts'

let t: ReturnType<typeof tempDir>
beforeEach(() => void (t = tempDir()))
afterEach(() => t.cleanup())

/** Bytes that are no text: every byte value, as in an image or an archive. */
const binary = new Uint8Array(4096).map((_, i) => (i * 7) % 256)
const latin1 = new Uint8Array([...Buffer.from('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: caf'), 0xe9, 0x0a])

describe('files fdl refuses to read, left byte for byte as they were', () => {
  it.each([
    ['a 4 KB binary file', 'logo.yaml', binary, 'not a text file (it holds binary data)'],
    ['a Latin-1 file', 'latin1.yaml', latin1, 'not UTF-8 text (nor UTF-16 with a byte-order mark); save it as UTF-8'],
    ['UTF-16 without a byte-order mark', 'bare16.yaml', new Uint8Array(Buffer.from(MESSY_FLOW, 'utf16le')), 'not a text file (it holds binary data)'],
    ['an empty file', 'empty.yaml', new Uint8Array(0), 'it is empty'],
    ['a package.json', 'package.json', new Uint8Array(Buffer.from('{"name": "x", "dependencies": {"b": "1", "a": "2"}}\n')), 'not an FDL flow (it has none of the keys version, type and steps)'],
    ['a list', 'list.yaml', new Uint8Array(Buffer.from('- b\n- a\n')), 'not an FDL flow (it holds a list, not a mapping with version, type and steps)'],
  ])('fmt --write refuses %s with one line naming it', async (_, name, bytes, reason) => {
    const path = t.file(name, bytes)
    const r = await runOnDisk(['fmt', '--write', path])
    expect(r).toEqual({ code: 2, out: '', err: `fdl: refusing ${path}: ${reason}\n` })
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes)
  })

  it('refuses the same files in validate, fmt --check and simulate', async () => {
    const path = t.file('logo.yaml', binary)
    for (const args of [['validate', path], ['fmt', '--check', path], ['fmt', path], ['simulate', path]]) {
      const r = await runOnDisk(args)
      expect(r.err, args[0]).toBe(`fdl: refusing ${path}: not a text file (it holds binary data)\n`)
      expect(r.code).toBe(2)
    }
  })

  it('refuses a binary scenario or input file of simulate as well', async () => {
    const flow = t.file('flow.yaml', TIDY_FLOW)
    const junk = t.file('junk.json', binary)
    expect((await runOnDisk(['simulate', flow, '--scenario', junk])).err).toBe(`fdl: refusing ${junk}: not a text file (it holds binary data)\n`)
    expect((await runOnDisk(['simulate', flow, '--input', `@${junk}`])).err).toBe(`fdl: refusing ${junk}: not a text file (it holds binary data)\n`)
  })

  it('reads UTF-16 with a byte-order mark (as PowerShell writes it) and writes it back in UTF-16', async () => {
    for (const [encoding, bom] of [['utf16le', [0xff, 0xfe]], ['utf16be', [0xfe, 0xff]]] as const) {
      const text = (s: string) => (encoding === 'utf16le' ? Buffer.from(s, 'utf16le') : Buffer.from(s, 'utf16le').swap16())
      const path = t.file(`ps-${encoding}.yaml`, Buffer.concat([Buffer.from(bom), text(MESSY_FLOW)]))
      const r = await runOnDisk(['fmt', '--write', path])
      expect(r, encoding).toEqual({ code: 0, out: `${path}: formatted\n`, err: '' })
      expect(readFileSync(path), encoding).toEqual(Buffer.concat([Buffer.from(bom), text(TIDY_FLOW)]))
    }
  })
})

describe('inputs are size-checked while reading', () => {
  it('refuses a file over the 4 MB limit, saying by how much', async () => {
    const flowOf = (bytes: number) => `version: v1\ntype: flow\nsteps: []\n#${'x'.repeat(bytes - 35)}\n`
    const path = t.file('big.yaml', flowOf(4 * 1024 * 1024 + 1))
    const r = await runOnDisk(['fmt', '--write', path])
    expect(r.err).toBe(`fdl: refusing ${path}: 4.0 MB + 1 byte is over the 4 MB limit\n`)
    expect(r.code).toBe(2)
    const atLimit = await runOnDisk(['validate', t.file('limit.yaml', flowOf(4 * 1024 * 1024))])
    expect(atLimit.err).toBe('')
    expect(atLimit.out).toContain('definition-too-large') // read and checked: over what the service takes
  })

  it('refuses /dev/zero at once instead of reading it until memory runs out', () => {
    const r = runInstalled(['validate', '/dev/zero'])
    expect(r.stderr).toBe('fdl: refusing /dev/zero: not a regular file (a character device)\n')
    expect(r.status).toBe(2)
  })

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = `${t.dir}/pipe.yaml`
    execFileSync('mkfifo', [fifo])
    const r = runInstalled(['fmt', '--write', fifo])
    expect(r.error).toBeUndefined() // not killed by the timeout
    expect(r.stderr).toBe(`fdl: refusing ${fifo}: not a regular file (a FIFO)\n`)
    expect(r.status).toBe(2)
  })
})

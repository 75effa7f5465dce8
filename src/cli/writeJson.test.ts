import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCase, runCase } from '../sim/conformance/runCase.ts'
import { memoryIo } from './io.ts'
import { runSimulate } from './runSimulate.ts'
import { runValidate } from './runValidate.ts'
import { writeJson } from './writeJson.ts'

const casesDir = 'src/sim/conformance/cases'

/** A sink that records every write, as a pipe to a reader would receive them. */
function recordingSink() {
  const writes: string[] = []
  let drains = 0
  return {
    writes,
    get drains() {
      return drains
    },
    stdout: (text: string) => void writes.push(text),
    drain: async () => void drains++,
  }
}

describe('streamed --json output', () => {
  it('is the same text as one JSON.stringify of the whole result, for every conformance case', async () => {
    const files = readdirSync(casesDir).filter((f) => f.endsWith('.yaml'))
    expect(files.length).toBeGreaterThan(40)
    for (const file of files) {
      const result = runCase(readCase(readFileSync(join(casesDir, file), 'utf8'))).result()
      for (const depth of [0, 1, 2, 3, 6]) {
        const sink = recordingSink()
        await writeJson(result, sink, depth)
        expect(sink.writes.join(''), `${file} at depth ${depth}`).toBe(`${JSON.stringify(result, null, 2)}\n`)
      }
    }
  })

  it('writes what JSON.stringify writes for empty containers, left-out keys, toJSON and awkward strings', async () => {
    const value = {
      a: [],
      b: {},
      gone: undefined,
      fn: () => 1,
      list: [undefined, null, 1.5, 'line\nbreak "quoted" \u2028', { nested: [[], {}, [1, { x: undefined }]] }],
      when: new Date(Date.UTC(2026, 0, 1)),
      deep: { k: { j: { i: [true, false] } } },
    }
    for (const depth of [0, 1, 2, 3, 4, 10]) {
      const sink = recordingSink()
      await writeJson(value, sink, depth)
      expect(sink.writes.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`)
    }
  })

  it('never holds the whole text: a 20 MB result goes out in writes of about 64 KB, draining between them', async () => {
    // given a result whose events each carry a 2 KB detail
    const events = Array.from({ length: 10_000 }, (_, i) => ({ eventId: i + 1, eventDetail: { input: { text: 'x'.repeat(2_000) } } }))
    const sink = recordingSink()
    // when it is streamed
    await writeJson({ status: 'Succeeded', events }, sink, 3)
    // then no write is much larger than one chunk plus one event, and the reader was waited for between writes
    const largest = Math.max(...sink.writes.map((w) => w.length))
    expect(sink.writes.length).toBeGreaterThan(300)
    expect(largest).toBeLessThan(70_000)
    expect(sink.drains).toBeGreaterThanOrEqual(sink.writes.length - 1)
  })

  it('fdl simulate --json prints the same result as before streaming, parsed or as text', async () => {
    const io = memoryIo({ 'flow.yaml': readFileSync('public/examples/mns-three-tasks.yaml', 'utf8') })
    expect(await runSimulate(['flow.yaml', '--json'], io)).toBe(0)
    const parsed = JSON.parse(io.out) as { status: string; events: unknown[] }
    expect(parsed.status).toBe('Succeeded')
    expect(io.out).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
  })

  it('fdl validate --json writes each file as it is checked and still prints one JSON list', async () => {
    const bad = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n  - type: pass\n    name: a\n'
    const files: Record<string, string> = { 'ok.yaml': 'version: v1\ntype: flow\nsteps: []\n', 'bad.yaml': bad }
    const io = memoryIo(files)
    let writesBeforeSecondFile = -1
    const readFile = io.readFile
    const watched = { ...io, readFile: (p: string) => ((writesBeforeSecondFile = p.endsWith('bad.yaml') ? io.out.length : writesBeforeSecondFile), readFile(p)) }
    expect(await runValidate(['--json', 'ok.yaml', 'bad.yaml'], watched)).toBe(1)
    const list = JSON.parse(io.out) as { file: string; diagnostics: { code: string }[] }[]
    expect(list.map((r) => r.file)).toEqual(['ok.yaml', 'bad.yaml'])
    expect(list[1]!.diagnostics.length).toBeGreaterThan(0)
    expect(io.out).toBe(`${JSON.stringify(list, null, 2)}\n`)
    // the first file's entry was out before the second file was read
    expect(writesBeforeSecondFile).toBeGreaterThan(10)
    const none = memoryIo({})
    expect(await runValidate(['--json', 'missing.yaml'], none)).toBe(2)
    expect(none.out).toBe('[]\n')
  })
})

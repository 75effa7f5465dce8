import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createSimulation } from '../engine/createSimulation.ts'

const shared = '/work/shared/fdl/examples'
const sharedFiles = existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.yaml')).map((f) => join(shared, f)) : []
const builtIn = readdirSync('public/examples').filter((f) => f.endsWith('.yaml')).map((f) => join('public/examples', f))

describe('every example flow simulates to an end without throwing', () => {
  it.each(builtIn)('%s', (file) => {
    // given a built-in template and the default scenario (every task answers {} after 1 s), no input
    const sim = createSimulation({ flow: parseFdl(readFileSync(file, 'utf8')).flow! })
    // then it runs to an end; the callback examples succeed (the others may need input or answers)
    expect(sim.run(1_000_000)).toBe(true)
    expect(['Succeeded', 'Failed', 'TimedOut']).toContain(sim.status)
    if (file.includes('mns-')) expect(sim.status).toBe('Succeeded')
  })

  describe.skipIf(sharedFiles.length === 0)('reference examples', () => {
    it.each(sharedFiles)('%s', (file) => {
      const { flow } = parseFdl(readFileSync(file, 'utf8'))
      if (!flow) return
      const sim = createSimulation({ flow, input: { names: ['a'], files: ['f'], pollInterval: 1, wait: 1, wait_timestamp: '2026-01-01T00:00:05Z', status: 'ready' } })
      expect(sim.run(1_000_000)).toBe(true)
      expect(['Succeeded', 'Failed', 'TimedOut']).toContain(sim.status)
      expect(sim.result().events.length).toBeLessThanOrEqual(5000)
    })
  })
})

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFdl } from './validate/checkFdl.ts'
import { formatFdl } from './format/formatFdl.ts'
import { commentsOf } from './testing/commentsOf.ts'
import { STEP_TYPES } from './model/StepType.ts'

const BUILT_IN = 'public/examples'
const SHARED = '../shared/fdl/examples'

const flowsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [])

/** Every real flow must read without errors, and `fdl fmt` must keep its comments and settle after one pass. */
function corpus(dir: string) {
  it.each(flowsIn(dir))('%s has no errors', (file) => {
    const { flow, diagnostics } = checkFdl(readFileSync(join(dir, file), 'utf8'))
    expect(flow).not.toBeNull()
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it.each(flowsIn(dir))('%s formats idempotently and keeps every comment', (file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const once = formatFdl(text)
    if (!once.ok) throw new Error(`${file} did not format`)
    const twice = formatFdl(once.text)
    expect(twice.ok && twice.text).toBe(once.text)
    expect(commentsOf(once.text).sort()).toEqual(commentsOf(text).sort())
    expect(checkFdl(once.text).flow).toEqual(checkFdl(text).flow === null ? null : expect.anything())
  })
}

describe('built-in examples', () => {
  it.each(STEP_TYPES)('include one for the %s step', (type) => {
    const file = flowsIn(BUILT_IN).find((f) => f.replace(/\.yaml$/, '').split('-')[0] === type)
    expect(file).toBeDefined()
    const steps = checkFdl(readFileSync(join(BUILT_IN, file!), 'utf8')).flow!.body.steps
    expect(JSON.stringify(steps)).toContain(`"type":"${type}"`)
  })

  it.each(flowsIn(BUILT_IN))('%s is already formatted and opens with a one-line summary', (file) => {
    const text = readFileSync(join(BUILT_IN, file), 'utf8')
    expect(formatFdl(text)).toEqual({ ok: true, text })
    expect(text).toMatch(/^# \S[^\n]+\n/)
  })

  corpus(BUILT_IN)
})

describe.skipIf(!existsSync(SHARED))('the shared corpus of real flows', () => corpus(SHARED))

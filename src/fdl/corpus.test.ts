import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_DIR, flowFiles, itCorpus } from '../testing/corpus.ts'
import { checkFdl } from './validate/validateFlow.ts'
import { formatFdl } from './format/formatFdl.ts'
import { commentsOf } from './testing/commentsOf.ts'
import { STEP_TYPES } from './model/Step.ts'

/** A real flow must read without errors. */
function hasNoErrors(file: string) {
  const { flow, diagnostics } = checkFdl(readFileSync(file, 'utf8'))
  expect(flow).not.toBeNull()
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
}

/** `fdl fmt` settles after one pass, keeps every comment, and leaves the same flow: the same model, step for step. */
function formatsToTheSameFlow(file: string) {
  const text = readFileSync(file, 'utf8')
  const once = formatFdl(text)
  if (!once.ok) throw new Error(`${file} did not format`)
  const twice = formatFdl(once.text)
  expect(twice.ok && twice.text).toBe(once.text)
  expect(commentsOf(once.text).sort()).toEqual(commentsOf(text).sort())
  const before = checkFdl(text).flow
  expect(before).not.toBeNull()
  expect(checkFdl(once.text).flow).toEqual(before)
}

describe('built-in examples', () => {
  it.each(STEP_TYPES)('include one for the %s step', (type) => {
    const file = flowFiles(BUILT_IN_DIR).find((f) => basename(f).replace(/\.yaml$/, '').split('-')[0] === type)
    expect(file).toBeDefined()
    const steps = checkFdl(readFileSync(file!, 'utf8')).flow!.body.steps
    expect(JSON.stringify(steps)).toContain(`"type":"${type}"`)
  })

  it.each(flowFiles(BUILT_IN_DIR))('%s is already formatted and opens with a one-line summary', (file) => {
    const text = readFileSync(file, 'utf8')
    expect(formatFdl(text)).toEqual({ ok: true, text })
    expect(text).toMatch(/^# \S[^\n]+\n/)
  })

  it.each(flowFiles(BUILT_IN_DIR))('%s has no errors', hasNoErrors)
  it.each(flowFiles(BUILT_IN_DIR))('%s formats idempotently, keeps every comment and the same flow', formatsToTheSameFlow)
})

describe('the shared corpus of real flows', () => {
  itCorpus('%s has no errors', hasNoErrors)
  itCorpus('%s formats idempotently, keeps every comment and the same flow', formatsToTheSameFlow)
})

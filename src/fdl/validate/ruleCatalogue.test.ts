import { describe, expect, it } from 'vitest'
import { checkFdl, validateFlow, VALIDATION_RULES } from './validateFlow.ts'
import { parseFdl, type ParsedFdl } from '../parse/parseFdl.ts'
import { DIAGNOSTIC_CATALOGUE } from './diagnosticCatalogue.ts'
import { RULE_CASES } from './testing/ruleCases.ts'

// Last-resort codes that ordinary text cannot trigger; each has its own test below.
const LAST_RESORT = ['parse-failed', 'internal-error']

describe('the diagnostic catalogue', () => {
  it('has a failing and a passing example for every code', () => {
    const tested = Object.keys(RULE_CASES).concat(LAST_RESORT).sort()
    expect(tested).toEqual(Object.keys(DIAGNOSTIC_CATALOGUE).sort())
  })

  it('assigns every validator code to exactly one rule', () => {
    const codes = VALIDATION_RULES.flatMap((r) => r.codes)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(DIAGNOSTIC_CATALOGUE).toHaveProperty(code)
  })
})

describe.each(Object.entries(RULE_CASES))('rule %s', (code, { bad, at, good }) => {
  const severity = DIAGNOSTIC_CATALOGUE[code as keyof typeof DIAGNOSTIC_CATALOGUE].severity

  it(`reports it as ${severity} at line ${at.line}, column ${at.column}`, () => {
    const found = checkFdl(bad).diagnostics.filter((d) => d.code === code)
    expect(found.length).toBeGreaterThan(0)
    expect(found[0]).toMatchObject({ severity, path: at.path, range: { line: at.line, column: at.column } })
    expect(found[0]!.message.length).toBeGreaterThan(20)
  })

  it('stays quiet once the flow is fixed, with no error left', () => {
    const diagnostics = checkFdl(good).diagnostics
    expect(diagnostics.map((d) => d.code)).not.toContain(code)
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('last-resort diagnostics', () => {
  it('turns a reader crash into parse-failed instead of throwing', () => {
    const result = parseFdl(undefined as unknown as string)
    expect(result.flow).toBeNull()
    expect(result.diagnostics.map((d) => d.code)).toEqual(['parse-failed'])
  })

  it('turns a crashing rule into internal-error and still runs the other rules', () => {
    const parsed = parseFdl('version: v2\ntype: flow\nsteps:\n  - type: task\n    name: t\n    action: fnf:StartExecution\n')
    // A model no parse can produce (catch must be a list), as a buggy caller might build by hand.
    const broken: ParsedFdl = { ...parsed, flow: { ...parsed.flow!, body: { ...parsed.flow!.body, steps: [{ ...parsed.flow!.body.steps[0]!, catch: 5 } as never] } } }
    const codes = validateFlow(broken).map((d) => d.code)
    expect(codes).toContain('internal-error')
    expect(codes).toContain('version-invalid')
  })

  it('turns a model that cannot be walked into one internal-error', () => {
    const parsed = parseFdl('version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices: [{condition: $.x}]\n')
    const broken: ParsedFdl = { ...parsed, flow: { ...parsed.flow!, body: { ...parsed.flow!.body, steps: [{ ...parsed.flow!.body.steps[0]!, choices: null } as never] } } }
    expect(validateFlow(broken).map((d) => d.code)).toEqual(['internal-error'])
  })
})

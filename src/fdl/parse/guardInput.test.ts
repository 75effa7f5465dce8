import { describe, expect, it } from 'vitest'
import { guardInput } from './guardInput.ts'

describe('guardInput', () => {
  it.each([
    ['brackets inside double quotes', `x: "${'['.repeat(1000)}"\n`],
    ['brackets inside single quotes with an escaped quote', `x: 'it''s ${'{'.repeat(1000)}'\n`],
    ['brackets in a comment', `x: 1 # ${'['.repeat(1000)}\n`],
    ['balanced brackets in plain scalars', `y: ${'$input.a[0]'.repeat(300)}\n`],
    ['a realistic flow nested 20 levels', Array.from({ length: 20 }, (_, i) => `${'  '.repeat(2 * i)}- steps:`).join('\n') + '\n'],
  ])('lets through %s', (_, text) => {
    expect(guardInput(text)).toBeNull()
  })

  it('points at the bracket that goes too deep', () => {
    const refusal = guardInput(`a: 1\nb: ${'['.repeat(300)}`)
    expect(refusal).toMatchObject({ code: 'yaml-too-deep', offset: 5 + 3 + 256 })
  })

  it('counts block indentation and compact `- ` indicators as depth', () => {
    expect(guardInput(`${' '.repeat(300)}a: 1\n`)?.code).toBe('yaml-too-deep')
    expect(guardInput(`${'- '.repeat(200)}x\n`)?.code).toBe('yaml-too-deep')
    expect(guardInput(`${'- '.repeat(100)}x\n`)).toBeNull()
  })

  it('refuses more than 4 MB before anything else, saying how large it is', () => {
    const refusal = guardInput('#'.repeat(5 * 1024 * 1024))
    expect(refusal?.code).toBe('document-too-large')
    expect(refusal?.message).toContain('5.0 MB')
  })
})

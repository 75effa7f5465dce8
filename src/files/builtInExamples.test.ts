import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtInExamples, exampleSummary } from './builtInExamples.ts'
import { checkFlowText } from './readFlowFile.ts'
import { ZH_FILES } from '../i18n/zh/files.ts'

describe('built-in examples', () => {
  it('lists every file of public/examples, the seed example first, each loading its exact text', async () => {
    const files = readdirSync('public/examples').filter((f) => f.endsWith('.yaml'))
    expect(builtInExamples.map((e) => `${e.name}.yaml`).sort()).toEqual(files.sort())
    expect(builtInExamples[0]?.name).toBe('mns-callback')
    const rest = builtInExamples.slice(1).map((e) => e.name)
    expect(rest).toEqual([...rest].sort())
    for (const example of builtInExamples) {
      expect(await example.load()).toBe(readFileSync(`public/examples/${example.name}.yaml`, 'utf8'))
    }
  })

  it('gives each example a one-line description and opens it as a flow', async () => {
    for (const example of builtInExamples) {
      const text = await example.load()
      expect(exampleSummary(text), example.name).not.toBe('')
      expect(checkFlowText(text, example.name).ok, example.name).toBe(true)
    }
  })

  it('has each description in Chinese, for the New gallery (keyed by its exact English text)', async () => {
    const zh: Record<string, string> = ZH_FILES
    for (const example of builtInExamples) {
      const summary = exampleSummary(await example.load())
      expect(zh[summary], `${example.name}: ${summary}`).toMatch(/\p{Script=Han}/u)
    }
  })

  it('takes the description from the first comment line', () => {
    expect(exampleSummary('#\n# Parallel: two branches.\n# more\nversion: v1\n')).toBe('Parallel: two branches.')
    expect(exampleSummary('version: v1\n# late comment\n')).toBe('')
  })
})

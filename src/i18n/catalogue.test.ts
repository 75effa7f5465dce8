import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatMessage, msg } from './Message.ts'
import { ZH } from './zh/index.ts'
import { ZH_DIAGNOSTICS } from './zh/diagnostics.ts'
import { ZH_CANVAS } from './zh/canvas.ts'
import { ZH_FILES } from './zh/files.ts'
import { ZH_INSPECTOR } from './zh/inspector.ts'
import { ZH_SHELL } from './zh/shell.ts'
import { ZH_SIM } from './zh/sim.ts'
import { ZH_SIMULATION } from './zh/simulation.ts'

const SRC = resolve(import.meta.dirname, '..')

/** The folders whose code makes text for people (the CLI and the kit speak English only). */
const FOLDERS = ['fdl', 'files', 'share', 'persist', 'store', 'sim', 'ui']

/** Source files under a folder, without tests and test helpers. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

// `msg('…')`, `msg("…")`, `refused('…')`: the literal first argument, escapes and all.
const CALL = /\b(?:msg|refused)\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/g

/** The string a JavaScript string literal's body stands for. */
function unescape(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[^])/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16))
    if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16))
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' } as Record<string, string>)[e] ?? e
  })
}

/** Every literal source text a folder passes to `msg` / `refused`, with the file it is in. */
function sourceTexts(folder: string): { text: string; file: string }[] {
  return sourceFiles(join(SRC, folder)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(CALL)].map((m) => ({ text: unescape(m[1] ?? m[2] ?? ''), file: relative(SRC, file) })),
  )
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

/** Texts that read the same in Chinese: names of products and APIs, event types and FDL keywords. */
const SAME_IN_CHINESE = new Set(['aliyun CLI', 'Terraform', 'ROS', 'API', 'item → {item}', 'task · {integration}', 'TaskTimedOut · {step}'])

describe('the Chinese catalogue', () => {
  it('finds literals with escaped quotes and backslashes', () => {
    const code = `msg('it\\'s {n}'), refused("say \\"hi\\""), msg('a \\\\ b'), msg(text)`
    expect([...code.matchAll(CALL)].map((m) => unescape(m[1] ?? m[2] ?? ''))).toEqual(["it's {n}", 'say "hi"', 'a \\ b'])
  })

  it.each(FOLDERS)('has an entry for every message of src/%s', (folder) => {
    const missing = sourceTexts(folder).filter(({ text }) => !Object.hasOwn(ZH, text))
    expect(missing.map(({ text, file }) => `${file}: ${text}`)).toEqual([])
  })

  it('keeps the placeholders of every English text', () => {
    const changed = Object.entries(ZH).filter(([en, zh]) => placeholders(en).join() !== placeholders(zh).join())
    expect(changed).toEqual([])
  })

  it('translates every text (a text without words, such as `{size} + {extra}`, may stay as it is)', () => {
    const hasWords = (text: string) => /[A-Za-z]/.test(text.replace(/\{\w+\}/g, ''))
    const untranslated = Object.entries(ZH).filter(([en, zh]) => zh.trim() === '' || (zh === en && hasWords(en) && !SAME_IN_CHINESE.has(en)))
    expect(untranslated).toEqual([])
  })

  it('gives a text found in two areas the same translation', () => {
    const areas: readonly Readonly<Record<string, string>>[] = [ZH_SHELL, ZH_CANVAS, ZH_INSPECTOR, ZH_FILES, ZH_SIMULATION, ZH_SIM, ZH_DIAGNOSTICS]
    const seen = new Map<string, string>()
    const conflicts: string[] = []
    for (const area of areas) {
      for (const [en, zh] of Object.entries(area)) {
        const before = seen.get(en)
        if (before !== undefined && before !== zh) conflicts.push(`${en}: ${before} / ${zh}`)
        seen.set(en, zh)
      }
    }
    expect(conflicts).toEqual([])
  })
})

describe('formatMessage', () => {
  const catalogue = { 'Step {name} failed: {why}': '步骤 {name} 失败：{why}', 'it timed out after {s} s': '{s} 秒后超时' }

  it('fills placeholders, rendering nested messages in the same language', () => {
    const m = msg('Step {name} failed: {why}', { name: 'Task_1', why: msg('it timed out after {s} s', { s: 30 }) })
    expect(formatMessage(m)).toBe('Step Task_1 failed: it timed out after 30 s')
    expect(formatMessage(m, catalogue)).toBe('步骤 Task_1 失败：30 秒后超时')
  })

  it('keeps braces that name no parameter, and the source text where the catalogue has none', () => {
    expect(formatMessage(msg('{a} of {b}, `{}` and {…}', { a: 1 }))).toBe('1 of {b}, `{}` and {…}')
    expect(formatMessage(msg('No step named {x}.'), catalogue)).toBe('No step named {x}.')
    expect(formatMessage('plain text', catalogue)).toBe('plain text')
  })

  it('inserts values as they are, without reading placeholders in them', () => {
    expect(formatMessage(msg('Got {v}', { v: '{v} and $&' }))).toBe('Got {v} and $&')
  })
})

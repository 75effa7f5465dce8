import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = import.meta.dirname
const src = resolve(root, '..')

/** The code with the text of template literals blanked (generated worker code lives there), nested `${}` kept. */
function codeOnly(text: string): string {
  let out = ''
  const stack: ('code' | 'template')[] = ['code']
  let braces: number[] = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const mode = stack[stack.length - 1]
    if (mode === 'template') {
      if (c === '\\') i++
      else if (c === '`') stack.pop()
      else if (c === '$' && text[i + 1] === '{') {
        stack.push('code')
        braces = [...braces, 0]
        i++
      }
      continue
    }
    if (c === '`') stack.push('template')
    else if (c === '{') braces[braces.length - 1]!++
    else if (c === '}') {
      if (braces[braces.length - 1] === 0 && stack.length > 1) {
        stack.pop()
        braces = braces.slice(0, -1)
        continue
      }
      braces[braces.length - 1]!--
    }
    out += c
  }
  return out
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return name === 'testing' ? [] : files(p)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [p] : []
  })
}

describe('src/kit dependency rule (kit -> fdl, and the yaml library)', () => {
  it('imports nothing but src/kit, src/fdl, the pure message type of src/i18n, yaml and its own raw templates, and uses no Node or browser API', () => {
    const problems: string[] = []
    for (const file of files(root)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/from '([^']+)'/g)) {
        const spec = m[1]!
        const target = spec.startsWith('.') ? relative(src, resolve(file, '..', spec)) : spec
        if (!target.startsWith('kit/') && !target.startsWith('fdl/') && target !== 'i18n/Message.ts' && target !== 'yaml') problems.push(`${relative(src, file)} imports ${spec}`)
      }
      if (/\b(process|Buffer|require|window|document|fetch)\s*[.(]/.test(codeOnly(text))) problems.push(`${relative(src, file)} uses a Node or browser API`)
    }
    expect(problems).toEqual([])
  })
})

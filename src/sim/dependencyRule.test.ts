import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = import.meta.dirname
const src = resolve(root, '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return name === 'conformance' ? [] : files(p)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [p] : []
  })
}

describe('src/sim dependency rule (STYLE.md: sim -> fdl, and the pure message type of src/i18n)', () => {
  it('imports nothing but src/sim, src/fdl and i18n/Message.ts, and never reads the wall clock or Math.random', () => {
    const problems: string[] = []
    for (const file of files(root)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/from '([^']+)'/g)) {
        const spec = m[1]!
        const target = spec.startsWith('.') ? relative(src, resolve(file, '..', spec)) : spec
        if (!target.startsWith('sim/') && !target.startsWith('fdl/') && target !== 'i18n/Message.ts') problems.push(`${relative(src, file)} imports ${spec}`)
      }
      if (/Date\.now\(|Math\.random\(|setTimeout\(|setInterval\(|performance\.now\(/.test(text)) problems.push(`${relative(src, file)} uses real time or randomness`)
    }
    expect(problems).toEqual([])
  })
})

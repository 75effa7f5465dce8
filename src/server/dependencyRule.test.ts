import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = resolve(import.meta.dirname, '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return files(p)
    return /\.tsx?$/.test(name) ? [p] : []
  })
}

describe('src/server dependency rule (Node-only code the app never imports)', () => {
  it('is imported only by src/cli, the kit tests and itself', () => {
    const problems: string[] = []
    for (const file of files(src)) {
      const rel = relative(src, file)
      if (rel.startsWith('server/') || rel.startsWith('cli/')) continue
      // The kit's tests run the generated worker against the server (Node-only, like the CLI; never the app).
      if (rel.startsWith('kit/') && rel.endsWith('.test.ts')) continue
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        const spec = m[1]!
        if (spec.startsWith('.') && relative(src, resolve(file, '..', spec)).startsWith('server/')) problems.push(`${rel} imports ${spec}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('imports only src/fdl, src/sim, itself and Node built-ins (tests also the official SDKs, and the CLI and the app trace code to compare with)', () => {
    const problems: string[] = []
    for (const file of files(join(src, 'server')).filter((f) => !f.endsWith('dependencyRule.test.ts'))) {
      const text = readFileSync(file, 'utf8')
      const test = /\.test\.ts$|[/\\]testing[/\\]/.test(file)
      for (const m of text.matchAll(/from '([^']+)'/g)) {
        const spec = m[1]!
        if (spec.startsWith('.')) {
          const target = relative(src, resolve(file, '..', spec))
          // The app's stream wire types (type-only: what GET /fdl/stream sends is what the simulation view applies).
          const wireType = /^store\/simulation\/(TraceDelta|SimTrace|TraceAction)\.ts$/.test(target) && text.slice(text.lastIndexOf('\n', m.index) + 1).startsWith('import type ')
          if (!/^(server|sim|fdl)\//.test(target) && !wireType && !(test && /^(cli|store)\//.test(target))) problems.push(`${relative(src, file)} imports ${spec}`)
        } else if (!spec.startsWith('node:') && !(test && (spec.startsWith('@alicloud/') || ['vitest', 'fast-check', 'yaml'].includes(spec)))) {
          problems.push(`${relative(src, file)} imports ${spec}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

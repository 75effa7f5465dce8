import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The layering rules of `.oxlintrc.json` (STYLE.md): pure `src/fdl` imports no UI, store, simulator, server,
 * generator or CLI code; `src/sim` and `src/kit` no UI, store or server code; the app never the server. Probe
 * files are written deep inside each folder (relative imports of any depth) of a copy of the project's layout
 * in a temporary folder, beside a copy of its config, and linted there: a pattern that only matched `../x` or
 * `../../x` would fail here, and the real `src` is never touched while other tests walk it.
 */
const sandbox = mkdtempSync(join(tmpdir(), 'fdl-lint-'))
copyFileSync('.oxlintrc.json', join(sandbox, '.oxlintrc.json'))
const oxlint = resolve('node_modules/.bin/oxlint')
afterAll(() => rmSync(sandbox, { recursive: true, force: true }))

function probe(dir: string, body: string): string {
  const folder = join('src', dir, 'a', 'b', 'c')
  mkdirSync(join(sandbox, folder), { recursive: true })
  const file = join(folder, 'probe.ts')
  writeFileSync(join(sandbox, file), `${body}\nexport {}\n`)
  return file
}

/** The imports oxlint refuses in a file, by specifier. */
function refused(file: string): string[] {
  const r = spawnSync(oxlint, ['-c', '.oxlintrc.json', file], { encoding: 'utf8', cwd: sandbox })
  return [...r.stdout.matchAll(/no-restricted-imports\): '([^']+)' import is restricted/g)].map((m) => m[1]!)
}

const up = '../../../../'

describe('the dependency lint rule', () => {
  it('refuses UI, store, simulator, server, kit and CLI imports in src/fdl, at any depth', () => {
    const specs = ['react', `${up}store/x.ts`, `${up}ui/canvas/x.ts`, `${up}sim/engine/x.ts`, `${up}server/x.ts`, `${up}kit/x.ts`, `${up}cli/x.ts`]
    const file = probe('fdl', specs.map((s, i) => `import * as m${i} from '${s}'`).join('\n'))
    expect(refused(file)).toEqual(specs)
  })

  it('refuses UI, store and server imports in src/sim, but lets it read src/fdl', () => {
    const specs = [`${up}store/x.ts`, `${up}ui/x.ts`, `${up}server/x.ts`]
    const file = probe('sim', [...specs, `${up}fdl/model/Flow.ts`].map((s, i) => `import * as m${i} from '${s}'`).join('\n'))
    expect(refused(file)).toEqual(specs)
  })

  it('refuses every other layer in src/i18n, which all of them (the FDL core too) may import', () => {
    const specs = ['react', `${up}fdl/model/Flow.ts`, `${up}store/x.ts`, `${up}ui/i18n/language.ts`, `${up}sim/x.ts`]
    const file = probe('i18n', [...specs, '../../../Message.ts'].map((s, i) => `import * as m${i} from '${s}'`).join('\n'))
    expect(refused(file)).toEqual(specs)
  })

  it('refuses server imports in the app', () => {
    const file = probe('ui', `import * as s from '${up}server/startServer.ts'`)
    expect(refused(file)).toEqual([`${up}server/startServer.ts`])
  })
})

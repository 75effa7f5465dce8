import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const cache = resolve('node_modules/.cache/fdl-kit-worker')

/**
 * Writes a kit's `worker-node/` into a fresh folder whose parent holds `node_modules` installed by npm from the
 * generated package.json (cached per package.json, so a run installs once), and returns the folder. Node and
 * TypeScript find the packages by walking up, as if `npm install` had run in the folder itself.
 */
export function installNodeWorker(files: ReadonlyMap<string, string>): string {
  const packageJson = files.get('worker-node/package.json')
  if (packageJson === undefined) throw new Error('the kit has no worker-node/')
  const base = join(cache, createHash('sha256').update(packageJson).digest('hex').slice(0, 16))
  if (!existsSync(join(base, 'node_modules'))) {
    mkdirSync(cache, { recursive: true })
    const staging = mkdtempSync(join(cache, 'install-'))
    writeFileSync(join(staging, 'package.json'), packageJson)
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: staging, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`npm install of the generated worker failed:\n${r.stderr}`)
    try {
      renameSync(staging, base)
    } catch {
      rmSync(staging, { recursive: true, force: true }) // another test installed it first
    }
  }
  const dir = mkdtempSync(join(base, 'worker-'))
  for (const [path, text] of files) {
    if (!path.startsWith('worker-node/') || path === 'worker-node/package.json') continue
    const target = join(dir, path.slice('worker-node/'.length))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  writeFileSync(join(dir, 'package.json'), packageJson)
  return dir
}

/** A binary the worker's package.json installed (`tsc`, `tsx`). */
export function workerBin(dir: string, name: string): string {
  return join(dirname(dir), 'node_modules', '.bin', name)
}

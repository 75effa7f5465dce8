import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FDL_SCHEMA } from '../fdl/schema/fdlSchema.ts'
import { memoryIo } from './io.ts'
import { runCli } from './runCli.ts'
import { tempDir } from './testing/realFiles.ts'

const seed = readFileSync('public/examples/mns-callback.yaml', 'utf8')
const broken = 'version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.x\n        goto: fianl\n  - type: succeed\n    name: final\n  - type: pass\n    name: after\n'
const warnOnly = 'version: v1\ntype: flow\nsteps:\n  - type: succeed\n    name: done\n  - type: pass\n    name: after\n'
const messy = 'steps:\n    -   name: a\n        type: pass   # keep me\ntype: flow\nversion: v1\n'

async function run(args: string[], files: Record<string, string | Uint8Array> = {}) {
  const io = memoryIo(files)
  const code = await runCli(args, io)
  return { code, out: io.out, err: io.err, written: io.written }
}

describe('fdl validate', () => {
  it('prints FILE:LINE:COL: SEVERITY CODE message per diagnostic, a summary, and exits 1 on an error', async () => {
    const r = await run(['validate', 'flow.yaml'], { 'flow.yaml': broken })
    expect(r.out).toBe(
      'flow.yaml:8:15: error goto-unknown-step No step is named `fianl`. Did you mean `final`?\n' +
      'flow.yaml:11:5: warning unreachable-step Step `after` can never run: the step before it ends the sequence (succeed, fail or end: true) and no goto names it. Remove it, or jump to it with goto.\n' +
      '1 error, 1 warning in 1 file.\n',
    )
    expect(r.code).toBe(1)
  })

  it('exits 0 when there are only warnings, and says so for clean files', async () => {
    expect((await run(['validate', 'w.yaml'], { 'w.yaml': warnOnly })).code).toBe(0)
    const clean = await run(['validate', 'a.yaml', 'b.json'], { 'a.yaml': seed, 'b.json': '{"version":"v1","type":"flow","steps":[{"type":"pass","name":"p"}]}' })
    expect(clean).toMatchObject({ code: 0, out: 'No problems in 2 files.\n', err: '' })
  })

  it('prints the --json shape of the contract', async () => {
    const r = await run(['validate', '--json', 'flow.yaml'], { 'flow.yaml': broken })
    const [report] = JSON.parse(r.out)
    expect(report.file).toBe('flow.yaml')
    expect(report.diagnostics[0]).toEqual({
      code: 'goto-unknown-step', severity: 'error', message: 'No step is named `fianl`. Did you mean `final`?',
      line: 8, column: 15, endLine: 8, endColumn: 20, path: ['steps', 0, 'choices', 0, 'goto'],
    })
    expect(r.code).toBe(1)
  })

  it('exits 2 with one line, no stack trace, for an unreadable file, and still checks the others', async () => {
    const r = await run(['validate', 'missing.yaml', 'flow.yaml'], { 'flow.yaml': seed })
    expect(r.err).toBe('fdl: cannot read missing.yaml: no such file\n')
    expect(r.out).toBe('No problems in 1 file.\n')
    expect(r.code).toBe(2)
  })

  it('refuses binary garbage with one line instead of reading it as text', async () => {
    const r = await run(['validate', 'x.bin'], { 'x.bin': new Uint8Array(Array.from({ length: 256 }, (_, i) => i)) })
    expect(r).toMatchObject({ code: 2, out: '', err: 'fdl: refusing x.bin: not a text file (it holds binary data)\n' })
  })

  it.each([[['validate']], [['validate', '--jsn', 'a.yaml']]])('exits 2 with usage for %j', async (args) => {
    const r = await run(args, { 'a.yaml': seed })
    expect(r.code).toBe(2)
    expect(r.err).toContain('Usage: fdl validate')
  })
})

describe('fdl fmt', () => {
  it('prints the canonical text, comments kept', async () => {
    const r = await run(['fmt', 'm.yaml'], { 'm.yaml': messy })
    expect(r).toMatchObject({ code: 0, out: 'version: v1\ntype: flow\nsteps:\n  - type: pass # keep me\n    name: a\n' })
  })

  it('--check exits 1 and names a file that would change, 0 for a formatted one', async () => {
    const r = await run(['fmt', '--check', 'm.yaml', 'seed.yaml'], { 'm.yaml': messy, 'seed.yaml': seed })
    expect(r).toMatchObject({ code: 1, out: 'm.yaml: not formatted (run fdl fmt --write m.yaml)\n' })
    expect((await run(['fmt', 'seed.yaml', '--check'], { 'seed.yaml': seed })).code).toBe(0)
  })

  it('--write rewrites only files that change', async () => {
    const r = await run(['fmt', '--write', 'm.yaml', 'seed.yaml'], { 'm.yaml': messy, 'seed.yaml': seed })
    expect(r.code).toBe(0)
    expect([...r.written.keys()]).toEqual(['/work/m.yaml'])
    expect(r.out).toBe('m.yaml: formatted\n')
  })

  it('leaves a file that is not valid YAML alone and exits 1 with its position', async () => {
    const r = await run(['fmt', '--write', 'bad.yaml'], { 'bad.yaml': 'steps: [\n' })
    expect(r.code).toBe(1)
    expect(r.written.size).toBe(0)
    expect(r.err).toMatch(/^bad\.yaml:2:1: error yaml-syntax /)
  })

  it.each([[['fmt']], [['fmt', 'a.yaml', 'b.yaml']], [['fmt', '--write', '--check', 'a.yaml']]])('exits 2 with usage for %j', async (args) => {
    expect((await run(args, { 'a.yaml': seed, 'b.yaml': seed })).code).toBe(2)
  })
})

describe('fdl schema, help and dispatch', () => {
  it('prints the JSON Schema', async () => {
    const r = await run(['schema'])
    expect(JSON.parse(r.out)).toEqual(FDL_SCHEMA)
    expect(r.code).toBe(0)
    expect((await run(['schema', 'extra'])).code).toBe(2)
  })

  it.each([[['--help']], [['-h']], [['help']], [['help', 'validate']], [['fmt', '--help']]])('shows help for %j and exits 0', async (args) => {
    const r = await run(args)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Usage: fdl/)
  })

  it('exits 2 with usage for no command or an unknown one', async () => {
    expect(await run([])).toMatchObject({ code: 2, out: '' })
    const r = await run(['lint', 'x.yaml'])
    expect(r).toMatchObject({ code: 2 })
    expect(r.err).toMatch(/^fdl: unknown command lint\n/)
  })

  it('hands simulate to the simulator', async () => {
    const r = await run(['simulate', 'missing.yaml'])
    expect(r.err + r.out).not.toContain('unknown command')
  })
})

/**
 * A checkout of its own (bin, the build script, src; esbuild and yaml linked in), so its bundle and code caches are
 * its own too.
 */
function ownCheckout(): ReturnType<typeof tempDir> {
  const t = tempDir()
  for (const path of ['bin', 'scripts/build-cli.mjs', 'src']) cpSync(path, join(t.dir, path), { recursive: true })
  mkdirSync(join(t.dir, 'node_modules'))
  for (const pkg of ['esbuild', '@esbuild', 'yaml']) symlinkSync(resolve('node_modules', pkg), join(t.dir, 'node_modules', pkg))
  return t
}

describe('the installed command (node bin/fdl.mjs)', () => {
  it('validates a file end to end', () => {
    const r = spawnSync('node', ['bin/fdl.mjs', 'validate', 'public/examples/mns-callback.yaml'], { encoding: 'utf8' })
    expect(r.stdout).toBe('No problems in 1 file.\n')
    expect(r.status).toBe(0)
  })

  it('simulates a flow end to end, printing what the command prints in-process', async () => {
    // The process tunes V8 for `simulate` before it runs (src/cli/main.ts); the result must not move.
    const args = ['simulate', 'public/examples/mns-callback.yaml', '--json']
    const r = spawnSync('node', ['bin/fdl.mjs', ...args], { encoding: 'utf8' })
    const inProcess = await run(args, { 'public/examples/mns-callback.yaml': seed })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'Succeeded' })
    expect(r.stdout).toBe(inProcess.out)
  })

  it('rebuilds itself when a source it was built from changes, and only then', () => {
    const t = ownCheckout()
    try {
      const fdl = (...args: string[]) => spawnSync('node', [join(t.dir, 'bin/fdl.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 })
      const bundle = join(t.dir, 'node_modules/.cache/fdl-cli/fdl.cjs')
      expect(fdl('--help').stdout).toContain('Usage: fdl <command> [options]')
      const built = statSync(bundle).mtimeMs
      expect(fdl('--help').status).toBe(0)
      expect(statSync(bundle).mtimeMs).toBe(built)
      // Edited as a person would: the next run shows the edit.
      const source = join(t.dir, 'src/cli/runCli.ts')
      writeFileSync(source, readFileSync(source, 'utf8').replace('Usage: fdl <command>', 'Usage: fdl-edited <command>'))
      expect(fdl('--help').stdout).toContain('Usage: fdl-edited <command> [options]')
    } finally {
      t.cleanup()
    }
  }, 120_000)

  it('keeps a code cache per command that gives the same output, and runs past a damaged one', () => {
    const t = ownCheckout()
    try {
      const flow = resolve('public/examples/mns-callback.yaml')
      const simulate = () => spawnSync('node', [join(t.dir, 'bin/fdl.mjs'), 'simulate', flow, '--json'], { encoding: 'utf8', timeout: 60_000 })
      const caches = join(t.dir, 'node_modules/.cache/fdl-cli/code-cache')
      // Help compiles little of the command: no cache from it, so the first real run leaves a whole one.
      expect(spawnSync('node', [join(t.dir, 'bin/fdl.mjs'), 'simulate', '--help'], { encoding: 'utf8' }).status).toBe(0)
      expect(existsSync(caches)).toBe(false)
      const first = simulate()
      expect(first.status).toBe(0)
      const [cache, ...others] = readdirSync(caches)
      expect(others).toEqual([])
      expect(cache).toMatch(/^simulate-[0-9a-f]{16}\.bin$/)
      const written = readFileSync(join(caches, cache!))
      // Run from the cache: the same output, and the cache left as it was.
      expect(simulate().stdout).toBe(first.stdout)
      expect(readFileSync(join(caches, cache!)).equals(written)).toBe(true)
      // A damaged cache is refused by V8: the run is whole and the cache written again.
      writeFileSync(join(caches, cache!), written.subarray(0, 1000))
      const damaged = simulate()
      expect(damaged.status).toBe(0)
      expect(damaged.stdout).toBe(first.stdout)
      expect(readFileSync(join(caches, cache!)).length).toBeGreaterThan(written.length / 2)
      // Another command keeps its own.
      expect(spawnSync('node', [join(t.dir, 'bin/fdl.mjs'), 'validate', flow], { encoding: 'utf8' }).stdout).toBe('No problems in 1 file.\n')
      expect(readdirSync(caches).sort()).toEqual([cache, cache!.replace('simulate', 'validate')].sort())
    } finally {
      t.cleanup()
    }
  }, 120_000)

  it('fails an unreadable file with one line and exit code 2', () => {
    const r = spawnSync('node', ['bin/fdl.mjs', 'validate', 'no/such/file.yaml'], { encoding: 'utf8' })
    expect(r.stderr).toBe('fdl: cannot read no/such/file.yaml: no such file\n')
    expect(r.status).toBe(2)
  })
})

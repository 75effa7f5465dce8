import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nodeIo } from '../io.ts'
import { runCli } from '../runCli.ts'
import type { CommandIo } from '../io.ts'

/** A fresh directory for one test's files, removed by `cleanup`. */
export function tempDir(): { dir: string; file: (name: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fdl-cli-'))
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/**
 * Runs the `fdl` command in-process on the real file system (`nodeIo`), capturing what it prints. `around` may wrap
 * the io, e.g. to change a file between reading and writing as another program would.
 */
export async function runOnDisk(args: string[], around: (io: CommandIo) => CommandIo = (io) => io): Promise<{ code: number; out: string; err: string }> {
  const captured = { out: '', err: '' }
  const io = around({ ...nodeIo(), stdout: (t) => void (captured.out += t), stderr: (t) => void (captured.err += t) })
  const code = await runCli(args, io)
  return { code, ...captured }
}

/** Runs the installed command (`node bin/fdl.mjs`) in a child process, killed after `timeout` ms. */
export function runInstalled(args: string[], timeout = 15_000) {
  return spawnSync('node', ['bin/fdl.mjs', ...args], { encoding: 'utf8', timeout })
}

/** A small, valid flow that `fdl fmt` changes (keys out of canonical order, a comment to keep). */
export const MESSY_FLOW = 'steps:\n    -   name: a\n        type: pass   # keep me\ntype: flow\nversion: v1\n'
/** {@link MESSY_FLOW} formatted. */
export const TIDY_FLOW = 'version: v1\ntype: flow\nsteps:\n  - type: pass # keep me\n    name: a\n'

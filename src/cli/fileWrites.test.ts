import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MESSY_FLOW, runInstalled, runOnDisk, tempDir, TIDY_FLOW } from './testing/realFiles.ts'

const isRoot = process.getuid?.() === 0
// The tests that run fdl as `nobody` need the project folder reachable by that user (a clone under a 0700 folder,
// such as /root or a mktemp directory, is not).
const nobodyReachesProject = isRoot && spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', 'package.json'], { stdio: 'ignore' }).status === 0

/** Whether this process may mount a file system (root in a container may still lack the capability). */
function canMount(): boolean {
  if (!isRoot) return false
  const probe = mkdtempSync(join(tmpdir(), 'fdl-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe])
    return true
  } catch {
    return false
  } finally {
    rmdirSync(probe)
  }
}
const mountable = canMount()
const NOBODY = 65534
let t: ReturnType<typeof tempDir>
beforeEach(() => void (t = tempDir()))
afterEach(() => t.cleanup())

/** The flow made big enough (comments, which formatting keeps) that writing it needs more room than a tiny disk has. */
const bigMessy = (bytes: number) => MESSY_FLOW + `# ${'x'.repeat(100)}\n`.repeat(Math.ceil(bytes / 103))

describe('fmt --write replaces a file atomically', () => {
  it('keeps the permissions, the owner and CRLF line ends, and leaves no temporary file', async () => {
    const path = t.file('crlf.yaml', MESSY_FLOW.replace(/\n/g, '\r\n'))
    chmodSync(path, 0o640)
    if (isRoot) chownSync(path, NOBODY, NOBODY)
    const r = await runOnDisk(['fmt', '--write', path])
    expect(r).toEqual({ code: 0, out: `${path}: formatted\n`, err: '' })
    expect(readFileSync(path, 'utf8')).toBe(TIDY_FLOW.replace(/\n/g, '\r\n'))
    const after = statSync(path)
    expect(after.mode & 0o777).toBe(0o640)
    if (isRoot) expect([after.uid, after.gid]).toEqual([NOBODY, NOBODY])
    expect(readdirSync(t.dir)).toEqual(['crlf.yaml'])
  })

  it('writes through a symbolic link, which stays a link', async () => {
    const target = t.file('real.yaml', MESSY_FLOW)
    const link = join(t.dir, 'link.yaml')
    symlinkSync(target, link)
    expect((await runOnDisk(['fmt', '--write', link])).code).toBe(0)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe(TIDY_FLOW)
  })

  it.skipIf(!mountable)('on a full disk says so and leaves the file byte for byte as it was (skipped unless a 64 KB tmpfs can be mounted, i.e. as root)', async () => {
    const mount = join(t.dir, 'tiny')
    mkdirSync(mount)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount])
    try {
      const path = join(mount, 'flow.yaml')
      const original = bigMessy(40_000)
      writeFileSync(path, original)
      const r = await runOnDisk(['fmt', '--write', path])
      expect(r).toEqual({ code: 2, out: '', err: `fdl: cannot write ${path}: no space left on the device; the file is unchanged\n` })
      expect(readFileSync(path, 'utf8')).toBe(original)
      expect(readdirSync(mount)).toEqual(['flow.yaml'])
    } finally {
      execFileSync('umount', [mount])
    }
  })

  it('does not overwrite a file someone else changed while it was being formatted, and says so', async () => {
    const path = t.file('shared.yaml', MESSY_FLOW)
    const theirs = MESSY_FLOW.replace('name: a', 'name: b')
    const r = await runOnDisk(['fmt', '--write', path], (io) => ({
      ...io,
      writeFile: (p, text) => {
        writeFileSync(p, theirs) // another editor saves between our read and our write
        io.writeFile(p, text)
      },
    }))
    expect(r.err).toBe(`fdl: not writing ${path}: it changed on disk while fdl was working (someone else saved it), so it was not overwritten; run the command again\n`)
    expect(r.code).toBe(2)
    expect(readFileSync(path, 'utf8')).toBe(theirs)
    expect(readdirSync(t.dir)).toEqual(['shared.yaml'])
  })

  it('does not bring back a file that was deleted meanwhile', async () => {
    const path = t.file('gone.yaml', MESSY_FLOW)
    const r = await runOnDisk(['fmt', '--write', path], (io) => ({ ...io, writeFile: (p, text) => (t.cleanup(), io.writeFile(p, text)) }))
    expect(r.err).toMatch(/^fdl: not writing .*gone\.yaml: it was moved or deleted while fdl was working/)
    expect(r.code).toBe(2)
  })
})

describe.skipIf(!nobodyReachesProject)('as a user who may not write (run as nobody with runuser; skipped unless root and the project folder is readable by nobody)', () => {
  // The installed command, as someone who may not write its code cache either (node_modules is root's): it runs without.
  const asNobody = (args: string[]) => spawnSync('runuser', ['-u', 'nobody', '--', 'node', 'bin/fdl.mjs', ...args], { encoding: 'utf8', timeout: 15_000 })

  beforeEach(() => {
    runInstalled(['--help']) // builds the bundle (as root) if the sources are newer
    chmodSync(t.dir, 0o755)
  })

  it('leaves a read-only file alone although its folder is writable', () => {
    chownSync(t.dir, NOBODY, NOBODY)
    const path = t.file('ro.yaml', MESSY_FLOW)
    chownSync(path, NOBODY, NOBODY)
    chmodSync(path, 0o444)
    const r = asNobody(['fmt', '--write', path])
    expect(r.stderr).toBe(`fdl: cannot write ${path}: permission denied; the file is unchanged\n`)
    expect(r.status).toBe(2)
    expect(readFileSync(path, 'utf8')).toBe(MESSY_FLOW)
    expect(readdirSync(t.dir)).toEqual(['ro.yaml'])
  })

  it('says so when no temporary file can be made beside the file, and leaves it alone', () => {
    const path = t.file('theirs.yaml', MESSY_FLOW)
    chownSync(path, NOBODY, NOBODY) // nobody may write the file but not the root-owned folder
    const r = asNobody(['fmt', '--write', path])
    expect(r.stderr).toBe(`fdl: cannot write ${path}: permission denied; the file is unchanged\n`)
    expect(r.status).toBe(2)
    expect(readFileSync(path, 'utf8')).toBe(MESSY_FLOW)
  })

  it('formats a file it owns in its own folder, keeping its mode', () => {
    chownSync(t.dir, NOBODY, NOBODY)
    const path = t.file('mine.yaml', MESSY_FLOW)
    chownSync(path, NOBODY, NOBODY)
    chmodSync(path, 0o600)
    const r = asNobody(['fmt', '--write', path])
    expect(r.stdout).toBe(`${path}: formatted\n`)
    expect(readFileSync(path, 'utf8')).toBe(TIDY_FLOW)
    expect(statSync(path)).toMatchObject({ uid: NOBODY, mode: expect.any(Number) })
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })
})

import { basename, extname, resolve } from 'node:path'
import { FLOW_NAME, generateKit } from '../kit/generateKit.ts'
import type { CommandIo } from './CommandIo.ts'
import { diagnosticLine } from './diagnosticLine.ts'
import { kitArgs } from './kitArgs.ts'
import { readSource } from './readSource.ts'
import { USAGE } from './usage.ts'

// Files the user is meant to edit: a second `fdl kit` into the same folder keeps them.
const USER_FILES = ['worker-node/handler.ts', 'worker-python/handler.py']

/**
 * `fdl kit FLOW --out DIR …`: writes the deploy kit of a flow (src/kit). Resolves to 0 when written, 1 for a
 * flow with errors (printed like `fdl validate`, nothing written), 2 for a usage error or an unreadable file.
 */
export async function runKit(args: readonly string[], io: CommandIo): Promise<number> {
  const a = kitArgs(args)
  if (typeof a === 'string') {
    io.stderr(`fdl kit: ${a}\n${USAGE.kit}`)
    return 2
  }
  if (a.help) return (io.stdout(USAGE.kit), 0)
  if (a.flowName !== undefined && !FLOW_NAME.test(a.flowName)) {
    io.stderr(`fdl kit: --flow-name ${a.flowName} is not a flow name: use 1–128 letters, digits, _ and -, starting with a letter or _\n`)
    return 2
  }
  const source = readSource(io, a.file)
  if ('error' in source) {
    io.stderr(source.error)
    return 2
  }
  const extension = extname(a.file).toLowerCase()
  const result = generateKit(source.text, {
    langs: a.langs,
    region: a.region,
    accountId: a.accountId,
    flowName: a.flowName,
    sourceName: basename(a.file, extname(a.file)),
    flowFile: `flow${extension === '.json' || extension === '.yml' ? extension : '.yaml'}`,
  })
  if (!result.ok) {
    for (const d of result.errors) io.stderr(diagnosticLine(a.file, d))
    io.stderr(`fdl kit: ${result.message}${result.errors.length === 0 ? ' Give one with --flow-name.' : ''} Nothing was written.\n`)
    return 1
  }
  const out = resolve(io.cwd, a.out)
  const kept: string[] = []
  for (const f of result.files) {
    const path = resolve(out, f.path)
    const current = USER_FILES.includes(f.path) ? existing(io, path) : null
    if (current !== null && current !== f.text) kept.push(f.path)
    else io.writeFile(path, f.text)
  }
  io.stdout(`fdl kit: wrote ${result.files.length - kept.length} files for the flow ${result.model.flowName} to ${a.out}${kept.length > 0 ? ` (kept your ${kept.join(' and ')})` : ''}\n`)
  io.stdout(`Next: ${a.out}/README.md lists the parts in the order to use them.\n`)
  return 0
}

function existing(io: CommandIo, path: string): string | null {
  try {
    return io.readFile(path)
  } catch {
    return null
  }
}

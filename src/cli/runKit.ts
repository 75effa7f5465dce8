import { basename, extname, resolve } from 'node:path'
import { FLOW_NAME, generateKit } from '../kit/generateKit.ts'
import type { CommandIo } from './io.ts'
import { diagnosticLine } from './runValidate.ts'
import { readSource } from './readSource.ts'
import { USAGE } from './runCli.ts'
import type { KitLanguage } from '../kit/generateKit.ts'

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

/** What `fdl kit` was asked to do. */
export interface KitArgs {
  readonly file: string
  readonly out: string
  readonly langs: readonly KitLanguage[]
  readonly region?: string
  readonly accountId?: string
  readonly flowName?: string
  readonly help: boolean
}

const VALUE_OPTIONS = ['--out', '--lang', '--region', '--account-id', '--flow-name'] as const

/**
 * Reads `fdl kit FLOW --out DIR [--lang node,python] [--region R] [--account-id A] [--flow-name N]` (also
 * `--opt=value`). Returns the usage problem as text instead of throwing.
 */
export function kitArgs(args: readonly string[]): KitArgs | string {
  const values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> = {}
  let file: string | null = null
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (name === '--help' || name === '-h') help = true
    else if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = inline ?? args[++i]
      if (value === undefined || value === '') return `${name} needs a value`
      values[name as (typeof VALUE_OPTIONS)[number]] = value
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`
    else if (file === null) file = arg
    else return `one FLOW at a time (got ${file} and ${arg})`
  }
  if (help) return { file: file ?? '', out: '', langs: [], help }
  if (file === null) return 'no FLOW given'
  if (values['--out'] === undefined) return '--out DIR is required (the folder the kit is written to)'
  const langs = (values['--lang'] ?? 'node,python').split(',').map((l) => l.trim())
  const unknown = langs.find((l) => l !== 'node' && l !== 'python')
  if (unknown !== undefined) return `--lang takes node, python or both (node,python), not ${unknown}`
  const region = values['--region']
  if (region !== undefined && !/^[a-z]{2}(-[a-z0-9]+)+$/.test(region)) return `--region ${region} is not a region id such as cn-hangzhou`
  const accountId = values['--account-id']
  if (accountId !== undefined && !/^[0-9]+$/.test(accountId)) return `--account-id ${accountId} is not an account id (digits only)`
  return {
    file,
    out: values['--out'],
    langs: [...new Set(langs)] as KitLanguage[],
    ...(region !== undefined && { region }),
    ...(accountId !== undefined && { accountId }),
    ...(values['--flow-name'] !== undefined && { flowName: values['--flow-name'] }),
    help,
  }
}

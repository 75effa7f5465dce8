import type { KitLanguage } from '../kit/generateKit.ts'

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

import { FDL_SCHEMA } from '../fdl/schema/fdlSchema.ts'
import type { CommandIo } from './io.ts'
import { parseArgs, USAGE } from './runCli.ts'

/** `fdl schema`: prints the FDL JSON Schema exactly as `public/fdl.schema.json` holds it. */
export async function runSchema(args: readonly string[], io: CommandIo): Promise<number> {
  const { flags, files, unknown } = parseArgs(args, [])
  if (flags.has('--help')) return (io.stdout(USAGE.schema), 0)
  if (unknown !== null || files.length > 0) {
    io.stderr(`fdl schema: ${unknown !== null ? `unknown option ${unknown}` : `unexpected argument ${files[0]}`}\n${USAGE.schema}`)
    return 2
  }
  io.stdout(JSON.stringify(FDL_SCHEMA, null, 2) + '\n')
  return 0
}

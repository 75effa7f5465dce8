import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { parseNumberText, type NumberRule } from '../logic/parseNumberText.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { setOrRemove } from '../logic/setOrRemove.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import { TextField } from './TextField.tsx'

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  readonly label: string
  /** Where the number lives in the document; emptying the field removes the key. */
  readonly path: JsonPath
  readonly value: number | undefined
  readonly rule?: NumberRule
  readonly placeholder?: string
  readonly hint?: string
}

/**
 * A numeric document field: written as a YAML number, out-of-range values written but flagged inline
 * (the validator reports them too), non-numbers not written.
 */
export function NumberField({ label, path, value, rule, placeholder, hint }: NumberFieldProps) {
  const { edit } = useInspectorEnv()
  return (
    <TextField
      label={label}
      value={value === undefined ? '' : String(value)}
      placeholder={placeholder}
      hint={hint}
      check={(text) => parseNumberText(text, rule)}
      onCommit={(text, final) => {
        if (text.trim() === '' && value !== undefined && !final) return undefined
        const reading = parseNumberText(text, rule)
        if (reading.error) return null
        if (reading.value !== value) edit([setOrRemove(path, reading.value)], `field:${pathKey(path)}`)
        return reading.value === undefined ? '' : String(reading.value)
      }}
    />
  )
}

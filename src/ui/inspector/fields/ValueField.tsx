import type { ReactNode } from 'react'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { formatValueText } from '../logic/formatValueText.ts'
import { parseValueText } from '../logic/parseValueText.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { setOrRemove } from '../logic/setOrRemove.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import type { FieldCheck } from './FieldCheck.ts'
import { TextField } from './TextField.tsx'

/** Props of {@link ValueField}. */
export interface ValueFieldProps {
  readonly label: string
  readonly path: JsonPath
  readonly value: unknown
  readonly check?: (value: unknown) => FieldCheck
  readonly hint?: ReactNode
  readonly placeholder?: string
  readonly list?: string
  readonly labelHidden?: boolean
  readonly adornment?: ReactNode
  /** Emptying the field removes the key (else it writes `''`). */
  readonly removeWhenEmpty?: boolean
}

/**
 * A field holding any flow value (a `serviceParams` value): typed as YAML would read it, so `1` is a
 * number, `"1"` a string, `$.x` a path (see `parseValueText`).
 */
export function ValueField(props: ValueFieldProps) {
  const { edit } = useInspectorEnv()
  const { path, value } = props
  return (
    <TextField
      label={props.label}
      labelHidden={props.labelHidden}
      value={formatValueText(value)}
      check={props.check ? (text) => props.check?.(parseValueText(text)) ?? {} : undefined}
      hint={props.hint}
      placeholder={props.placeholder}
      list={props.list}
      adornment={props.adornment}
      mono
      onCommit={(text, final) => {
        const next = text === '' && props.removeWhenEmpty ? undefined : parseValueText(text)
        if (next === undefined && value !== undefined && !final) return undefined
        const changed = next === undefined ? value !== undefined : value === undefined || formatValueText(next) !== formatValueText(value)
        if (changed) edit([setOrRemove(path, next)], `field:${pathKey(path)}`)
        return formatValueText(next)
      }}
    />
  )
}

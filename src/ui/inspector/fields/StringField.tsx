import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { setOrRemove } from '../logic/setOrRemove.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import type { FieldCheck } from './FieldCheck.ts'
import { TextField } from './TextField.tsx'

/** Props of {@link StringField}. */
export interface StringFieldProps {
  readonly label: string
  readonly path: JsonPath
  readonly value: string | undefined
  /** Optional keys disappear when emptied; required ones are written as `''` so the step keeps its shape. */
  readonly required?: boolean
  readonly check?: (text: string) => FieldCheck
  readonly hint?: string
  readonly placeholder?: string
  readonly mono?: boolean
  readonly list?: string
}

/**
 * A string document field; each keystroke is one `field.set` in the field's undo group. The text is sent
 * trimmed: a trailing space mid-typing would otherwise be written quoted, and the YAML keeps that style.
 */
export function StringField(props: StringFieldProps) {
  const { edit } = useInspectorEnv()
  const { path, value, required } = props
  return (
    <TextField
      label={props.label}
      value={value ?? ''}
      check={props.check}
      hint={props.hint}
      placeholder={props.placeholder}
      mono={props.mono}
      list={props.list}
      onCommit={(typed, final) => {
        const text = typed.trim()
        if (props.check?.(text).error) return null
        const next = text === '' && !required ? undefined : text
        if (next === undefined && value !== undefined && !final) return undefined
        if (next !== value) edit([setOrRemove(path, next)], `field:${pathKey(path)}`)
        return text
      }}
    />
  )
}

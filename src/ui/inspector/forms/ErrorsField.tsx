import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { msg } from '../../../i18n/Message.ts'
import { useT } from '../../i18n/language.ts'
import { TextField } from '../fields/TextField.tsx'
import { parseErrorList } from '../logic/parseErrorList.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

/** The `errors` list of a retry or catch policy, typed as a comma separated list of error names. */
export function ErrorsField({ path, errors }: { readonly path: JsonPath; readonly errors: readonly string[] }) {
  const { edit } = useInspectorEnv()
  const t = useT()
  return (
    <TextField
      label={t('Errors')}
      mono
      value={errors.join(', ')}
      placeholder="FnF.ALL, FnF.TaskTimeout"
      check={(text) => (parseErrorList(text).length === 0 ? { warning: msg('List at least one error name; FnF.ALL matches every error.') } : {})}
      onCommit={(text) => {
        const list = parseErrorList(text)
        if (list.join(', ') !== errors.join(', ')) edit([{ type: 'field.set', path, value: list }], `field:${pathKey(path)}`)
        return list.join(', ')
      }}
    />
  )
}

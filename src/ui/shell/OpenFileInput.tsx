import type { ChangeEvent } from 'react'
import { readFlowFile } from '../../store/files/readFlowFile.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import { OPEN_INPUT_ID } from './createBrowserEnv.ts'

/** The visually hidden `Open FDL file` input that `Open` clicks; a picked file becomes the document (undoable). */
export function OpenFileInput() {
  const { store } = useDesigner()
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const file = input.files?.[0]
    if (!file) return
    const result = await readFlowFile(file)
    input.value = ''
    const s = store.getState()
    if (result.ok) s.dispatch({ origin: 'load', text: result.value.text, name: result.value.documentName })
    else s.setNotice(result.message)
  }
  return (
    <input
      id={OPEN_INPUT_ID}
      type="file"
      className="visually-hidden"
      aria-label="Open FDL file"
      accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
      tabIndex={-1}
      onChange={(e) => void onChange(e)}
    />
  )
}

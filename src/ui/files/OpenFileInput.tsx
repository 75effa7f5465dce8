import type { ChangeEvent } from 'react'
import { FILE_LIMITS } from '../../files/readFlowFile.ts'
import { OPEN_INPUT_ID } from '../shell/createBrowserEnv.ts'
import { useT } from '../i18n/language.ts'
import { useFilesController } from './FilesContext.ts'

/**
 * The visually hidden `Open FDL file` input that `Open` (Ctrl/Cmd+O) clicks. A picked file opens as a new
 * document; the one that was open stays in the recent list.
 */
export function OpenFileInput() {
  const files = useFilesController()
  const t = useT()
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (file) void files.openFile(file)
  }
  return <input id={OPEN_INPUT_ID} type="file" className="visually-hidden" aria-label={t('Open FDL file')} accept={FILE_LIMITS.accept} tabIndex={-1} onChange={onChange} />
}

import { DocumentBar } from '../files/DocumentBar.tsx'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { useT } from '../i18n/language.ts'
import { OpenFileInput } from '../files/OpenFileInput.tsx'
import { ActionButton } from './ActionButton.tsx'
import { ExportMenu } from './ExportMenu.tsx'
import { Icon } from './Icon.tsx'
import { SyncStatus } from './SyncStatus.tsx'
import { ViewSwitch } from './ViewSwitch.tsx'

/** The top bar: file actions, history, view switch, sync status, Share, Deploy, Present and Simulate; all registry actions. */
export function Toolbar() {
  const t = useT()
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">F</span>
        <span className="brand-name">FDL Studio</span>
      </div>
      <DocumentBar />
      {/* A class, not the name, marks the group for the stylesheet: the name changes with the language. */}
      <div className="tool-group document" role="toolbar" aria-label={t('Document')}>
        <ActionButton id="file.new" icon={<Icon name="new" />} />
        <ActionButton id="file.open" icon={<Icon name="open" />} />
        <OpenFileInput />
        <ExportMenu />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('History')}>
        <ActionButton id="history.undo" icon={<Icon name="undo" />} showLabel={false} />
        <ActionButton id="history.redo" icon={<Icon name="redo" />} showLabel={false} />
      </div>
      <ViewSwitch />
      <SyncStatus />
      <div className="tool-group end" role="toolbar" aria-label={t('Run and share')}>
        <ActionButton id="share" icon={<Icon name="share" />} />
        <ActionButton id="deploy" icon={<Icon name="deploy" />} />
        <ActionButton id="present" icon={<Icon name="present" />} />
        <ActionButton id="simulate" icon={<Icon name="play" />} keepLabel />
        <LanguageSwitch />
      </div>
    </header>
  )
}

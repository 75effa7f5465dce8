import { DocumentBar } from '../files/DocumentBar.tsx'
import { OpenFileInput } from '../files/OpenFileInput.tsx'
import { ActionButton } from './ActionButton.tsx'
import { ExportMenu } from './ExportMenu.tsx'
import { Icon } from './Icon.tsx'
import { SyncStatus } from './SyncStatus.tsx'
import { ViewSwitch } from './ViewSwitch.tsx'

/** The top bar: file actions, history, view switch, sync status, Share, Deploy, Present and Simulate; all registry actions. */
export function Toolbar() {
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">F</span>
        <span className="brand-name">FDL Studio</span>
      </div>
      <DocumentBar />
      <div className="tool-group" role="toolbar" aria-label="Document">
        <ActionButton id="file.new" icon={<Icon name="new" />} />
        <ActionButton id="file.open" icon={<Icon name="open" />} />
        <OpenFileInput />
        <ExportMenu />
      </div>
      <div className="tool-group" role="toolbar" aria-label="History">
        <ActionButton id="history.undo" icon={<Icon name="undo" />} showLabel={false} />
        <ActionButton id="history.redo" icon={<Icon name="redo" />} showLabel={false} />
      </div>
      <ViewSwitch />
      <SyncStatus />
      <div className="tool-group end" role="toolbar" aria-label="Run and share">
        <ActionButton id="share" icon={<Icon name="share" />} />
        <ActionButton id="deploy" icon={<Icon name="deploy" />} />
        <ActionButton id="present" icon={<Icon name="present" />} />
        <ActionButton id="simulate" icon={<Icon name="play" />} keepLabel />
      </div>
    </header>
  )
}

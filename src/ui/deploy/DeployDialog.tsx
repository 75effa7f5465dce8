import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { msg, type Message } from '../../i18n/Message.ts'
import type { UiText } from '../../i18n/UiText.ts'
import { generateKit } from '../../kit/generateKit.ts'
import { useDesigner } from '../../store/Designer.ts'
import { Dialog } from '../files/Dialog.tsx'
import { downloadBlob } from '../files/downloadBlob.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { kitGroups, type KitGroup, zipKit } from './kitDownload.ts'
import './deploy.css'

/** Tab names by kit folder (English; product names read the same in every language). */
const LABELS: Readonly<Record<string, UiText>> = {
  Overview: 'Overview',
  ram: 'RAM policies',
  'aliyun-cli': 'aliyun CLI',
  terraform: 'Terraform',
  ros: 'ROS',
  'worker-node': 'Node worker',
  'worker-python': 'Python worker',
}

/** A tab's name in the UI language; a folder the dialog does not know is shown as it is named. */
function tabName(name: string, t: Translate): string {
  const label = LABELS[name]
  return label ? t(label) : name
}

/** The document name as a flow name: what the service accepts, else nothing (the flow's own name or `flow`). */
function flowNameOf(documentName: string): string | undefined {
  const name = documentName.replace(/\.(ya?ml|json)$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[^A-Za-z_]+/, '').slice(0, 128)
  return name === '' ? undefined : name
}

/**
 * The Deploy dialog (`fdl kit` in the app): workers, RAM policies and deploy files generated from the open
 * flow, a tab per part, each file viewable and copyable, all downloadable as one zip. Region, account and flow
 * name are options, as on the command line; nothing here changes the document.
 */
export default function DeployDialog({ onClose }: { readonly onClose: () => void }) {
  const designer = useDesigner()
  const t = useT()
  const text = useDesigner((s) => s.text)
  const documentName = useDesigner((s) => s.documentName)
  const [options, setOptions] = useState({ flowName: '', region: '', accountId: '' })
  // Kept as a message, not a string, so a language change while it shows re-says it.
  const [status, setStatus] = useState<Message | null>(null)
  const result = useMemo(
    () =>
      generateKit(text, {
        sourceName: flowNameOf(documentName),
        flowName: options.flowName.trim() || undefined,
        region: options.region.trim() || undefined,
        accountId: options.accountId.trim() || undefined,
      }),
    [text, documentName, options],
  )
  const groups = useMemo(() => (result.ok ? kitGroups(result.files) : []), [result])
  const [tab, setTab] = useState('Overview')
  const current = groups.find((g) => g.name === tab) ?? groups[0]

  const copy = async (path: string, body: string) => {
    await designer.env.writeClipboard(body)
    setStatus(msg('Copied {path}', { path }))
  }
  const download = async () => {
    if (!result.ok) return
    const folder = `${result.model.flowName}-kit`
    downloadBlob(await zipKit(folder, result.files), `${folder}.zip`)
    setStatus(msg('Downloaded {file} ({n} files)', { file: `${folder}.zip`, n: result.files.length }))
  }
  const field = (key: keyof typeof options, label: UiText, placeholder: string) => (
    <label className="files-field deploy-option">
      <span>{t(label)}</span>
      <input type="text" value={options[key]} placeholder={placeholder} spellCheck={false} onChange={(e) => setOptions({ ...options, [key]: e.target.value })} />
    </label>
  )

  // The command sits inside the sentence as code: the translation keeps its place as `{command}`.
  const [beforeCommand, afterCommand] = t('Workers and deploy files generated from this flow, as {command} writes them. Nothing leaves your browser until you download.').split('{command}')
  return (
    <Dialog title={t('Deploy')} onClose={onClose} wide>
      <p className="files-dialog-message">
        {beforeCommand}
        <code>fdl kit</code>
        {afterCommand}
      </p>
      <div className="deploy-options">
        {field('flowName', 'Flow name', result.ok ? result.model.flowName : 'flow')}
        {field('region', 'Region', t('the flow’s own'))}
        {field('accountId', 'Account ID', t('the flow’s own'))}
      </div>
      {result.ok && current ? (
        <>
          <KitTabs groups={groups} current={current.name} onSelect={setTab} />
          <div role="tabpanel" id={`deploy-panel-${current.name}`} aria-label={tabName(current.name, t)} className="deploy-panel" tabIndex={0}>
            <p className="deploy-about">{current.about ? t(current.about) : null}</p>
            {current.files.map((f) => (
              <section key={f.path} className="deploy-file" aria-label={f.path}>
                <header>
                  <h3>{f.path}</h3>
                  <button type="button" aria-label={t('Copy {path}', { path: f.path })} onClick={() => void copy(f.path, f.text)}>
                    {t('Copy')}
                  </button>
                </header>
                <pre tabIndex={0} aria-label={t('Contents of {path}', { path: f.path })}>{f.text}</pre>
              </section>
            ))}
          </div>
        </>
      ) : (
        <div role="alert" className="deploy-problems">
          <p>{result.ok ? '' : t.message(result.text)}</p>
          {!result.ok && result.errors.length > 0 ? (
            <ul>
              {result.errors.map((d, i) => (
                <li key={i}>{t('Line {line}: {message}', { line: d.range.line, message: t.message(d.text ?? d.message) })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      <div className="files-dialog-actions">
        <span role="status" className="deploy-status">
          {status ? t.message(status) : ''}
        </span>
        <button type="button" onClick={onClose}>
          {t('Close')}
        </button>
        <button type="button" className="files-primary" disabled={!result.ok} onClick={() => void download()}>
          {t('Download zip')}
        </button>
      </div>
    </Dialog>
  )
}

/** The tab list, with arrow keys, Home and End moving between tabs (the WAI-ARIA tabs pattern). */
function KitTabs({ groups, current, onSelect }: { readonly groups: readonly KitGroup[]; readonly current: string; readonly onSelect: (name: string) => void }) {
  const id = useId()
  const t = useT()
  const refs = useRef(new Map<string, HTMLButtonElement>())
  const move = (e: KeyboardEvent, index: number) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: groups.length - 1 }[e.key]
    if (next === undefined) return
    e.preventDefault()
    const target = groups[(next + groups.length) % groups.length]!
    onSelect(target.name)
    refs.current.get(target.name)?.focus()
  }
  return (
    <div role="tablist" aria-label={t('Kit parts')} className="deploy-tabs">
      {groups.map((g, i) => (
        <button
          key={g.name}
          ref={(el) => void (el ? refs.current.set(g.name, el) : refs.current.delete(g.name))}
          type="button"
          role="tab"
          id={`${id}-${g.name}`}
          aria-selected={g.name === current}
          aria-controls={`deploy-panel-${g.name}`}
          tabIndex={g.name === current ? 0 : -1}
          onClick={() => onSelect(g.name)}
          onKeyDown={(e) => move(e, i)}
        >
          {tabName(g.name, t)} <span className="deploy-count">{g.files.length}</span>
        </button>
      ))}
    </div>
  )
}

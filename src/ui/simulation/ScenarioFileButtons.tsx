import { useRef, useState } from 'react'
import { readScenarioText, scenarioToYaml } from '../../store/simulation/scenarioEditing.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { useSimulationApi } from './useSimulation.ts'

/** Largest scenario file opened (a scenario is a few kilobytes; this only stops an accidental huge file). */
const MAX_BYTES = 2_000_000

/**
 * Download the scenario as the YAML file `fdl simulate --scenario` reads, or open one (YAML or JSON). A file
 * that cannot be used changes nothing and says why.
 */
export function ScenarioFileButtons() {
  const designer = useDesigner()
  const api = useSimulationApi()
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  // What to say, kept as a function of the translator, so a change of language re-words the message shown.
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; say: (t: Translate) => string } | null>(null)
  const base = designer.store.getState().documentName.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'flow'
  const download = () => designer.env.download(`${base}.scenario.yaml`, scenarioToYaml(api().scenarioFile()), 'application/yaml')
  const open = async (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_BYTES) return setMessage({ tone: 'error', say: (t) => t('{file} is too large for a scenario.', { file: file.name }) })
    const r = readScenarioText(await file.text())
    if (!r.file) return setMessage({ tone: 'error', say: (t) => t('{file}: {problems}', { file: file.name, problems: r.texts.map((p) => t.message(p)).join(' ') }) })
    api().loadScenarioFile(r.file)
    setMessage(r.errors.length ? { tone: 'error', say: (t) => t('{file} opened with problems (listed below).', { file: file.name }) } : { tone: 'info', say: (t) => t('Opened {file}.', { file: file.name }) })
  }
  return (
    <div className="sim-file-buttons">
      <button type="button" className="sim-button" onClick={download}>{t('Download scenario')}</button>
      <button type="button" className="sim-button" onClick={() => input.current?.click()}>{t('Open scenario')}</button>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        aria-label={t('Open scenario file')}
        className="sim-hidden-input"
        onChange={(e) => {
          void open(e.target.files?.[0])
          e.target.value = ''
        }}
      />
      {message ? <p className={message.tone === 'error' ? 'sim-msg sim-error' : 'sim-hint'} role="status">{message.say(t)}</p> : null}
    </div>
  )
}

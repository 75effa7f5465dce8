import { useMemo, useRef, useState } from 'react'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { childFlowNames } from '../../store/simulation/ScenarioFile.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { useSimulation, useSimulationApi } from './useSimulation.ts'

/** Largest child flow file opened, as for opening a flow (the validator reports definitions over the service's 1 MiB). */
const MAX_BYTES = 2_000_000

/**
 * The child flows this flow calls (`acs:fnf:::flow/NAME`): open each one's definition to run it as its own
 * execution, as the service would; one not opened runs as a task with the scenario's outcomes. Flows that a
 * loaded child calls in turn are listed too.
 */
export function ChildFlows() {
  const api = useSimulationApi()
  const t = useT()
  const flow = useDesigner((s) => s.good.parsed.flow)
  const loaded = useSimulation((s) => s.childFlows)
  const paths = useSimulation((s) => s.scenario.flows)
  const called = useMemo(() => childFlowNames([flow, ...Object.values(loaded).map((f) => parseFdl(f.text).flow)]), [flow, loaded])
  // Loaded ones nothing calls any more stay listed, so they can be removed.
  const names = [...new Set([...called, ...Object.keys(loaded)])].sort()
  const input = useRef<HTMLInputElement>(null)
  // Which name the file chooser is open for; a ref, as the choice arrives after this render's closures.
  const target = useRef<string | null>(null)
  // What to say, kept as a function of the translator, so a change of language re-words the message shown.
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; say: (t: Translate) => string } | null>(null)

  const open = async (name: string, file: File | undefined) => {
    if (!file) return
    const fileName = file.name
    if (file.size > MAX_BYTES) return setMessage({ tone: 'error', say: (t) => t('{file} is too large for a flow definition.', { file: fileName }) })
    let text: string
    try {
      text = await file.text()
    } catch {
      return setMessage({ tone: 'error', say: (t) => t('{file} could not be read.', { file: fileName }) })
    }
    const parsed = parseFdl(text)
    if (!parsed.flow) {
      const first = parsed.diagnostics[0]
      return setMessage({ tone: 'error', say: (t) => t('{file} is not a flow: {reason}', { file: fileName, reason: first ? t.message(first.text ?? first.message) : t('it has no steps.') }) })
    }
    const error = parsed.diagnostics.find((d) => d.severity === 'error')
    if (error) return setMessage({ tone: 'error', say: (t) => t('{file} was not opened: line {line}: {message}', { file: fileName, line: error.range.line, message: t.message(error.text ?? error.message) }) })
    api().setChildFlow(name, { fileName, text })
    const steps = parsed.flow.body.steps.length
    setMessage({ tone: 'info', say: (t) => t('Child flow {name}: opened {file} ({n} top-level steps).', { name, file: fileName, n: steps }) })
  }

  if (names.length === 0) return <p className="sim-hint">{t('This flow calls no child flows.')}</p>
  return (
    <div className="sim-child-flows">
      <ul className="sim-option-list">
        {names.map((name) => {
          const file = loaded[name]
          return (
            <li key={name} className={file ? 'sim-option sim-option-changed' : 'sim-option'}>
              <div className="sim-option-head">
                <code className="sim-option-name">{name}</code>
                <span className="sim-buttons">
                  <button type="button" className="sim-button" aria-label={file ? t('Replace child flow {name}', { name }) : t('Open child flow {name}', { name })} onClick={() => {
                      target.current = name
                      input.current?.click()
                    }}>
                    {file ? t('Replace…') : t('Open…')}
                  </button>
                  {file ? (
                    <button type="button" className="sim-button" aria-label={t('Remove child flow {name}', { name })} onClick={() => {
                        api().setChildFlow(name, null)
                        setMessage({ tone: 'info', say: (t) => t('Child flow {name}: removed {file}; each call runs as a task again.', { name, file: file.fileName }) })
                      }}>
                      {t('Remove')}
                    </button>
                  ) : null}
                </span>
              </div>
              <p className="sim-hint">
                {file && !called.includes(name)
                  ? t('{file} is loaded, but this flow no longer calls {name}.', { file: file.fileName, name })
                  : file
                  ? t('Runs {file} as its own execution.', { file: file.fileName })
                  : paths?.[name]
                  ? t('Not opened (the scenario names {file}): each call runs as a task, with the outcomes set above.', { file: paths[name] })
                  : t('Not opened: each call runs as a task, with the outcomes set above.')}
              </p>
            </li>
          )
        })}
      </ul>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        aria-label={t('Open child flow file')}
        aria-hidden
        tabIndex={-1}
        className="sim-hidden-input"
        onChange={(e) => {
          if (target.current) void open(target.current, e.target.files?.[0])
          target.current = null
          e.target.value = ''
        }}
      />
      {message ? <p className={message.tone === 'error' ? 'sim-msg sim-error' : 'sim-hint'} role="status">{message.say(t)}</p> : null}
    </div>
  )
}

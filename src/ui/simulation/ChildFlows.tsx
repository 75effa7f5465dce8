import { useMemo, useRef, useState } from 'react'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { childFlowNames } from '../../store/simulation/childFlowNames.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

/** Largest child flow file opened, as for opening a flow (the validator reports definitions over the service's 1 MiB). */
const MAX_BYTES = 2_000_000

/**
 * The child flows this flow calls (`acs:fnf:::flow/NAME`): open each one's definition to run it as its own
 * execution, as the service would; one not opened runs as a task with the scenario's outcomes. Flows that a
 * loaded child calls in turn are listed too.
 */
export function ChildFlows() {
  const api = useSimulationApi()
  const flow = useDesigner((s) => s.good.parsed.flow)
  const loaded = useSimulation((s) => s.childFlows)
  const paths = useSimulation((s) => s.scenario.flows)
  const called = useMemo(() => childFlowNames([flow, ...Object.values(loaded).map((f) => parseFdl(f.text).flow)]), [flow, loaded])
  // Loaded ones nothing calls any more stay listed, so they can be removed.
  const names = [...new Set([...called, ...Object.keys(loaded)])].sort()
  const input = useRef<HTMLInputElement>(null)
  // Which name the file chooser is open for; a ref, as the choice arrives after this render's closures.
  const target = useRef<string | null>(null)
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null)

  const open = async (name: string, file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_BYTES) return setMessage({ tone: 'error', text: `${file.name} is too large for a flow definition.` })
    let text: string
    try {
      text = await file.text()
    } catch {
      return setMessage({ tone: 'error', text: `${file.name} could not be read.` })
    }
    const parsed = parseFdl(text)
    if (!parsed.flow) return setMessage({ tone: 'error', text: `${file.name} is not a flow: ${parsed.diagnostics[0]?.message ?? 'it has no steps.'}` })
    const error = parsed.diagnostics.find((d) => d.severity === 'error')
    if (error) return setMessage({ tone: 'error', text: `${file.name} was not opened: line ${error.range.line}: ${error.message}` })
    api().setChildFlow(name, { fileName: file.name, text })
    setMessage({ tone: 'info', text: `Child flow ${name}: opened ${file.name} (${parsed.flow.body.steps.length} top-level steps).` })
  }

  if (names.length === 0) return <p className="sim-hint">This flow calls no child flows.</p>
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
                  <button type="button" className="sim-button" aria-label={`${file ? 'Replace' : 'Open'} child flow ${name}`} onClick={() => {
                      target.current = name
                      input.current?.click()
                    }}>
                    {file ? 'Replace…' : 'Open…'}
                  </button>
                  {file ? (
                    <button type="button" className="sim-button" aria-label={`Remove child flow ${name}`} onClick={() => {
                        api().setChildFlow(name, null)
                        setMessage({ tone: 'info', text: `Child flow ${name}: removed ${file.fileName}; each call runs as a task again.` })
                      }}>
                      Remove
                    </button>
                  ) : null}
                </span>
              </div>
              <p className="sim-hint">
                {file && !called.includes(name)
                  ? `${file.fileName} is loaded, but this flow no longer calls ${name}.`
                  : file
                  ? `Runs ${file.fileName} as its own execution.`
                  : `Not opened${paths?.[name] ? ` (the scenario names ${paths[name]})` : ''}: each call runs as a task, with the outcomes set above.`}
              </p>
            </li>
          )
        })}
      </ul>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        aria-label="Open child flow file"
        aria-hidden
        tabIndex={-1}
        className="sim-hidden-input"
        onChange={(e) => {
          if (target.current) void open(target.current, e.target.files?.[0])
          target.current = null
          e.target.value = ''
        }}
      />
      {message ? <p className={message.tone === 'error' ? 'sim-msg sim-error' : 'sim-hint'} role="status">{message.text}</p> : null}
    </div>
  )
}

import { serverFlowName } from '../../store/simulation/createServerHost.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { useSimulation, useSimulationApi } from './useSimulation.ts'
import { withParts } from './ManualWorker.tsx'

/**
 * The `Local server` worker mode's settings: where `fdl serve` listens, a `Connect` check, and what Run will do
 * there, so a user trying their own worker knows which flow and queue it must use.
 */
export function LocalServer() {
  const api = useSimulationApi()
  const t = useT()
  const address = useSimulation((s) => s.serverAddress)
  const check = useSimulation((s) => s.serverCheck)
  const checkText = useSimulation((s) => s.serverCheckText)
  const documentName = useDesigner((s) => s.documentName)
  const flowName = serverFlowName(documentName)
  return (
    <div className="sim-local-server">
      <form
        className="sim-server-row"
        onSubmit={(e) => {
          e.preventDefault()
          void api().connect()
        }}
      >
        <label className="sim-row-field">
          <span>{t('Server address')}</span>
          <input className="sim-input sim-mono" value={address} spellCheck={false} onChange={(e) => api().setServerAddress(e.target.value)} />
        </label>
        <button type="submit" className="sim-button" disabled={check.state === 'checking'}>{t('Connect')}</button>
      </form>
      {check.state !== 'idle' ? (
        <p className={`sim-server-check check-${check.state}`} role={check.state === 'error' ? 'alert' : 'status'} aria-label={t('Server check')}>
          {checkText ? t.message(checkText) : check.message}
        </p>
      ) : null}
      <p className="sim-hint">
        {withParts(t("Run pushes this flow to the server as {flow} (UpdateFlow, or CreateFlow the first time), starts an execution with the input above, and shows it live as your worker receives, reports and deletes. Start the server in your project with {command} and point your worker's FnF and MNS endpoints at it."), {
          flow: <code>{flowName}</code>,
          command: <code>npx fdl serve</code>,
        })}
      </p>
      <p className="sim-hint">{withParts(t("Task outcomes and worker settings come from the server's own {option}; the ones in this panel are not sent."), { option: <code>--scenario</code> })}</p>
    </div>
  )
}

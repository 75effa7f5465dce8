import { serverFlowName } from '../../store/simulation/createServerHost.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

/**
 * The `Local server` worker mode's settings: where `fdl serve` listens, a `Connect` check, and what Run will do
 * there, so a user trying their own worker knows which flow and queue it must use.
 */
export function LocalServer() {
  const api = useSimulationApi()
  const address = useSimulation((s) => s.serverAddress)
  const check = useSimulation((s) => s.serverCheck)
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
          <span>Server address</span>
          <input className="sim-input sim-mono" value={address} spellCheck={false} onChange={(e) => api().setServerAddress(e.target.value)} />
        </label>
        <button type="submit" className="sim-button" disabled={check.state === 'checking'}>Connect</button>
      </form>
      {check.state !== 'idle' ? (
        <p className={`sim-server-check check-${check.state}`} role={check.state === 'error' ? 'alert' : 'status'} aria-label="Server check">
          {check.message}
        </p>
      ) : null}
      <p className="sim-hint">
        Run pushes this flow to the server as <code>{flowName}</code> (UpdateFlow, or CreateFlow the first time), starts an execution with the
        input above, and shows it live as your worker receives, reports and deletes. Start the server in your project with
        {' '}<code>npx fdl serve</code> and point your worker's FnF and MNS endpoints at it.
      </p>
      <p className="sim-hint">Task outcomes and worker settings come from the server's own <code>--scenario</code>; the ones in this panel are not sent.</p>
    </div>
  )
}

import type { Diagnostic } from '../../fdl/model/Diagnostic.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { Icon } from '../shell/Toolbar.tsx'

const ICON = { error: 'error', warning: 'alert', info: 'info' } as const
const ORDER = { error: 0, warning: 1, info: 2 } as const

/** Errors first, then by position, so the most urgent problem is on top. */
function sorted(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  return [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.range.offset - b.range.offset)
}

/** Props of {@link ProblemsPanel}. */
export interface ProblemsPanelProps {
  readonly collapsed: boolean
  readonly onToggle: () => void
}

/**
 * Every diagnostic of the current text (severity, code, message, line:col). Activating a row selects the step
 * it belongs to and reveals the place in the code pane.
 */
export function ProblemsPanel({ collapsed, onToggle }: ProblemsPanelProps) {
  const diagnostics = useDesigner((s) => s.analysis.diagnostics)
  const reveal = useDesigner((s) => s.revealDiagnostic)
  const t = useT()
  const counts = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return (
    <section className={`problems${collapsed ? ' collapsed' : ''}`} aria-label={t('Problems')}>
      <div className="pane-header">
        <h2>
          {t('Problems')} <span className="count">{diagnostics.length}</span>
        </h2>
        {/* Nothing to list: the pane is one line (the Shell gives it no height of its own) and says so here. */}
        {diagnostics.length === 0 && !collapsed ? <span className="problems-none">{t('No problems')}</span> : null}
        <span className="problem-counts" aria-hidden="true">
          {counts.error > 0 ? <span className="sev error">{t(counts.error === 1 ? '1 error' : '{n} errors', { n: counts.error })}</span> : null}
          {counts.warning > 0 ? <span className="sev warning">{t(counts.warning === 1 ? '1 warning' : '{n} warnings', { n: counts.warning })}</span> : null}
        </span>
        <button type="button" className="icon-button" aria-expanded={!collapsed} aria-label={t(collapsed ? 'Show problems' : 'Hide problems')} title={t(collapsed ? 'Show problems' : 'Hide problems')} onClick={onToggle}>
          <Icon name={collapsed ? 'up' : 'down'} />
        </button>
      </div>
      {collapsed || diagnostics.length === 0 ? null : (
        <ul className="problem-list">
          {sorted(diagnostics).map((d, i) => (
            <li key={`${d.code}-${d.range.offset}-${i}`}>
              <button type="button" className={`problem-row ${d.severity}`} onClick={() => reveal(d)}>
                <span className={`sev-icon ${d.severity}`}>
                  <Icon name={ICON[d.severity]} size={14} />
                  <span className="visually-hidden">{t(d.severity)}</span>
                </span>
                <span className="problem-message">{t.message(d.text ?? d.message)}</span>
                <span className="problem-code">{d.code}</span>
                <span className="problem-pos">
                  {d.range.line}:{d.range.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

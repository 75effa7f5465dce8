import { useReactFlow } from '@xyflow/react'
import { useMemo, useState } from 'react'
import type { Step } from '../../fdl/model/Step.ts'
import { indexSteps } from '../../store/indexSteps.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import { useDesigner } from '../../store/Designer.ts'
import { Dialog } from '../files/Dialog.tsx'
import { useT } from '../i18n/language.ts'

/** How many matches are listed (the rest narrow down as the user types). */
const LIMIT = 50

/** Matches of `query` among step names: a name starting with it first, then containing it, in document order. */
function matches(steps: readonly Step[], query: string): Step[] {
  const q = query.trim().toLowerCase()
  if (q === '') return steps.slice(0, LIMIT)
  const starts: Step[] = []
  const contains: Step[] = []
  for (const s of steps) {
    const name = s.name.toLowerCase()
    if (name.startsWith(q)) starts.push(s)
    else if (name.includes(q)) contains.push(s)
    if (starts.length >= LIMIT) break
  }
  return [...starts, ...contains].slice(0, LIMIT)
}

export function GoToStepSearch({ onClose }: { onClose: () => void }) {
  const { store } = useDesigner()
  const t = useT()
  const flow = useDesigner((s) => s.good.parsed.flow)
  const rf = useReactFlow()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const all = useMemo(() => [...indexSteps(flow).values()].map((e) => e.step).filter((s) => s.name !== ''), [flow])
  const found = useMemo(() => matches(all, query), [all, query])
  const current = Math.min(active, Math.max(0, found.length - 1))
  const go = (step: Step | undefined) => {
    if (!step) return
    onClose()
    store.getState().select([step.path], 'code')
    // Centre it once the dialog is gone (and the node drawn, if it was outside the rendered area).
    requestAnimationFrame(() => {
      const node = rf.getInternalNode(pathKey(step.path))
      if (!node) return
      const { x, y } = node.internals.positionAbsolute
      void rf.setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom: Math.max(rf.getZoom(), 0.8), duration: 200 })
    })
  }
  return (
    <Dialog title={t('Go to step')} onClose={onClose}>
      <input
        className="files-input goto-input"
        type="text"
        role="combobox"
        aria-label={t('Step name')}
        aria-expanded="true"
        aria-controls="goto-results"
        aria-activedescendant={found[current] ? `goto-${current}` : undefined}
        placeholder={t('Type a step name')}
        // The native attribute: `showModal()` (run after this mounts) focuses the element that carries it.
        ref={(el) => el?.setAttribute('autofocus', '')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive(Math.min(found.length - 1, current + 1))
          else if (e.key === 'ArrowUp') setActive(Math.max(0, current - 1))
          else if (e.key === 'Enter') go(found[current])
          else return
          e.preventDefault()
        }}
      />
      <ul id="goto-results" className="goto-results" role="listbox" aria-label={t('Matching steps')}>
        {found.map((s, i) => (
          <li key={pathKey(s.path)} id={`goto-${i}`} role="option" aria-selected={i === current} className={i === current ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => go(s)}>
            {/* The FDL type keyword, as the node's name says it. */}
            <span className="goto-name">{s.name}</span> <span className="goto-type">{s.type}</span>
          </li>
        ))}
      </ul>
      {found.length === 0 ? <p className="files-hint">{t('No step is called “{query}”.', { query })}</p> : null}
    </Dialog>
  )
}

import type { PaletteKind } from '../../fdl/templates/newStep.ts'
import type { UiText } from '../../i18n/UiText.ts'
import type { StoreApi } from 'zustand/vanilla'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import { collectStepNames, newStep } from '../../fdl/templates/newStep.ts'
import { insertionPoint } from '../../store/actions/insertionPoint.ts'
import type { DesignerState, DispatchResult } from '../../store/DesignerState.ts'

/**
 * One palette entry. `label` is the button's accessible name in English (a contract: CONTRACTS.md §4) and the
 * drag's plain text; the button shows and announces it in the UI language. `description` likewise.
 */
export interface PaletteItem {
  readonly kind: PaletteKind
  readonly label: UiText
  readonly description: UiText
  readonly group: 'Integrations' | 'Flow control'
}

/** The palette's entries, grouped and in display order. */
export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { kind: 'mns-queue', label: 'MNS queue task', description: 'Send a message to a queue, optionally wait for the callback', group: 'Integrations' },
  { kind: 'mns-topic', label: 'MNS topic task', description: 'Publish a message to a topic', group: 'Integrations' },
  { kind: 'fc', label: 'Function Compute task', description: 'Invoke a function', group: 'Integrations' },
  { kind: 'child-flow', label: 'Child flow task', description: 'Start another flow and wait for it', group: 'Integrations' },
  { kind: 'task', label: 'Task', description: 'Call any resource or cloud API', group: 'Integrations' },
  { kind: 'pass', label: 'Pass', description: 'Pass or reshape data', group: 'Flow control' },
  { kind: 'wait', label: 'Wait', description: 'Pause for a duration or until a time', group: 'Flow control' },
  { kind: 'choice', label: 'Choice', description: 'Branch on conditions', group: 'Flow control' },
  { kind: 'parallel', label: 'Parallel', description: 'Run branches at the same time', group: 'Flow control' },
  { kind: 'foreach', label: 'Foreach', description: 'Run steps for each item of a list', group: 'Flow control' },
  { kind: 'succeed', label: 'Succeed', description: 'End the sequence successfully', group: 'Flow control' },
  { kind: 'fail', label: 'Fail', description: 'End with an error', group: 'Flow control' },
]

/**
 * How well an item matches a search, lower first (null: not at all): the type's own name before a word of it,
 * before a mention in a description, so "wait" finds Wait before the MNS task that may wait for a callback.
 * The English names match in every language, and those of the UI language too (`等待` finds Wait).
 */
function rank(item: PaletteItem, q: string, say: (text: UiText) => string): number | null {
  const labels = [item.label, say(item.label)].map((l) => l.toLowerCase())
  if (labels.includes(q) || item.kind === q) return 0
  if (labels.some((l) => l.startsWith(q))) return 1
  if (labels.some((l) => l.split(/\s+/).some((w) => w.startsWith(q)))) return 2
  if (labels.some((l) => l.includes(q))) return 3
  return `${item.description} ${say(item.description)} ${item.kind}`.toLowerCase().includes(q) ? 4 : null
}

/** The items a search finds, best first (all of them, in display order, for an empty search). `say` translates. */
export function searchPalette(query: string, say: (text: UiText) => string): readonly PaletteItem[] {
  const q = query.trim().toLowerCase()
  if (q === '') return PALETTE_ITEMS
  const ranked = PALETTE_ITEMS.map((item, i) => ({ item, i, r: rank(item, q, say) })).filter((x) => x.r !== null)
  return ranked.sort((a, b) => a.r! - b.r! || a.i - b.i).map((x) => x.item)
}

/** The drag-and-drop data type that carries a palette kind to the canvas. */
export const PALETTE_MIME = 'application/x-fdl-step'

/**
 * Inserts a new step of a palette kind with a flow-wide unique name: where it was dropped, or (click / Enter)
 * after the selected step, else at the end of the flow. One undo step.
 */
export function insertPaletteStep(store: StoreApi<DesignerState>, kind: PaletteKind, at?: { sequence: JsonPath; index: number }): DispatchResult {
  const s = store.getState()
  const target = at ?? insertionPoint(s)
  const step = newStep(kind, collectStepNames(s.good.parsed.flow))
  return s.dispatch({ origin: 'canvas', command: { type: 'step.insert', sequence: target.sequence, index: target.index, step } })
}

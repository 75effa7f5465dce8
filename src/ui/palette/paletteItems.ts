import type { PaletteKind } from '../../fdl/templates/PaletteKind.ts'

/** One palette entry; `label` is the button's accessible name (a contract: CONTRACTS.md §4). */
export interface PaletteItem {
  readonly kind: PaletteKind
  readonly label: string
  readonly description: string
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

/** The drag-and-drop data type that carries a palette kind to the canvas. */
export const PALETTE_MIME = 'application/x-fdl-step'

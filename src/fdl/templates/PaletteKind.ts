/** The palette kinds in the order the palette shows them: the eight step types, then four ready-made task integrations (CONTRACTS.md §4). */
export const PALETTE_KINDS = ['task', 'pass', 'wait', 'choice', 'parallel', 'foreach', 'succeed', 'fail', 'mns-queue', 'mns-topic', 'fc', 'child-flow'] as const

/** One of {@link PALETTE_KINDS}. */
export type PaletteKind = (typeof PALETTE_KINDS)[number]

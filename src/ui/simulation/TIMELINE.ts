/** Sizes of the timeline grid, in CSS pixels. */
export const TIMELINE = { labelWidth: 208, pad: 24, rowHeight: 24, axisHeight: 26, laneHeight: 24, overscan: 8 } as const

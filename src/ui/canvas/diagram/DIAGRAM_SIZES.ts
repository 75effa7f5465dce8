/** Fixed box sizes and paddings of the diagram, in flow units (px at zoom 1). */
export const DIAGRAM_SIZES = {
  stepWidth: 248,
  taskHeight: 78,
  stepHeight: 56,
  collapsedHeight: 64,
  terminalHeight: 48,
  markerWidth: 88,
  markerHeight: 32,
  endMarkerWidth: 64,
  endMarkerHeight: 26,
  placeholderWidth: 208,
  placeholderHeight: 44,
  containerPadding: { top: 56, side: 16, bottom: 16 },
  lanePadding: { top: 34, side: 14, bottom: 16 },
  laneMinWidth: 236,
  gapBetweenSteps: 36,
  gapBetweenLanes: 20,
} as const

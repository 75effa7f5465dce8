/** Ids of the diagram's fixed boxes and of boxes derived from a step or sequence id. */
export const DIAGRAM_IDS = {
  start: '__start',
  end: '__end',
  endMarker: (stepId: string) => `${stepId}/end`,
  placeholder: (sequenceId: string) => `${sequenceId}/empty`,
} as const

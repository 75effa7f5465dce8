/** Counters shared by every inspector instance, so keys never repeat even across remounts. */
let actions = 0
let visits = 0

/**
 * The undo-group keys the inspector sends with its commands. A discrete action (a click, a pick) gets a
 * fresh key so it never merges with a neighbour; a field's typing gets `field:<path>#<visit>`, where the
 * visit number changes each time focus enters a control, so one visit to a field is one undo step.
 */
export const undoGroups = {
  action: (): string => `inspector-action:${(actions += 1)}`,
  /** Call when focus enters any control of the inspector. */
  enterControl: (): void => {
    visits += 1
  },
  /** The key to send for `group`: field groups are tied to the current visit. */
  resolve: (group: string): string => (group.startsWith('field:') ? `${group}#${visits}` : group),
}

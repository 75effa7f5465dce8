/** Counts across mounts, so two clicks never share an undo group even if the inspector remounted between them. */
let counter = 0

/** A fresh undo-group key for one discrete action (a click, a pick): it never merges with its neighbours. */
export function nextActionGroup(): string {
  counter += 1
  return `inspector-action:${counter}`
}

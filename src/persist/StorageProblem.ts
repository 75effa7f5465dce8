/** Why autosave is not working, as the warning the user sees while they keep editing. */
export interface StorageProblem {
  readonly kind: 'full' | 'unavailable'
  readonly message: string
}

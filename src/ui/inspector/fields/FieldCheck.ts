/** What a field says about its text: a blocking error (not sent) or an advisory warning (sent). */
export interface FieldCheck {
  readonly error?: string
  readonly warning?: string
}

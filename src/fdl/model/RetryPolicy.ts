/** One `retry` entry of a task (REFERENCE §5.1). Defaults: interval 1 s, max interval 86400 s, 3 attempts, ×2. */
export interface RetryPolicy {
  readonly errors: readonly string[]
  readonly intervalSeconds?: number
  readonly maxIntervalSeconds?: number
  readonly maxAttempts?: number
  readonly multiplier?: number
}

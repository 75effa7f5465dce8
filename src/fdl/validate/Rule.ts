import type { DiagnosticCode, ValidationContext } from './ValidationContext.ts'

/** A group of related checks with the codes it may report (the catalogue test holds every code to a rule). */
export interface Rule {
  readonly name: string
  readonly codes: readonly DiagnosticCode[]
  check(ctx: ValidationContext): void
}

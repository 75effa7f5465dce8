import { expect } from 'vitest'
import type { EditCommand } from '../EditCommand.ts'
import { applyEdit } from '../applyEdit.ts'
import type { TextChange } from '../text/Splice.ts'

/** Applies a Monaco-style change to a text. */
export function applyChange(text: string, change: TextChange | null): string {
  if (!change) return text
  return text.slice(0, change.offset) + change.insertText + text.slice(change.offset + change.deleteLength)
}

/** Runs a command that must succeed; checks that its one `change` turns the old text into the new. */
export function edit(text: string, command: EditCommand): string {
  const outcome = applyEdit(text, command)
  if (!outcome.ok) throw new Error(`expected ${command.type} to apply: ${outcome.reason}`)
  expect(applyChange(text, outcome.change)).toBe(outcome.text)
  return outcome.text
}

/** Runs a command that must be refused and returns the reason. */
export function refused(text: string, command: EditCommand): string {
  const outcome = applyEdit(text, command)
  if (outcome.ok) throw new Error(`expected ${command.type} to be refused, got:\n${outcome.text}`)
  return outcome.reason
}

/** `text` with one exact occurrence of `from` replaced: how tests state "only this changed". */
export function swap(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `exactly one ${JSON.stringify(from)}`).toBe(1)
  return text.replace(from, () => to)
}

import { expect, it } from 'vitest'
import { undoGroups } from './undoGroups.ts'

it('gives every action its own key', () => {
  expect(undoGroups.action()).not.toBe(undoGroups.action())
})

it('keeps a field key for one visit and changes it on the next', () => {
  undoGroups.enterControl()
  const first = undoGroups.resolve('field:steps.0.name')
  expect(undoGroups.resolve('field:steps.0.name')).toBe(first)
  undoGroups.enterControl()
  expect(undoGroups.resolve('field:steps.0.name')).not.toBe(first)
  expect(undoGroups.resolve('inspector-action:7')).toBe('inspector-action:7')
})

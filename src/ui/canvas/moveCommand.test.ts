import { describe, expect, it } from 'vitest'
import { moveCommand } from './canvasChanges.ts'

const target = (sequence: (string | number)[], index: number) => ({ sequence, index, indicator: { x: 0, y: 0, width: 0, empty: false } })

describe('moveCommand', () => {
  it('is null when the step would land where it is (just before or just after itself)', () => {
    expect(moveCommand([['steps', 2]], target(['steps'], 2))).toBeNull()
    expect(moveCommand([['steps', 2]], target(['steps'], 3))).toBeNull()
  })
  it('moves within a sequence and into another one', () => {
    expect(moveCommand([['steps', 2]], target(['steps'], 0))).toEqual({ type: 'step.move', from: ['steps', 2], sequence: ['steps'], index: 0 })
    expect(moveCommand([['steps', 0]], target(['steps', 1, 'steps'], 0))).toMatchObject({ sequence: ['steps', 1, 'steps'], index: 0 })
  })
  it('moves a multi-selection as one steps.move, without the steps inside another selected one', () => {
    expect(moveCommand([['steps', 3], ['steps', 1], ['steps', 1, 'steps', 0]], target(['steps'], 0))).toEqual({ type: 'steps.move', paths: [['steps', 3], ['steps', 1]], sequence: ['steps'], index: 0 })
    expect(moveCommand([['steps', 1], ['steps', 1, 'steps', 0]], target(['steps'], 0))).toMatchObject({ type: 'step.move', from: ['steps', 1] })
  })
  it('is null for neighbours dropped just before, among or just after themselves, and moves them otherwise', () => {
    const pair = [['steps', 3], ['steps', 2]]
    for (const index of [2, 3, 4]) expect(moveCommand(pair, target(['steps'], index)), `index ${index}`).toBeNull()
    expect(moveCommand(pair, target(['steps'], 1))).toMatchObject({ type: 'steps.move', index: 1 })
    expect(moveCommand(pair, target(['steps'], 5))).toMatchObject({ type: 'steps.move', index: 5 })
    // Not neighbours: dropping between them gathers them, which is a change.
    expect(moveCommand([['steps', 1], ['steps', 3]], target(['steps'], 2))).toMatchObject({ type: 'steps.move' })
    // Neighbours by index, but in another sequence than the target.
    expect(moveCommand(pair, target(['steps', 0, 'steps'], 2))).toMatchObject({ type: 'steps.move' })
  })
})

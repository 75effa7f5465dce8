import type { KeyboardEvent, PointerEvent } from 'react'

/** Props of {@link Splitter}: `sign` says which way dragging right / down changes the size. */
export interface SplitterProps {
  readonly label: string
  readonly orientation: 'vertical' | 'horizontal'
  readonly value: number
  readonly min: number
  readonly max: number
  readonly sign: 1 | -1
  readonly onChange: (value: number) => void
}

/**
 * A pane resizer (WAI-ARIA window splitter): drag it with the pointer, or focus it and use the arrow keys
 * (Shift for bigger steps), Home / End for the limits.
 */
export function Splitter({ label, orientation, value, min, max, sign, onChange }: SplitterProps) {
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)))
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault()
    const el = e.currentTarget
    el.setPointerCapture(e.pointerId)
    const start = orientation === 'vertical' ? e.clientX : e.clientY
    const move = (m: globalThis.PointerEvent) => {
      const now = orientation === 'vertical' ? m.clientX : m.clientY
      onChange(clamp(value + sign * (now - start)))
    }
    const up = () => {
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerup', up)
    }
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerup', up)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 64 : 16
    const grow = orientation === 'vertical' ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 }
    const dir = grow[e.key as keyof typeof grow]
    if (dir !== undefined) onChange(clamp(value + sign * dir * step))
    else if (e.key === 'Home') onChange(min)
    else if (e.key === 'End') onChange(max)
    else return
    e.preventDefault()
  }
  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={`splitter ${orientation}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}

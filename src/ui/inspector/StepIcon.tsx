/** SVG path data of each glyph (24×24 box, stroked). */
const GLYPHS: Readonly<Record<string, string>> = {
  task: 'M5 5h14v14H5z M10 9l5 3-5 3z',
  pass: 'M4 12h14 M13 7l5 5-5 5',
  wait: 'M12 3a9 9 0 1 0 0.01 0 M12 7v5l3 3',
  choice: 'M12 3l9 9-9 9-9-9z',
  parallel: 'M8 4v16 M16 4v16',
  foreach: 'M20 12a8 8 0 1 1-3-6.2 M20 4v4h-4',
  succeed: 'M5 12l5 5 9-10',
  fail: 'M6 6l12 12 M18 6L6 18',
  unknown: 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 .9-1 1.7V15 M12 18.5v.5',
  flow: 'M6 4h4v4H6z M14 16h4v4h-4z M8 8v4h8v4',
}

/** The glyph of a step type (or `flow`) in a tinted tile, the same cue the canvas nodes use. */
export function StepIcon({ type }: { readonly type: string }) {
  const glyph = GLYPHS[type] ?? GLYPHS.unknown
  return (
    <span className={`insp-icon insp-icon-${GLYPHS[type] ? type : 'unknown'}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d={glyph} />
      </svg>
    </span>
  )
}

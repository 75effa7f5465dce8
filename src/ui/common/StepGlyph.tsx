/** Icon path and colour family per palette kind / step type (24×24 grid). */
const GLYPHS: Readonly<Record<string, { readonly d: string; readonly tone: string }>> = {
  task: { d: 'M13 2L4 14h7l-1 8 9-12h-7z', tone: 'task' },
  'mns-queue': { d: 'M3 6h18v12H3zM3 6l9 7 9-7', tone: 'mns' },
  'mns-topic': { d: 'M4 11a9 9 0 0 1 9 9M4 4a16 16 0 0 1 16 16M5 19h.01', tone: 'mns' },
  fc: { d: 'M6 20l6-10M9 4h2l7 16', tone: 'fc' },
  'child-flow': { d: 'M4 4h7v7H4zM13 13h7v7h-7zM7.5 11v5.5H13', tone: 'flow' },
  pass: { d: 'M5 12h14M13 6l6 6-6 6', tone: 'control' },
  wait: { d: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2', tone: 'control' },
  choice: { d: 'M6 3v6a6 6 0 0 0 6 6h6M6 9v12M15 12l3 3-3 3', tone: 'container' },
  parallel: { d: 'M6 4v16M12 4v16M18 4v16', tone: 'container' },
  foreach: { d: 'M17 2l4 4-4 4M3 11V9a3 3 0 0 1 3-3h15M7 22l-4-4 4-4M21 13v2a3 3 0 0 1-3 3H3', tone: 'container' },
  succeed: { d: 'M20 6L9 17l-5-5', tone: 'succeed' },
  fail: { d: 'M18 6L6 18M6 6l12 12', tone: 'fail' },
  unknown: { d: 'M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.6V14M12 18h.01', tone: 'unknown' },
}

/** A small coloured square with the step's icon, shared by the palette and the canvas nodes. Decorative. */
export function StepGlyph({ kind, size = 28 }: { kind: string; size?: number }) {
  const glyph = GLYPHS[kind] ?? GLYPHS.unknown!
  return (
    <span className={`glyph tone-${glyph.tone}`} style={{ width: size, height: size }} aria-hidden="true">
      <svg width={size * 0.58} height={size * 0.58} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" focusable="false">
        <path d={glyph.d} />
      </svg>
    </span>
  )
}

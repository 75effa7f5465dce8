/** `end` moved back before the line break it follows, if any (so a replacement keeps the line's break). */
export function beforeBreak(text: string, end: number): number {
  let e = end
  if (text[e - 1] === '\n') e--
  if (text[e - 1] === '\r') e--
  return e
}

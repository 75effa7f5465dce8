/**
 * A template tag for YAML in tests: drops the first line break and the indentation common to all lines, so
 * fixtures can be indented with the test code and still read as the user would write them.
 */
export function yamlText(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '')
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n')
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length)
  const cut = indents.length > 0 ? Math.min(...indents) : 0
  return lines.map((l) => l.slice(cut)).join('\n')
}

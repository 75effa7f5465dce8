/** The small caption above a step's name: its type, and for tasks what kind of integration. */
export function typeCaption(type: string, glyph: string): string {
  const integration: Readonly<Record<string, string>> = {
    'mns-queue': 'MNS queue', 'mns-topic': 'MNS topic', fc: 'Function Compute', 'child-flow': 'Child flow',
  }
  const sub = type === 'task' ? integration[glyph] : undefined
  return sub ? `Task · ${sub}` : type.charAt(0).toUpperCase() + type.slice(1)
}

// The modules scripts/builtInExamplesPlugin.ts serves from public/examples/.

declare module 'virtual:built-in-examples' {
  /** Each file of public/examples by name (without `.yaml`), loaded on demand. */
  export const examples: Readonly<Record<string, () => Promise<string>>>
  /** The example a first visit opens (its text is bundled with the app, not a chunk of its own). */
  export const seed: string
}

declare module 'virtual:built-in-example/*' {
  /** The file's text. */
  const text: string
  export default text
}

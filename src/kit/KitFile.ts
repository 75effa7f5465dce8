/** One generated file: its path inside the kit (forward slashes) and its text. */
export interface KitFile {
  readonly path: string
  readonly text: string
}

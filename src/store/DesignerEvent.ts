import type { EditCommand } from '../fdl/edit/EditCommand.ts'

/**
 * Everything that can change the document, tagged with its origin. Canvas and form edits are commands applied
 * to the YAML document; the code pane sends its text; a load replaces the document. `group` merges consecutive
 * events with the same key into one undo step (a typing burst in one field, one drag).
 */
export type DesignerEvent =
  | { readonly origin: 'canvas' | 'form'; readonly command: EditCommand; readonly group?: string }
  | { readonly origin: 'code'; readonly text: string; readonly group?: string }
  | { readonly origin: 'load'; readonly text: string; readonly resetHistory?: boolean; readonly name?: string }

import { Lexer } from 'yaml'

/** Every comment of a YAML text, as the lexer sees it (`# …`, trimmed), in order: what formatting must keep. */
export function commentsOf(text: string): string[] {
  const comments: string[] = []
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) comments.push(token.trim())
  return comments
}

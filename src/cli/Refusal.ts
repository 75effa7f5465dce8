/**
 * A file the `fdl` command will not read or write, and why (`message`, a phrase such as "it is empty" or "not a
 * text file (it holds binary data)"). Thrown by the io layer so every command refuses the same files in the same
 * words; commands print it as one line naming the file, never as a stack trace.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal'
}

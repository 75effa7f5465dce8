/**
 * The outcome of an operation that can be refused for a reason the user must read: either the value, or a
 * message that says what went wrong and what to do. Used instead of exceptions wherever user input
 * (a file, a link, a paste) decides the outcome.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

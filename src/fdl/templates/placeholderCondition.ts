/** The condition a new choice branch starts with: valid syntax, meant to be replaced by the user. */
export const PLACEHOLDER_CONDITION = '$.x == "y"'

/**
 * Where a change to the document came from. The code pane ignores changes it made itself ('code') and
 * applies every other one as an edit operation; history entries remember nothing about origin.
 */
export type Origin = 'canvas' | 'form' | 'code' | 'history' | 'load'

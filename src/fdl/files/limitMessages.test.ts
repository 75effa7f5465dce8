import { describe, expect, it } from 'vitest'
import { applyEdit } from '../edit/applyEdit.ts'
import { parseFdl } from '../parse/parseFdl.ts'
import { checkFdl } from '../validate/validateFlow.ts'

const MB = 1024 * 1024
const head = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n'
/** The flow padded with a comment to exactly `bytes` bytes of ASCII. */
const flowOf = (bytes: number) => `${head}#${'x'.repeat(bytes - head.length - 2)}\n`

describe('messages at the limits say what the limit is and by how much it is passed', () => {
  it('a document one byte over the 4 MB the core reads', () => {
    const d = parseFdl(flowOf(4 * MB + 1)).diagnostics.find((x) => x.code === 'document-too-large')
    expect(d?.message).toBe('The document is too large to read here: 4.0 MB + 1 byte is over the 4 MB limit (Serverless Workflow itself accepts definitions up to 1 MB). Split the flow into child flows.')
    expect(parseFdl(flowOf(4 * MB)).diagnostics.map((x) => x.code)).not.toContain('document-too-large')
  })

  it('a definition one byte over the 1 MB the service accepts, counted in UTF-8 bytes', () => {
    const d = checkFdl(flowOf(MB + 1)).diagnostics.find((x) => x.code === 'definition-too-large')
    expect(d?.message).toBe('The definition is too large for the service: 1.0 MB + 1 byte is over the 1 MB limit (its API request limit). Move parts of the flow into child flows.')
    expect(checkFdl(flowOf(MB)).diagnostics.map((x) => x.code)).not.toContain('definition-too-large')
    const accented = `${head}# ${'é'.repeat(600_000)}\n` // 600,000 characters, 1.2 million bytes (1.1 MB)
    expect(checkFdl(accented).diagnostics.find((x) => x.code === 'definition-too-large')?.message).toContain(': 1.1 MB is over the 1 MB limit')
  })

  it('a paste larger than a document may be', () => {
    const outcome = applyEdit(head, { type: 'step.paste', sequence: ['steps'], index: 1, yaml: `# ${'x'.repeat(4 * MB - 1)}` })
    expect(outcome).toMatchObject({ ok: false, reason: 'The pasted text is too large: 4.0 MB + 1 byte is over the 4 MB limit.' })
  })
})

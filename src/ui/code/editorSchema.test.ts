import { describe, expect, it } from 'vitest'
import { FDL_SCHEMA } from '../../fdl/schema/fdlSchema.ts'
import { formatMessage } from '../../i18n/Message.ts'
import { ZH } from '../../i18n/zh/index.ts'
import { editorSchema, PROSE_KEYS, UNKNOWN_KEY } from './editorSchema.ts'

/** Every text for a person in a schema (titles, descriptions, error messages), in document order. */
function proseOf(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(proseOf)
  if (schema === null || typeof schema !== 'object') return []
  return Object.entries(schema).flatMap(([key, value]) => (PROSE_KEYS.has(key) && typeof value === 'string' ? [value] : proseOf(value)))
}

describe('the schema the code pane gives the YAML worker', () => {
  it('forbids unknown keys with a message of our own, in English by default', () => {
    const schema = editorSchema(FDL_SCHEMA) as { additionalProperties: unknown; description: string }
    expect(schema.additionalProperties).toEqual({ enum: [], errorMessage: UNKNOWN_KEY })
    expect(schema.description).toBe(FDL_SCHEMA.description)
  })

  it('explains every key in Chinese when the UI is in Chinese: each text of the schema has a translation', () => {
    const english = proseOf(editorSchema(FDL_SCHEMA))
    expect(english.length).toBeGreaterThan(60)
    expect(english.filter((text) => !(text in ZH))).toEqual([])
    const chinese = proseOf(editorSchema(FDL_SCHEMA, (text) => formatMessage(text, ZH)))
    expect(chinese).toHaveLength(english.length)
    expect(chinese.filter((text) => !/[\u4e00-\u9fff]/.test(text))).toEqual([])
  })

  it('keeps FDL keywords and paths as written inside the Chinese text', () => {
    const schema = editorSchema(FDL_SCHEMA, (text) => formatMessage(text, ZH)) as { properties: { type: { description: string } } }
    expect(schema.properties.type.description).toBe('固定为 `flow`。')
    const chinese = proseOf(editorSchema(FDL_SCHEMA, (text) => formatMessage(text, ZH))).join('\n')
    for (const kept of ['`$input`', '`$context.task.token`', 'waitForCallback', 'FnF.TaskTimeout', '`goto`']) expect(chinese).toContain(kept)
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readFlowFile } from './readFlowFile.ts'
import { basename } from 'node:path'
import { itCorpus } from '../testing/corpus.ts'
import { formatMessage } from '../i18n/Message.ts'
import { ZH } from '../i18n/zh/index.ts'


/** A file as the browser would hand it over. */
const fileOf = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name)

/** Opens a file and returns its message, failing the test when it was accepted. */
async function refusal(file: File): Promise<string> {
  const r = await readFlowFile(file)
  if (r.ok) throw new Error(`${file.name} was accepted`)
  return r.message
}

describe('opening a file', () => {
  it('opens every built-in example with its exact text, named after the file', async () => {
    for (const name of readdirSync('public/examples').filter((f) => f.endsWith('.yaml'))) {
      const bytes = readFileSync(`public/examples/${name}`)
      const r = await readFlowFile(fileOf(name, bytes))
      expect(r.ok, name).toBe(true)
      if (r.ok) {
        expect(r.value.text).toBe(bytes.toString('utf8'))
        expect(r.value.documentName).toBe(name.replace(/\.yaml$/, ''))
      }
    }
  })

  itCorpus('opens the real-world example %s', async (file) => {
    const r = await readFlowFile(fileOf(basename(file), readFileSync(file)))
    expect(r.ok).toBe(true)
  }, /\.ya?ml$/)

  it('keeps a byte-order mark and CRLF line endings so saving gives the same bytes', async () => {
    const text = '\uFEFFversion: v1\r\ntype: flow\r\nsteps: []\r\n'
    const r = await readFlowFile(fileOf('crlf.yml', text))
    expect(r.ok && r.value.text).toBe(text)
  })

  it('opens JSON flows as they are', async () => {
    const text = '{"version": "v1", "type": "flow", "steps": [{"type": "pass", "name": "A"}]}'
    const r = await readFlowFile(fileOf('flow.JSON', text))
    expect(r.ok && r.value.parsed.flow?.body.steps[0]?.name).toBe('A')
  })

  it('opens a flow with a YAML syntax error, with the error as a diagnostic', async () => {
    const r = await readFlowFile(fileOf('broken.yaml', 'version: v1\ntype: flow\nsteps: [\n'))
    expect(r.ok && r.value.parsed.diagnostics[0]?.code).toBe('yaml-syntax')
  })

  it('refuses other kinds of files by name without reading them', async () => {
    expect(await refusal(fileOf('photo.png', 'version: v1'))).toBe('"photo.png" is not an FDL file, so it was not opened. Open a .yaml, .yml or .json flow.')
  })

  it('refuses a 10 MB file, saying how big it is', async () => {
    expect(await refusal(fileOf('huge.yaml', new Uint8Array(10 * 1024 * 1024).fill(0x61)))).toMatch(/"huge.yaml" is 10\.0 MB; FDL Studio opens flows up to 2\.0 MB/)
  })

  it('refuses binary content even with a flow extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(await refusal(fileOf('image.yaml', png))).toMatch(/not a text file/)
  })

  it('refuses text that is not UTF-8 rather than garbling it', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('name: caf'), 0xe9, 0x0a])
    expect(await refusal(fileOf('latin1.yaml', latin1))).toMatch(/not UTF-8 text.*Save it as UTF-8/)
  })

  it('refuses files that are not flows at all', async () => {
    expect(await refusal(fileOf('empty.yaml', ''))).toMatch(/"empty.yaml" is empty/)
    expect(await refusal(fileOf('list.yaml', '- a\n- b\n'))).toMatch(/holds a list/)
    expect(await refusal(fileOf('notes.yaml', 'just some words\n'))).toMatch(/holds plain text/)
    expect(await refusal(fileOf('package.json', '{"name": "x", "dependencies": {}}'))).toMatch(/none of the keys version, type and steps/)
  })

  it('says each refusal in Chinese too, the file name quoted the Chinese way', async () => {
    const r = await readFlowFile(fileOf('photo.png', 'version: v1'))
    expect(!r.ok && formatMessage(r.text, ZH)).toBe('“photo.png”不是 FDL 文件，未打开。请打开 .yaml、.yml 或 .json 流程文件。')
    const empty = await readFlowFile(fileOf('empty.yaml', ''))
    expect(!empty.ok && formatMessage(empty.text, ZH)).toBe('“empty.yaml”为空。如需从空流程开始，请使用“新建”。')
  })

  it('opens a mapping that is recognisably a flow even when it is incomplete', async () => {
    const r = await readFlowFile(fileOf('draft.yaml', 'steps:\n  - type: pass\n    name: A\n'))
    expect(r.ok).toBe(true)
  })
})

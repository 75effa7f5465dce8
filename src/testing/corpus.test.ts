import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CORPUS_DIR, CORPUS_TAG, corpusManifest, corpusPresent } from './corpus.ts'

describe('the shared corpus', () => {
  // Without this the manifest would go stale and a missing corpus would be reported with the wrong tests.
  it.skipIf(!corpusPresent)(`${CORPUS_TAG} ${CORPUS_DIR} holds exactly the files of corpus-manifest.json`, () => {
    expect(readdirSync(CORPUS_DIR).filter((f) => /\.(ya?ml|json)$/.test(f)).sort()).toEqual([...corpusManifest()].sort())
  })
})

// `npm run bench -- files`: the files feature on flows of 100, 500 and 1,000 steps: how long a share link takes to
// make and open and how long it is (links over 32 KB are refused), how long opening a file and Download JSON
// take, and how long one autosave write of a document with a full 300-step undo history takes (in-memory store,
// which clones like IndexedDB). Targets: opening a link or a file of 500 steps <= 50 ms; an autosave <= 50 ms.
import { loadavg } from 'node:os'
import { createDocumentRepository } from '../src/persist/DocumentRepository.ts'
import { createMemoryKeyValueStore } from '../src/persist/KeyValueStore.ts'
import { trimHistory } from '../src/persist/DocumentRecord.ts'
import { crc32, deflateRaw } from '../src/share/compression.ts'
import { decodeShareLink, encodeShareLink } from '../src/share/shareLink.ts'
import { toBase64Url } from '../src/share/base64Url.ts'
import { flowToJson } from '../src/files/flowToJson.ts'
import { readFlowFile } from '../src/files/readFlowFile.ts'

/** A commented flow of `total` MNS callback and pass steps, like the examples but longer. */
function generateFlow(total: number): string {
  const steps: string[] = []
  for (let i = 0; i < total; i++) {
    steps.push(
      i % 3 === 2
        ? `  - type: pass\n    name: Reshape_${i}\n    outputMappings:\n      - target: n${i}\n        source: $local.value\n`
        : `  # Step ${i}: send job ${i} and wait for the worker.\n  - type: task\n    name: Task_${i}\n    resourceArn: acs:mns:::/queues/jobs-${i % 7}/messages\n    pattern: waitForCallback\n    inputMappings:\n      - target: task_token\n        source: $context.task.token\n      - target: job\n        source: $input.jobs[${i}]\n    serviceParams:\n      MessageBody: $\n      Priority: ${1 + (i % 16)}\n`,
    )
  }
  return `# Generated flow of ${total} steps.\nversion: v1\ntype: flow\nsteps:\n${steps.join('')}`
}

/** Median milliseconds of `runs` calls. */
async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
}

const ms = (n: number) => `${n.toFixed(1)} ms`
console.log(`load average ${loadavg()[0]!.toFixed(1)} (figures scale with it)`)
console.log('steps | text KB | link | link length | encode | decode | open file | JSON | autosave (history kept)')
for (const total of [100, 500, 1000]) {
  const text = generateFlow(total)
  const link = await encodeShareLink(text, 'http://127.0.0.1:4173/')
  const encode = await median(7, () => encodeShareLink(text, 'http://127.0.0.1:4173/'))
  // Decode even a refused link's payload, to time opening links of every size.
  const bytes = new TextEncoder().encode(text)
  const hash = `#flow=1.${crc32(bytes).toString(16).padStart(8, '0')}.${toBase64Url(await deflateRaw(bytes))}`
  const decode = await median(7, () => decodeShareLink(hash))
  const file = new File([text], 'flow.yaml')
  const open = await median(7, () => readFlowFile(file))
  const json = await median(7, () => flowToJson(text))
  const repo = createDocumentRepository(createMemoryKeyValueStore())
  // What autosave writes: the 300-step history trimmed to its 4 M-character budget.
  const history = trimHistory({ past: Array.from({ length: 300 }, (_, i) => ({ text: text.slice(0, text.length - i), selection: [] })), future: [] }, 4_000_000)
  const save = await median(5, () => repo.save({ id: 'd', name: 'bench', text, selection: [], view: {}, history, updatedAt: 0 }))
  console.log(
    `${total} | ${(text.length / 1024).toFixed(0)} | ${link.ok ? 'made' : 'refused (over 32 KB)'} | ${hash.length.toLocaleString('en-US')} | ${ms(encode)} | ${ms(decode)} | ${ms(open)} | ${ms(json)} | ${ms(save)} (${history.past.length} undo steps)`,
  )
}

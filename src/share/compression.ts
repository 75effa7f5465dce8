
/**
 * Compresses bytes with raw DEFLATE through the platform's CompressionStream (browsers and Node 20 both
 * have it), so share links need no compression library in the bundle.
 */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * Decompresses raw DEFLATE bytes, or returns null when they are damaged, cut short, or would expand past
 * `maxBytes` (a few hundred bytes of hostile link can otherwise inflate to gigabytes). Reading stops as
 * soon as the limit is passed, so a bomb costs no more than the limit.
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined)
        return null
      }
      chunks.push(value)
    }
  } catch {
    return null
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

// Built on the first checksum, not when the module loads: the page loads this module before its first paint, and
// the 2,048 rounds in still-cold code took 1–2 ms of it in a CPU profile, for a link only some visits open.
let table: Uint32Array | null = null

function crcTable(): Uint32Array {
  if (table) return table
  table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
}

/**
 * CRC-32 (the zlib / PNG polynomial) of some bytes, as an unsigned 32-bit number. Share links carry it so
 * a link that was cut short or altered is refused instead of opening a subtly different flow.
 */
export function crc32(bytes: Uint8Array): number {
  const t = crcTable()
  let c = 0xffffffff
  for (const b of bytes) c = t[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

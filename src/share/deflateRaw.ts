/**
 * Compresses bytes with raw DEFLATE through the platform's CompressionStream (browsers and Node 20 both
 * have it), so share links need no compression library in the bundle.
 */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

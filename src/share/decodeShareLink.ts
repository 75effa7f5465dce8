import { refused, type Result } from '../files/Result.ts'
import { crc32 } from './crc32.ts'
import { fromBase64Url } from './fromBase64Url.ts'
import { inflateRaw } from './inflateRaw.ts'
import { SHARE_LINK } from './SHARE_LINK.ts'
import { shareLinkParam } from './shareLinkParam.ts'

const damaged = () =>
  refused('This share link is damaged or incomplete (it may have been cut off when it was copied), so it was not opened. Ask for the link again, or for the YAML file.')

/**
 * Reads the document text out of a share link's fragment. The result is only ever text for the YAML
 * parser: it is never evaluated or inserted as HTML. Any damage (wrong alphabet, truncated stream,
 * checksum mismatch, not UTF-8, absurd size) gives a message instead of a partly decoded flow.
 */
export async function decodeShareLink(hash: string): Promise<Result<string>> {
  // Before anything is decoded: the app never hands out a link this long, and a longer one is where a
  // "zip bomb" would hide (a 2 MB payload of deflate can claim gigabytes).
  if (hash.length > SHARE_LINK.maxUrlLength) {
    return refused('This share link is {size} KB, longer than the {limit} KB of any link FDL Studio makes, so it was not opened. Ask for the YAML file instead.', {
      size: (hash.length / 1024).toFixed(1),
      limit: SHARE_LINK.maxUrlLength / 1024,
    })
  }
  const value = shareLinkParam(hash)
  if (value === null) return refused('This address holds no share link (#flow=…).')
  const [version, checksum, payload, ...rest] = value.split('.')
  if (version !== SHARE_LINK.version) {
    return /^\d+$/.test(version ?? '') && Number(version) > Number(SHARE_LINK.version)
      ? refused('This share link was made by a newer version of FDL Studio (link format {version}). Reload the page to get the latest version.', { version: version ?? '' })
      : damaged()
  }
  if (rest.length > 0 || checksum === undefined || !/^[0-9a-f]{8}$/.test(checksum) || payload === undefined) return damaged()
  const compressed = fromBase64Url(payload)
  if (compressed === null) return damaged()
  // The checksum is of the text (link format 1), so it can only be checked once inflated; inflating stops
  // at the document limit, and with the length check above costs at most 32 KB in, 2 MB out.
  const bytes = await inflateRaw(compressed, SHARE_LINK.maxTextBytes)
  if (bytes === null || crc32(bytes).toString(16).padStart(8, '0') !== checksum) return damaged()
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    return damaged()
  }
}

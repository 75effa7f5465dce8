/**
 * The share-link format: `#flow=<version>.<crc32 hex>.<base64url(deflate-raw(utf-8 text))>`. The version
 * lets a later format be told apart from this one; the checksum of the original text catches links that
 * were truncated or altered in transit.
 */
export const SHARE_LINK = {
  /** The fragment key; the whole fragment is `#flow=…`. */
  key: 'flow',
  version: '1',
  /**
   * Longest whole URL we hand out. Chromium keeps 2 MB URLs, but chat apps, mail clients and link
   * shorteners cut far shorter ones; 32 KB is what survives pasting almost everywhere.
   */
  maxUrlLength: 32 * 1024,
  /** The largest document a link may expand to (the same limit as opening a file). */
  maxTextBytes: 2 * 1024 * 1024,
} as const

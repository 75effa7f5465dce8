import type { SimState } from './SimState.ts'

/** Seeds the generator: any number (or string hash) gives a fixed 32-bit state. */
export function seedState(seed: number): number {
  let h = Math.floor(Math.abs(seed)) ^ 0x9e3779b9
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Next 32 random bits (Mulberry32), advancing the state: the only source of randomness in the simulator. */
export function nextRandom(state: SimState): number {
  state.rng = (state.rng + 0x6d2b79f5) >>> 0
  let t = state.rng
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return (t ^ (t >>> 14)) >>> 0
}

/** A random number in [0, 1). */
export function randomUnit(state: SimState): number {
  return nextRandom(state) / 4_294_967_296
}

const HEX = '0123456789abcdef'
const HEX_UPPER = '0123456789ABCDEF'
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
// Receipt handles travel raw in query strings (both MNS SDKs put them there unencoded): no `+`, `/` or `=`.
const B64_URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** `n` random hex digits, upper case when asked (MNS message ids are upper-case hex). */
export function randomHex(state: SimState, n: number, upper = false): string {
  const digits = upper ? HEX_UPPER : HEX
  let s = ''
  let bits = 0
  let left = 0
  for (let i = 0; i < n; i++) {
    if (left === 0) {
      bits = nextRandom(state)
      left = 8
    }
    s += digits.charAt(bits & 15)
    bits >>>= 4
    left--
  }
  return s
}

/** `n` random base64 characters (signatures; URL-safe ones for receipt handles), five per 32 random bits. */
export function randomBase64(state: SimState, n: number, urlSafe = false): string {
  const alphabet = urlSafe ? B64_URL : B64
  let s = ''
  let bits = 0
  let left = 0
  for (let i = 0; i < n; i++) {
    if (left === 0) {
      bits = nextRandom(state)
      left = 5
    }
    s += alphabet.charAt(bits & 63)
    bits >>>= 6
    left--
  }
  return s
}

/** A version-4-shaped UUID from the seeded generator (execution names, request ids). */
export function randomUuid(state: SimState): string {
  const h = randomHex(state, 32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h.charAt(16), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** First index of a list sorted ascending by `key` whose key is >= `value` (binary search for windowed drawing). */
export function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(list[mid]!) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index of a list sorted ascending by `key` whose key is > `value`: how many items are at or before it. */
export function upperBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(list[mid]!) <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

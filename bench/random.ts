/**
 * A deterministic pseudo-random source for the benches' generated flows: bench/ may not use Math.random, as runs
 * must be comparable (the same flow every time). `rand(n)` gives 0 ≤ k < n.
 */
export function lcg(seed: number): (n: number) => number {
  let s = seed
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s % n
  }
}

/**
 * The first index in `[0, n)` where a monotone `isAfter` turns true (`n` when it never does): the
 * one binary search over sorted arrays (tokens by offset, mentions by position, names by text), so
 * each caller states only its order.
 */
export function firstIndex(n: number, isAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Most lists the organisation passes sort are in order already (hits are found left to right): a
 * look at each neighbour pair spares the sort's copy and work buffers there.
 */

/** No neighbour pair of `list` is out of `compare`'s order: a stable sort would leave it as it is. */
export function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let k = 1; k < list.length; k++) if (compare(list[k - 1]!, list[k]!) > 0) return false;
  return true;
}

/** `list` sorted stably by `compare`, in place; untouched when it is in order already. */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  return inOrder(list, compare) ? list : list.sort(compare);
}

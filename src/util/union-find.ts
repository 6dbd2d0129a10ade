/**
 * Disjoint sets over indices 0, 1, 2, …: each set is led by its least index, so the grouping does
 * not depend on the order in which pairs are joined. Used to tie organisation mentions together and
 * to join confirmed duplicate pairs into clusters.
 */
export class UnionFind {
  private readonly parent: number[] = [];

  /** Add one element in a set of its own; returns its index. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  /** The least index of `i`'s set. Path compression keeps later look-ups near constant time. */
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Join the sets of `a` and `b` under the lesser of their leaders. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

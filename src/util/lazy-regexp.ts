/**
 * A regular expression built at its first use instead of when its module loads.
 *
 * `new RegExp` parses its pattern at once, and a pattern with `\p{…}` classes takes up to a few
 * milliseconds to parse: the module-scope patterns of the library (about 200) were a third of a
 * cold import, though most are read only by the stages that run on a parse. The build
 * (`tsup.config.ts`) wraps each module-scope pattern in `lazyRegExp`; the sources stay plain
 * regular expressions. The wrapper answers every method and property code uses on a pattern
 * (`test`, `exec`, `lastIndex`, `source`, `flags`, and `match`, `matchAll`, `replace`,
 * `replaceAll`, `search` and `split` of strings, which call the pattern's symbol methods) by
 * handing it to the pattern, built on the first of them.
 *
 * The wrapper is not a `RegExp` instance: `p instanceof RegExp` is false,
 * `RegExp.prototype.exec.call(p, s)` throws, and so does any code (ours or a bundled library's)
 * that checks that it was given a real pattern. Never export a module-scope pattern from the public
 * entry, and never pass one to code that checks `instanceof RegExp`; build a plain pattern inside a
 * function for such code. Nothing in the library does either today.
 */
export function lazyRegExp(build: () => RegExp): RegExp {
  return new LazyRegExp(build) as unknown as RegExp;
}

class LazyRegExp {
  private built: RegExp | null = null;

  constructor(private readonly build: () => RegExp) {}

  /** The pattern, built on the first call. */
  get re(): RegExp {
    return (this.built ??= this.build());
  }

  exec(s: string): RegExpExecArray | null {
    return this.re.exec(s);
  }

  test(s: string): boolean {
    return this.re.test(s);
  }

  get lastIndex(): number {
    return this.re.lastIndex;
  }

  set lastIndex(i: number) {
    this.re.lastIndex = i;
  }

  get source(): string {
    return this.re.source;
  }

  get flags(): string {
    return this.re.flags;
  }

  get global(): boolean {
    return this.re.global;
  }

  get ignoreCase(): boolean {
    return this.re.ignoreCase;
  }

  get multiline(): boolean {
    return this.re.multiline;
  }

  get sticky(): boolean {
    return this.re.sticky;
  }

  get unicode(): boolean {
    return this.re.unicode;
  }

  get dotAll(): boolean {
    return this.re.dotAll;
  }

  get hasIndices(): boolean {
    return this.re.hasIndices;
  }

  toString(): string {
    return this.re.toString();
  }

  [Symbol.match](s: string): RegExpMatchArray | null {
    return this.re[Symbol.match](s);
  }

  [Symbol.matchAll](s: string): IterableIterator<RegExpMatchArray> {
    return this.re[Symbol.matchAll](s);
  }

  [Symbol.replace](s: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    return this.re[Symbol.replace](s, replacement as string);
  }

  [Symbol.search](s: string): number {
    return this.re[Symbol.search](s);
  }

  [Symbol.split](s: string, limit?: number): string[] {
    return this.re[Symbol.split](s, limit);
  }
}

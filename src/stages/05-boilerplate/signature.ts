/**
 * The signature under a statement or a letter looks like a list of linked headlines but belongs to
 * the article: a name, then the role the person holds (`Rina Kartika` / `Ketua Persatuan Contoh`,
 * `BUDI SANTOSO` / `Pengerusi Lajnah Contoh`).
 */

/** A name in capitals: two to five words, initials with a full stop allowed (`MOHD. RIZAL BIN AHMAD`). */
const CAPS_NAME = /^\p{Lu}{2,}\.?(?: \p{Lu}{1,}\.?){1,4}$/u;
/** A name in ordinary case: two to five capitalised words, no digits, nothing else. */
const NAME = /^\p{Lu}[\p{Ll}'’.-]{0,30}(?: \p{Lu}[\p{Ll}'’.-]{0,30}){1,4}$/u;
/**
 * Whether `lines` (a run of short capitalised lines) hold a signature: a name in capitals followed
 * by a line that opens with a role, anywhere in the run; or, in a run that ends the article (a date
 * line may follow it), a name in ordinary case first and a role right after it (a Title Case headline
 * list rarely opens so).
 */
export function isSignature(lines: readonly string[], endsArticle: boolean, roles: ReadonlySet<string>): boolean {
  const opensWithRole = (s: string | undefined) => s !== undefined && roles.has(s.split(' ')[0]!);
  if (endsArticle && NAME.test(lines[0] ?? '') && opensWithRole(lines[1])) return true;
  return lines.some((s, k) => CAPS_NAME.test(s) && opensWithRole(lines[k + 1]));
}


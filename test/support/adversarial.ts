/**
 * Hostile inputs of any size, for the linear-time test and `npm run fuzz`: each generator returns
 * a text of (about) `chars` UTF-16 code units built from one repeated shape, so a 1 MB version
 * should cost ten times a 100 KB one.
 */

/** A small deterministic PRNG (mulberry32): the same "random" text on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Repeat `unit(i)` until the text reaches `chars` code units, then cut it there. */
function fill(chars: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, chars);
}

/** Every character JavaScript's `\s` matches, and every dash (`\p{Pd}`) and minus-like sign. */
export const UNICODE_SPACES = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b';
export const UNICODE_DASHES = '-\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a\u2e3a\u2e3b\u2e40\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\u2212\u00ad';
/** Every quotation mark and apostrophe a scraper may leave. */
export const QUOTE_MARKS = '"\'«»‘’‚‛“”„‟‹›「」『』`´＂＇';

/** Indonesian names for quotes that differ in speaker: `Budi 12 Santoso` would not be a name. */
function name(i: number): string {
  const syllables = ['ba', 'di', 'ra', 'su', 'to', 'ni', 'ka', 'wi', 'ja', 'ya', 'ma', 'lo'];
  let s = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / syllables.length)) s += syllables[k % syllables.length];
  return `${s[0]!.toUpperCase()}${s.slice(1)}`;
}

export interface Adversary {
  name: string;
  make: (chars: number) => string;
}

/** The hostile shapes, each scalable to any size. */
export const ADVERSARIES: readonly Adversary[] = [
  { name: 'straight quotation marks', make: (n) => '"'.repeat(n) },
  { name: 'curly quotation marks, balanced', make: (n) => fill(n, () => '“”') },
  { name: 'every quotation mark in turn', make: (n) => fill(n, (i) => QUOTE_MARKS[i % QUOTE_MARKS.length]!) },
  { name: 'quotes opened, never closed', make: (n) => fill(n, () => '“Kami siap bekerja ') },
  { name: 'quotes closed, never opened', make: (n) => fill(n, () => 'kami siap,” kata Budi. ') },
  { name: 'nested quotes', make: (n) => '“‘"«'.repeat(Math.floor(n / 8)) + 'ya' + '»"’”'.repeat(Math.floor(n / 8)) },
  { name: 'nested parentheses', make: (n) => '('.repeat(Math.floor(n / 2)) + 'a' + ')'.repeat(Math.floor(n / 2)) },
  { name: 'unbalanced parentheses', make: (n) => fill(n, () => '(Badan Usaha (BU ') },
  { name: 'many short quotes in one paragraph', make: (n) => fill(n, () => 'Kata "ya," ujar Budi. ') },
  { name: 'many speakers in one paragraph', make: (n) => fill(n, (i) => `"Kami siap," kata ${name(i)} ${name(i + 7)}. `) },
  { name: 'people named, then katanya', make: (n) => fill(n, (i) => `${name(i)} ${name(i + 3)} datang ke kantor. "Kami siap bekerja keras," katanya.\n`) },
  { name: 'a single line of sentences', make: (n) => fill(n, () => 'Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan desa tahun ini. ') },
  { name: 'repeated paragraphs', make: (n) => fill(n, () => 'Warga antre sejak pagi.\n\n') },
  { name: 'near-repeated paragraphs', make: (n) => fill(n, (i) => `Warga antre sejak pagi hari ke-${i} di balai desa.\n`) },
  { name: 'every Unicode space and dash', make: (n) => fill(n, (i) => `kata${UNICODE_SPACES[i % UNICODE_SPACES.length]}${UNICODE_DASHES[i % UNICODE_DASHES.length]}`) },
  { name: 'a run of capitals', make: (n) => 'A'.repeat(n) },
  { name: 'capitalised words', make: (n) => fill(n, (i) => `${name(i)} `) },
  { name: 'acronyms and organisation heads', make: (n) => fill(n, (i) => `Badan ${name(i).toUpperCase()} (${name(i + 1).toUpperCase()}) Kementerian `) },
  { name: 'a run of digits', make: (n) => '7'.repeat(n) },
  { name: 'dates and numbers', make: (n) => fill(n, (i) => `${i % 31}/${i % 12}/20${i % 100} 1.500,${i % 10} `) },
  { name: 'a run of dashes', make: (n) => fill(n, () => '-–—') },
  { name: 'emoji', make: (n) => fill(n, () => '😀🇮🇩👍🏽') },
  { name: 'lone surrogates', make: (n) => fill(n, (i) => (i % 3 ? '\ud800' : '\udc00')) },
  { name: 'random code units', make: (n) => {
    const rand = prng(n);
    return fill(n, () => String.fromCharCode(Math.floor(rand() * 0x10000)));
  } },
  { name: 'HTML tags and entities', make: (n) => fill(n, () => '<p>Harga &amp; <b>stok</b> naik&nbsp;&#8211; <div>') },
  { name: 'script tags', make: (n) => fill(n, () => '<script>x</script> kata ') },
  { name: 'unclosed comments', make: (n) => fill(n, () => '<!-- kata ') },
  { name: 'junk lines', make: (n) => fill(n, () => 'Baca juga: Harga Cabai Naik\n') },
  { name: 'long spaces between words', make: (n) => `Paragraf pertama berita ini.\nA${' '.repeat(n)}(AB)` },
];

/**
 * The company of a company post written without one (`kata Direktur Utama Budi Santoso`, `Ketua Pegawai Eksekutif
 * Kumpulan, Rina Wulandari berkata`): such a post is held at a company, and an article that quotes its holder
 * without naming the company is about one, the company it names most. Only when one company clearly leads: with
 * two of like weight the post could be at either. Read after quotes and organisations are both found, since the
 * quote finder does not know the article's organisations.
 */
import type { OrganisationKind } from '../types.js';
import type { QuoteHit } from './quote-hit.js';
import { afterModifiers } from './role-organisation.js';

/** An organisation of the article as this pass needs it. */
interface CountedOrganisation {
  name: string;
  kind: OrganisationKind | null;
  mentions: readonly unknown[];
}

/** The leading company needs this many mentions at least. */
const MIN_MENTIONS = 2;
/** ... and this many times the mentions of any other company. */
const LEAD = 2;

const WORD_G = /[\p{L}\p{N}]+/gu;

/** Lower-case words of `s`. */
function words(s: string): string[] {
  return s.toLowerCase().match(WORD_G) ?? [];
}

/**
 * The role is a company post (`posts`, lower-case word lists), after qualifying words (`Wakil`, `Pemangku`), or a
 * capitalised post in English order closed by a head noun of `heads` (`Regional Business Leader`, `Brand Manager`):
 * a post written so, with no body named, is held at a company.
 */
function companyPost(role: string, posts: readonly (readonly string[])[], modifiers: ReadonlySet<string>, heads: ReadonlySet<string>): boolean {
  const ws = words(role);
  const s = afterModifiers(ws, modifiers);
  if (posts.some((p) => p.length > 0 && p.every((w, i) => ws[s + i] === w))) return true;
  return ws.length >= MIN_HEADED_WORDS && heads.has(ws[ws.length - 1]!) && CAPITALISED_WORDS.test(role);
}

/** Words of a post closed by an English head noun, at least: the head alone (`Manager`) may be any body's. */
const MIN_HEADED_WORDS = 2;
/** Every word capitalised: a post written as a title, not a description (`manajer toko kecil`). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*)*$/u;

/**
 * The company the article names most, when it leads every other company by `LEAD` times its mentions (two
 * entries with the same first word, `Contoh Air` and `Contoh Air Group`, are one company here); else null.
 */
function leadingCompany(organisations: readonly CountedOrganisation[]): string | null {
  const companies = organisations.filter((o) => o.kind === 'company');
  let top: CountedOrganisation | null = null;
  for (const o of companies) if (!top || o.mentions.length > top.mentions.length) top = o;
  if (!top || top.mentions.length < MIN_MENTIONS) return null;
  const first = words(top.name)[0];
  for (const o of companies) {
    if (o === top || words(o.name)[0] === first) continue;
    if (top.mentions.length < LEAD * o.mentions.length) return null;
  }
  return top.name;
}

/** One empty list, so a call without modifiers still finds its compiled posts in the cache. */
const NO_WORDS: readonly string[] = [];

/** The posts' words and the modifiers as sets, per language's lists: built once, not per article. */
const compiledPosts = new WeakMap<
  readonly string[],
  { modifiers: readonly string[]; heads: readonly string[]; postWords: string[][]; mods: ReadonlySet<string>; headWords: ReadonlySet<string> }
>();

function compiled(
  posts: readonly string[],
  modifiers: readonly string[],
  heads: readonly string[],
): { postWords: readonly (readonly string[])[]; mods: ReadonlySet<string>; headWords: ReadonlySet<string> } {
  const known = compiledPosts.get(posts);
  if (known && known.modifiers === modifiers && known.heads === heads) return known;
  const lower = (xs: readonly string[]) => new Set(xs.map((m) => m.toLowerCase()));
  const built = { modifiers, heads, postWords: posts.map(words), mods: lower(modifiers), headWords: lower(heads) };
  compiledPosts.set(posts, built);
  return built;
}

/**
 * Speakers with a company post and no organisation get the company the article is about (`leadingCompany`).
 * `posts` are the language's company posts, `modifiers` its title modifiers, `heads` the English head nouns that close a
 * post (`SpeechData.titleHeads`), all as written in the data.
 */
export function companyPostOrganisations(
  quotes: readonly QuoteHit[],
  organisations: readonly CountedOrganisation[],
  posts: readonly string[] = NO_WORDS,
  modifiers: readonly string[] = NO_WORDS,
  heads: readonly string[] = NO_WORDS,
): QuoteHit[] {
  if (posts.length === 0) return quotes as QuoteHit[];
  const { postWords, mods, headWords } = compiled(posts, modifiers, heads);
  const wanting = (q: QuoteHit) => q.speaker?.role && !q.speaker.organisation && companyPost(q.speaker.role, postWords, mods, headWords);
  if (!quotes.some(wanting)) return quotes as QuoteHit[];
  const company = leadingCompany(organisations);
  if (company === null) return quotes as QuoteHit[];
  return quotes.map((q) => (wanting(q) && q.speaker ? { ...q, speaker: { ...q.speaker, organisation: company } } : q));
}

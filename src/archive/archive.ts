import { parseArticle } from '../parse-article.js';
import { VERSION } from '../version.js';
import { snippet } from '../search/snippet.js';
import { stemsLanguage } from '../search/terms.js';
import type { LanguageCode } from '../types.js';
import { ArchiveError } from './errors.js';
import { planFilters, planQuery } from './plan.js';
import { inputKey, textHash, toRecord, type ArticleRecord } from './records.js';
import { assembleArticle, type Store } from './store.js';
import type { AddOptions, AddResult, AddStatus, Archive, ArchivedArticle, ArchiveInput, QuoteHit, QuoteQuery, SearchHit, SearchOptions } from './types.js';

/** Written beside every article, so a newer warta knows to re-parse what an older one stored. */
export const PARSER = `warta@${VERSION}`;

/**
 * The archive every back end shares: it parses, plans queries and shapes results; the store
 * (`sqlite/store.ts`, `postgres/store.ts`) only runs SQL.
 */
export class StoreArchive implements Archive {
  readonly kind: 'sqlite' | 'postgres';
  readonly #store: Store;
  readonly #readonly: boolean;

  constructor(store: Store, readonly: boolean) {
    this.#store = store;
    this.kind = store.kind;
    this.#readonly = readonly;
  }

  async add(inputs: readonly ArchiveInput[], options: AddOptions = {}): Promise<AddResult> {
    if (!Array.isArray(inputs)) throw new TypeError('add: `inputs` must be an array of { text, id?, url?, title?, date?, outlet? }');
    inputs.forEach(checkInput);
    this.#writable();
    const hashes = inputs.map((input) => textHash(input.text));
    const ids = inputs.map((input, i) => inputKey(input, hashes[i]!));
    const existing = await this.#store.existing([...new Set(ids)]);
    // Parse outside the write transaction, so another writer waits only for the writing.
    const statuses: (AddStatus | null)[] = [];
    const records: ArticleRecord[] = [];
    const archivedAt = new Date().toISOString();
    const seen = new Set<string>();
    inputs.forEach((input, i) => {
      const id = ids[i]!;
      const stamp = existing.get(id);
      if (!seen.has(id) && stamp && stamp.textHash === hashes[i] && stamp.parser === PARSER) {
        statuses.push('unchanged');
        return;
      }
      seen.add(id);
      statuses.push(null);
      records.push(toRecord(input, id, hashes[i]!, parseArticle(input.text, options.parse), PARSER, archivedAt));
    });
    const written = records.length > 0 ? await this.#store.write(records) : [];
    let w = 0;
    const final = statuses.map((s) => s ?? written[w++]!);
    return {
      added: final.filter((s) => s === 'added').length,
      updated: final.filter((s) => s === 'updated').length,
      unchanged: final.filter((s) => s === 'unchanged').length,
      ids,
      statuses: final,
    };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const words = planQuery(query);
    const filters = planFilters(options, 'search');
    const highlight = options.highlight ?? undefined;
    if (highlight !== undefined && !(Array.isArray(highlight) && highlight.length === 2 && highlight.every((h) => typeof h === 'string'))) {
      throw new TypeError('search: `highlight` must be two strings, [open, close]');
    }
    const terms = new Set(words.flat());
    const rows = await this.#store.search(words, filters);
    return rows.map((r) => {
      const language = r.language as LanguageCode;
      const stem = stemsLanguage(language);
      const inBody = snippet(r.body, terms, stem, highlight);
      const inTitle = inBody.matched === 0 && r.title !== null ? snippet(r.title, terms, stem, highlight) : null;
      return {
        id: r.id,
        score: r.score,
        title: r.title,
        date: r.date,
        outlet: r.outlet,
        language,
        url: r.url,
        snippet: inTitle && inTitle.matched > 0 ? inTitle.text : inBody.text,
      };
    });
  }

  async quotes(query: QuoteQuery): Promise<QuoteHit[]> {
    const filters = planFilters(query, 'quotes');
    if (filters.speakerKey === null && filters.organisationKey === null) {
      throw new ArchiveError('bad-filter', 'quotes needs a speaker or an organisation to look for');
    }
    const rows = await this.#store.quotes(filters);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      date: r.date,
      outlet: r.outlet,
      url: r.url,
      text: r.text,
      kind: r.kind as QuoteHit['kind'],
      verb: r.verb,
      span: { start: r.span_start, end: r.span_end },
      speaker: { name: r.name, role: r.role, organisation: r.organisation },
    }));
  }

  async get(id: string): Promise<ArchivedArticle | null> {
    if (typeof id !== 'string') throw new TypeError('get: `id` must be a string');
    const rows = await this.#store.get(id);
    return rows === null ? null : assembleArticle(rows);
  }

  async remove(ids: readonly string[]): Promise<number> {
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new TypeError('remove: `ids` must be an array of strings');
    this.#writable();
    return ids.length === 0 ? 0 : this.#store.remove(ids);
  }

  count(): Promise<number> {
    return this.#store.count();
  }

  close(): Promise<void> {
    return this.#store.close();
  }

  #writable(): void {
    if (this.#readonly) throw new ArchiveError('read-only', 'the archive was opened read-only');
  }
}

function checkInput(input: unknown, i: number): asserts input is ArchiveInput {
  if (input === null || typeof input !== 'object') throw new TypeError(`add: input ${i} must be an object { text, … }`);
  const o = input as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new TypeError(`add: input ${i}: \`text\` must be a string`);
  for (const key of ['id', 'url', 'title', 'date', 'outlet'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') throw new TypeError(`add: input ${i}: \`${key}\` must be a string or null`);
  }
  if (o.id === '') throw new TypeError(`add: input ${i}: \`id\` is empty (leave it out to key the article by its text)`);
}

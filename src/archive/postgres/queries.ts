/**
 * Every SQL statement the PostgreSQL store runs: fixed text with numbered parameters. As in
 * SQLite's (`sqlite/queries.ts`), filters are `($n IS NULL OR …)`, so nothing is assembled from
 * input. Child rows go in with one statement per table, from parallel arrays (`unnest`).
 */
const ARTICLE_COLUMNS = [
  'id',
  'text_hash',
  'parser',
  'url',
  'title',
  'body',
  'date',
  'place',
  'outlet',
  'outlet_key',
  'language',
  'language_confidence',
  'dateline',
  'credit',
  'warnings',
  'source',
  'archived_at',
  'terms',
] as const;

const placeholders = ARTICLE_COLUMNS.map((c, i) => (c === 'terms' ? `$${i + 1}::tsvector` : `$${i + 1}`));

/** Search and quotes bind the filters as $1 outlet, $2 from, $3 to, $4 language, $5 speaker, $6 organisation, $7 limit, $8 offset. */
const QUOTE_COLUMNS = `a.id, a.title, a.date, a.outlet, a.url, q.text, q.kind, q.verb, q.span_start, q.span_end, s.name, s.role, s.organisation`;
const QUOTE_ORDER = `a.date DESC NULLS LAST, a.pk, q.n`;

const ARTICLE_FILTERS = `
  AND ($1::text IS NULL OR a.outlet_key = $1)
  AND ($2::text IS NULL OR a.date >= $2)
  AND ($3::text IS NULL OR a.date <= $3)
  AND ($4::text IS NULL OR a.language = $4)`;

export const QUERIES = {
  existing: `SELECT id, text_hash, parser FROM articles WHERE id = ANY($1::text[])`,
  findForUpdate: `SELECT pk, text_hash, parser FROM articles WHERE id = $1 FOR UPDATE`,
  insertArticle: `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${placeholders.join(', ')}) ON CONFLICT (id) DO NOTHING RETURNING pk`,
  updateArticle: `UPDATE articles SET ${ARTICLE_COLUMNS.map((c, i) => `${c} = ${placeholders[i]}`).join(', ')} WHERE pk = $${ARTICLE_COLUMNS.length + 1}`,
  deleteChildren: [
    'DELETE FROM paragraphs WHERE article = $1',
    'DELETE FROM speakers WHERE article = $1',
    'DELETE FROM quotes WHERE article = $1',
    'DELETE FROM organisations WHERE article = $1',
    'DELETE FROM mentions WHERE article = $1',
    'DELETE FROM duplicates WHERE article = $1',
    'DELETE FROM boilerplate WHERE article = $1',
  ],
  insertParagraphs: `INSERT INTO paragraphs (article, n, text, span_start, span_end)
    SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[])`,
  insertSpeakers: `INSERT INTO speakers (article, n, name, name_key, role, organisation, organisation_key, organisation_n)
    SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])`,
  insertQuotes: `INSERT INTO quotes (article, n, text, kind, verb, paragraph, span_start, span_end, speaker, speaker_start, speaker_end, resolved)
    SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::int[], $12::boolean[])`,
  insertOrganisations: `INSERT INTO organisations (article, n, name, name_key, acronym, acronym_key, org_id, kind)
    SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
  insertMentions: `INSERT INTO mentions (article, organisation, n, span_start, span_end)
    SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[])`,
  insertDuplicates: `INSERT INTO duplicates (article, n, kind, similarity, span_start, span_end, of_start, of_end)
    SELECT $1, * FROM unnest($2::int[], $3::text[], $4::float8[], $5::int[], $6::int[], $7::int[], $8::int[])`,
  insertBoilerplate: `INSERT INTO boilerplate (article, n, kind, text, span_start, span_end)
    SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::int[])`,
  // Title terms weigh A, quotes B, body C (ts_rank's default weights 1.0, 0.4, 0.2). The best
  // page is chosen on keys and scores alone; only its rows' texts are then read.
  search: `
WITH page AS (
  SELECT a.pk, ts_rank(a.terms, $9::tsquery) AS score
  FROM articles a
  WHERE a.terms @@ $9::tsquery ${ARTICLE_FILTERS}
    AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM speakers s WHERE s.article = a.pk AND s.name_key LIKE '%' || $5 || '%'))
    AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM organisations o WHERE o.article = a.pk AND (o.acronym_key = $6 OR o.name_key LIKE '%' || $6 || '%')))
  ORDER BY score DESC, a.pk
  LIMIT $7 OFFSET $8
)
SELECT a.id, page.score, a.title, a.date, a.outlet, a.language, a.url, a.body
FROM page JOIN articles a ON a.pk = page.pk
ORDER BY page.score DESC, a.pk`,
  // As in SQLite (`sqlite/queries.ts`): found from the distinct name keys, one statement per driver.
  quotesBySpeaker: `
SELECT ${QUOTE_COLUMNS}
FROM speakers s
JOIN quotes q ON q.article = s.article AND q.speaker = s.n
JOIN articles a ON a.pk = s.article
WHERE s.name_key IN (SELECT key FROM name_keys WHERE key LIKE '%' || $5 || '%')
  AND ($6::text IS NULL OR s.organisation_key LIKE '%' || $6 || '%'
    OR EXISTS (SELECT 1 FROM organisations o WHERE o.article = s.article AND o.n = s.organisation_n
      AND (o.acronym_key = $6 OR o.name_key LIKE '%' || $6 || '%'))) ${ARTICLE_FILTERS}
ORDER BY ${QUOTE_ORDER}
LIMIT $7 OFFSET $8`,
  quotesByOrganisation: `
WITH keys AS (SELECT key FROM name_keys WHERE key LIKE '%' || $6 || '%'),
who AS (
  SELECT article, n FROM speakers WHERE organisation_key IN (SELECT key FROM keys)
  UNION
  SELECT s.article, s.n FROM organisations o JOIN speakers s ON s.article = o.article AND s.organisation_n = o.n
  WHERE o.acronym_key = $6 OR o.name_key IN (SELECT key FROM keys)
)
SELECT ${QUOTE_COLUMNS}
FROM who
JOIN speakers s ON s.article = who.article AND s.n = who.n
JOIN quotes q ON q.article = s.article AND q.speaker = s.n
JOIN articles a ON a.pk = s.article
WHERE $5::text IS NULL ${ARTICLE_FILTERS}
ORDER BY ${QUOTE_ORDER}
LIMIT $7 OFFSET $8`,
  insertNameKeys: `INSERT INTO name_keys (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`,
  getArticle: `SELECT pk, id, url, title, date, place, outlet, language, source, text_hash, parser, archived_at, credit, warnings FROM articles WHERE id = $1`,
  getParagraphs: `SELECT text, span_start, span_end FROM paragraphs WHERE article = $1 ORDER BY n`,
  getSpeakers: `SELECT n, name, role, organisation FROM speakers WHERE article = $1 ORDER BY n`,
  getQuotes: `SELECT text, kind, verb, paragraph, span_start, span_end, speaker FROM quotes WHERE article = $1 ORDER BY n`,
  getOrganisations: `SELECT n, name, acronym, org_id, kind FROM organisations WHERE article = $1 ORDER BY n`,
  getMentions: `SELECT organisation, span_start, span_end FROM mentions WHERE article = $1 ORDER BY organisation, n`,
  getDuplicates: `SELECT kind, similarity, span_start, span_end, of_start, of_end FROM duplicates WHERE article = $1 ORDER BY n`,
  getBoilerplate: `SELECT kind, text, span_start, span_end FROM boilerplate WHERE article = $1 ORDER BY n`,
  remove: `DELETE FROM articles WHERE id = ANY($1::text[])`,
  count: `SELECT count(*)::integer AS n FROM articles`,
} as const;

export { ARTICLE_COLUMNS };

/**
 * Every SQL statement the SQLite store runs: fixed text with bound parameters, prepared once
 * per connection. Filters are written `(@x IS NULL OR …)`, so one statement serves every
 * combination and no SQL is ever assembled from input.
 */
const ARTICLE_COLUMNS = `id, text_hash, parser, date, outlet, outlet_key, language, language_confidence, place, dateline, credit, url, title, archived_at, warnings, body, source`;

/** The filters on articles `a`, shared by search and quotes. Keys are `nameKey` forms (` sri mulyani `). */
const ARTICLE_FILTERS = `
  AND (@outlet IS NULL OR a.outlet_key = @outlet)
  AND (@from IS NULL OR a.date >= @from)
  AND (@to IS NULL OR a.date <= @to)
  AND (@language IS NULL OR a.language = @language)`;

const QUOTE_COLUMNS = `a.id, a.title, a.date, a.outlet, a.url, q.text, q.kind, q.verb, q.span_start, q.span_end, s.name, s.role, s.organisation`;
const QUOTE_ORDER = `a.date DESC NULLS LAST, a.pk, q.n`;

const SPEAKER_IN_ARTICLE = `(@speaker IS NULL OR EXISTS (SELECT 1 FROM speakers s WHERE s.article = a.pk AND s.name_key LIKE '%' || @speaker || '%'))`;
const ORGANISATION_IN_ARTICLE = `(@organisation IS NULL OR EXISTS (SELECT 1 FROM organisations o WHERE o.article = a.pk AND (o.acronym_key = @organisation OR o.name_key LIKE '%' || @organisation || '%')))`;

export const QUERIES = {
  existing: `SELECT id, text_hash, parser FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
  find: `SELECT pk, text_hash, parser FROM articles WHERE id = ?`,
  insertArticle: `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (${ARTICLE_COLUMNS.split(', ').map((c) => `@${c}`).join(', ')})`,
  updateArticle: `UPDATE articles SET ${ARTICLE_COLUMNS.split(', ').map((c) => `${c} = @${c}`).join(', ')} WHERE pk = @pk`,
  deleteParagraphs: `DELETE FROM paragraphs WHERE article = ?`,
  deleteSpeakers: `DELETE FROM speakers WHERE article = ?`,
  deleteQuotes: `DELETE FROM quotes WHERE article = ?`,
  deleteOrganisations: `DELETE FROM organisations WHERE article = ?`,
  deleteMentions: `DELETE FROM mentions WHERE article = ?`,
  deleteDuplicates: `DELETE FROM duplicates WHERE article = ?`,
  deleteBoilerplate: `DELETE FROM boilerplate WHERE article = ?`,
  deleteTerms: `DELETE FROM articles_fts WHERE rowid = ?`,
  insertTerms: `INSERT INTO articles_fts (rowid, title, body, quotes) VALUES (?, ?, ?, ?)`,
  insertParagraph: `INSERT INTO paragraphs (article, n, text, span_start, span_end) VALUES (?, ?, ?, ?, ?)`,
  insertSpeaker: `INSERT INTO speakers (article, n, name, name_key, role, organisation, organisation_key, organisation_n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  insertQuote: `INSERT INTO quotes (article, n, text, kind, verb, paragraph, span_start, span_end, speaker, speaker_start, speaker_end, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertOrganisation: `INSERT INTO organisations (article, n, name, name_key, acronym, acronym_key, org_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  insertMention: `INSERT INTO mentions (article, organisation, n, span_start, span_end) VALUES (?, ?, ?, ?, ?)`,
  insertDuplicate: `INSERT INTO duplicates (article, n, kind, similarity, span_start, span_end, of_start, of_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  insertBoilerplate: `INSERT INTO boilerplate (article, n, kind, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)`,
  // bm25 is lower for better matches; title terms weigh 4, quote terms 2, body terms 1. The
  // best page is chosen first on keys and scores alone; only its rows' texts are then read.
  search: `
WITH page AS (
  SELECT a.pk, -bm25(articles_fts, 4.0, 1.0, 2.0) AS score
  FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
  WHERE articles_fts MATCH @match ${ARTICLE_FILTERS}
    AND ${SPEAKER_IN_ARTICLE}
    AND ${ORGANISATION_IN_ARTICLE}
  ORDER BY score DESC, a.pk
  LIMIT @limit OFFSET @offset
)
SELECT a.id, page.score, a.title, a.date, a.outlet, a.language, a.url, a.body
FROM page JOIN articles a ON a.pk = page.pk
ORDER BY page.score DESC, a.pk`,
  // Quotes are found from the names: the whole-word match scans the distinct keys
  // (`name_keys`), then indexes lead to the speakers, their quotes and articles. A speaker's
  // organisation matches by its own words, or through the article's organisation it names
  // (`APTB` → `Aliansi Petani Tangguh Bersatu (APTB)`). One statement with a speaker,
  // one with only an organisation: each is planned around what drives it.
  quotesBySpeaker: `
SELECT ${QUOTE_COLUMNS}
FROM speakers s
JOIN quotes q ON q.article = s.article AND q.speaker = s.n
JOIN articles a ON a.pk = s.article
WHERE s.name_key IN (SELECT key FROM name_keys WHERE key LIKE '%' || @speaker || '%')
  AND (@organisation IS NULL OR s.organisation_key LIKE '%' || @organisation || '%'
    OR EXISTS (SELECT 1 FROM organisations o WHERE o.article = s.article AND o.n = s.organisation_n
      AND (o.acronym_key = @organisation OR o.name_key LIKE '%' || @organisation || '%'))) ${ARTICLE_FILTERS}
ORDER BY ${QUOTE_ORDER}
LIMIT @limit OFFSET @offset`,
  quotesByOrganisation: `
WITH keys AS (SELECT key FROM name_keys WHERE key LIKE '%' || @organisation || '%'),
who AS (
  SELECT article, n FROM speakers WHERE organisation_key IN (SELECT key FROM keys)
  UNION
  SELECT s.article, s.n FROM organisations o JOIN speakers s ON s.article = o.article AND s.organisation_n = o.n
  WHERE o.acronym_key = @organisation OR o.name_key IN (SELECT key FROM keys)
)
SELECT ${QUOTE_COLUMNS}
FROM who
JOIN speakers s ON s.article = who.article AND s.n = who.n
JOIN quotes q ON q.article = s.article AND q.speaker = s.n
JOIN articles a ON a.pk = s.article
WHERE @speaker IS NULL ${ARTICLE_FILTERS}
ORDER BY ${QUOTE_ORDER}
LIMIT @limit OFFSET @offset`,
  insertNameKey: `INSERT OR IGNORE INTO name_keys (key) VALUES (?)`,
  getArticle: `SELECT pk, id, url, title, date, place, outlet, language, source, text_hash, parser, archived_at, credit, warnings FROM articles WHERE id = ?`,
  getParagraphs: `SELECT text, span_start, span_end FROM paragraphs WHERE article = ? ORDER BY n`,
  getSpeakers: `SELECT n, name, role, organisation FROM speakers WHERE article = ? ORDER BY n`,
  getQuotes: `SELECT text, kind, verb, paragraph, span_start, span_end, speaker FROM quotes WHERE article = ? ORDER BY n`,
  getOrganisations: `SELECT n, name, acronym, org_id, kind FROM organisations WHERE article = ? ORDER BY n`,
  getMentions: `SELECT organisation, span_start, span_end FROM mentions WHERE article = ? ORDER BY organisation, n`,
  getDuplicates: `SELECT kind, similarity, span_start, span_end, of_start, of_end FROM duplicates WHERE article = ? ORDER BY n`,
  getBoilerplate: `SELECT kind, text, span_start, span_end FROM boilerplate WHERE article = ? ORDER BY n`,
  remove: `DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
  count: `SELECT count(*) FROM articles`,
} as const;

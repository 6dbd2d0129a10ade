import { V1_DESCRIPTION, type Migration } from '../migrations.js';

/** `PRAGMA application_id` of a warta archive ('wart'), so file(1) and tools can tell one apart. */
export const APPLICATION_ID = 0x77617274;

/**
 * The SQLite schema, version by version. Spans are `span_start`/`span_end` UTF-16 offsets into
 * `articles.source`. `*_key` columns hold `nameKey` forms (lower case, whole words, padded with
 * spaces) that filters compare. The full-text index is contentless: it stores only the stemmed
 * terms it is given, keyed by `articles.pk`, and snippets are cut from `articles.body`.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: V1_DESCRIPTION,
    statements: [
      `PRAGMA application_id = ${APPLICATION_ID}`,
      `CREATE TABLE IF NOT EXISTS warta_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
      // The long texts come last: filters read the short columns without walking overflow pages.
      `CREATE TABLE articles (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text_hash TEXT NOT NULL,
        parser TEXT NOT NULL,
        date TEXT,
        outlet TEXT,
        outlet_key TEXT,
        language TEXT NOT NULL,
        language_confidence REAL NOT NULL,
        place TEXT,
        dateline TEXT,
        credit TEXT,
        url TEXT,
        title TEXT,
        archived_at TEXT NOT NULL,
        warnings TEXT NOT NULL,
        body TEXT NOT NULL,
        source TEXT NOT NULL
      )`,
      `CREATE INDEX articles_text_hash ON articles (text_hash)`,
      `CREATE INDEX articles_date ON articles (date)`,
      `CREATE INDEX articles_outlet ON articles (outlet_key, date)`,
      `CREATE TABLE paragraphs (
        article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        PRIMARY KEY (article, n)
      ) WITHOUT ROWID`,
      `CREATE TABLE speakers (
        article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        role TEXT,
        organisation TEXT,
        organisation_key TEXT,
        organisation_n INTEGER,
        PRIMARY KEY (article, n)
      ) WITHOUT ROWID`,
      `CREATE INDEX speakers_name ON speakers (name_key)`,
      `CREATE INDEX speakers_organisation ON speakers (organisation_key)`,
      `CREATE TABLE quotes (
        article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        verb TEXT,
        paragraph INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        speaker INTEGER,
        speaker_start INTEGER,
        speaker_end INTEGER,
        resolved INTEGER,
        PRIMARY KEY (article, n)
      ) WITHOUT ROWID`,
      `CREATE TABLE organisations (
        article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        acronym TEXT,
        acronym_key TEXT,
        org_id TEXT,
        kind TEXT,
        PRIMARY KEY (article, n)
      ) WITHOUT ROWID`,
      `CREATE INDEX organisations_acronym ON organisations (acronym_key)`,
      `CREATE INDEX organisations_name ON organisations (name_key)`,
      // Every distinct name key ever written (speakers, their organisations, organisations): a
      // whole-word match scans these few rows, then the indexes above find the rows that bear them.
      `CREATE TABLE name_keys (key TEXT PRIMARY KEY) WITHOUT ROWID`,
      `CREATE TABLE mentions (
        article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        organisation INTEGER NOT NULL,
        n INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        PRIMARY KEY (article, organisation, n)
      ) WITHOUT ROWID`,
      `CREATE TABLE duplicates (
        article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        kind TEXT NOT NULL,
        similarity REAL NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        of_start INTEGER NOT NULL,
        of_end INTEGER NOT NULL,
        PRIMARY KEY (article, n)
      ) WITHOUT ROWID`,
      `CREATE TABLE boilerplate (
        article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        PRIMARY KEY (article, n)
      ) WITHOUT ROWID`,
      // Terms are already stemmed and folded: unicode61 only splits them at the spaces.
      `CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, quotes, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`,
      `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN DELETE FROM articles_fts WHERE rowid = old.pk; END`,
    ],
  },
];

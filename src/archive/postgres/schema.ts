import { V1_DESCRIPTION, type Migration } from '../migrations.js';

/**
 * The PostgreSQL schema, version by version: the same tables and columns as SQLite's
 * (`sqlite/schema.ts`), in a schema of their own (default `warta`). The full-text index is a
 * `tsvector` column built by warta from the same stemmed terms as SQLite's FTS5 index
 * (`tsvector.ts`), weighted title A, quotes B, body C, with a GIN index.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: V1_DESCRIPTION,
    statements: [
      `CREATE TABLE articles (
        pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        text_hash text NOT NULL,
        parser text NOT NULL,
        date text,
        outlet text,
        outlet_key text,
        language text NOT NULL,
        language_confidence double precision NOT NULL,
        place text,
        dateline text,
        credit text,
        url text,
        title text,
        archived_at text NOT NULL,
        warnings text NOT NULL,
        body text NOT NULL,
        source text NOT NULL,
        terms tsvector NOT NULL
      )`,
      `CREATE INDEX articles_text_hash ON articles (text_hash)`,
      `CREATE INDEX articles_date ON articles (date)`,
      `CREATE INDEX articles_outlet ON articles (outlet_key, date)`,
      `CREATE INDEX articles_terms ON articles USING gin (terms)`,
      `CREATE TABLE paragraphs (
        article bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n integer NOT NULL,
        text text NOT NULL,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        PRIMARY KEY (article, n)
      )`,
      `CREATE TABLE speakers (
        article bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n integer NOT NULL,
        name text NOT NULL,
        name_key text NOT NULL,
        role text,
        organisation text,
        organisation_key text,
        organisation_n integer,
        PRIMARY KEY (article, n)
      )`,
      `CREATE INDEX speakers_name ON speakers (name_key)`,
      `CREATE INDEX speakers_organisation ON speakers (organisation_key)`,
      `CREATE TABLE quotes (
        article bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n integer NOT NULL,
        text text NOT NULL,
        kind text NOT NULL,
        verb text,
        paragraph integer NOT NULL,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        speaker integer,
        speaker_start integer,
        speaker_end integer,
        resolved boolean,
        PRIMARY KEY (article, n)
      )`,
      `CREATE TABLE organisations (
        article bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n integer NOT NULL,
        name text NOT NULL,
        name_key text NOT NULL,
        acronym text,
        acronym_key text,
        org_id text,
        kind text,
        PRIMARY KEY (article, n)
      )`,
      `CREATE INDEX organisations_acronym ON organisations (acronym_key)`,
      `CREATE INDEX organisations_name ON organisations (name_key)`,
      `CREATE TABLE name_keys (key text PRIMARY KEY)`,
      `CREATE TABLE mentions (
        article bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        organisation integer NOT NULL,
        n integer NOT NULL,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        PRIMARY KEY (article, organisation, n)
      )`,
      `CREATE TABLE duplicates (
        article bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n integer NOT NULL,
        kind text NOT NULL,
        similarity double precision NOT NULL,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        of_start integer NOT NULL,
        of_end integer NOT NULL,
        PRIMARY KEY (article, n)
      )`,
      `CREATE TABLE boilerplate (
        article bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
        n integer NOT NULL,
        kind text NOT NULL,
        text text NOT NULL,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        PRIMARY KEY (article, n)
      )`,
    ],
  },
];

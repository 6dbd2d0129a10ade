/**
 * Schema versions. Each back end lists the same versions, in order, with its own SQL; an
 * archive records the version it is at (`warta_meta.schema_version`) and is brought up to
 * date when opened for writing. A version, once released, is never edited: change the schema
 * by adding the next one.
 */
export interface Migration {
  version: number;
  /** What the version adds, for the record. */
  description: string;
  statements: readonly string[];
}

/** The version this warta writes and reads. */
export const SCHEMA_VERSION = 1;

/** What the first version holds, in both back ends. */
export const V1_DESCRIPTION =
  'articles with their source, paragraphs, speakers and quotes, organisations and their mentions, duplicates and boilerplate (all with offsets), and a full-text index over stemmed title, body and quote terms';

/** The migrations to run on an archive at `from`, in order. */
export function pending(migrations: readonly Migration[], from: number): Migration[] {
  return migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
}

import type { LanguageData } from '../lang/types.js';
import { findOrganisations } from '../organisations/find-organisations.js';
import { type FoundOrganisation, groupOrganisations } from '../organisations/group.js';
import type { ScannedBlock } from '../tokens/tokenize.js';
import type { Stage, StageResult } from './types.js';

export interface OrganisationsInput {
  text: string;
  /** The clean paragraphs (scanned once, shared with the quotes stage), so the dateline's outlet and junk never count. */
  paragraphs: readonly ScannedBlock[];
  /** Head nouns and the lexicon of the article's language. */
  data: LanguageData;
  /** The dateline's outlet as written: the body may name it again (`kepada Contoh`). */
  outlet?: string | null;
  /** The outlet a sign-off names (`- K! ONLINE`), inside the last paragraph read (the credit's). */
  signOff?: { start: number; end: number } | null;
}

export interface OrganisationsResult extends StageResult {
  /** Mentions are normalized regions until the Article is assembled. */
  organisations: FoundOrganisation[];
}

/** Organisation mentions in the clean paragraphs, grouped by organisation. */
export function findOrganisationsStage(input: OrganisationsInput): OrganisationsResult {
  if (input.paragraphs.length === 0) return { organisations: [] };
  return { organisations: groupOrganisations(findOrganisations(input.paragraphs, input.data, { outlet: input.outlet ?? null, signOff: input.signOff ?? null })) };
}

export const organisationsStage: Stage<OrganisationsInput, OrganisationsResult> = {
  name: 'organisations',
  run: findOrganisationsStage,
  nothing: () => ({ organisations: [] }),
  decisions: (r) => r.organisations.flatMap((o) => o.mentions.map((region) => ({ what: `organisation:${o.name}`, region }))),
};

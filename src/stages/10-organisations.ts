import type { LanguageData } from '../lang/types.js';
import { findOrganisations } from '../organisations/find-organisations.js';
import { type FoundOrganisation, groupOrganisations } from '../organisations/group.js';
import { ownOutletMentions } from '../organisations/own-outlet.js';
import type { ScannedBlock } from '../segment.js';
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
  /** Photo captions and the credit, where the dateline's outlet may be written again (`© Contoh.com/Rina`). */
  credited?: readonly { start: number; end: number }[];
}

export interface OrganisationsResult extends StageResult {
  /** Mentions are normalized regions until the Article is assembled. */
  organisations: FoundOrganisation[];
}

/** Organisation mentions in the clean paragraphs, grouped by organisation. */
export function findOrganisationsStage(input: OrganisationsInput): OrganisationsResult {
  if (input.paragraphs.length === 0) return { organisations: [] };
  const found = groupOrganisations(findOrganisations(input.paragraphs, input.data, { outlet: input.outlet ?? null, signOff: input.signOff ?? null }));
  const outlet = input.outlet ?? null;
  return { organisations: withOwnOutlet(input.text, found, outlet, ownOutletMentions(input.text, outlet, input.credited ?? [])) };
}

/** The dateline's outlet named in a caption or the credit: its mentions join the outlet the body names, else it is one more organisation. */
function withOwnOutlet(text: string, found: FoundOrganisation[], outlet: string | null, mentions: readonly { start: number; end: number }[]): FoundOrganisation[] {
  if (!outlet || mentions.length === 0) return found;
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  const core = letters(outlet.split('.')[0]!);
  const same = found.find((o) => o.kind === 'media' && [o.name, ...o.mentions.map((m) => text.slice(m.start, m.end))].some((t) => letters(t.split('.')[0]!) === core));
  if (same) return found.map((o) => (o === same ? { ...o, mentions: [...o.mentions, ...mentions].sort((a, b) => a.start - b.start) } : o));
  return [...found, { name: outlet, acronym: null, mentions: [...mentions], id: null, kind: 'media' }];
}

export const organisationsStage: Stage<OrganisationsInput, OrganisationsResult> = {
  name: 'organisations',
  run: findOrganisationsStage,
  nothing: () => ({ organisations: [] }),
  decisions: (r) => r.organisations.flatMap((o) => o.mentions.map((region) => ({ what: `organisation:${o.name}`, region }))),
};

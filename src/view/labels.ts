import type { BoilerplateKind, LanguageCode, OrganisationKind, Speaker } from '../types.js';
import type { SpeakerGroup } from './view-model.js';

/** Words the view prints for the parse's codes. */

export const JUNK_LABELS: Readonly<Record<BoilerplateKind, string>> = {
  'related-link': 'related link',
  ad: 'advert',
  'video-promo': 'video promo',
  share: 'share prompt',
  editor: 'editor line',
  copyright: 'copyright',
  caption: 'caption',
  navigation: 'navigation',
  comments: 'comments',
  other: 'other junk',
};

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  government: 'government',
  company: 'company',
  party: 'party',
  ngo: 'NGO',
  media: 'media',
  education: 'education',
  'police-military': 'police or military',
  international: 'international',
  other: 'other',
};

export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  ind: 'Indonesian',
  zlm: 'Malay',
  eng: 'English',
  und: 'undetermined',
};

/** BCP 47 tags for the article's `lang` attribute, so screen readers pronounce it right. */
export const LANGUAGE_TAGS: Readonly<Record<LanguageCode, string | null>> = { ind: 'id', zlm: 'ms', eng: 'en', und: null };

export function junkLabel(kind: string): string {
  return Object.hasOwn(JUNK_LABELS, kind) ? JUNK_LABELS[kind as BoilerplateKind] : kind;
}

export function organisationKindLabel(kind: string | null | undefined): string | null {
  if (!kind) return null;
  return Object.hasOwn(ORGANISATION_KIND_LABELS, kind) ? ORGANISATION_KIND_LABELS[kind as OrganisationKind] : kind;
}

export function languageName(code: string): string {
  return Object.hasOwn(LANGUAGE_NAMES, code) ? LANGUAGE_NAMES[code as LanguageCode] : code;
}

/** Every role and organisation a speaker was given: `Rina Wulandari · Manajer Program, APTB`, or `unattributed`. */
export function speakerLabel(group: SpeakerGroup): string {
  if (group.name === null) return 'unattributed';
  return withAbout(group.name, [group.roles.join(' / '), group.organisations.join(' / ')]);
}

/** The speaker as one quote names them (role and organisation as given for that quote). */
export function quoteSpeakerLabel(speaker: Speaker | null): string {
  if (!speaker || typeof speaker.name !== 'string' || speaker.name.trim() === '') return 'unattributed';
  return withAbout(speaker.name.trim(), [speaker.role ?? '', speaker.organisation ?? '']);
}

function withAbout(name: string, about: string[]): string {
  const words = about.filter((s) => s !== '').join(', ');
  return words === '' ? name : `${name} · ${words}`;
}

/** The CSS class carrying a speaker's colours. */
export function speakerClass(group: SpeakerGroup, paletteSize: number): string {
  return group.colour === null ? 'sp-none' : `sp-${group.colour % paletteSize}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

import { organisations as indonesian } from '../id/organisations.js';
import { organisations as malay } from '../ms/organisations.js';
import { buildingWords, englishBodyPosts, englishHousePostBeats, englishHousePosts, englishEventWords, englishGatheringWords, englishFieldTails, englishGluedWords, englishVenueWords, englishHeads, englishTails, mediaSuffixes } from './org-names.js';
import { legalForms } from '../legal-forms.js';
import { knownOrganisations as indonesianKnown } from '../id/known-organisations.js';
import { knownOrganisations as malayKnown } from '../ms/known-organisations.js';
import { internationalOrganisations } from '../international-organisations.js';
import type { OrganisationData } from '../types.js';
import type { OrganisationKind } from '../../types.js';
import { titleWords } from './speech.js';

/** Indonesian and Malay heads that are no English word (`Dewan`, `Persatuan`, not `Bank` or `Hospital`). */
function foreignHeads(): Record<string, OrganisationKind> {
  const out: Record<string, OrganisationKind> = {};
  for (const heads of [malay.heads, indonesian.heads]) {
    for (const [phrase, kind] of Object.entries(heads)) if (!(phrase in englishHeads) && !ENGLISH_WORDS.has(phrase)) out[phrase] ??= kind;
  }
  return out;
}

/** Heads of the other languages that are English words too: English text reads them its own way. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(['Bank', 'Hospital', 'Unit', 'PT', 'CV', 'Grup']);

/**
 * English organisation data. English news from Indonesia and Malaysia names their bodies in their
 * own language too (`Dewan Bahasa dan Pustaka`, `Badan Pusat Statistik`), so the Indonesian and
 * Malay heads and lexicons come after the English ones (Indonesian first on a clash of forms).
 */
export const organisations: OrganisationData = {
  heads: {
    ...foreignHeads(),
    ...englishHeads,
    Ministry: 'government',
    Department: 'government',
    Agency: 'government',
    Commission: 'government',
    Council: 'government',
    Office: 'government',
    Board: 'government',
    Court: 'government',
    Bank: 'company',
    'University of': 'education',
    'Institute of': 'education',
    'Faculty of': 'education',
    'School of': 'education',
    'Association of': 'ngo',
    'Federation of': 'ngo',
    'Party of': 'party',
    PT: 'company',
  },
  tails: {
    ...englishTails,
    Ministry: 'government',
    Agency: 'government',
    Authority: 'government',
    Commission: 'government',
    Council: 'government',
    Office: 'government',
    Department: 'government',
    Board: 'government',
    Bureau: 'government',
    Tribunal: 'government',
    School: 'education',
    Hospital: 'other',
    Police: 'police-military',
    Army: 'police-military',
    Navy: 'police-military',
    University: 'education',
    Institute: 'education',
    College: 'education',
    Academy: 'education',
    Center: 'other',
    Centre: 'other',
    Inc: 'company',
    Corp: 'company',
    Corporation: 'company',
    Company: 'company',
    Co: 'company',
    Ltd: 'company',
    Limited: 'company',
    Group: 'company',
    Holdings: 'company',
    Tbk: 'company',
    Airlines: 'company',
    Airways: 'company',
    Securities: 'company',
    Technologies: 'company',
    Capital: 'company',
    Factory: 'company',
    Bank: 'company',
    Party: 'party',
    Foundation: 'ngo',
    Association: 'ngo',
    Federation: 'ngo',
    Organization: 'ngo',
    Organisation: 'ngo',
    Union: 'ngo',
    Alliance: 'ngo',
    FC: 'other',
  },
  // `dan` joins the words of an Indonesian or Malay name (`Dewan Bahasa dan Pustaka`).
  joiners: ['of', 'and', 'for', 'on', '&', 'the', 'dan'],
  breakers: [
    ...titleWords,
    'Mr', 'Mrs', 'Ms',
    'Dr', 'Prof', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
    'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December',
    // Malaysian honorifics, written before a name in English news too
    'Datuk', 'Dato', "Dato'", 'Datin', 'Tan', 'Tun', 'Tunku', 'Tengku',
  ],
  openers: [
    'The', 'A', 'An', 'In', 'At', 'On', 'By', 'For', 'From', 'With', 'However', 'Meanwhile',
    'According', 'This', 'That', 'These', 'It', 'He', 'She', 'They', 'We', 'I', 'If', 'When', 'While',
    'As', 'After', 'Before', 'Since', 'During', 'To', 'Of', 'And', 'But', 'Also', 'Its',
  ],
  unitTails: [...indonesian.unitTails],
  fieldTails: englishFieldTails,
  bodyPosts: englishBodyPosts,
  housePosts: englishHousePosts,
  housePostBeats: englishHousePostBeats,
  branchPlaces: [...indonesian.branchPlaces],
  known: [
    'national-police|police-military|National Police|',
    // A legislature under its short name (`aloneForms`)
    'congress|government|Congress|',
    'senate|government|Senate|',
    // The neighbours' own lexicons, whole (not the forms each borrows from the other).
    ...indonesianKnown,
    ...internationalOrganisations,
    ...malayKnown.filter((line) => !indonesianKnown.includes(line) && !internationalOrganisations.includes(line)),
  ],
  notOrganisations: [
    ...indonesian.notOrganisations,
    'US', 'AM', 'PM', 'I', 'II', 'III', 'RM',
    // Malaysian taxes, exams, elections and titles, which English news from Malaysia writes as Malay does
    'GST', 'SST', 'SPM', 'STPM', 'UPSR', 'PT3', 'PRU', 'PRN', 'KDNK', 'ADUN', 'YB', 'YAB', 'OKU', 'SJK', 'SJKC', 'SJKT',
  ],
  places: [...indonesian.places, 'US'],
  cues: [
    ...indonesian.cues, 'partner', 'member', 'members', 'head', 'director', 'chairman', 'spokesperson',
    'officials', 'official', 'staff', 'company', 'agency', 'firm', 'by', 'from', 'with', 'at', 'the', 'president',
    // party people and agents (`party PXY`, `spokesman XYZ`)
    'party', 'spokesman', 'spokeswoman', 'leader', 'agent',
  ],
  // English puts the state first (`state Tourism Committee`), which no head rule reads as a name.
  portfolioCommittees: { heads: [], after: [] },
  spellings: { ...indonesian.spellings },
  gluedPrefixes: ['from', 'by', 'told', 'via', 'to'],
  gluedWords: englishGluedWords,
  legalForms,
  officerTitles: ['CEO', 'COO', 'CFO', 'CTO', 'founder', 'co-founder', 'chairman', 'chairwoman', 'president director', 'chief executive', 'managing director'],
  mediaSuffixes,
  aloneForms: ['Congress', 'Senate', 'Kongres', 'Senat'],
  eventWords: englishEventWords,
  // English posts of undertakings, and Indonesian ones in English text (`Project Manager CNTK`, `Manajer Proyek CNTK`).
  undertakingWords: ['Project', 'Projects', 'Programme', 'Campaign', 'Activity', 'Activities', 'Operation', 'Operations', ...(indonesian.undertakingWords ?? [])],
  venueWords: englishVenueWords,
  gatheringWords: englishGatheringWords,
  buildingWords,
  // No agent's verbs (`actVerbs`): English writes shouted names and banner words in capitals before them (`TRUMP announced`).
  // Words before people's initials (`named only by the initials RW`)
  initialsWords: ['initials'],
  sourceCues: ['reported by', 'first reported by', 'news agency', 'quoted by', 'cited by', 'dilansir', 'dikutip dari'],
  kindNouns: {
    firm: 'company', company: 'company', startup: 'company', conglomerate: 'company', carrier: 'company',
    lender: 'company', insurer: 'company', developer: 'company', manufacturer: 'company', maker: 'company',
    operator: 'company', consultancy: 'company', broker: 'company', group: 'other', organisation: 'ngo',
    organization: 'ngo', charity: 'ngo', agency: 'government', newspaper: 'media', broadcaster: 'media',
    outlet: 'media', university: 'education',
  },
  nameWords: [...indonesian.nameWords],
};

import type { OrganisationKind } from '../../types.js';

/**
 * How English organisation names are built. Indonesian and Malay news cite English names as
 * written (`Pakistan Clean Air Initiative`, `University of Melbourne`, `Center for Strategic
 * Studies`), so all three languages read these shapes; each language's own heads and tails
 * come after them and win on a clash.
 */

/** Words (or phrases) that begin an English name and need at least one more name word. */
export const englishHeads: Readonly<Record<string, OrganisationKind>> = {
  'University of': 'education',
  'Institute of': 'education',
  'Institute for': 'other',
  'Faculty of': 'education',
  'School of': 'education',
  'College of': 'education',
  'Academy of': 'education',
  'Center for': 'other',
  'Centre for': 'other',
  'Centers for': 'government',
  'Council of': 'other',
  'Council on': 'other',
  'Association of': 'ngo',
  'Federation of': 'ngo',
  'Society of': 'ngo',
  'Society for': 'ngo',
  'Alliance for': 'ngo',
  'Coalition for': 'ngo',
  'Foundation for': 'ngo',
  'Party of': 'party',
  'Bank of': 'company',
  // A government's ministries, departments and bureaus as English names them (`Ministry of Contoh Affairs`). `League of` names
  // games and fiction as often; `Union of`, `Court of`, `Chamber of`, `Commission on` wait for a check on more text.
  'Ministry of': 'government',
  'Department of': 'government',
  'Bureau of': 'government',
  'Agency for': 'government',
  'Organization for': 'other',
  'Organisation for': 'other',
  'Organization of': 'other',
  'Organisation of': 'other',
};

/**
 * Words that end an English name built from the capitalised words before them. `Center` is not
 * here: Indonesian and Malay borrow it for buildings and facilities (`Contoh Convention Center`,
 * `Media Center`) as often as for bodies, so only English text reads it as a tail; there it closes
 * a foreign name of English words only (`englishForeignClosers`).
 */
export const englishTails: Readonly<Record<string, OrganisationKind>> = {
  University: 'education',
  Institute: 'other',
  College: 'education',
  Academy: 'education',
  Foundation: 'ngo',
  Association: 'ngo',
  Federation: 'ngo',
  Alliance: 'ngo',
  Coalition: 'ngo',
  Initiative: 'ngo',
  Society: 'ngo',
  Council: 'other',
  Agency: 'government',
  Authority: 'government',
  Commission: 'government',
  Laboratories: 'company',
  Laboratory: 'other',
  Labs: 'company',
  Inc: 'company',
  Corp: 'company',
  Co: 'company',
  Corporation: 'company',
  Ltd: 'company',
  Limited: 'company',
  LLC: 'company',
  PLC: 'company',
  Holdings: 'company',
  Depository: 'company',
  // A national railway company (`Contohland Railways`)
  Railway: 'company',
  Railways: 'company',
  Group: 'company',
  Services: 'company',
  'Sdn Bhd': 'company',
  Bhd: 'company',
  Berhad: 'company',
};

/**
 * English tails that English text reads already (its own tails) and that Indonesian and Malay text
 * meets only inside an English name (`Contoh Business School`, `Contoh Standing Committee`):
 * neither language writes these words after a name of its own. Not `Bank` (`Pasar Uang Antar Bank` is
 * a market) nor `Board` or `Company`, which text as often writes after a name it already gave.
 */
export const englishNameTails: Readonly<Record<string, OrganisationKind>> = {
  Committee: 'government',
  Hospital: 'other',
  School: 'education',
  // Both languages put their own word first (`Organisasi …`, `Pertubuhan …`): after a name it is English.
  Organization: 'ngo',
  Organisation: 'ngo',
};

/**
 * English words that end a name spelled out before its acronym (`Contoh Shipping Company (CSC)`) in
 * Indonesian and Malay text, where they are no tails. Not `Bank`: those languages close a thing's name
 * with it too (`Pasar Contoh Antar Kota (PCAK)`, a market).
 */
export const englishSpelledTails: readonly string[] = ['Company'];

/**
 * English words that close a foreign name cited in Indonesian or Malay text (`Contoh Growth Bank`),
 * where the language's own names put the same word first (`Bank Contoh`, `Pusat Contoh`): read only when none of the
 * words before it is a word of the text's language (`Terminal Setor Tunai Bank` is a machine) and the
 * name is no venue (`englishVenues`: `Contoh Convention Center`).
 */
/**
 * Fields of study or work that name a body's centre before `Center` (`Contoh Climate Center`); other
 * words before it name a venue, a hospital or a training ground (`Contoh Training Center`).
 */
const centreFields: readonly string[] = [
  'Research', 'Studies', 'Study', 'Policy', 'Climate', 'Crisis', 'Advisory', 'Strategic', 'Innovation', 'Analysis',
  'Monitoring', 'Information', 'Resource', 'Resources', 'Peace', 'Rights', 'Governance', 'Development', 'Environmental',
];

export const englishForeignClosers: Readonly<Record<string, { kind: OrganisationKind; minWords: number; fields?: readonly string[] }>> = {
  Bank: { kind: 'company', minWords: 1 },
  // A body's centre names its field (`Contoh Climate Center`) or goes on with it (`Contoh Center for …`); one word before it
  // names a venue by its sponsor as often (`Contoh Center`).
  Center: { kind: 'other', minWords: 2, fields: centreFields },
  Centre: { kind: 'other', minWords: 2, fields: centreFields },
};

/**
 * Words of English posts at a research house (`Head of Research`, `Senior Research Analyst`), in all three languages'
 * text: the capitalised words between the post and its holder's name are the house's. Not `Analyst`, `Economist` or
 * `Director` alone: a field or a department follows those as often (`Analyst Contoh Markets …`).
 */
export const englishBodyPosts: readonly string[] = ['Research'];

/** Lower-case posts of a house's staff, set after the holder's name before the house (`Rina Wulandari, analyst Contoh Shoji`). */
export const englishHousePosts: readonly string[] = ['analyst', 'economist', 'strategist'];

/**
 * What an analyst's or economist's post covers, in all three languages' text (`chief economist Asia Pacific`,
 * `senior analyst Fixed Income`): regions whose words alone make the run, and market words any of which does.
 */
export const englishHousePostBeats: { regions: readonly string[]; markets: readonly string[]; links: readonly string[] } = {
  regions: ['Asia', 'Asian', 'Pacific', 'Europe', 'European', 'Eurozone', 'Southeast', 'Northeast', 'America', 'Americas', 'Latin', 'Africa', 'African', 'Middle', 'East', 'Greater', 'China', 'ASEAN'],
  markets: ['Income', 'Markets', 'Sector', 'Sectors', 'Commodities', 'Equities', 'Credit', 'Bonds', 'Currencies', 'Rates', 'Macro'],
  links: ['at', 'with', 'for', 'of'],
};

/** Tails that also name a line of work: after `Head of`, a department (`Head of Contoh Research`). */
export const englishFieldTails: readonly string[] = ['Research', 'Management', 'Economics', 'Capital', 'Markets', 'Banking', 'Services', 'Relations'];

/** Words that end an English event's name, in all three languages' text (`Contoh Motor Show`). */
export const englishEventWords: readonly string[] = [
  'Championship', 'Championships', 'Cup', 'Show', 'Festival', 'Expo', 'Summit', 'Conference', 'Award', 'Awards',
  'Olympiad', 'Fair', 'Tournament', 'Competition', 'Marathon', 'Games',
];

/**
 * Words that end the name of a body and of the meeting it holds alike (`Contoh Investment Forum`), in all
 * three languages' text: with a year after the name (or after its short form), the meeting's edition.
 */
export const englishGatheringWords: readonly string[] = ['Forum'];

/** Words after a sponsor's or owner's name that make it a venue's (`Contoh Arena`, `Contoh Stadium`), in all three languages' text. */
export const englishVenueWords: readonly string[] = ['Arena', 'Stadium', 'Stadion', 'Dome', 'Station'];

/** English words for a hall or a room in a venue's name (`Contoh Grand Ballroom`), in Malay text after `Dewan` too. */
export const englishHallWords: readonly string[] = ['Banquet', 'Ballroom', 'Hall', 'Auditorium'];

/**
 * Words before a body's name that make it a building's name, in Indonesian and Malay and in English news
 * from there (`Menara Contoh`, `Wisma Contoh`). Not `Gedung` or `Kompleks`: `Gedung Contoh` is as often
 * the seat that stands for the body (`di Gedung DPR` for the legislature at work).
 */
export const buildingWords: readonly string[] = ['Menara', 'Wisma', 'Graha', 'Bangunan'];

/** English small words that scraped text glues to a linked name before them (`The Contoh Postin`, `Contoh Timeson Monday`). */
export const englishGluedWords: readonly string[] = ['that', 'the', 'for', 'on', 'in', 'at', 'to'];

/**
 * Words a news outlet adds to its brand (`BBC News`, `Contoh TV`): after a known outlet, the
 * outlet's own name goes on.
 */
export const mediaSuffixes: readonly string[] = ['News', 'TV', 'Online', 'Daily', 'Radio', 'Digital'];

/** Buildings and facilities named like organisations: a place, not an organisation (`Contoh Convention Center`). */
export const englishVenues: readonly string[] = [
  'Convention Center', 'Convention Centre', 'Expo Center', 'Expo Centre', 'Exhibition Center', 'Exhibition Centre',
  'Trade Center', 'Trade Centre', 'Shopping Center', 'Shopping Centre', 'Data Center', 'Data Centre', 'Call Center',
  'Call Centre', 'Service Center', 'Service Centre', 'Sports Center', 'Sports Centre', 'Command Center', 'Media Center',
  'Media Centre', 'Visitor Center', 'Business Center', 'Business Centre', 'Fitness Center', 'Distribution Center',
  'Sport Center', 'Sport Centre', 'Islamic Center', 'Islamic Centre', 'Community Center', 'Community Centre',
];

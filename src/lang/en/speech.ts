import type { SpeechData } from '../types.js';
import { crossLanguageSpeech } from '../cross-language-speech.js';
import { nameAbbreviations, namePrefixes } from '../names.js';
import { englishTails } from './org-names.js';
import { withCapitals } from '../word-lists.js';

/** English name tails that also open a name: the speech lexicon has them from the organisation heads already. */
const TAILS_THAT_HEAD: ReadonlySet<string> = new Set(['Agency', 'Commission', 'Council']);

/**
 * Words that open a person's title (`Menteri`, `Ketua`, `Direktur`): a speaker's role in quotes, and a
 * word where the organisation finder ends a name (the holder's name follows). The one source of both lists.
 */
/** Callings named before a name like a post (`veteran singer Budi …`, `party treasurer …`): a trade or lot, no body's voice. */
const CALLINGS = [
  'Cartoonist', 'Actor', 'Actress', 'Singer', 'Musician', 'Vocalist', 'Artist', 'Resident', 'Trader',
  'Farmer', 'Student', 'Candidate', 'Treasurer',
  'Epidemiologist', 'Accountant', 'Architect',
  'Commuter', 'Grower', 'Hawker', 'Vendor', 'Fisherman', 'Motorist', 'Shopper', 'Retiree', 'Pensioner',
  // A player's position and a band member's instrument (`Contoh United striker Budi …`, `Contoh Band guitarist …`).
  'Striker', 'Midfielder', 'Defender', 'Goalkeeper', 'Winger', 'Footballer', 'Guitarist', 'Drummer', 'Bassist',
  // Trades and vocations named beside a name (`a nurse at Contoh Hospital`, `Sister Maria, a nun`); not `Teacher`,
  // which opens the names of colleges (`Teacher Education Institute`).
  'Nurse', 'Nun', 'Priest',
];

/** Words that make the title after them a past post (`former chairman X`): kept in the role, never the bare title. */
const FORMER_WORDS: readonly string[] = ['former'];

export const titleWords: readonly string[] = [
  'President', 'Vice', 'Minister', 'Deputy', 'Head', 'Chief', 'Director', 'Chairman', 'Chairwoman', 'Chair',
  'Secretary', 'Governor', 'Regent', 'Mayor', 'Spokesperson', 'Spokesman',
];

/** English speech data: `said X`, `X said`, `he said`, `according to X`. */
export const speech: SpeechData = {
  postVerbs: {
    said: 'say', says: 'say', say: 'say', told: 'tell', tells: 'tell', added: 'add', adds: 'add',
    asked: 'ask', asks: 'ask', explained: 'explain', explains: 'explain', noted: 'note', notes: 'note',
    stated: 'state', states: 'state', stressed: 'stress', emphasised: 'emphasise', emphasized: 'emphasize',
    warned: 'warn', wrote: 'write', writes: 'write', continued: 'continue', remarked: 'remark',
    recalled: 'recall', insisted: 'insist', argued: 'argue', commented: 'comment', concluded: 'conclude',
    announced: 'announce', acknowledged: 'acknowledge', admitted: 'admit', claimed: 'claim',
    replied: 'reply', responded: 'respond', urged: 'urge', highlighted: 'highlight', affirmed: 'affirm',
    underlined: 'underline', underscored: 'underscore', observed: 'observe', conveyed: 'convey',
    revealed: 'reveal', opined: 'opine', quipped: 'quip', elaborated: 'elaborate',
    reiterated: 'reiterate', cautioned: 'caution', lamented: 'lament',
    // Posts on social media (`X tweeted`, `X posted on Instagram`); `was quoted as saying` (with the fillers below).
    tweeted: 'tweet', posted: 'post', saying: 'say',
  },
  pronounVerbs: {},
  introVerbs: {
    said: 'say', says: 'say', told: 'tell', added: 'add', asked: 'ask', explained: 'explain', noted: 'note',
    stated: 'state', stressed: 'stress', emphasised: 'emphasise', emphasized: 'emphasize', warned: 'warn',
    wrote: 'write', continued: 'continue', remarked: 'remark', insisted: 'insist', argued: 'argue',
    announced: 'announce', acknowledged: 'acknowledge', admitted: 'admit', claimed: 'claim',
    replied: 'reply', urged: 'urge', highlighted: 'highlight', affirmed: 'affirm', conveyed: 'convey',
    underlined: 'underline', underscored: 'underscore', revealed: 'reveal', believes: 'believe',
    opined: 'opine', elaborated: 'elaborate', reiterated: 'reiterate', cautioned: 'caution',
    lamented: 'lament', tweeted: 'tweet', saying: 'say',
    // Present tense, as features and analysis pieces report (`She notes that …`).
    adds: 'add', notes: 'note', explains: 'explain', tells: 'tell', writes: 'write', warns: 'warn',
    argues: 'argue', insists: 'insist', claims: 'claim', admits: 'admit', stresses: 'stress', states: 'state',
    recalls: 'recall', urges: 'urge', asks: 'ask',
  },
  according: ['according to'],
  pronouns: ['he', 'she', 'they', 'it', 'we', 'i'],
  pluralPronouns: ['they'],
  selfPronouns: ['i', 'we', 'me', 'us'],
  fillers: [
    'also', 'then', 'further', 'later', 'again', 'however', 'earlier', 'meanwhile', 'in', 'on', 'at', 'for',
    'with', 'after', 'before', 'as', 'when', 'while', 'but', 'and', 'the', 'this', 'that', 'separately',
    'previously', 'moreover', 'furthermore', 'additionally', 'speaking', 'according',
    // Day adverbs opening a sentence like `Earlier,` (`Yesterday, Budi said …`) or standing before the verb.
    'yesterday', 'today', 'tonight',
    // Auxiliaries between a subject and its speech verb (`Budi Santoso has said that …`, `X had also said`).
    'has', 'had', 'have',
    // `X was quoted as saying`: the passive before the verb.
    'was', 'quoted',
  ],
  placeTakers: ['Governor', 'Regent', 'Mayor', 'Police', 'Province', 'City', 'Regency', 'Ambassador', 'of'],
  // Beside the organisation finder's places, which the speech lexicon adds.
  // Nationality adjectives stand where a country would (`Malaysian Foreign Minister X`): a place, never a body alone.
  places: [
    'Indonesia', 'Indonesian', 'Java', 'West', 'East', 'North', 'South', 'Central', 'Malaysia', 'China', 'Russia', 'Japan', 'ASEAN',
    'Malaysian', 'Singaporean', 'Thai', 'Filipino', 'Philippine', 'Vietnamese', 'Cambodian', 'Bruneian', 'Australian', 'Chinese',
    'Japanese', 'Korean', 'Taiwanese', 'Indian', 'Pakistani', 'American', 'British', 'French', 'German', 'Dutch', 'Russian',
    'Saudi', 'Iranian', 'Turkish', 'Israeli', 'Palestinian', 'Ukrainian', 'Canadian',
  ],
  roles: [
    ...titleWords,
    'Senator', 'Lawmaker', 'Legislator', 'Secretary-General', 'Director-General', 'Undersecretary', 'Under-Secretary',
    // Other posts written with a hyphenated `-General` (`Inspector-General of Police X`), one word like those above.
    'Inspector-General', 'Attorney-General', 'Auditor-General', 'Solicitor-General', 'Governor-General',
    'Official', 'Lawyer', 'Attorney', 'Activist', 'Journalist', 'Adviser', 'Advisor', 'Consultant', 'Strategist',
    'Scientist', 'Historian', 'Coach', 'Principal', 'Dean', 'Rector', 'Owner', 'Partner', 'Manager',
    'Chairperson', 'Fellow',
    'Spokeswoman', 'Coordinating', 'Senior', 'Executive', 'CEO', 'COO', 'CFO', 'Founder',
    'VP', 'SVP', 'EVP',
    'Co-founder', 'Analyst', 'Economist', 'Researcher', 'Professor', 'Lecturer', 'Ambassador', 'Commissioner',
    // Hyphenated posts are one word (`vice-president`), not `Vice` + `President`.
    'Vice-President', 'Vice-Chairman', 'Vice-Chairwoman', 'Vice-Chair', 'Vice-Governor', 'Vice-Mayor', 'Vice-Minister',
    'Vice-Chancellor', 'Vice-Rector', 'Vice-Admiral',
    'Managing',
    'Member', 'General', 'Acting', 'Prime', 'Police', 'Commander', 'Officer', 'Speaker', 'Leader',
    'Coordinator', 'Expert', 'Trade', 'Foreign', 'Finance', 'Energy', 'Agriculture', 'Industry',
    // Malaysian posts as English-language Malaysian news writes them (`Johor Ruler`, `Selangor Menteri Besar`).
    'Ruler', 'Menteri', 'Menteri Besar', 'Exco',
    ...CALLINGS,
  ],
  callings: CALLINGS,
  ranks: ['Gen.', 'Gen', 'Lt.', 'Lt', 'Col.', 'Col', 'Maj.', 'Maj', 'Capt.', 'Capt', 'Sgt.', 'Sgt', 'Adm.', 'Adm', 'Brig.', 'Brig', 'Commissioner', 'Inspector', 'General', 'Police',
    // Police ranks as English-language Indonesian (`Sr. Comr.`, `Insp. Gen.`) and Malaysian (`ACP`, `Comm`) news abbreviate them.
    'Comr.', 'Comr', 'Sr. Comr.', 'Adj. Sr. Comr.', 'Insp. Gen.', 'Insp.', 'Insp', 'Chief Insp', 'Comm', 'Comm.', 'Deputy Comm',
    'Asst Comm', 'Senior Asst Comm', 'ACP', 'DCP', 'SAC', 'DSP', 'ASP', 'Supt', 'Supt.', 'IGP',
    // The same ranks written out (`Senior Commissioner X`, `Assistant Commissioner X`).
    'Senior Commissioner', 'Assistant Commissioner', 'Senior Assistant Commissioner', 'Deputy Commissioner', 'Adjunct Senior Commissioner',
    'Chief Inspector', 'Assistant Superintendent', 'Deputy Superintendent', 'Superintendent', 'Inspector General', 'Brigadier General', 'Major General'],
  honorifics: ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Emeritus', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Rev.', 'Hon', 'Hon.', 'H.', 'Datuk', 'Tan Sri', 'Dato',
    // Malaysian titles, kept in English-language Malaysian news (`Tun Dr Ahmad`, `Datuk Seri Faizal`).
    'Tun', 'Puan Sri', 'Datuk Seri', 'Datuk Wira', 'Datuk Paduka', 'Dato Seri', 'Dato Sri', 'Dato’ Seri', "Dato' Seri",
    'Dato’ Sri', "Dato' Sri", 'Dato’', "Dato'", 'Datin', 'Datin Seri', 'Datin Paduka', 'Toh Puan', 'Sultan', 'Almarhum', 'Datuk Patinggi', 'Datuk Amar', 'Datuk Sri', 'Datin Sri',
    // `Seri`/`Sri` alone is no title: it belongs to one only after a word that takes it (above), else it opens a name.
  ],
  // Beside the one-word organisation heads, which the speech lexicon adds: the one-word tails that end an English
  // organisation's name, and a few words that name a body without ending a name the organisation finder builds.
  orgWords: [
    ...Object.keys(englishTails).filter((w) => !w.includes(' ') && !TAILS_THAT_HEAD.has(w)),
    'Airlines', 'Airways', 'Company', 'Party', 'House', 'Police', 'Army', 'Tbk', 'Securities', 'Capital', 'Realty', 'Centre', 'Center',
  ],
  roleWords: ['of', 'for', 'and', 'the', 'Besar', 'Fellow', 'Principal', 'Research', 'Visiting', 'General', 'Affairs', 'Economic', 'Economy', 'Finance', 'Foreign', 'Home', 'Trade', 'Industry', 'Energy', 'Mineral', 'Resources', 'Health', 'Education', 'State', 'Owned', 'Enterprises', 'Investment', 'Coordinating', 'Maritime', 'Public', 'Works', 'Housing', 'Agriculture', 'Director', 'Deputy', 'Executive', 'Senior', 'Indonesian', 'Indonesia', 'National', 'Regional', 'Chief', 'Head', 'Marketing', 'Operations', 'Corporate', 'Communications', 'Development', 'Planning'],
  ...crossLanguageSpeech,
  // `Minister in the Contoh Department`: `in` links a post to a named body only (not `Minister in June`).
  bodyLinks: ['in'],
  namePrefixes,
  // Police ranks' abbreviations before a name (`Sr. Comr. Budi`, `Insp. Gen. Budi`): their full stop ends no sentence.
  nameAbbreviations: [...nameAbbreviations, 'Comr', 'Insp', 'Adj', 'Supt', 'Comm', 'Maj', 'Adm'],
  nameStops: ['in', 'at', 'on', 'during', 'when', 'while', 'after', 'before', 'to', 'from', 'as', 'here', 'there', 'this', 'last', 'via', 'through', 'with', 'earlier', 'recently', 'told', 'said', 'added', 'adding', 'that', 'who', 'in a'],
  // `As chief executive of Contoh Bank, Budi said`, `Budi Santoso as Chairman`: `as` sets a post beside a name.
  roleLinks: ['as'],
  // `Jane Doe became chair of …`: a post taken, at a time not said.
  becomingVerbs: ['became', 'becomes'],
  // `director at Contoh Farms` as `direktur di …`: `at` links a title to its organisation.
  connectors: ['of', 'for', 'and', 'the', 'at', 'with', 'de', 'van', 'bin', 'binti', 'ibni', 'ibnu', 'al',
    // Second particles of Dutch and German surnames (`van der`, `van den`, `von`).
    'der', 'den', 'von'],
  titleCues: ['film', 'movie', 'song', 'album', 'book', 'novel', 'titled', 'entitled', 'called', 'dubbed', 'named', 'theme', 'themed', 'programme', 'program', 'show', 'series', 'slogan', 'campaign', 'hashtag', 'term', 'word', 'phrase', 'label', 'status', 'category', 'app', 'application', 'so-called', 'tagline', 'motto', 'nickname', 'nicknamed'],
  unnamed: ['a', 'an', 'one', 'some', 'several', 'sources', 'officials', 'residents'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  sceneLinks: ['in', 'on', 'at', 'from'],
  locatives: ['in', 'city', 'province', 'regency', 'district', 'island', 'street'],
  degrees: ['PhD', 'MD', 'MBA', 'MSc', 'MA', 'BA', 'BSc', 'LLM', 'MPH', 'Jr', 'Sr', 'CFA', 'CPA'],
  // `Chief Executive for Financing Supervision Ratna Sari Dewi`: field words glued before the name.
  roleSuffixes: ['ing', 'ion', 'ions', 'ment', 'ments', 'ity', 'ance', 'ence', 'ship', 'ics', 'ness', 'ogy', 'ism'],
  descriptions: ['man', 'woman', 'official', 'spokesperson', 'executive'],
  demonstratives: [],
  relatives: ['who'],
  // `“…”` then `Budi Santoso said this after the vote`: the paragraph before is that person's.
  statementObjects: ['this', 'so'],
  // `X, who heads the Contoh Institute`: the body the person heads is the one they speak for.
  headVerbs: ['heads', 'leads', 'chairs', 'runs', 'helms', 'directs', 'manages'],
  additives: ['also'],
  // `who is also the wife of Governor X`: a title reached through a relation is the other person's.
  relationNouns: ['wife', 'husband', 'son', 'daughter', 'widow', 'widower', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'son-in-law', 'daughter-in-law'],
  formerWords: FORMER_WORDS,
  honorificReferences: ['His Majesty', 'Her Majesty', 'His Royal Highness', 'Her Royal Highness', 'His Highness', 'Her Highness', 'Tuanku'],
  documents: ['statement', 'release', 'report', 'letter', 'document', 'notice', 'post', 'update'],
  complementisers: ['that'],
  auxiliaries: ['would', 'will', 'could', 'can', 'should', 'must', 'may', 'might', 'shall', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do'],
  bareReportVerbs: ['say'],
  // `Minister of Finance` → `Ministry of Finance`, `Finance Minister` → `Finance Ministry`, `National Police chief` → `National Police`.
  // `Coordinating Minister for Contoh Affairs` → `Coordinating Ministry for Contoh Affairs`: the post's first word names its ministry too.
  titleOrganisations: {
    'Minister of': 'Ministry of …', 'Minister for': 'Ministry for …', 'Prime Minister': '', 'Chief Minister': '',
    'Coordinating Minister for': 'Coordinating Ministry for …', 'Coordinating Minister of': 'Coordinating Ministry of …',
  },
  titleOrganisationSuffixes: { Minister: 'Ministry', minister: 'Ministry' },
  possessives: ['its', 'his', 'her', 'their', 'our'],
  organisationPossessives: ['its', 'their'],
  organisationPronouns: ['it'],
  organisationNouns: ['company', 'firm', 'agency', 'airline', 'carrier', 'lender', 'insurer', 'developer', 'conglomerate', 'bourse'],
  nicknameCues: ['known', 'nicknamed', 'dubbed', 'aka', 'alias'],
  titleModifiers: ['Deputy', 'Acting', 'Vice', ...withCapitals(FORMER_WORDS), 'deputy', 'acting', 'Interim', 'interim', 'senior', 'chief'],
  listJoiners: ['and'],
  // `Article 12 states: "…"`, `the Contoh Act 1999 says: "…"`: a law quoted is the quote's speaker.
  laws: ['Act', 'Constitution', 'Code', 'Charter', 'Ordinance', 'Enactment', 'Regulation'],
  lawParts: ['Article', 'Section', 'Clause'],
  // `according to the plan`, `according to data from …`: facts, not speech (no indirect quote).
  nonSpeakers: [
    'plan', 'plans', 'schedule', 'data', 'figures', 'statistics', 'survey', 'surveys', 'poll', 'polls', 'study',
    'studies', 'research', 'estimates', 'estimate', 'projections', 'forecast', 'forecasts', 'records', 'rules',
    'law', 'regulation', 'regulations', 'article', 'calculations', 'analysis', 'census', 'tradition', 'legend',
    'website', 'map', 'maps', 'index', 'results', 'footage', 'dictionary', 'theory',
  ],
};

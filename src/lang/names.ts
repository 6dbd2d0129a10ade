/**
 * How names of people in this region's news are written, whichever language the article is in
 * (an English report names Indonesians and Malaysians as they do): shared by every language's
 * speech data.
 */

/** First words of names that are routinely skipped when a person is referred to (`Ahmad Faizal Ramli` → `Faizal`); lower-case. */
export const namePrefixes: readonly string[] = [
  'm', 'mh', 'moh', 'mohd', 'muh', 'muhammad', 'mohammad', 'mohamad', 'mohamed', 'mohammed', 'mochamad', 'mochammad', 'muhamad', 'achmad',
  'ahmad', 'ahmed', 'abdul', 'abd', 'andi', 'i', 'ni', 'tri', 'sri', 'dwi', 'eka', 'raden', 'r', 'nur',
  'siti', 'made', 'putu', 'ketut', 'kadek', 'komang', 'wayan', 'nyoman', 'gede', 'agus', 'anak', 'teuku',
  'cut', 'gusti', 'ngurah', 'ida', 'bagus', 'ayu', 'tjokorda', 'cokorda', 'tubagus', 'kiagus', 'nik', 'wan',
  // Hereditary first words of Malay names, repeated before the father's name (`Syed Ali Syed Ahmad`).
  'syed', 'sharifah', 'shaikh',
];

/** Abbreviations whose full stop does not end the name they stand in (`Dr.`, `H.`, `Mohd.`, `Capt.`); as written, besides single letters. */
export const nameAbbreviations: readonly string[] = [
  'Dr', 'Drs', 'Dra', 'Ir', 'Prof', 'Hj', 'H', 'KH', 'St', 'Jr', 'Sr', 'Mr', 'Mrs', 'Ms', 'Muh', 'Moh', 'Mohd', 'Muhd',
  'Md', 'Mochd', 'Abd', 'Kol', 'Brig', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt',
  // Acting and interim posts before a title (`Plt. Kepala Dinas …`).
  'Plt', 'Plh', 'Pj', 'Pjs',
];

/**
 * Given names so common in this region that, written after an organisation's name words, they
 * start a person's name, not the organisation's (`Pusat Kajian Contoh Muhammad Rizal`); as written.
 */
export const personFirstWords: readonly string[] = [
  'Muhammad', 'Mohammad', 'Mohamad', 'Mohamed', 'Mohammed', 'Muhamad', 'Mochamad', 'Mochammad', 'Achmad', 'Ahmad',
  'Mohd', 'Muhd', 'Siti', 'Nurul',
];

/**
 * Royal, honorific and doctor's titles that open the name of a person an institution is named after
 * (`Universiti Tun Contoh`, `Hospital Tuanku Contoh`, `RSUP Dr Contoh`): right after such a head they are its name.
 */
export const namesakeTitles: readonly string[] = ['Tun', 'Tunku', 'Tuanku', 'Sultan', 'Sultanah', 'Raja', 'Tengku', 'Permaisuri', 'Dr'];

/**
 * A ruler's title that belongs to the name he is known by (`Sultan Contoh Shah`, also in his father's name after
 * `Ibni`): a speaker named without it takes it back where the article writes it right before his name; as written.
 */
export const regnalTitles: readonly string[] = ['Sultan', 'Sultanah'];

/**
 * A ruler's post written right before his regnal title and name (`Sultan of Contoh Sultan Harun Shah`, `The Yang
 * di-Pertuan Agong Sultan Harun`): the posts named whole, and the heads of those that name the state after `of`; as written.
 */
export const rulerPosts: readonly string[] = ['Yang di-Pertuan Agong', 'Yang di-Pertuan Besar', 'Raja Permaisuri Agong'];
export const rulerPostHeads: readonly string[] = ['Sultan', 'Sultanah', 'Raja', 'Regent', 'Crown Prince', 'Ruler'];

/**
 * Role words that are also common given names (`Dirga Imam Kartawiria`, `Wiraguna Hakim Sastrodiningrat`): between two
 * name words they are one of the name's words, not a title; as written.
 */
export const roleGivenNames: readonly string[] = ['Imam', 'Hakim'];

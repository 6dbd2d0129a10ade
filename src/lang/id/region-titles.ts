/**
 * Titles that name no organisation but a region or a court's work, and the heads the body they speak for is written
 * with: a region head's government (`Bupati` → `Pemkab …`), a judge's court, a prosecutor's office. The one source of
 * these lists; `speech.ts` takes them into the speech data.
 */

/** How a province's, a regency's and a city's government are written (`Pemprov Contoh`, `Pemerintah Kabupaten Contoh`). */
const PROVINCE = ['Pemprov', 'Pemerintah Provinsi'];
const REGENCY = ['Pemkab', 'Pemerintah Kabupaten'];
const CITY = ['Pemkot', 'Pemerintah Kota'];
/** How courts and prosecutors' offices are written (`Pengadilan Negeri Contoh`, `PN Contoh`, `Kejari Contoh`). */
const COURTS = ['Pengadilan', 'PN', 'Mahkamah'];
const PROSECUTORS = ['Kejaksaan', 'Kejari', 'Kejati', 'Kejagung'];

/** Judges' and prosecutors' titles, lower-case → the heads of their body (`SpeechData.courtTitles`). */
export const courtTitles: Readonly<Record<string, readonly string[]>> = {
  hakim: COURTS, 'hakim ketua': COURTS, 'majelis hakim': COURTS, 'ketua majelis hakim': COURTS, 'ketua majelis': COURTS,
  jaksa: PROSECUTORS, 'jaksa penuntut umum': PROSECUTORS, 'penuntut umum': PROSECUTORS, jpu: PROSECUTORS,
};

/**
 * Units numbered by a Roman numeral → the heads of the body they belong to (`SpeechData.numberedUnits`): a numbered
 * commission (`Komisi IV`) is one of a legislature's, national or regional.
 */
export const numberedUnits: Readonly<Record<string, readonly string[]>> = {
  Komisi: ['DPR', 'DPRD', 'Dewan Perwakilan Rakyat'],
};

/** Region heads' titles → the heads of the government they lead (`SpeechData.regionGovernments`). */
export const regionGovernments: Readonly<Record<string, readonly string[]>> = {
  Gubernur: PROVINCE, Wagub: PROVINCE, Bupati: REGENCY, Wabup: REGENCY, 'Wali Kota': CITY, Walikota: CITY, Walkot: CITY, Wawali: CITY,
  // The regional secretary runs the government's secretariat; its level is written after the title.
  'Sekda Provinsi': PROVINCE, 'Sekda Kabupaten': REGENCY, 'Sekda Kota': CITY,
  'Sekretaris Daerah Provinsi': PROVINCE, 'Sekretaris Daerah Kabupaten': REGENCY, 'Sekretaris Daerah Kota': CITY,
};

/**
 * Countries among the speech data's places (`SpeechData.nations`): a country's government (`Kerajaan Malaysia`) is
 * the federal or national one, never the one a region head leads.
 */
export const nations: readonly string[] = [
  'Indonesia', 'Malaysia', 'Singapura', 'Amerika', 'China', 'Tiongkok', 'Jepang', 'Korea', 'India', 'Australia',
  'Inggris', 'Jerman', 'Prancis', 'Rusia',
];

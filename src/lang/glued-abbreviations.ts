/**
 * Abbreviations whose full stop a scraper may glue to the next word (`Jl.Merdeka`, `PT Contoh Tbk.Rina`)
 * without it ending a line: segmentation runs before the language is known, so the three languages
 * share this one list (as written, case-sensitive; a single letter is always one).
 */
export const gluedAbbreviations: readonly string[] = [
  'Jl', 'Jln', 'Kab', 'Kec', 'Kel', 'Prof', 'Dr', 'Drs', 'Ir', 'No', 'St', 'Tbk', 'Bhd', 'Sdn', 'Co', 'Inc', 'Ltd',
  'Mr', 'Mrs', 'Ms', 'Hj', 'Rp', 'dll', 'dsb', 'dst', 'www',
];

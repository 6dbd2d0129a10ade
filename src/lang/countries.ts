/**
 * Country names as datelines write them after a city (`MANILA, Philippines —`, `KAIRO, Mesir -`), in English,
 * Indonesian and Malay: one list for every language, since a dateline's country may be in any of them.
 */
export const countryNames: readonly string[] = [
  'Indonesia', 'Malaysia', 'Singapore', 'Singapura', 'Philippines', 'Filipina', 'Thailand', 'Vietnam', 'Myanmar', 'Cambodia',
  'Kamboja', 'Kemboja', 'Laos', 'Brunei', 'Timor Leste', 'Australia', 'China', 'Tiongkok', 'Japan', 'Jepang', 'Jepun',
  'South Korea', 'Korea Selatan', 'North Korea', 'Korea Utara', 'Taiwan', 'India', 'Pakistan', 'Bangladesh', 'Sri Lanka',
  'Nepal', 'Afghanistan', 'Saudi Arabia', 'Arab Saudi', 'Iran', 'Iraq', 'Irak', 'Turkey', 'Turki', 'Türkiye', 'Egypt',
  'Mesir', 'Qatar', 'Kuwait', 'Oman', 'Bahrain', 'Jordan', 'Yordania', 'Palestine', 'Palestina', 'Israel', 'Syria',
  'Suriah', 'Lebanon', 'Lubnan', 'Yemen', 'Yaman', 'United States', 'Amerika Serikat', 'Amerika Syarikat', 'Canada',
  'Kanada', 'Mexico', 'Meksiko', 'Brazil', 'Brasil', 'Argentina', 'Chile', 'Britain', 'England', 'Inggris', 'Scotland',
  'France', 'Prancis', 'Perancis', 'Germany', 'Jerman', 'Italy', 'Italia', 'Spain', 'Spanyol', 'Sepanyol', 'Netherlands',
  'Belanda', 'Belgium', 'Belgia', 'Switzerland', 'Swiss', 'Russia', 'Rusia', 'Ukraine', 'Ukraina', 'Poland', 'Polandia',
  'South Africa', 'Afrika Selatan', 'Nigeria', 'Kenya', 'New Zealand', 'Selandia Baru', 'Papua New Guinea', 'Papua Nugini',
];

const keys: ReadonlySet<string> = new Set(countryNames.map((c) => c.toLowerCase()));

/** Whether `s` names a country from the list, in any case. */
export function isCountryName(s: string): boolean {
  return keys.has(s.toLowerCase());
}

/**
 * Words of a company's legal form, in Indonesian, Malaysian and English names (`PT`, `Persero`,
 * `Tbk`, `Sdn Bhd`, `Ltd`): news in all three languages names companies of all three countries,
 * so the three languages share this one list.
 */
export const legalForms: readonly string[] = ['PT', 'CV', 'Tbk', 'Persero', 'Perum', 'Bhd', 'Berhad', 'Sdn', 'Inc', 'Ltd', 'Corp'];

/** The legal forms written before a company's name (`PT Contoh Jaya`), not after it (`Contoh Jaya Tbk`). */
export const companyPrefixes: readonly string[] = legalForms.filter((w) => w === 'PT' || w === 'CV' || w === 'Perum');

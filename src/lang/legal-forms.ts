/**
 * Words of a company's legal form, in Indonesian, Malaysian and English names (`PT`, `Persero`,
 * `Tbk`, `Sdn Bhd`, `Ltd`): news in all three languages names companies of all three countries,
 * so the three languages share this one list.
 */
export const legalForms: readonly string[] = ['PT', 'CV', 'Tbk', 'Persero', 'Perum', 'Bhd', 'Berhad', 'Sdn', 'Pte', 'Inc', 'Ltd', 'Corp'];

/** The same words as a set, for the readers that test a token against them. */
export const legalFormSet: ReadonlySet<string> = new Set(legalForms);

/** The legal forms written before a company's name (`PT Contoh Jaya`), not after it (`Contoh Jaya Tbk`). */
export const companyPrefixes: readonly string[] = legalForms.filter((w) => w === 'PT' || w === 'CV' || w === 'Perum');

/**
 * Words of a two-word legal form that are written with an abbreviation's dot before the second
 * word (`Sdn. Bhd.`, `Pte. Ltd.`): that dot joins the form, it ends no sentence.
 */
/** Legal forms written as an abbreviation whose dot stays with the name when the sentence goes on (`Contoh Tbk. (CNTH)`, `Contoh Co. dan …`). */
export const abbreviatedLegalForms: readonly string[] = ['Tbk', 'Inc', 'Corp', 'Ltd', 'Co'];

export const dottedLegalForms: readonly string[] = legalForms.filter((w) => w === 'Sdn' || w === 'Pte');

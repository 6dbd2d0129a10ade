/** Speaker titles given at a mention of one word of the name, the whole name written elsewhere. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('short-form title (context-title.ts)', () => {
  it('`jurulatih Pasukan X, Kamal, …` then `Kamal Yusof` in full: the title of the short form is the full name’s', () => {
    const text = [
      'Skuad bawah 19 tahun negeri itu tewas 0-2 kepada pasukan tuan rumah malam tadi, dan jurulatih Harimau Bintang, Kamal, enggan menyalahkan pemain.',
      'Menurut Kamal Yusof yang ditemui selepas perlawanan, beberapa pemain utama masih cedera.',
      '“Kami akan bangkit dalam perlawanan seterusnya minggu depan,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Kamal Yusof', role: 'jurulatih', organisation: 'Harimau Bintang' });
  });

  it('near miss: a word two people share gives neither the other’s title', () => {
    const text = [
      'Skuad bawah 19 tahun negeri itu tewas 0-2 kepada pasukan tuan rumah malam tadi, dan jurulatih Harimau Bintang, Kamal, enggan menyalahkan pemain.',
      'Kamal Ismail, penyokong setia pasukan, turut hadir. Menurut Kamal Yusof pula, beberapa pemain utama masih cedera.',
      '“Kami akan bangkit dalam perlawanan seterusnya minggu depan,” kata Kamal Yusof.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Kamal Yusof', role: null });
  });

  it('near miss: a short form not set off by commas from a title takes none', () => {
    const text = [
      'Skuad bawah 19 tahun negeri itu tewas 0-2 kepada pasukan tuan rumah malam tadi dan Kamal enggan menyalahkan pemain.',
      'Menurut Kamal Yusof yang ditemui selepas perlawanan, beberapa pemain utama masih cedera.',
      '“Kami akan bangkit dalam perlawanan seterusnya minggu depan,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Kamal Yusof', role: null });
  });
});

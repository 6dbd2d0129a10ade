/** A post given by a copula sentence about a person, and a title pointing back past a deputy's. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

function speakers(text: string, language: SupportedLanguage): (string | null)[][] {
  return direct(text, language).map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.organisation ?? null]);
}

describe('copula post: `<Name> adalah <title>` then a pronoun quote', () => {
  it('Indonesian: one-word subject, `adalah`, the body keeps its place name', () => {
    const text = 'BLORA, WARTA — Suparjo adalah Ketua Kelompok Tani Sidomakmur Blora. "Pupuk langka sejak Maret," katanya, Selasa.';
    expect(speakers(text, 'ind')).toEqual([['Suparjo', 'Ketua', 'Kelompok Tani Sidomakmur Blora']]);
  });

  it('Malay: `ialah`, and a later `Beliau yang juga …` keeps the person', () => {
    const text = [
      'IPOH: Rosli Hamzah ialah Presiden Persatuan Peniaga Pasar Lama Ipoh sejak 2018.',
      '"Kami rugi besar sejak banjir," katanya kepada pemberita.',
      'Beliau yang juga Ahli Majlis Daerah Kinta berkata bantuan belum diterima. "Kami mahu jawapan," kata beliau.',
    ].join('\n\n');
    const read = speakers(text, 'zlm');
    expect(read[0]).toEqual(['Rosli Hamzah', 'Presiden', 'Persatuan Peniaga Pasar Lama Ipoh']);
    expect(read[read.length - 1]![0]).toBe('Rosli Hamzah');
  });

  it('English: `is the chair of the <body>`, a lower-case title after the article', () => {
    const text = 'KUANTAN: Jane Doe is the chair of the Contoh Fishers Union. "We have not been to sea for three months," she said.';
    expect(speakers(text, 'eng')).toEqual([['Jane Doe', 'chair', 'Contoh Fishers Union']]);
  });

  it('a past post is read with its former word, the subject still the speaker', () => {
    const text = 'IPOH: Zulkifli Ahmad merupakan bekas Pengerusi Majlis Perbandaran Contoh. "Dulu pasar ini meriah," katanya.';
    expect(speakers(text, 'zlm')[0]!.slice(0, 2)).toEqual(['Zulkifli Ahmad', 'bekas Pengerusi']);
  });

  it('a post taken at a time not said (`pernah menjadi`): the subject speaks, with no post, and the body keeps its words', () => {
    const text = 'TEGAL, WARTA — Waryo pernah menjadi Ketua Kelompok Usaha Bersama Mina Sentosa. "Saya sekarang nelayan biasa," katanya.';
    expect(speakers(text, 'ind')).toEqual([['Waryo', null, null]]);
  });

  it('near-miss: `Beliau ialah <title>` names nobody new, neither the pronoun nor the end of the body', () => {
    const text = 'KUANTAN: Hasnah Ibrahim ditemui di jeti. Beliau ialah Pengerusi Koperasi Wanita Pekan Lama. "Hasil tangkapan merosot," katanya.';
    expect(['Beliau', 'Wanita Pekan Lama', 'Pekan Lama']).not.toContain(direct(text, 'zlm')[0]!.speaker?.name);
  });

  it('near-miss: one capitalised word with a lower-case calling (`Contohsoft is the leader in …`) is no person taking `he added`', () => {
    const text = [
      'JAKARTA - Trade Minister Budi Santoso opened the fair on Monday. "We must export more," Budi said.',
      'Contohsoft is the leader in tablets. "We are proud," he added.',
    ].join('\n\n');
    expect(direct(text, 'eng')[1]!.speaker?.name).toBe('Budi Santoso');
  });

  it('near-miss: a copula sentence about a body names nobody; the quote keeps its own speaker', () => {
    const text = 'SLEMAN, WARTA — Yayasan Tani Makmur Sleman adalah lembaga nirlaba. "Panen tahun ini gagal," ujar Sumarni, petani setempat.';
    expect(speakers(text, 'ind')).toEqual([['Sumarni', 'petani', null]]);
  });

  it('near-miss: a copula subject never quoted does not take the next named speaker’s quote', () => {
    const text = 'SLEMAN: Mark Lee is the treasurer of the Sleman Rice Cooperative. "Prices fell again," said Ann Wu, a farmer.';
    expect(speakers(text, 'eng')).toEqual([['Ann Wu', 'farmer', null]]);
  });

  it('near-miss: two people with posts in one paragraph, each keeps their own', () => {
    const text = 'GARUT, WARTA — Budi Hartono adalah Direktur Pusat Kajian Pangan Nusantara, sedangkan Rina Wati adalah Sekretaris Gapoktan Sidomulyo. "Kami butuh benih," kata Rina.';
    expect(speakers(text, 'ind')).toEqual([['Rina Wati', 'Sekretaris', 'Gapoktan Sidomulyo']]);
  });

  it('near-miss: a title given to a person named after a comma stays that person’s (`Mereka adalah <title>, <Name>`)', () => {
    const text = 'PEKAN: Mereka adalah bekas Pengerusi Majlis Contoh, Datuk Hashim Latif dan dua pegawai. "Kita mulakan semula," kata Hashim.';
    expect(speakers(text, 'zlm')[0]![0]).toBe('Hashim Latif');
  });
});

describe('title pointing back: `kata Menteri itu` is the minister, not the deputy', () => {
  it('Indonesian: a deputy named in between', () => {
    const text = 'Menteri Pertanian Bambang Wiryo datang bersama Wakil Menteri Lestari Anjani. "Pupuk segera dikirim," kata Menteri itu.';
    expect(speakers(text, 'ind')).toEqual([['Bambang Wiryo', 'Menteri Pertanian', 'Kementerian Pertanian']]);
  });

  it('Malay: lower-case `menteri tersebut` and `Menteri berkenaan`', () => {
    for (const ref of ['menteri tersebut', 'Menteri berkenaan']) {
      const text = `IPOH: Menteri Perdagangan, Datuk Hashim Latif, dan Timbalan Menteri Perdagangan, Noraini Salleh, turut melawat. "Kita akan bantu," kata ${ref}.`;
      expect(speakers(text, 'zlm')[0]![0]).toBe('Hashim Latif');
    }
  });

  it('Malay: the holder named before the quote, not another minister named after it', () => {
    const text = [
      'Menteri Pertanian, Datuk Seri Razak Idris, berkata kerajaan sedang meneliti permohonan itu. "Kita akan umumkan minggu depan," kata Menteri itu.',
      'Menteri Kewangan, Siti Aminah, turut hadir.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')[0]![0]).toBe('Razak Idris');
  });

  it('only a deputy named before: the deputy, never a minister named after the quote', () => {
    const text = [
      'TEGAL, WARTA — Wakil Menteri Kelautan Rina Kusuma meninjau pelabuhan, Senin. "Bantuan segera cair," kata menteri itu.',
      'Menteri Sosial Sinta Maharani datang kemudian.',
    ].join('\n\n');
    expect(speakers(text, 'ind')[0]![0]).toBe('Rina Kusuma');
  });

  it('English: `the minister said` is never a minister named only after it', () => {
    const text = [
      'TEGAL - Deputy Fisheries Minister Rina Kusuma toured the port on Monday. "Aid will come soon," the minister said.',
      'Social Affairs Minister Sinta Maharani arrived later.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker?.name).not.toBe('Sinta Maharani');
  });

  it('a former holder is another post: `kata menteri tersebut` is the serving minister', () => {
    const text = 'Mantan Menteri Perdagangan Budi Santoso hadir bersama Menteri Sosial Sinta Maharani. "Kami salurkan beras," kata menteri tersebut.';
    expect(speakers(text, 'ind')[0]![0]).toBe('Sinta Maharani');
  });

  it('near-miss: a deputy still answers to a deputy’s title', () => {
    const text = 'Menteri Pertanian Bambang Wiryo datang bersama Wakil Menteri Lestari Anjani. "Kami pantau distribusinya," kata Wakil Menteri itu.';
    expect(speakers(text, 'ind')[0]![0]).toBe('Lestari Anjani');
  });
});

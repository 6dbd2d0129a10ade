/**
 * Speaker phrases read on unlabelled text (issue 9): a name linked to the body the person comes from, a member's
 * party in brackets, titles that imply a coordinating ministry, ranks after a comma-set title. Invented people and
 * organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker links: a name and the body it comes from', () => {
  it('speaker links: English `said X of the Y Institute` → name X, organisation Y Institute', () => {
    const [q] = direct('“The outlook is weak,” said Rina Wulandari of the Contoh Policy Institute, adding that prices would fall.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: null, organisation: 'Contoh Policy Institute' });
  });

  it('speaker links: English `said X from Y University`', () => {
    const [q] = direct('“The outlook is weak,” said Rina Wulandari from Contoh University.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'Contoh University' });
  });

  it('speaker links: Indonesian `kata X dari Y` with the organisation word inside the name (`… Institute`)', () => {
    const [q] = direct('"Data kekerasan dalam rumah tangga masih jauh dari lengkap," kata Sinta Dewi dari Contoh Gender Institute.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Sinta Dewi', organisation: 'Contoh Gender Institute' });
  });

  it('speaker links: Malay `kata X daripada Y`', () => {
    const [q] = direct('“Kami akan pantau keadaan,” kata Ahmad Rahim daripada Persatuan Pengguna Contoh.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Ahmad Rahim', organisation: 'Persatuan Pengguna Contoh' });
  });

  it('speaker links: a place after the link is no body (`from Contoh City` stays empty)', () => {
    const [q] = direct('“We waited all night,” said Rina Wulandari from Jakarta.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: null });
  });

  it('speaker links: another mention with `of the …` fills a speaker quoted by name alone', () => {
    const text = [
      'Rina Wulandari of the Contoh Policy Institute warned that exports would slow.',
      '“Demand is weaker than we thought,” Rina Wulandari said.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'Contoh Policy Institute' });
  });
});

describe('speaker links: a member of parliament with party and seat in brackets', () => {
  it('speaker links: Malay `kata X (PARTY-Seat)` → name X, organisation PARTY', () => {
    const [q] = direct('“Kerajaan tidak pernah mencadangkan kenaikan itu,” kata Ahmad Rahim (PHC-Tanjung Batu) ketika membahaskan usul itu.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Ahmad Rahim', organisation: 'PHC' });
  });

  it('speaker links: English `said X (PARTY-Seat)`', () => {
    const [q] = direct('“The ministry must explain the delay,” said Rina Wulandari (PHC-Bukit Contoh) in the House.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'PHC' });
  });

  it('speaker links: an age in brackets is no party (`X (45)`)', () => {
    const [q] = direct('“Kami sudah lama menunggu,” kata Ahmad Rahim (45), seorang peniaga.', 'zlm');
    expect(q!.speaker?.organisation ?? null).toBeNull();
  });
});

describe('speaker links: titles and ranks', () => {
  it('speaker links: Indonesian `Menko …` → the coordinating ministry', () => {
    const [q] = direct('"Kami akan membahas evaluasi itu," kata Menko Perekonomian Budi Santoso.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Menko Perekonomian', organisation: 'Kementerian Koordinator Perekonomian' });
  });

  it('speaker links: Malay `Ketua Polis …, Deputi Komisioner X` → the rank is no role, the title before the comma is', () => {
    const text = [
      'Ketua Polis Negeri Contoh, Deputi Komisioner Ahmad Rahim Yusof berkata, nahas berlaku kira-kira pukul 11 malam.',
      '“Mangsa meninggal dunia di tempat kejadian,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Rahim Yusof', role: 'Ketua Polis Negeri Contoh', organisation: 'Polis Negeri Contoh' });
  });
});

describe('speaker links: callings, unnamed post holders, a title field that names a region', () => {
  it('speaker links: Malay `Peniaga …, X berkata` → role Peniaga', () => {
    const text = ['Peniaga daging pasar Tanjung, Ahmad Rahim berkata, jualannya merosot separuh.', '“Pelanggan tidak datang,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Rahim', role: 'Peniaga' });
  });

  it('speaker links: Indonesian `Aktor … X mengatakan` → role Aktor', () => {
    const text = ['Aktor sekaligus komedian Budi Santoso mengatakan film itu dekat dengan keluarga.', '"Ceritanya sederhana," ujarnya.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Aktor' });
  });

  it('speaker links: Indonesian unnamed `seorang juru bicara Asosiasi …` → role and organisation', () => {
    const [q] = direct('"Jadwal latihan diumumkan setiap pagi," kata seorang juru bicara Asosiasi Bulu Tangkis Contoh.', 'ind');
    expect(q!.speaker).toMatchObject({ role: 'juru bicara', organisation: 'Asosiasi Bulu Tangkis Contoh' });
  });

  it('speaker links: Malay unnamed `seorang jurucakap Persatuan …` → role and organisation', () => {
    const [q] = direct('“Kami mengatur temu bual secara berasingan,” kata seorang jurucakap Persatuan Bola Sepak Contoh.', 'zlm');
    expect(q!.speaker).toMatchObject({ role: 'jurucakap', organisation: 'Persatuan Bola Sepak Contoh' });
  });

  it('speaker links: English unnamed `a spokeswoman for …` → role and organisation', () => {
    const [q] = direct('“We arranged the interviews separately,” said a spokeswoman for Contoh Airlines.', 'eng');
    expect(q!.speaker).toMatchObject({ role: 'spokeswoman', organisation: 'Contoh Airlines' });
  });

  it('speaker links: an unnamed source with no body keeps no role (`kata seorang warga`)', () => {
    const [q] = direct('"Air naik sejak subuh," kata seorang warga.', 'ind');
    expect(q!.speaker).toMatchObject({ role: null, organisation: null });
  });

  it('speaker links: Indonesian `X, Kepala Analis kawasan Eropa di Y` → the region stays in the role, Y is the organisation', () => {
    const [q] = direct('"Pasar akan pulih," ujar Budi Santoso, Kepala Analis kawasan Eropa di Contoh Riset, dalam risetnya.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Kepala Analis kawasan Eropa', organisation: 'Contoh Riset' });
  });

  it('speaker links: a place after `di` is where the person spoke, not a body (`X, Kepala Dinas Contoh, di Jakarta`)', () => {
    const [q] = direct('"Stok aman," ujar Budi Santoso, Kepala Dinas Pangan Contoh di Jakarta.', 'ind');
    expect(q!.speaker?.organisation ?? '').not.toContain('Jakarta');
  });
});

describe('speaker links: a story whose first word is set in capitals', () => {
  it('speaker links: Malay `DATUK Seri X …` → the honorific is no organisation', () => {
    const text = ['DATUK Seri Ahmad Rahim mengingatkan pengguna media sosial supaya berlaku adil.', '“Banyak berita palsu disebarkan,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Rahim', organisation: null });
  });

  it('speaker links: Malay `PRESIDEN Contoh Raya, X …` → the role in capitals, the organisation after it', () => {
    const text = ['PRESIDEN Persatuan Contoh Raya, Budi Santoso menegaskan usaha itu belum pernah dilakukan.', '“Kami sudah lakukan apa yang dijanjikan,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'PRESIDEN', organisation: 'Persatuan Contoh Raya' });
  });

  it('speaker links: an acronym opening a paragraph stays an acronym (`APTB menilai …`)', () => {
    const text = ['APTB menilai harga pupuk terlalu tinggi.', '"Petani kami sudah lama mengeluh," kata Ketua APTB Budi Santoso.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ketua', organisation: 'APTB' });
  });
});

describe('speaker links: a one-word organisation opening the sentence before a lower-case title', () => {
  it('speaker links: English `Contohmobil chairman X …` → organisation, as the article writes the word capitalised elsewhere', () => {
    const text = [
      'Danakarya chief executive Budi Santoso warned that shares would fall. The fund, set up by Danakarya last year, holds many shares.',
      '"We are assessing it," Budi Santoso said.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'chief executive', organisation: 'Danakarya' });
  });
});

describe('speaker links: a quantified title set off after the name (`X, salah seorang anggota Y,`)', () => {
  it('speaker links: Indonesian subject `X, salah seorang anggota APTB, mengatakan` → role and organisation', () => {
    const [q] = direct('Rina Wulandari, salah seorang anggota APTB, mengatakan, "Kami tentu sedih dengan putusan ini."', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'anggota', organisation: 'APTB' });
  });

  it('speaker links: Indonesian `kata X, salah satu pendiri Y` → role without the quantifier', () => {
    const [q] = direct('"Kami tentu sedih dengan putusan ini," kata Rina Wulandari, salah satu pendiri Aliansi Petani Tangguh Bersatu.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'pendiri', organisation: 'Aliansi Petani Tangguh Bersatu' });
  });

  it('speaker links: Malay `X, salah seorang ahli Y, berkata`', () => {
    const [q] = direct('Ahmad Rahim, salah seorang ahli Persatuan Pengguna Contoh, berkata, “Kami sedih dengan keputusan ini.”', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Ahmad Rahim', role: 'ahli', organisation: 'Persatuan Pengguna Contoh' });
  });

  it('speaker links: English `X, a member of the Y, said`', () => {
    const [q] = direct('Rina Wulandari, a member of the Contoh Alliance, said: "We are sad."', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'member', organisation: 'Contoh Alliance' });
  });

  it('speaker links: `kata X, salah satu warga` → role without the quantifier, no organisation', () => {
    const [q] = direct('"Jalan ini langganan banjir," kata Supri Handoko, salah satu warga.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Supri Handoko', role: 'warga', organisation: null });
  });
});

describe('speaker links: a one-word name set off by commas from its title elsewhere in the article', () => {
  it('speaker links: Indonesian `… Deputi Bidang X Otorita Y, Nama, di …` then `ujar Nama` → role and organisation', () => {
    const text = [
      'Bantuan diserahkan oleh Deputi Bidang Sosial dan Budaya Otorita Contoh, Rahmatullah, di lokasi pada Senin.',
      '"Kami memiliki tim di lapangan," ujar Rahmatullah dalam keterangannya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rahmatullah', role: 'Deputi Bidang Sosial dan Budaya', organisation: 'Otorita Contoh' });
  });

  it('speaker links: a bracketed short form of the title is no part of the organisation (`Direktur Jenderal X (DJX) Kementerian Y, Nama`)', () => {
    const text = [
      'Direktur Jenderal Pengembangan Ekspor Nasional (PEN) Kementerian Perdagangan, Hartanto mencatat nilai ekspor naik.',
      '"Ini menjadi catatan penting," ujar Hartanto dalam webinar.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Hartanto', organisation: 'Kementerian Perdagangan' });
  });

  it('speaker links: a one-word name with no title set off by a comma stays without one', () => {
    const text = ['Nilai ekspor naik tahun ini. Hartanto juga mencatat kenaikan itu.', '"Ini menjadi catatan penting," ujar Hartanto dalam webinar.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Hartanto', role: null, organisation: null });
  });

  it('speaker links: Malay `…, Setiausaha Persatuan X, Rahim, berkata` then `kata Rahim`', () => {
    const text = [
      'Sementara itu, Setiausaha Persatuan Pengguna Contoh, Rahimi, berkata harga barang masih tinggi.',
      '“Kami akan terus memantau harga,” kata Rahimi.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahimi', role: 'Setiausaha', organisation: 'Persatuan Pengguna Contoh' });
  });
});

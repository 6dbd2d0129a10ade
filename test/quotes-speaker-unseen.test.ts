/**
 * Speaker phrases of shapes read on unlabelled text warta had not seen (issue 9, round without labelled
 * misses), written with invented people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import { parseArticle } from '../src/parse-article.js';
import { languageData } from '../src/lang/index.js';
import { lexicon, tokenize } from '../src/quotes/speech-words.js';
import { SpeakerBook } from '../src/quotes/speaker-book.js';
import { Vocabulary } from '../src/quotes/vocabulary.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker unseen: a name set off by an honorific or a comma keeps its first words', () => {
  it('speaker unseen: Malay `Naib Presiden Parti Datuk Seri X Tun Y`, the article later writing `X` alone', () => {
    const text = [
      'Naib Presiden Parti Contoh Datuk Seri Hamdan Tun Rosli berkata calon perlu berjumpa pengundi.',
      '“Kami akan turun ke setiap kampung sebelum hari mengundi,” katanya.',
      'Hamdan juga yakin pengundi muda akan keluar beramai-ramai.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Hamdan Tun Rosli', role: 'Naib Presiden', organisation: 'Parti Contoh' });
  });

  it('speaker unseen: Malay `Naib Presidennya, X Y Z`, the article later writing `X Y` alone', () => {
    const text = [
      'Naib Presidennya, Rina Wulandari Ahmad berkata, kegagalan itu hanya muslihat politik.',
      '“Ikrar itu hanya ungkapan kosong untuk memancing undi,” katanya.',
      'Rina Wulandari, dalam kenyataan sama, turut mengingatkan kerajaan tentang janji itu.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari Ahmad', role: 'Naib Presiden' });
  });

  it('speaker unseen: Indonesian `Kapolres X AKBP A B C`, the article later writing `A` alone', () => {
    const text = [
      'Kapolres Contoh Barat AKBP Danu Aditya Pratama mengatakan dua tersangka masih diburu.',
      '“Kami sudah memetakan lokasi persembunyian keduanya,” ujarnya.',
      'Danu memimpin langsung pengejaran di kawasan hutan itu.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Danu Aditya Pratama', role: 'Kapolres Contoh Barat', organisation: 'Polres Contoh Barat' });
  });

  it('speaker unseen: a rank-like word closing a title does not set the name off (`Sekretaris Jenderal (Sekjen) APTB X`)', () => {
    const text = [
      'Aliansi Petani Tangguh Bersatu (APTB) menilai harga pupuk terlalu tinggi.',
      'Sekretaris Jenderal (Sekjen) APTB Budi Santoso menilai harga itu memberatkan.',
      '“Petani kami sudah lama mengeluhkan harga pupuk,” kata Budi.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'APTB' });
  });
});

describe('speaker unseen: a possessive title speaks for the organisation the sentence before is about', () => {
  it('speaker unseen: Malay `Parti X mahu … . Naib Presidennya, Y berkata` → organisation `Parti X`', () => {
    const text = [
      'KUALA LUMPUR: Parti Harapan Contoh (PHC) mahu kerajaan membatalkan cukai baharu, kata Persatuan Pengguna Contoh.',
      'Naib Presidennya, Rina Wulandari Ahmad berkata, kegagalan itu hanya muslihat politik.',
      '“Ikrar itu hanya ungkapan kosong untuk memancing undi rakyat,” katanya dalam satu kenyataan.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'zlm' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Rina Wulandari Ahmad', role: 'Naib Presiden', organisation: 'Parti Harapan Contoh' });
  });

  it('speaker unseen: Indonesian `Ketuanya, Y mengatakan` → the organisation that opens the sentence before', () => {
    const text = [
      'Aliansi Petani Tangguh Bersatu (APTB) menolak rencana impor beras yang diumumkan Kementerian Contoh.',
      'Ketuanya, Budi Santoso mengatakan, petani sudah panen raya.',
      '“Gudang kami sudah penuh, impor hanya merugikan petani,” ujar Budi.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'ind' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ketua', organisation: 'Aliansi Petani Tangguh Bersatu' });
  });

  it('speaker unseen: English `Its director-general Datuk Seri X said` → the organisation the sentence before is about', () => {
    const text = [
      'KUALA LUMPUR: The Contoh Customs Department said the new levy would not apply to small traders. Its director-general Datuk Seri Rahim Hassan said stalls under a set size would be exempted.',
      '"Traders will be told of the rules before the levy starts," he said.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'eng' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'director-general', organisation: 'Contoh Customs Department' });
  });

  it('speaker unseen: Malay `Ketua Pengarahnya, Tan Sri X berkata` → the organisation that opens the article', () => {
    const text = [
      'Jabatan Kebajikan Contoh Malaysia (JKCM) menolak cadangan menaikkan yuran pendaftaran tahun depan.',
      'Ketua Pengarahnya, Tan Sri Rahim Hassan berkata, yuran itu kekal sehingga akhir tahun.',
      '"Semua pemohon akan dilayan sama rata," katanya.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'zlm' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Ketua Pengarah', organisation: 'Jabatan Kebajikan Contoh Malaysia' });
  });

  it('speaker unseen: a title without the suffix takes no organisation from the sentence before', () => {
    const text = [
      'Aliansi Petani Tangguh Bersatu (APTB) menolak rencana impor beras.',
      'Pengamat pertanian Budi Santoso mengatakan, petani sudah panen raya.',
      '“Gudang sudah penuh, impor hanya merugikan petani,” ujar Budi.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'ind' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker?.organisation ?? null).toBeNull();
  });
});

describe('speaker unseen: a title alone as the subject of a speech verb', () => {
  it('speaker unseen: Malay `Perdana Menteri berkata` is the person the article gave that title earlier', () => {
    const text = [
      'Menteri Kewangan Datuk Rahim Hassan berkata kerajaan tidak akan menaikkan cukai tahun ini.',
      '“Keputusan itu muktamad selepas mesyuarat Kabinet,” katanya.',
      'Dalam perkembangan lain, Perdana Menteri Datuk Seri Ahmad Fauzi Rahman merasmikan jambatan baharu di Pulau Contoh.',
      'Perdana Menteri berkata, jambatan itu akan memendekkan masa perjalanan penduduk.',
      '“Penduduk tidak perlu lagi menunggu feri untuk ke tanah besar,” katanya.',
    ].join('\n\n');
    const quotes = direct(text, 'zlm');
    expect(quotes[1]!.speaker).toMatchObject({ name: 'Ahmad Fauzi Rahman', role: 'Perdana Menteri' });
  });

  it('speaker unseen: a title nobody held before, after a speaker with another title, gives the next `katanya` to nobody', () => {
    const text = [
      'Menteri Kewangan Datuk Rahim Hassan berkata kerajaan tidak akan menaikkan cukai tahun ini.',
      '“Keputusan itu muktamad selepas mesyuarat Kabinet,” katanya.',
      'Sementara itu, Ketua Pengarah Kesihatan berkata pemeriksaan di klinik akan diperketat mulai bulan depan.',
      '“Pegawai kami akan memeriksa setiap premis di seluruh negeri,” katanya.',
    ].join('\n\n');
    const quotes = direct(text, 'zlm');
    expect(quotes[0]!.speaker?.name).toBe('Rahim Hassan');
    expect(quotes[1]!.speaker).toBeNull();
  });

  it('speaker unseen: Indonesian `Mantan Kepala X itu mengatakan` points back to the speaker before', () => {
    const text = [
      'Direktur Utama Perum Contoh Budi Santoso mengatakan utang pemerintah belum dibayar.',
      '“Tagihan kami sudah diajukan sejak tahun lalu,” kata Budi.',
      'Mantan Kepala Badan Contoh Nasional itu mengatakan, pembayaran itu sangat dibutuhkan.',
      '“Tanpa pembayaran itu kami sulit membeli gabah petani,” ujarnya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Budi Santoso');
  });

  it('speaker unseen: a title that may be the previous speaker’s own (`Menko` after `Menteri Koordinator …`) keeps them', () => {
    const text = [
      'Menteri Koordinator Bidang Perekonomian Budi Santoso menilai tarif baru merugikan eksportir.',
      '“Kami akan bernegosiasi secepatnya,” ujar Budi.',
      'Menko mengatakan, negara itu menganggap Indonesia penyebab defisit dagangnya.',
      '“Sekarang mereka menganggap kita penyebab defisit,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Budi Santoso');
  });
});

describe('speaker unseen: titles and their portfolios', () => {
  it('speaker unseen: Malay `Menteri` takes its whole portfolio, an organisation word inside included', () => {
    const text = '“Harga sawit kekal stabil sepanjang tahun ini,” kata Menteri Perusahaan Contoh dan Niaga, Datuk Rahim Hassan.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({
      name: 'Rahim Hassan',
      role: 'Menteri Perusahaan Contoh dan Niaga',
      organisation: 'Kementerian Perusahaan Contoh dan Niaga',
    });
  });

  it('speaker unseen: Indonesian `Menteri` with a portfolio holding an organisation word and its short form', () => {
    const text = '“Seleksi dimulai bulan depan,” kata Menteri Pemberdayaan Usaha Perusahaan Daerah (PUPD) Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'Kementerian Pemberdayaan Usaha Perusahaan Daerah' });
  });

  it('speaker unseen: Malay two-word honorifics (`Datuk Patinggi`, `Datuk Amar`) are not part of the name', () => {
    const text = 'Ketua Menteri Contoh, Datuk Patinggi Rahim Hassan berkata harga stabil.\n\n“Harga kekal stabil,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rahim Hassan');
    const english = '“Prices will stay stable,” said Datuk Amar Rahim Hassan.';
    expect(direct(english, 'eng')[0]!.speaker?.name).toBe('Rahim Hassan');
  });

  it('speaker unseen: Indonesian `Perdana Menteri X` is one title, its country no ministry', () => {
    const text = '“Harga akan stabil,” kata Perdana Menteri Malaysia Budi Santoso.';
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name).toBe('Budi Santoso');
    // The country stays in the role: a country is no organisation.
    expect(speaker?.role).toBe('Perdana Menteri Malaysia');
    expect(speaker?.organisation ?? null).toBeNull();
  });
});

describe('speaker unseen: a lower-case title runs on to where it is held', () => {
  it('speaker unseen: English `head of research at X` and `senior research fellow at the X`', () => {
    const head = '“Prices will stay stable,” said Rina Wulandari, head of research at Contoh Securities.';
    expect(direct(head, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'head of research', organisation: 'Contoh Securities' });
    const fellow = '“Prices will stay stable,” said Rina Wulandari, senior research fellow at the Contoh Institute.';
    expect(direct(fellow, 'eng')[0]!.speaker).toMatchObject({ role: 'senior research fellow', organisation: 'Contoh Institute' });
  });

  it('speaker unseen: English `Senior Fellow of the X` is one title', () => {
    const text = 'Prof Datuk Dr Rahim Hassan, Senior Fellow of the Contoh Institute for Rural Studies, said farmers needed cheaper seed.\n\n“Small farms feed the whole district,” said Rahim.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Senior Fellow', organisation: 'Contoh Institute for Rural Studies' });
  });

  it('speaker unseen: Indonesian `ahli strategi pasar di X` keeps the whole lower-case title', () => {
    const text = '“Kami tidak melihat suku bunga turun tahun ini,” kata Rina Wulandari, ahli strategi pasar di Contoh Markets.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'ahli strategi pasar', organisation: 'Contoh Markets' });
  });
});

describe('speaker unseen: a capitalised run closed by a common word is no person', () => {
  const lex = lexicon(languageData('eng'));
  const texts = ['The congress met at the Contoh Language campus, where the language was taught. Rahim Hassan spoke.'];
  const tokens = texts.map((t) => tokenize(t, lex));
  const book = new SpeakerBook(lex, new Vocabulary(tokens, texts, lex));
  const phrase = (name: string) => ({ name, role: null, organisation: null, start: 0, end: name.length, nameStart: 0, nameEnd: name.length, unnamed: false });

  it('speaker unseen: `Contoh Language` (the article writes `language`) is not kept as a name', () => {
    expect(book.trim(phrase('Contoh Language'))).toBeNull();
  });

  it('speaker unseen: a name whose words the article never writes in lower case is kept', () => {
    expect(book.trim(phrase('Rahim Hassan'))?.name).toBe('Rahim Hassan');
  });
});

describe('speaker unseen: a place closing a title is no name', () => {
  it('speaker unseen: Malay `Jurucakap Kementerian X (KX) Selangor berkata` names nobody', () => {
    const text = 'Jurucakap Kementerian Contoh Dalam Negeri (KCDN) Selangor berkata, pemeriksaan akan diperketat.\n\n“Syarikat yang ingkar akan dikenakan tindakan,” katanya.';
    const quote = direct(text, 'zlm')[0];
    expect(quote?.speaker?.name ?? null).not.toBe('Selangor');
  });
});

describe('speaker unseen: a title naming nobody the article introduced', () => {
  it('speaker unseen: `kata Kepala Dinas X` with no holder named anywhere gives no speaker, not one named `Kepala`', () => {
    const text = 'Bantuan sosial mulai disalurkan pekan ini.\n\n“Kami sudah menyiapkan data penerima sejak bulan lalu,” kata Kepala Dinas Sosial Kota Contoh.';
    expect(direct(text, 'ind')[0]!.speaker).toBeNull();
  });
});

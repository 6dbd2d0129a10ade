/**
 * Speaker phrases of shapes found on unlabelled fresh text (issue 9), written with invented people
 * and organisations: each rule is tested in the languages where its shape occurs.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker fresh: a list of people after a title is no field list', () => {
  it('speaker fresh: `kata Kepala Dinas X, A, B dan C` gives A, with the title', () => {
    const text = 'Harga beras naik.\n\n“Kami akan memantau harga setiap hari,” kata Kepala Dinas Pertanian Kabupaten Contoh, Rina Wulandari, Budi Santoso dan Sinta Dewi.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Kepala', organisation: 'Dinas Pertanian Kabupaten Contoh' });
  });

  it('speaker fresh: a field list of field nouns still belongs to the title', () => {
    const text = '“Anggaran sudah disetujui,” kata Menteri Koordinator Bidang Pangan, Perikanan, dan Kelautan Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Menteri Koordinator Bidang Pangan, Perikanan, dan Kelautan' });
  });
});

describe('speaker fresh: a qualifying word before a title', () => {
  it('speaker fresh: `Wakil Kapolresta X` implies `Polresta X`', () => {
    const text = '“Kami terus berpatroli setiap malam,” kata Wakil Kapolresta Contoh, AKBP Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Wakil Kapolresta Contoh', organisation: 'Polresta Contoh' });
  });

  it('speaker fresh: a capitalised `Mantan` opening a sentence is part of the role, not an organisation', () => {
    const text = 'Mantan Menteri Perdagangan Rina Wulandari mengatakan, harga naik.\n\n“Harga naik terus sejak awal tahun,” ujar Rina.';
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name).toBe('Rina Wulandari');
    expect(speaker?.role).toBe('Mantan Menteri Perdagangan');
    expect(speaker?.organisation).not.toBe('Mantan');
  });

  it('speaker fresh: Malay `Bekas Menteri X` keeps `Bekas` in the role', () => {
    const text = 'Bekas Menteri Kewangan Datuk Rahim Hassan berkata, harga naik.\n\n“Harga naik setiap bulan,” katanya.';
    const speaker = direct(text, 'zlm')[0]!.speaker;
    expect(speaker?.role).toBe('Bekas Menteri Kewangan');
    expect(speaker?.organisation).not.toBe('Bekas');
  });
});

describe('speaker fresh: a title with the possessive suffix', () => {
  it('speaker fresh: Malay `Naib Presidennya, X berkata` gives the role without `-nya`', () => {
    const text = 'Naib Presidennya, Nurul Aini Hamzah berkata, keputusan itu silap.\n\n“Keputusan itu tidak adil kepada rakyat,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Nurul Aini Hamzah', role: 'Naib Presiden' });
  });

  it('speaker fresh: Malay `Menurut Ketua Pengarahnya, X` gives `Ketua Pengarah`', () => {
    const text = 'Menurut Ketua Pengarahnya, Tan Sri Rahim Hassan, sikap itu salah.\n\n“Sikap itu salah sama sekali,” kata Rahim.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Ketua Pengarah' });
  });
});

describe('speaker fresh: a speech verb opening a sentence is no speaker', () => {
  it('speaker fresh: Malay `Katanya, pihaknya berharap …` names nobody', () => {
    const text = 'Katanya, pihaknya berharap polis bertindak segera.\n\n“Kita juga berharap peniaga tidak mengambil kesempatan,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker?.name ?? null).not.toBe('Katanya');
  });

  it('speaker fresh: Indonesian `Ujarnya, …` names nobody', () => {
    const text = 'Ujarnya, pihaknya berharap polisi bertindak.\n\n“Kami berharap pedagang tidak menaikkan harga,” ujarnya.';
    expect(direct(text, 'ind')[0]!.speaker?.name ?? null).not.toBe('Ujarnya');
  });
});

describe('speaker fresh: a title holds its organisation after `dari`', () => {
  it('speaker fresh: `Pengamat X dari Universitas Y Budi Santoso mengatakan` gives role, organisation and name', () => {
    const text =
      'Pengamat Ekonomi Politik dari Universitas Contoh Raya Budi Santoso mengatakan harga akan naik.\n\n' +
      '“Harga pangan akan terus naik sampai akhir tahun,” kata Budi di Jakarta.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Pengamat Ekonomi Politik', organisation: 'Universitas Contoh Raya' });
  });

  it('speaker fresh: the same shape after the verb', () => {
    const text = '“Harga pangan akan terus naik,” kata Peneliti Senior dari Lembaga Kajian Pangan (LKP) Sinta Dewi.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Sinta Dewi', role: 'Peneliti Senior', organisation: 'Lembaga Kajian Pangan (LKP)' });
  });

  it('speaker fresh: a place after a named person is still no part of the subject', () => {
    const text = 'Kepala Dinas Pertanian Budi Santoso di Surabaya mengatakan harga akan naik.\n\n“Harga pangan akan terus naik,” kata Budi.';
    expect(direct(text, 'ind')[0]!.speaker?.name).toBe('Budi Santoso');
  });
});

describe('speaker fresh: an English lower-case title after the name', () => {
  it('speaker fresh: `X, head of research at Y, explained` gives the role and the organisation to the later quote', () => {
    const text =
      'Rina Wulandari, head of research at Contoh Property Indonesia, explained on Thursday that sales had fallen.\n\n' +
      '“We did not see any new launches this year,” she said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'head of research', organisation: 'Contoh Property Indonesia' });
  });

  it('speaker fresh: `"…," X, deputy head of Z at the Y, told …` names X with the title', () => {
    const text = '“Bakeries ask us for twice as many small loans as last spring,” Wening Larasati, deputy head of lending at the Contoh Bank, told shop owners in the market hall on Friday.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Wening Larasati', role: 'deputy head of lending', organisation: 'Contoh Bank' });
  });

  it('speaker fresh: `"…," X, an analyst at Y, said`', () => {
    const text = '“Prices will fall,” Rina Wulandari, an analyst at Contoh Securities, said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'analyst', organisation: 'Contoh Securities' });
  });

  it('speaker fresh: a clause between commas after the name is no title', () => {
    const text = '“Prices will fall,” Rina Wulandari, who spoke in Jakarta, said.';
    expect(direct(text, 'eng')[0]?.speaker?.role ?? null).toBeNull();
  });
});

describe('speaker fresh: a title closed by a demonstrative refers back', () => {
  it('speaker fresh: Indonesian `kata Ketua Umum Partai X itu` is the chair named before, not a person named `X`', () => {
    const text = 'Ketua Umum Partai Contoh Budi Santoso hadir di Jakarta. Ia datang pagi.\n\n“Kami siap menang,” kata Ketua Umum Partai Contoh itu.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ketua Umum', organisation: 'Partai Contoh' });
  });

  it('speaker fresh: Malay `kata Pengerusi Persatuan X itu`', () => {
    const text = 'Pengerusi Persatuan Nelayan Contoh, Ahmad Faizal Ramli hadir di majlis itu.\n\n“Kami akan terus berjuang,” kata Pengerusi Persatuan Nelayan Contoh itu.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Pengerusi' });
  });

  it('speaker fresh: Malay subject `Terbaru, Ahli Parlimen X itu mendakwa` is the member named before', () => {
    const text =
      'Ahli Parlimen Contoh Jaya, Datuk Rahim Hassan aktif di Facebook.\n\n' +
      'Terbaru, Ahli Parlimen Contoh Jaya itu mendakwa menteri tidak bercakap benar.\n\n' +
      '“Saya lihat harga naik setiap minggu,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rahim Hassan');
  });

  it('speaker fresh: a name set off by a comma before the demonstrative is still introduced', () => {
    const text =
      'Penyelidikan yang diketuai Timbalan Pengarah Institut Contoh, Dr. Rahim Hassan itu memfokuskan karbon.\n\n' +
      '“Kaedah ini digunakan untuk eksperimen,” ujarnya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Timbalan Pengarah' });
  });
});

describe('speaker fresh: an English title between the organisation and the name', () => {
  it('speaker fresh: `Org vice president of corporate communications X said` gives role and organisation', () => {
    const text =
      'Contoh Energy vice president of corporate communications Budi Santoso said the firm was checking the reports.\n\n' +
      '“We always follow the rules,” Budi said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'vice president of corporate communications', organisation: 'Contoh Energy' });
  });

  it('speaker fresh: `APTB communications chief X said` keeps the field in the role', () => {
    const text = 'APTB communications chief Rina Wulandari said the committee had issued a guideline.\n\n“We must guard ties,” said Rina.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'communications chief', organisation: 'APTB' });
  });
});

describe('speaker fresh: a possessive title before the name', () => {
  it('speaker fresh: Malay `Ketuanya, X berkata` gives the role `Ketua`', () => {
    const text =
      'Pemuda Parti Contoh menyifatkan keputusan itu silap.\n\nKetuanya, Ahmad Faizal Ramli berkata, serangan itu semakin menjadi.\n\n' +
      '“Kami tidak akan berdiam diri,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Ketua' });
  });

  it('speaker fresh: Indonesian `Ketuanya, X mengatakan` gives the role `Ketua`', () => {
    const text = 'Aliansi Petani Tangguh Bersatu menolak rencana itu.\n\nKetuanya, Rina Wulandari mengatakan, rencana itu merugikan petani.\n\n“Kami menolak,” kata Rina.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Ketua' });
  });
});

describe('speaker fresh: Malay `Pengarah Urusan` is one post', () => {
  it('speaker fresh: `Pengarah Urusan X Holdings Bhd, Y` gives role `Pengarah Urusan` and the company', () => {
    const text = 'Pengarah Urusan Contoh Jaya Holdings Bhd, Datuk Rahim Hassan berkata, jualan meningkat.\n\n“Jualan meningkat dua kali ganda,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Pengarah Urusan', organisation: 'Contoh Jaya Holdings Bhd' });
  });
});

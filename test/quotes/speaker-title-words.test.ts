/** Speaker titles: title words, ranks, callings and compound posts. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { isCompoundRole, lexicon } from '../../src/quotes/speech-words.js';
import { LANGUAGES } from '../../src/lang/index.js';
import { parseArticle } from '../../src/index.js';

function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('title vocabulary', () => {
  const said = (title: string) => `"Pesanan dari luar negeri naik tajam sejak Maret," ujar ${title} Bayu Wicaksana kepada wartawan di Surabaya.`;

  it('an English post closed by its head noun (`Regional Sales Leader`) is the role, and names no organisation', () => {
    expect(direct(said('Regional Sales Leader'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Regional Sales Leader', organisation: null });
  });

  it('callings and short titles open a role (`Apoteker`, `Perencana Keuangan`, `Dirtipidnarkoba`)', () => {
    expect(direct(said('Apoteker'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Apoteker' });
    expect(direct(said('Perencana Keuangan dari Arunika Sekuritas'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Perencana Keuangan', organisation: 'Arunika Sekuritas' });
    expect(direct(said('Dirtipidnarkoba Bareskrim Polri Brigjend'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', organisation: 'Polri' });
  });

  it('`Pembina` opens a role before the body it serves', () => {
    const text = '"Latihan menari dibuka untuk anak-anak setiap Sabtu pagi," tutur Pembina Sanggar Tari Melati, Bayu Wicaksana.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Pembina', organisation: 'Sanggar Tari Melati' });
  });

  it('Malay `Bendahari` opens a role', () => {
    const text = '"Sumbangan itu akan diagihkan sebelum hujung bulan ini," kata Bendahari Persatuan Penduduk Taman Cempaka, Roslan Mahmud.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Roslan Mahmud', role: 'Bendahari', organisation: 'Persatuan Penduduk Taman Cempaka' });
  });

  it('an English-order title keeps its field words up to the head noun (`Senior Credit Analyst`, `Chief Operating Officer (COO)`)', () => {
    expect(direct(said('Senior Credit Analyst Arunika Sekuritas,'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Senior Credit Analyst', organisation: 'Arunika Sekuritas' });
    expect(direct(said('Chief Operating Officer (COO) Koperasi Nelayan Sejahtera,'), 'ind')[0]!.speaker).toMatchObject({ role: 'Chief Operating Officer (COO)', organisation: 'Koperasi Nelayan Sejahtera' });
  });

  it('a possessive title in lower case loses its suffix (`Setiausaha agungnya, X` → `Setiausaha agung`)', () => {
    const text = [
      'Setiausaha agungnya, Norazlan Ismail menjelaskan perkara itu dalam satu kenyataan semalam.',
      '"Semua ahli akan dimaklumkan secepat mungkin," katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Norazlan Ismail', role: 'Setiausaha agung' });
  });
});

describe('quotes: compound roles', () => {
  it('answers as the set of `first second` keys, for every language', () => {
    let checked = 0;
    for (const language of Object.values(LANGUAGES)) {
      const lex = lexicon(language);
      for (const role of lex.compoundRoles) {
        const space = role.indexOf(' ');
        if (space < 0) continue;
        expect(isCompoundRole(lex, role.slice(0, space), role.slice(space + 1))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says no to words that open no compound role, and to a second word that does not close one', () => {
    const lex = lexicon(LANGUAGES.ind);
    expect(isCompoundRole(lex, 'Wulandari', 'Sekolah')).toBe(false);
    expect(isCompoundRole(lex, '', 'Sekolah')).toBe(false);
    const first = [...lex.compoundRoleFirsts][0];
    if (first !== undefined) expect(isCompoundRole(lex, first, 'Tangguhbersatu')).toBe(false);
  });
});

describe('quotes: which two-word posts of the roles list become compound roles', () => {
  it('takes a post whose second word has no reading of its own, in every language, and leaves one whose second word is a title word', () => {
    for (const data of Object.values(LANGUAGES)) {
      const compound = lexicon(data).compoundRoles;
      const own = new Set(data.speech.compoundRoles ?? []);
      const added = [...compound].filter((r) => !own.has(r));
      // A second word that is a role, a role word or a title word (`Perdana Menteri`, `Ketua Umum`, `Menteri Besar`).
      for (const post of ['Perdana Menteri', 'Ketua Umum', 'Jaksa Agung', 'Menteri Besar', 'Ketua Menteri', 'Naib Canselor']) {
        expect(added).not.toContain(post);
      }
    }
    expect(lexicon(LANGUAGES.ind).compoundRoles.has('Rais Aam')).toBe(true);
  });
});

describe('speaker titles: a board inside the post', () => {
  it('speaker titles: `Ketua Dewan Penasehat Ikatan Petani Contoh` → the board in the role, the body as the organisation', () => {
    const [q] = direct('"Harga pupuk harus ditinjau sebelum musim tanam," kata Ketua Dewan Penasehat Ikatan Petani Contoh, Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua Dewan Penasehat', organisation: 'Ikatan Petani Contoh' });
  });

  it('speaker titles: `Wakil Ketua Dewan Pembina Partai Contoh X` → the board in the role, the party as the organisation', () => {
    const [q] = direct('"Kami tetap satu barisan," kata Wakil Ketua Dewan Pembina Partai Contoh Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Wakil Ketua Dewan Pembina', organisation: 'Partai Contoh' });
  });

  it('speaker titles: `Anggota Dewan Komisioner LPC` → the board in the role, the acronym as the organisation', () => {
    const [q] = direct('"Cadangan dana kami masih longgar," kata Anggota Dewan Komisioner LPC Wulan Prameswari.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Wulan Prameswari', role: 'Anggota Dewan Komisioner', organisation: 'LPC' });
  });

  it('speaker titles: `Ketua Dewan Penasehat Himpetani, X` → the board in the role, the short form in Title Case as the organisation', () => {
    const [q] = direct('"Harga pupuk harus ditinjau sebelum musim tanam," kata Ketua Dewan Penasehat Himpetani, Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua Dewan Penasehat', organisation: 'Himpetani' });
  });

  it('speaker titles: one word after the board that is a post or a place (`Dewan Pertimbangan Gubernur`, `Dewan Pengawas Bandung`) stays the organisation (near-miss)', () => {
    const [a] = direct('"Saran kami sudah disampaikan," kata Anggota Dewan Pertimbangan Gubernur Darmawan Saputra.', 'ind');
    expect(a!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Anggota', organisation: 'Dewan Pertimbangan Gubernur' });
    const [b] = direct('"Saran kami sudah disampaikan," kata Ketua Dewan Pengawas Bandung Darmawan Saputra.', 'ind');
    expect(b!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua', organisation: 'Dewan Pengawas Bandung' });
  });

  it('speaker titles: a board written with no body after it stays the organisation (near-miss)', () => {
    const [q] = direct('"Harga pupuk harus ditinjau sebelum musim tanam," kata Ketua Dewan Pengawas, Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua', organisation: 'Dewan Pengawas' });
  });

  it('speaker titles: a board opening a known body’s own name (`Dewan Kehormatan Penyelenggara Pemilu (DKPP)`) stays the organisation (near-miss)', () => {
    const [q] = direct('"Aduan itu kami periksa pekan depan," kata Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua' });
    expect(q!.speaker!.organisation).toMatch(/^Dewan Kehormatan Penyelenggara Pemilu/u);
  });

  it('speaker titles: a board named by what it serves (`Dewan Pertimbangan Presiden`, `Dewan Pengawas Keuangan Daerah`) stays the organisation (near-miss)', () => {
    const [a] = direct('"Saran kami sudah disampaikan," kata Anggota Dewan Pertimbangan Presiden Darmawan Saputra.', 'ind');
    expect(a!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Anggota', organisation: 'Dewan Pertimbangan Presiden' });
    const [b] = direct('"Saran kami sudah disampaikan," kata Ketua Dewan Pengawas Keuangan Daerah Darmawan Saputra.', 'ind');
    expect(b!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua', organisation: 'Dewan Pengawas Keuangan Daerah' });
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

/** The first direct quote's speaker. */
function speaker(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.find((q) => q.kind === 'direct')?.speaker;
}

describe('speaker titles: posts named by their short or council forms', () => {
  it('titles: Malay `Adun Taman Contoh, Syahiran Zulhadri` → the assemblyman title, with its seat, as role', () => {
    const text = [
      'SEREMBAN - Longkang yang tersumbat sejak musim tengkujuh diadukan kepada Adun Taman Contoh, Syahiran Zulhadri semalam.',
      '"Kontraktor diberi tempoh seminggu untuk membersihkannya," kata Syahiran.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')).toMatchObject({ name: 'Syahiran Zulhadri', role: 'Adun Taman Contoh', organisation: null });
  });

  it('titles: `Rais Syuriyah PBNU KH Ahmadun Fachrudin` → the council post as role', () => {
    const text = [
      'KEDIRI - Di sela haul pendiri pesantren, Rais Syuriyah PBNU KH Ahmadun Fachrudin mengingatkan santri menyaring kabar sebelum menyebarkannya.',
      '"Adab bermedia sosial sama pentingnya dengan adab di majelis," kata Ahmadun.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Ahmadun Fachrudin', role: 'Rais Syuriyah' });
  });

  it('titles: `Mendes Purbandi Harnowo` → the village minister and the ministry', () => {
    const text = 'MATARAM - "Jalan usaha tani di dusun ini dibangun warganya sendiri," ujar Mendes Purbandi Harnowo.';
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Purbandi Harnowo', role: 'Mendes', organisation: 'Kementerian Desa dan Pembangunan Daerah Tertinggal' });
  });
});

describe('speaker titles: a board post that opens with a rank word', () => {
  it('speaker titles: `Komisaris Utama X` is a board post, not the police rank `Komisaris` before a name', () => {
    const [q] = direct('"Program ini bagus," ucap Komisaris Utama Contoh Energi Budi Santoso, dalam keterangan tertulis.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Komisaris Utama', organisation: 'Contoh Energi' });
  });
});

/** Every quote's speaker as `name | role | organisation`. */
function speakers(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
}

describe('speaker role: a member of a legislature holds a seat, not an organisation', () => {
  it('`Ahli Parlimen <seat>` is the role, the seat no organisation', () => {
    const text = [
      'Projek jeti nelayan di pesisir Teluk Sirihanta tertangguh sejak awal tahun.',
      '"Nelayan di kawasan ini sudah menunggu terlalu lama," kata Ahli Parlimen Teluk Sirihanta, Hamidun Zulkarnawi.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Hamidun Zulkarnawi | Ahli Parlimen Teluk Sirihanta | null']);
  });

  it('a village head still speaks for the village the post names', () => {
    const text = [
      'Jalan desa di lereng bukit itu longsor setelah hujan deras semalam.',
      '"Warga sudah kami ungsikan ke balai desa," kata Kepala Desa Sukarimbun Darto Wiyonggo.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Darto Wiyonggo | Kepala Desa | Sukarimbun']);
  });
});

describe('speaker role: an acting post written with a full stop', () => {
  it('`Name, Plt. <title> <body>,` keeps the name whole and reads the title', () => {
    const text = [
      'Harga gabah di tingkat petani Larangbumi turun dalam dua pekan terakhir.',
      'Sekar Ayuningrum, Plt. Direktur Jenderal Tanaman Pangan Kementerian Pertanian, mengatakan stok gabah masih cukup. "Kami terus memantau harga," ujarnya.',
    ].join('\n\n');
    expect(speakers(text, 'ind').at(-1)).toBe('Sekar Ayuningrum | Plt. Direktur Jenderal Tanaman Pangan | Kementerian Pertanian');
  });

  it('`Plt. Kepala Dinas <field>`: the acting post keeps its title', () => {
    const text = [
      'Harga gabah di tingkat petani Larangbumi turun dalam dua pekan terakhir.',
      '"Kami terus memantau harga," kata Plt. Kepala Dinas Pertanian Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | Plt. Kepala | Dinas Pertanian']);
  });
});

/** Organisations: how a name is cut, joined and closed (hyphens, legal forms, counts, buildings, tails). */
import { describe, expect, it, vi } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import { Finder } from '../../src/organisations/paragraph.js';
import type { SupportedLanguage } from '../../src/types.js';
import { LANGUAGES } from '../../src/lang/index.js';
import { compileOrganisations } from '../../src/organisations/compile.js';
import { paragraphWords } from '../../src/organisations/words.js';
import { parseArticle } from '../../src/index.js';

/** Each organisation found in `text` as its mention texts, as written. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: a name cut short joins the body it starts', () => {
  it('organisations cut names: a short form of a longer name is the same organisation', () => {
    const text =
      'Badan Pangan Lestari Nasional menyiapkan dapur umum di tiap desa. Kami hanya mengawasi, pelaksananya Badan Pangan Lestari. ' +
      'Kepala Satgas Penertiban Tambang Liar menyebut hasilnya. Menurut dia, Satgas Penertiban bekerja sejak Mei.';
    expect(groups(text)).toEqual([
      ['Badan Pangan Lestari Nasional', 'Badan Pangan Lestari'],
      ['Satgas Penertiban Tambang Liar', 'Satgas Penertiban'],
    ]);
  });

  it('organisations cut names: a national body stays apart from its branch, a numbered unit from its parent’s name', () => {
    const branch = groups('Badan Cuaca Lestari merilis data. Badan Cuaca Lestari Provinsi Contoh Timur menyusul sehari kemudian.');
    expect(branch).toContainEqual(['Badan Cuaca Lestari']);
    const two = groups('Dinas Tani Makmur Jaya dan Dinas Tani Makmur Sentosa bertemu. Dinas Tani Makmur menolak.');
    expect(two).toContainEqual(['Dinas Tani Makmur']);
  });

  it('organisations cut names: repeats of a short and a long form cost linear work, not one per pair', () => {
    // Work is counted as organisation look-ups (`Finder.find`), which a walk over every pair of forms would multiply.
    const unit = 'Badan Mutu Benih Lestari Nasional menguji benih padi di tiap kabupaten. Petani menyebut pengujinya Badan Mutu Benih Lestari. ';
    const work = (repeats: number): { finds: number; mentions: number[] } => {
      const spy = vi.spyOn(Finder.prototype, 'find');
      try {
        const orgs = extractOrganisations(unit.repeat(repeats)).organisations;
        return { finds: spy.mock.calls.length, mentions: orgs.map((o) => o.mentions.length) };
      } finally {
        spy.mockRestore();
      }
    };
    const half = work(1000);
    const full = work(2000);
    expect(full.mentions).toEqual([4000]);
    expect(half.mentions).toEqual([2000]);
    expect(full.finds).toBeLessThan(2.5 * half.finds);
  });

  it('organisations cut names: a well-known international forum under its local name and acronym', () => {
    expect(groups('Laporan itu disiapkan Forum Ekonomi Dunia (WEF) pekan lalu.')).toEqual([['Forum Ekonomi Dunia', 'WEF']]);
  });
});

/** Every mention text, as written, of what `extractOrganisations` finds in `text`, read as `language` (Indonesian unless told). */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: names joined to grammar or to each other', () => {
  /** Every mention text of `text` read as English unless told (these tests start in English). */
  function englishMentions(text: string, language: SupportedLanguage = 'eng'): string[] {
    return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
  }

  it('organisations joins: an English possessive ends the name it closes', () => {
    expect(englishMentions('Ferry timetables printed by the Coastal Ministry’s press were withdrawn after a typo.')).toEqual(['Coastal Ministry']);
    expect(englishMentions("Looms went quiet as the Kaliandra Weavers Union's strike entered a third week.")).toEqual(['Kaliandra Weavers Union']);
    // Its short form in brackets after the possessive is still the name's.
    const text = "Auditors questioned the Syarikat Seroja Lantera Berhad's (Serolan) fuel bills. Two Serolan barges stayed docked.";
    expect(extractOrganisations(text, { language: 'eng' }).organisations.map((o) => o.mentions.length)).toEqual([3]);
    // Before a capitalised word the possessive is inside the name.
    expect(englishMentions('Plans for the dam went back to a Prime Minister’s Department panel late on Friday.')).toEqual(['Prime Minister’s Department']);
  });

  it('organisations joins: a one-word name holding a possessive stays whole unless it is a head noun', () => {
    const d = LANGUAGES.eng;
    const c = compileOrganisations(d.organisations, d.speech, d.outlets);
    const words = (text: string): string[] => paragraphWords(c, text).tokens.map((t) => t.text);
    // A brand's own `'s`: no name word before it (a lower-case word, an opener, a comma).
    expect(words("Queues formed at Marisol's counters before noon.")).toContain("Marisol's");
    expect(words("At Halloran's bakery the ovens cooled.")).toContain("Halloran's");
    expect(words("Vendors, Marisol's cooks among them, left early.")).toContain("Marisol's");
    // A head noun alone, or a name of two words, is cut from it.
    expect(words("Pickets said the Union's ballot was void.")).toContain('Union');
    expect(words("Auditors counted the Seroja Lantera's idle barges.")).toContain('Lantera');
  });

  it('organisations joins: two known forms joined by a hyphen are two organisations', () => {
    expect(englishMentions('Rundingan kerusi MCA-MIC bagi pilihan raya kecil itu tamat lewat malam.', 'zlm')).toEqual(['MCA', 'MIC']);
    // A name word after the hyphen keeps the word whole.
    expect(englishMentions('Rundingan kerusi MCA-Wirasena bagi pilihan raya kecil itu tamat lewat malam.', 'zlm')).toEqual([]);
  });

  it('organisations joins: a known name goes on with a body’s words or a place, not a person', () => {
    expect(englishMentions('Garis panduan vaksin itu dikeluarkan oleh Kementerian Kesihatan Awam minggu ini.', 'zlm')).toEqual(['Kementerian Kesihatan Awam']);
    expect(englishMentions('Berkas tiga kontraktor jembatan dilimpahkan ke Pengadilan Tipikor Kupang kemarin.', 'ind')).toEqual(['Pengadilan Tipikor Kupang']);
    // A person after it, or a place after a small word, stays out.
    expect(englishMentions('Bibit jagung dibagikan Kementerian Pertanian Jumantoro Wiradikarta di lapangan desa.', 'ind')).toEqual(['Kementerian Pertanian']);
    expect(englishMentions('Laporan tahunan Bank Dunia untuk Asia Selatan dibahas para nelayan di balai desa.', 'ind')).toEqual(['Bank Dunia']);
  });

  it('organisations joins: a company name goes on past a word that only starts a known form', () => {
    expect(englishMentions('Gudang kayu milik PT Indonesia Rimbaraya Perkasa terbakar semalam.', 'ind')).toEqual(['PT Indonesia Rimbaraya Perkasa']);
    // Past a whole known form, a person's name stays out.
    expect(englishMentions('Beras itu diserahkan Perum Bulog Sulawesi Utara Tarsih Wiranegari kepada warga.', 'ind')).toEqual(['Perum Bulog Sulawesi Utara']);
  });

  it('organisations joins: an acronym in brackets after an event’s name is the event’s', () => {
    const text = 'Regu dayung dari Adonara juara di Lembata Rowing Federation Cup (LRFC) musim lalu. Tahun depan LRFC dibantu Koperasi Nelayan Tanjung Barutama (KNTB).';
    expect(englishMentions(text, 'ind')).toEqual(['Koperasi Nelayan Tanjung Barutama', 'KNTB']);
  });

  it('organisations joins: a given name that only starts a known form is still a person’s', () => {
    expect(englishMentions('Lumbung padi itu diresmikan Dinas Ketahanan Pangan Maluku Utara Boko Sasmitadirja.', 'ind')).toEqual(['Dinas Ketahanan Pangan Maluku Utara']);
  });
});

describe('organisations on new text: bodies and things', () => {
  it('organisations new text: an acronym spelled out in lower case names a thing', () => {
    expect(mentions('Pemerintah melepas empat seri sukuk proyek tematik (SPT) pekan ini. SPT itu laku.')).toEqual([]);
    expect(mentions('Bantuan bagi usaha mikro, kecil, dan menengah (UMKM) naik.')).toEqual([]);
    // A capitalised name keeps its acronym.
    expect(mentions('Aliansi Petani Tangguh Bersatu (APTB) menolak impor.')).toEqual(['Aliansi Petani Tangguh Bersatu', 'APTB']);
  });

  it('organisations new text: a minister’s portfolio before its acronym keeps the ministry', () => {
    const text = 'Kementerian Kelautan dan Cuaca Sejahtera (KCS) menambah anggaran. Menteri Kelautan dan Cuaca Sejahtera (KCS) Rina Wulandari menjelaskan hal itu. Pejabat Kementerian KCS hadir.';
    const orgs = extractOrganisations(text, { language: 'ind' }).organisations;
    expect(orgs.map((o) => o.name)).toEqual(['Kementerian Kelautan dan Cuaca Sejahtera']);
    expect(orgs[0]!.mentions.map((m) => text.slice(m.start, m.end))).toContain('Kementerian KCS');
  });

  it('organisations new text: a neighbour country’s parties and outlets in their unmistakable forms', () => {
    expect(mentions('Partai berkuasa UMNO kalah dalam pemilu Malaysia.')).toContain('UMNO');
    expect(mentions('Pasukan TNI dan Polis Diraja Malaysia berkawal di sempadan.', 'zlm')).toEqual(expect.arrayContaining(['TNI', 'Polis Diraja Malaysia']));
    // One Title Case word of the neighbour's lexicon is often a word here (`warisan`).
    expect(mentions('Warisan budaya itu dijaga warga.')).toEqual([]);
  });
});

describe('organisations on new text: a middle initial', () => {
  it('organisations new text: the word before a middle initial and a surname is the person’s first name', () => {
    expect(mentions('Kepala Satgas Pangan Lestari Rina L Wulandari mengimbau warga.')).toEqual(['Satgas Pangan Lestari']);
    expect(mentions('Ekonom PT Contoh Efek Indonesia Budi C. Santoso menilai harga turun.')).toEqual(['PT Contoh Efek Indonesia']);
    // Without an initial the name keeps its words.
    expect(mentions('Satgas Pangan Lestari Jaya menggelar razia.')).toEqual(['Satgas Pangan Lestari Jaya']);
  });
});

describe('organisations on new text: venues and events named after a known body', () => {
  it('organisations new text: a known name before a venue or event word is no mention, its other mentions stay', () => {
    expect(mentions('Laga digelar di Volkswagen Arena, Kamis.')).toEqual([]);
    const text = 'Atlet tampil di ASEAN Games. Para menteri ASEAN memuji mereka.';
    expect(mentions(text)).toEqual(['ASEAN']);
  });
});

describe('organisations: a tail phrase at a paragraph\'s first word', () => {
  it('reads a name glued by zero-width spaces to the start without failing', () => {
    // Invented; the zero-width spaces make the name's first words one token with the tail right after.
    const r = extractOrganisations('Contoh\u200bMaju\u200bInvestment Management menargetkan dana kelolaan.');
    expect(r.warnings).toEqual([]);
  });
});

describe('organisations: a company named after its noun and field', () => {
  it('`firma hukum`, `biro riset`, `perusahaan farmasi` before a name of two words or more', () => {
    expect(groups('Gugatan para nelayan diajukan lewat firma hukum Daravent Oskarsen sejak Maret.')).toEqual([['Daravent Oskarsen']]);
    expect(groups('Survei terbaru biro riset Pelmora Insight menunjukkan minat beli turun.')).toEqual([['Pelmora Insight']]);
  });

  it('a small word, or another noun with its adjective, keeps the name out', () => {
    expect(groups('Ia bekerja di perusahaan yang Daravent Oskarsen miliki.')).toEqual([]);
    expect(groups('Ia anggota kelompok bersenjata Rudi Hartono sejak lama.')).toEqual([]);
  });
});

describe('organisations: a count after a name', () => {
  it('a number that counts the noun after it is no part of the name', () => {
    expect(groups('Yang dirawat di Puskesmas Tarsen 158 orang, di Puskesmas Quillby 74 orang.')).toEqual([['Puskesmas Tarsen'], ['Puskesmas Quillby']]);
  });

  it('a name’s own number stays', () => {
    expect(groups('Densus 88 menangkap tiga orang di Tarsen.')).toEqual([['Densus 88']]);
  });
});

describe('organisations shapes: two names joined by a hyphen', () => {
  it('organisations shapes: a hyphen before a head noun starts a second name', () => {
    const found = mentions('Dokter Fakultas Kedokteran Universitas Sumbawa-Rumah Sakit Harapan Bangsa dr Rina Wulandari mengatakan hal itu.');
    expect(found).toContain('Fakultas Kedokteran Universitas Sumbawa');
    expect(found).toContain('Rumah Sakit Harapan Bangsa');
  });

  it('organisations shapes: a hyphen inside one name word stays', () => {
    expect(mentions('Ia memimpin Lembaga Kajian Kontra-Radikal Nusantara sejak 2019.')).toContain('Lembaga Kajian Kontra-Radikal Nusantara');
  });
});

describe('organisations shapes: a legal form written with dots', () => {
  it('organisations shapes: `Sdn. Bhd.` and `Pte. Ltd.` close a company name, dots and all', () => {
    expect(mentions('Kapal itu disewa Tenggara Marin Sdn. Bhd. sejak awal musim.', 'zlm')).toEqual(['Tenggara Marin Sdn. Bhd.']);
    expect(mentions('Mesin jahit itu dipasok Wirakanta Tekstil Pte. Ltd. Pabriknya berdiri di pinggir kota.')).toEqual(['Wirakanta Tekstil Pte. Ltd']);
  });

  it('organisations shapes: a dotted form with its name cut off, or a dot that ends the sentence, names nothing', () => {
    expect(mentions('Kata jurucakapnya, kilang Padasari Batik (Selindang) Sdn. Bhd. menambah mesin celup.', 'zlm')).not.toContain('Sdn. Bhd.');
    expect(mentions('Menurut jurucakap syarikat “Lembayung” Sdn. Bhd., tempahan kain batik meningkat.', 'zlm')).not.toContain('Sdn. Bhd.');
    expect(mentions('Kapal itu disewa dari Tenggara. Bhd tak disebut di mana pun.')).toEqual([]);
  });
});

/** The names of the organisations `text` reports, each with the texts of its mentions. */
function reported(text: string): { name: string; kind: string | null; mentions: string[] }[] {
  return parseArticle(text).organisations.map((o) => ({ name: o.name, kind: o.kind, mentions: o.mentions.map((m) => text.slice(m.start, m.end)) }));
}

describe('organisations: Malay `Parlimen` standing alone', () => {
  const opening = 'KUALA LUMPUR: Persatuan nelayan pantai timur menuntut harga minyak diesel bersubsidi diturunkan.';

  it('organisations: `dibentangkan di Parlimen bulan depan` → the parliament', () => {
    const text = `${opening}\n\nUsul pindaan subsidi itu akan dibentangkan di Parlimen bulan depan.`;
    expect(reported(text).map((o) => o.mentions)).toEqual([['Parlimen']]);
  });

  it('organisations: a seat (`dua kerusi Parlimen`, `Ahli Parlimen Sukamaju`, `di Parlimen tersebut`) is no body (near-miss)', () => {
    const text = [
      opening,
      'Parti itu akan bertanding dua kerusi Parlimen di utara dan sebuah kerusi negeri di pantai.',
      'Ahli Parlimen Sukamaju melawat jeti nelayan bersama pegawai daerah di Parlimen tersebut.',
    ].join('\n\n');
    expect(reported(text).filter((o) => o.mentions.includes('Parlimen'))).toEqual([]);
  });

  it('organisations: a member’s post written in any case (`seorang ahli Parlimen`, `Ahli-ahli Parlimen`, `Calon Parlimen`) is no body (near-miss)', () => {
    const text = [
      opening,
      'Seorang ahli Parlimen pembangkang menggesa kementerian mengkaji semula kuota diesel nelayan.',
      'Ahli-ahli Parlimen kerajaan pula menyokong cadangan itu, manakala Calon Parlimen parti kecil turut hadir di jeti.',
    ].join('\n\n');
    expect(reported(text).filter((o) => o.mentions.includes('Parlimen'))).toEqual([]);
  });
});

describe('a lost space before a company’s legal form', () => {
  it('`sini.PT Contoh` starts a name after the dot; `CONTOH.CO.ID` stays one site', () => {
    const text = 'Baca selengkapnya di sini.PT Contoh Sejahtera Abadi berencana melantai di bursa, lapor CONTOHNEWS.CO.ID kemarin.';
    const found = mentions(text);
    expect(found).toContain('PT Contoh Sejahtera Abadi');
    expect(found).toContain('CONTOHNEWS.CO.ID');
  });
});

describe('a body named in a building’s name', () => {
  it('is no mention there, and stays where the text names it otherwise', () => {
    expect(mentions('Rapat digelar di Wisma ABCD, Jakarta, dan di Menara Contohbank Selatan kemarin.')).toEqual([]);
    const found = mentions('Kantor pusat pindah ke Menara ABCD. Pimpinan ABCD menyetujui pemindahan itu.');
    expect(found).toEqual(['ABCD']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: shapes counted on unlabelled articles', () => {
  it('organisations new text: a person after a known body at the end of a unit name is no part of it', () => {
    const two = mentions('Kepala Badan Kajian Pesisir Kementerian Keuangan Rina Wulandari menyebut angka naik.');
    // The unit and its ministry are two bodies (round 36).
    expect(two).toContain('Badan Kajian Pesisir');
    expect(two).toContain('Kementerian Keuangan');
    expect(two.some((m) => m.includes('Rina'))).toBe(false);
    // One word is a person only when the text writes it alone too.
    const one = mentions('Direktur Jenderal Tata Niaga Kemenkeu Sutarno membuka acara. Menurut Sutarno, harga turun.');
    expect(one.some((m) => m.includes('Sutarno'))).toBe(false);
    // A company's name goes on past a known form with any words.
    expect(mentions('Saham PT Bank Mandiri Sejahtera Abadi naik.')).toContain('PT Bank Mandiri Sejahtera Abadi');
  });
});

describe('organisations on new text: brokers and lenders named in English', () => {
  it('organisations new text: `Futures` and `Finance` close a company name', () => {
    expect(mentions('Analis Larung Pendarwa Futures Rina Wulan melihat harga emas turun.')).toEqual(['Larung Pendarwa Futures']);
    expect(mentions('Menurut perencana dari Sarimbit Finance, cicilan naik.')).toEqual(['Sarimbit Finance']);
    // After a lower-case term and `atau`, such a name is the term's English name, no company.
    expect(mentions('Seminar itu membahas kontrak berjangka atau Commodity Futures bagi pemula.')).toEqual([]);
    // A short form after `atau` still names the company before it.
    expect(mentions('Tahun lalu laba Sarimbit Finance atau SRF naik.')).toEqual(['Sarimbit Finance', 'SRF']);
  });
});

describe('organisations on new text: regional offices of national bodies', () => {
  it('organisations new text: a national body’s name with a level word and a place is its regional office', () => {
    expect(mentions('Laporan itu diterima Bawaslu Kabupaten Wanareja kemarin.')).toEqual(['Bawaslu Kabupaten Wanareja']);
    // The place is one word and the place words after it: a person’s name follows.
    expect(mentions('Ketua KPU Kabupaten Wanareja Selatan Rina Wulan Sari hadir.')).toEqual(['KPU Kabupaten Wanareja Selatan']);
    // The national body alone, or with a level word and no place, stays the national body.
    const national = extractOrganisations('Rapat digelar KPU Kota pekan lalu.', { language: 'ind' }).organisations;
    expect(national.map((o) => o.acronym)).toEqual(['KPU']);
  });

  it('organisations new text: a name cut before a person keeps the place after its level word', () => {
    expect(mentions('Mantan Kepala Dinas Perikanan Kota Wanareja Budi Rasyidwan Palingga diperiksa.')).toEqual(['Dinas Perikanan Kota Wanareja']);
    expect(mentions('Kepala Dinas Perikanan Kabupaten Wanareja Selatan hadir.')).toEqual(['Dinas Perikanan Kabupaten Wanareja Selatan']);
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

describe('organisations on new text: heads', () => {
  it('organisations new text: task forces and embassies, and a known name that runs past a unit name', () => {
    expect(mentions('Satgas Pangan Lestari menyita beras oplosan.')).toEqual(['Satgas Pangan Lestari']);
    expect(mentions('Warga melapor ke Kedutaan Besar RI (KBRI) di sana.')).toEqual(['Kedutaan Besar RI', 'KBRI']);
    const run = mentions('Pusat Kajian Pesisir Jabatan Perdana Menteri menerbitkan laporan.', 'zlm');
    expect(run).toEqual(['Pusat Kajian Pesisir', 'Jabatan Perdana Menteri']);
  });
});

describe('organisations on new text: officers', () => {
  it('organisations new text: one word between an officer’s title and name is the company when the text writes it alone too', () => {
    const id = mentions('Pinjaman lewat Contohpay naik. Menurut CEO Contohpay Rina Wulandari, bunga turun.');
    expect(id).toEqual(['Contohpay', 'Contohpay']);
    expect(mentions('Shares of Lautmas rose. Lautmas CEO Rina Wulandari said demand grew.', 'eng')).toEqual(['Lautmas', 'Lautmas']);
    // Honorifics before the officer's name (`Tun Dr`).
    expect(mentions('Sales of Lautmas rose. Lautmas chairman Tun Dr Rahman Wulandari spoke.', 'eng')).toEqual(['Lautmas', 'Lautmas']);
    // Not written alone elsewhere: it may be the officer's first name.
    expect(mentions('Menurut CEO Rina Wulan Sari, bunga turun.')).toEqual([]);
  });

  it('organisations new text: a one-word officer title listed in Title Case is read in lower case too', () => {
    expect(mentions('Pinjaman lewat Contohpay naik. Kata dirut Contohpay Rina Wulandari, bunga turun.')).toEqual(['Contohpay', 'Contohpay']);
  });
});

describe('organisations on new text: national branches', () => {
  it('organisations new text: a brand the text writes alone, with its country, is the company', () => {
    const text = 'Kinerja layanan Lautpay Indonesia tumbuh pesat. Pengguna aplikasi Lautpay bertambah.';
    expect(mentions(text)).toEqual(['Lautpay Indonesia', 'Lautpay']);
    expect(mentions('Sales at Lautpay Malaysia rose, and shares of Lautpay followed.', 'eng')).toEqual(['Lautpay Malaysia', 'Lautpay']);
    // A word the text also writes in lower case is a common noun (`pasar`), and one after `Menurut` the speaker.
    expect(mentions('Ia memantau Pasar Indonesia pekan ini. Harga di pasar itu naik, kata Pasar.')).toEqual([]);
    expect(mentions('Menurut Harun Indonesia perlu waspada, tegas Harun.')).toEqual([]);
    // Not written alone elsewhere: nothing says a company.
    expect(mentions('Ia memuji Lautpay Indonesia pekan ini.')).toEqual([]);
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

describe('organisations on new text: an officer after a company', () => {
  it('organisations new text: after an officer’s title, a company’s last words that the text writes alone are the officer', () => {
    const text = 'Direktur PT Contoh Lestari Rina Wulandari menyebut laba naik. Menurut Rina, ekspor tumbuh.';
    expect(mentions(text)).toEqual(['PT Contoh Lestari']);
    // No title before it: a company's name is any words.
    expect(mentions('Saham PT Contoh Lestari Rina Wulandari naik. Menurut Rina, ekspor tumbuh.')).toEqual(['PT Contoh Lestari Rina Wulandari']);
  });
});

describe('organisations on new text: titles in single quotes', () => {
  it('organisations new text: a headline or award title in single curly quotes names no organisation', () => {
    expect(mentions('Ia meraih anugerah ‘Syarikat Penerbangan Paling Mesra Pelanggan’ tahun lalu.', 'zlm')).toEqual([]);
    // Outside the quotes the head noun still names one.
    expect(mentions('Syarikat Penerbangan Contoh Jaya meraih anugerah itu.', 'zlm')).toEqual(['Syarikat Penerbangan Contoh Jaya']);
  });
});

describe('organisations on new text: a person after an earlier name', () => {
  it('organisations new text: a name the text gave before, then a person’s name glued to it', () => {
    const text = 'Jaksa mendakwa PT Contoh Energi Lestari. Direktur Utama PT Contoh Energi Lestari Budi Santoso hadir.';
    expect(mentions(text)).toEqual(['PT Contoh Energi Lestari', 'PT Contoh Energi Lestari']);
    // No earlier name: the words stay.
    expect(mentions('Saham PT Contoh Energi Lestari Budi Santoso naik.')).toEqual(['PT Contoh Energi Lestari Budi Santoso']);
    // A short form the text defined, then a name of four words.
    const defined = 'Kejaksaan Negeri (Kejari) Lautmas menahan dua orang. Kepala Kejari Lautmas Jhoni Rendi Saputra Wibowo hadir.';
    expect(mentions(defined)).toContain('Kejari Lautmas');
    expect(mentions(defined).some((m) => m.includes('Jhoni'))).toBe(false);
  });
});

describe('organisations on new text: short forms', () => {
  it('organisations new text: a mixed-case short form in brackets whose capitals are the name’s initials', () => {
    const text = 'Asosiasi Petani Sawit dan Kebun Indonesia (APSaKI) menolak impor. Ketua APSaKI hadir.';
    const orgs = extractOrganisations(text, { language: 'ind' }).organisations;
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Asosiasi Petani Sawit dan Kebun Indonesia', 'APSaKI', 'APSaKI']);
  });
});

describe('organisations on new text: names that hold a place', () => {
  it('organisations new text: a name with a place in it is no thing whatever its acronym also means', () => {
    expect(mentions('Rina is Universiti Teknologi Kelantan (UMK) chancellor.', 'eng')).toContain('Universiti Teknologi Kelantan');
    // Without a place the acronym of a thing keeps it a thing.
    expect(mentions('Upah Minimum Kota (UMK) naik tahun ini.')).toEqual([]);
  });
});

describe('organisations on new text: English X-of names', () => {
  it('organisations new text: the words before an English X-of head, and the of-phrase after a tail, are the name’s', () => {
    expect(mentions('Suku bunga dinaikkan Reserve Bank of Lestaria pekan lalu.')).toEqual(['Reserve Bank of Lestaria']);
    expect(mentions('Ia belajar di Rimbun Centre for Marine Studies dulu.')).toEqual(['Rimbun Centre for Marine Studies']);
    // A sentence opener or a title stays out.
    expect(mentions('Menurut University of Lestaria, angka itu naik.')).toEqual(['University of Lestaria']);
  });
});

describe('organisations on new text: English tails', () => {
  it('organisations new text: Services ends a company name, not a thing joined by and', () => {
    expect(mentions('Penerbangan itu dilayani Lestari Air Services setiap pekan.')).toEqual(['Lestari Air Services']);
    expect(mentions('The Goods and Services Tax was abolished.', 'eng')).toEqual([]);
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

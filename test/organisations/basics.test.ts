/** Organisations: the extractor on its own — acronyms, head nouns, where a name stops, negative cases. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations as extractResult } from '../../src/organisations/extract-organisations.js';
import { findOrganisations } from '../../src/organisations/find-organisations.js';
import { languageData } from '../../src/lang/index.js';
import { isAcronym, isAllCaps, isCamel, isCapitalised } from '../../src/organisations/shapes.js';
import { tokenize } from '../../src/organisations/tokens.js';
import type { Organisation } from '../../src/types.js';

/** The organisations alone: this file tests what is found (the result's other fields: api.test.ts). */
function extractOrganisations(...args: Parameters<typeof extractResult>): Organisation[] {
  return extractResult(...args).organisations;
}

/** Every mention text of every organisation, as written in `text`. */
function mentionTexts(text: string, orgs: Organisation[]): string[] {
  return orgs.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

function byText(text: string, orgs: Organisation[], form: string): Organisation | undefined {
  return orgs.find((o) => o.mentions.some((m) => text.slice(m.start, m.end) === form));
}

describe('organisations: acronyms and head nouns', () => {
  it('organisations: finds acronyms, head-noun names and lexicon names', () => {
    const text =
      'Ketua KPK bertemu pimpinan DPR dan OJK di Jakarta. Badan Pusat Statistik (BPS) merilis data, ' +
      'sementara Kementerian Keuangan menyiapkan anggaran untuk PT Sinar Harapan Jaya Tbk dan Pertamina.';
    const orgs = extractOrganisations(text);
    const texts = mentionTexts(text, orgs);
    for (const form of ['KPK', 'DPR', 'OJK', 'Badan Pusat Statistik', 'BPS', 'Kementerian Keuangan', 'PT Sinar Harapan Jaya Tbk', 'Pertamina']) {
      expect(texts).toContain(form);
    }
    expect(byText(text, orgs, 'KPK')?.id).toBe('kpk');
    expect(byText(text, orgs, 'Pertamina')?.kind).toBe('company');
  });

  it('organisations: syllabic short names come from the lexicon with their expansion', () => {
    const text = 'Kemenkeu dan Polri menandatangani nota kesepahaman dengan Bawaslu serta Kemendikbudristek.';
    const orgs = extractOrganisations(text);
    expect(byText(text, orgs, 'Kemenkeu')?.name).toBe('Kementerian Keuangan');
    expect(byText(text, orgs, 'Polri')?.name).toBe('Kepolisian Negara Republik Indonesia');
    expect(byText(text, orgs, 'Bawaslu')?.kind).toBe('government');
    expect(byText(text, orgs, 'Kemendikbudristek')).toBeDefined();
  });

  it('organisations: a hyphenated acronym in a list of organisations is one organisation', () => {
    const text = 'Lokakarya dihadiri Walhi, YLKI, Konsil LSM, Serikat-PTN, SPTK dan ICW.';
    const texts = mentionTexts(text, extractOrganisations(text));
    for (const form of ['Walhi', 'YLKI', 'Konsil LSM', 'Serikat-PTN', 'SPTK', 'ICW']) expect(texts).toContain(form);
  });

  it('organisations: an unknown acronym after a cue word is reported', () => {
    const text = 'Program ini dijalankan mitra JPKL di tiga kabupaten.';
    expect(mentionTexts(text, extractOrganisations(text))).toEqual(['JPKL']);
  });

  it('organisations: stops a name at a role word, a day or a person after Tbk', () => {
    const text = 'Direktur Utama PT Maju Bersama Tbk Andi Wijaya mengatakan, Senin, Kementerian Pertanian Budi Santoso hadir.';
    const texts = mentionTexts(text, extractOrganisations(text));
    expect(texts).toContain('PT Maju Bersama Tbk');
    expect(texts).toContain('Kementerian Pertanian');
  });

  it('organisations: keeps a place after a known name', () => {
    const text = 'Dinas Kesehatan Kota Contoh memeriksa sampel makanan.';
    expect(mentionTexts(text, extractOrganisations(text))).toEqual(['Dinas Kesehatan Kota Contoh']);
  });
});

describe('organisations: linking a name and its acronym', () => {
  it('organisations: `Name (ACR)` and later `ACR` are one organisation', () => {
    const text =
      'Jaringan Petani Organik Lestari (JPOL) menggelar pelatihan. Menurut JPOL, panen naik. ' +
      'Ketua JPOL menambahkan bahwa Jaringan Petani Organik Lestari akan memperluas program.';
    const orgs = extractOrganisations(text);
    const org = byText(text, orgs, 'JPOL');
    expect(org?.name).toBe('Jaringan Petani Organik Lestari');
    expect(org?.acronym).toBe('JPOL');
    expect(org?.mentions).toHaveLength(5);
    expect(orgs).toHaveLength(1);
  });

  it('organisations: `ACR (Name)` links too', () => {
    const text = 'Diskusi dibuka oleh FMPB (Forum Masyarakat Peduli Banjir) di balai desa.';
    const org = byText(text, extractOrganisations(text), 'FMPB');
    expect(org?.name).toBe('Forum Masyarakat Peduli Banjir');
  });

  it('organisations: a mixed-case short name defined in brackets is found again later', () => {
    const text = 'Asosiasi Pedagang Kopi Nusantara (Apkopin) menolak aturan itu.\nKetua Apkopin hadir dalam rapat.';
    const org = byText(text, extractOrganisations(text), 'Apkopin');
    expect(org?.name).toBe('Asosiasi Pedagang Kopi Nusantara');
    expect(org?.mentions).toHaveLength(3);
  });

  it('organisations: `PT X Tbk` and later `X` are one company', () => {
    const text = 'PT Cahaya Lestari Makmur Tbk mencatat laba. Saham Cahaya Lestari Makmur naik 3 persen.';
    const org = byText(text, extractOrganisations(text), 'Cahaya Lestari Makmur');
    expect(org?.name).toBe('PT Cahaya Lestari Makmur Tbk');
  });

  it('organisations: a known organisation under its legal form gets its lexicon id', () => {
    const text = 'Kapasitas produksi PT Pindad belum cukup, kata juru bicara Pindad.';
    const orgs = extractOrganisations(text);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.id).toBe('pindad');
  });
});

describe('organisations: negative cases', () => {
  it('organisations: time zones, units, things, numerals, places and initials are not organisations', () => {
    const text =
      'Pukul 10.00 WIB harga BBM naik dan APBN tertekan, kata pejabat di DKI Jakarta dan Jabar. ' +
      'Isu HAM, PPKM, UMKM, COVID-19, PDB dan IHSG dibahas pada sesi II dan XI sejauh 5 km dengan biaya Rp 2 juta. ' +
      'Warga AS ikut hadir. (NP)';
    expect(extractOrganisations(text)).toEqual([]);
  });

  it('organisations: a thing spelled out in brackets is not an organisation', () => {
    const text = 'Pendapatan Asli Daerah (PAD) naik, sementara Surat Utang Negara (SUN) dilelang. PAD tahun ini besar.';
    expect(extractOrganisations(text)).toEqual([]);
  });

  it('organisations: programme names and bare unknown acronyms are not reported', () => {
    const text = 'Dua pilar utama yakni Pathway 3 dan Pathway 4 dijalankan lewat skema BPHTB dan KIPP.';
    expect(extractOrganisations(text)).toEqual([]);
  });

  it('organisations: a shouted line is not a row of acronyms', () => {
    const text = 'SCROLL TO CONTINUE WITH CONTENT\nJANGAN LEWATKAN BERITA INI';
    expect(extractOrganisations(text)).toEqual([]);
  });

  it('organisations: a Title Case headline does not make head-noun names run on', () => {
    const text = 'Kementerian Keuangan Siapkan Anggaran Baru Untuk Sekolah Rakyat\nKementerian Keuangan menyiapkan anggaran.';
    const texts = mentionTexts(text, extractOrganisations(text));
    expect(texts).not.toContain('Kementerian Keuangan Siapkan Anggaran Baru Untuk Sekolah Rakyat');
    expect(texts).toContain('Kementerian Keuangan');
  });

  it('organisations: `Amerika Serikat` is a country, not a union', () => {
    const text = 'Perdagangan antara Amerika Serikat dan China melambat.';
    expect(extractOrganisations(text)).toEqual([]);
  });
});

describe('organisations: Malay and English', () => {
  it('organisations: Malay head nouns and lexicon', () => {
    const text = 'Polis Diraja Malaysia (PDRM) bekerjasama dengan Jabatan Imigresen Malaysia kerana kes itu, kata beliau bahawa kerajaan akan bertindak.';
    const orgs = extractOrganisations(text, { language: 'zlm' });
    expect(byText(text, orgs, 'PDRM')?.id).toBe('pdrm');
    expect(mentionTexts(text, orgs)).toContain('Jabatan Imigresen Malaysia');
  });

  it('organisations: English tails and heads', () => {
    const text = 'The Ministry of Finance and the Surya Kencana University signed the deal with Lestari Holdings Ltd.';
    const texts = mentionTexts(text, extractOrganisations(text, { language: 'eng' }));
    expect(texts).toContain('Ministry of Finance');
    expect(texts).toContain('Surya Kencana University');
    expect(texts).toContain('Lestari Holdings Ltd');
  });
});

describe('organisations: robustness', () => {
  it('organisations: a non-string is a TypeError naming `text`', () => {
    expect(() => extractOrganisations(42 as unknown as string)).toThrow(/`text`/);
  });

  it('organisations: spans map back through normalization', () => {
    const text = 'Laporan&nbsp;itu dibuat&#8211;oleh&nbsp;Komisi Pemberantasan Korupsi\r\nbersama KPK.';
    for (const o of extractOrganisations(text)) {
      for (const m of o.mentions) expect(['Komisi Pemberantasan Korupsi', 'KPK']).toContain(text.slice(m.start, m.end));
    }
    expect(extractOrganisations(text)).toHaveLength(1);
  });

  it('organisations: ignored spans drop the dateline outlet', () => {
    const text = 'JAKARTA, KOMPAS.com - Kompas.com melaporkan bahwa OJK menegur bank.';
    const data = languageData('ind');
    const all = findOrganisations([{ text, start: 0 }], data);
    const kept = findOrganisations([{ text, start: 0 }], data, { ignore: [{ start: 0, end: 21 }] });
    expect(all.some((h) => h.text === 'KOMPAS.com')).toBe(true);
    expect(kept.some((h) => h.text === 'KOMPAS.com')).toBe(false);
    expect(kept.some((h) => h.text === 'Kompas.com')).toBe(true);
  });

  it('organisations: hostile input stays fast and never throws', () => {
    const inputs = [
      '',
      'A'.repeat(50_000),
      'Kementerian '.repeat(5_000),
      `${'(KPK '.repeat(5_000)}`,
      'PT '.repeat(10_000) + 'Tbk',
      'Aa-'.repeat(20_000),
      'x.co'.repeat(10_000),
      '\uD800\uDC00'.repeat(1000),
    ];
    const started = performance.now();
    for (const input of inputs) expect(() => extractOrganisations(input)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('organisations: where a name stops', () => {
  it('organisations: a person named after a place, a known short form or a place taker is not part of the name', () => {
    const text =
      'Kepala Dinas Perikanan Jawa Timur Bambang Sutrisno mengatakan stok aman. ' +
      'Anggota Komisi VII DPR Andi Saputra menilai harga wajar. Kasi Pidsus Kejari Cianjur Dedi Kurniawan hadir.';
    const texts = mentionTexts(text, extractOrganisations(text));
    expect(texts).toEqual(['Dinas Perikanan Jawa Timur', 'Komisi VII DPR', 'Kejari Cianjur']);
  });

  it('organisations: a known name with its place is still that organisation, without the person after it', () => {
    const text = 'Pemimpin Wilayah Perum Bulog Sulawesi Selatan Andi Rahmat Hidayat meninjau gudang.';
    const orgs = extractOrganisations(text);
    expect(mentionTexts(text, orgs)).toEqual(['Perum Bulog Sulawesi Selatan']);
    expect(orgs[0]?.id).toBe('bulog');
  });

  it('organisations: a company name is any words, so no person is cut from it', () => {
    const text = 'Direktur PT Sulteng Mitra Abadi menolak tuduhan itu.';
    expect(mentionTexts(text, extractOrganisations(text))).toEqual(['PT Sulteng Mitra Abadi']);
  });

  it('organisations: a sentence opener between name words belongs to the name', () => {
    const text = 'PT Karya Kita Bersama menandatangani kontrak. Kita perlu menunggu hasilnya.';
    expect(mentionTexts(text, extractOrganisations(text))).toEqual(['PT Karya Kita Bersama']);
  });

  it('organisations: `dan` before a known name ends the first name', () => {
    const text = 'Laba BRI Syariah dan CIMB Niaga Syariah naik, sementara Polda Metro Jaya dan Dishub DKI mengatur lalu lintas.';
    const texts = mentionTexts(text, extractOrganisations(text));
    expect(texts).toContain('BRI Syariah');
    expect(texts).toContain('CIMB Niaga Syariah');
    expect(texts).toContain('Polda Metro Jaya');
    expect(texts.some((t) => t.includes(' dan '))).toBe(false);
  });

  it('organisations: a generic unit of a known organisation is that organisation', () => {
    const text = 'Dewan Komisioner OJK memutuskan hal itu bersama Komisi XI DPR.';
    const texts = mentionTexts(text, extractOrganisations(text));
    expect(texts).toEqual(['OJK', 'Komisi XI DPR']);
  });
});

describe('organisations: a short form in brackets inside a name', () => {
  it('organisations: `Pemerintah Kabupaten (Pemkab) Cianjur` is one organisation, and a later `Pemkab` is it', () => {
    const text = 'Pemerintah Kabupaten (Pemkab) Cianjur menyiapkan posko.\nPemkab juga membuka dapur umum bagi warga.';
    const orgs = extractOrganisations(text);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('Pemerintah Kabupaten (Pemkab) Cianjur');
    expect(orgs[0]?.acronym).toBe('Pemkab');
    expect(mentionTexts(text, orgs)).toEqual(['Pemerintah Kabupaten (Pemkab) Cianjur', 'Pemkab']);
  });

  it('organisations: a syllabic head as the short form, and a spelled one before a place', () => {
    const text = 'Penyidik Kepolisian Resor (Polres) Sukabumi menangkap dua orang. Kepala Dinas Pekerjaan Umum (PU) Jawa Barat meninjau jalan.';
    const orgs = extractOrganisations(text);
    expect(byText(text, orgs, 'Kepolisian Resor (Polres) Sukabumi')?.acronym).toBe('Polres');
    expect(byText(text, orgs, 'Dinas Pekerjaan Umum (PU) Jawa Barat')?.acronym).toBe('PU');
  });

  it('organisations: a known name keeps its id, and its short form with the place is found again', () => {
    const text = 'Badan Pusat Statistik (BPS) Jawa Timur mencatat inflasi.\nMenurut BPS Jawa Timur, harga beras naik.';
    const orgs = extractOrganisations(text);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.id).toBe('bps');
    expect(mentionTexts(text, orgs)).toEqual(['Badan Pusat Statistik (BPS) Jawa Timur', 'BPS Jawa Timur']);
  });

  it('organisations: a short name of several words in brackets is the same organisation', () => {
    const text = 'Pemerintah Provinsi Nusa Tenggara Barat (Pemprov NTB) menyalurkan bantuan. Pemprov NTB juga membuka posko.';
    const orgs = extractOrganisations(text);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('Pemerintah Provinsi Nusa Tenggara Barat');
    expect(mentionTexts(text, orgs)).toEqual(['Pemerintah Provinsi Nusa Tenggara Barat', 'Pemprov NTB', 'Pemprov NTB']);
  });

  it('organisations: a person after the brackets does not continue the name', () => {
    const text = 'Kepala Badan Narkotika Nasional (BNN) Rina Wulandari mengatakan hal itu.';
    const texts = mentionTexts(text, extractOrganisations(text));
    expect(texts).toEqual(['Badan Narkotika Nasional', 'BNN']);
  });

  it('organisations: Malay `Ibu Pejabat Polis Daerah (IPD) …` keeps the place', () => {
    const text = 'Sidang media diadakan di Ibu Pejabat Polis Daerah (IPD) Kuala Lumpur, hari ini.';
    const orgs = extractOrganisations(text, { language: 'zlm' });
    expect(mentionTexts(text, orgs)).toEqual(['Ibu Pejabat Polis Daerah (IPD) Kuala Lumpur']);
    expect(orgs[0]?.acronym).toBe('IPD');
  });
});

describe('organisations: more name shapes', () => {
  it('organisations: an English tail that is also a head ends the name; `Indonesian` may start one', () => {
    const text =
      'said the head of the Lombok Tourism Office. The Indonesian Coffee Exporters Association (AEKI) said prices rose.';
    const orgs = extractOrganisations(text, { language: 'eng' });
    expect(mentionTexts(text, orgs)).toContain('Lombok Tourism Office');
    const aeki = byText(text, orgs, 'AEKI');
    expect(aeki?.name).toBe('Indonesian Coffee Exporters Association');
  });

  it('organisations: `&` joins two name words', () => {
    const text = 'Beliau berkata, Jabatan Perhutanan & Hidupan Liar (JPHL) akan memantau kawasan itu.';
    const org = byText(text, extractOrganisations(text, { language: 'zlm' }), 'JPHL');
    expect(org?.name).toBe('Jabatan Perhutanan & Hidupan Liar');
  });

  it('organisations: Malay committees and corporations are heads', () => {
    const text = 'Jawatankuasa Dasar Kewangan (JDK) bermesyuarat, manakala Perbadanan Kemajuan Negeri Perak (PKNP) membina rumah.';
    const orgs = extractOrganisations(text, { language: 'zlm' });
    expect(byText(text, orgs, 'JDK')?.name).toBe('Jawatankuasa Dasar Kewangan');
    expect(byText(text, orgs, 'PKNP')?.name).toBe('Perbadanan Kemajuan Negeri Perak');
  });

  it('organisations: associations, national teams, production houses and research firms', () => {
    const text =
      'Ketua Paguyuban Nelayan Pantai Utara, Rudi, hadir bersama pelatih Timnas Indonesia U-23 dan Rumah Produksi Layar Emas, ' +
      'kata analis Mega Data Research, Budi Santoso.';
    const texts = mentionTexts(text, extractOrganisations(text));
    expect(texts).toEqual(['Paguyuban Nelayan Pantai Utara', 'Timnas Indonesia U-23', 'Rumah Produksi Layar Emas', 'Mega Data Research']);
  });

  it('organisations: a known name with its country is its national branch', () => {
    const text = 'Kampanye WWF Indonesia didukung warga, kata penyidik KPK Jakarta.';
    const orgs = extractOrganisations(text);
    expect(byText(text, orgs, 'WWF Indonesia')?.id).toBe('wwf');
    expect(mentionTexts(text, orgs)).toContain('KPK');
  });

  it('organisations: a name spelled out with commas after a unit role, not after a minister', () => {
    const text =
      'Direktur Jenderal Perikanan Tangkap, Budidaya, dan Pengolahan (PTBP) Rina Astuti hadir. ' +
      'Menteri Pemberdayaan Perempuan dan Perlindungan Anak (PPPA) juga hadir.';
    const orgs = extractOrganisations(text);
    expect(byText(text, orgs, 'PTBP')?.name).toBe('Perikanan Tangkap, Budidaya, dan Pengolahan');
    expect(byText(text, orgs, 'PPPA')).toBeUndefined();
  });

  it('organisations: an unknown acronym after `bursa` is an exchange', () => {
    const text = 'Harga kopi di bursa ICE naik tajam.';
    expect(mentionTexts(text, extractOrganisations(text))).toEqual(['ICE']);
  });

  it('organisations: `Syariah` ends a name only after an organisation', () => {
    const text = 'Pemerintah menerbitkan Surat Berharga Syariah Negara, kata Direktur Pembiayaan Syariah. Bank Mega Syariah mencatat laba.';
    expect(mentionTexts(text, extractOrganisations(text))).toEqual(['Bank Mega Syariah']);
  });
});

describe('organisations: titles that look like names', () => {
  it('organisations: a state committee named by its portfolios is a councillor’s title, not an organisation', () => {
    const text =
      'Pengerusi Jawatankuasa Kerja Raya, Pengangkutan, Infrastruktur dan Kemudahan Awam negeri, Datuk Ahmad Razif, ' +
      'berkata Jabatan Kerja Raya akan membaiki jalan itu minggu depan.';
    const texts = mentionTexts(text, extractOrganisations(text, { language: 'zlm' }));
    expect(texts.some((t) => t.startsWith('Jawatankuasa'))).toBe(false);
    expect(texts).toContain('Jabatan Kerja Raya');
  });

  it('organisations: a committee not closed by `negeri` is still an organisation', () => {
    const text = 'Jawatankuasa Kira-kira Wang Negara memanggil pegawai kementerian itu semalam.';
    expect(mentionTexts(text, extractOrganisations(text, { language: 'zlm' }))).toEqual(['Jawatankuasa Kira-kira Wang Negara']);
  });
});

describe('organisations: words and their shapes', () => {
  it('organisations: the tokenizer keeps domains whole, splits a glued sentence, and marks each word once', () => {
    const text = 'KONTAN.CO.ID, Kompas.com  dan Air.Pada BP2MI Serikat-PTN';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['KONTAN.CO.ID', 'Kompas.com', 'dan', 'Air', 'Pada', 'BP2MI', 'Serikat-PTN']);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.cap).toBe(isCapitalised(t.text));
      expect(t.acronym).toBe(isAcronym(t.text));
    }
    expect(tokens.map((t) => t.spaced)).toEqual([false, false, true, true, false, true, true]);
  });

  it('organisations: shapes outside ASCII come from the Unicode classes', () => {
    expect(tokenize('Ésta ÜBER-FIRMA 𝐀𝐁 naïve').map((t) => [t.text, t.cap, t.acronym])).toEqual([
      ['Ésta', true, false],
      ['ÜBER-FIRMA', true, true],
      ['𝐀𝐁', false, false],
      ['naïve', false, false],
    ]);
    expect(isAllCaps('ÇA')).toBe(true);
    expect(isCamel('NasDem')).toBe(true);
    expect(isCamel('McCarthy')).toBe(false);
  });
});

/** Organisations named by an acronym, a short form, initials or a stock code, and names written in capitals. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Each organisation's mention texts, as written, read as `language` (Indonesian unless told). */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations codes: a listed company’s stock code after its legal form', () => {
  it('organisations codes: the code after `Tbk.` is the company, and so are its later uses', () => {
    const text = 'Saham PT Larasnusa Sentosa Tbk. (LRNS) naik 4 persen pagi ini. Analis menilai LRNS masih murah.';
    expect(groups(text)).toEqual([['PT Larasnusa Sentosa Tbk.', 'LRNS', 'LRNS']]);
  });

  it('organisations codes: reporter’s initials after a sentence’s stop stay a credit', () => {
    // A full stop that ends a sentence before brackets is no legal form's.
    const text = 'Saham PT Larasnusa Sentosa Tbk naik 4 persen. (SKAB) Esok pasar dibuka lagi.';
    expect(groups(text)).toEqual([['PT Larasnusa Sentosa Tbk']]);
  });

  it('organisations codes: a code in brackets closing the paragraph stays a credit', () => {
    // The paragraph's end is tested before the legal form's stop, so the bracket is read as the reporter's initials.
    const text = 'Dana itu dikucurkan oleh PT Larasnusa Sentosa Tbk. (LRNS)';
    expect(groups(text)).toEqual([['PT Larasnusa Sentosa Tbk.']]);
    expect(groups(`${text}\n\nRapat umum digelar bulan depan.`)).toEqual([['PT Larasnusa Sentosa Tbk.']]);
  });

  it('a company’s four-letter code is that company, and makes the other coded names of its paragraph companies', () => {
    expect(groups('Pada penutupan sesi kedua, PT Kalvora Energi Tbk (KLVR) naik, sedangkan Vellmoor Tambang (VLTB) dan Quillby (QLBY) turun.')).toEqual([
      ['PT Kalvora Energi Tbk', 'KLVR'],
      ['Vellmoor Tambang', 'VLTB'],
      ['Quillby', 'QLBY'],
    ]);
  });

  it('without a company’s code beside them, or inside a longer name, bracketed capitals stay as they were', () => {
    // No company pairs a code here: a thing's short form, none.
    expect(groups('Harga Vellmoor Tambang (VLTB) turun, kata warga.')).toEqual([]);
    // A longer name runs on before the company's: the code is that thing's (`Sertifikat …`).
    expect(groups('Pemodal memburu Surat Berharga Bank Kalvora (SBBK) sepanjang pekan.')).toEqual([['Bank Kalvora']]);
  });
});

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: short forms', () => {
  it('organisations new text: a mixed-case short form in brackets whose capitals are the name’s initials', () => {
    const text = 'Asosiasi Petani Sawit dan Kebun Indonesia (APSaKI) menolak impor. Ketua APSaKI hadir.';
    const orgs = extractOrganisations(text, { language: 'ind' }).organisations;
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Asosiasi Petani Sawit dan Kebun Indonesia', 'APSaKI', 'APSaKI']);
  });
});

describe('organisations: a body’s short name after a post and its field', () => {
  it('an acronym after `Ketua Bidang …` (any field words, `dan`, `&`) is the post’s body', () => {
    expect(groups('Ketua Bidang Tata Ruang dan Lingkungan KPLV, Santi Herawati, menolak rencana itu.')).toEqual([['KPLV']]);
    expect(groups('Usulan itu datang dari kepala bidang Pendidikan & Pelatihan KPLV dua pekan lalu.')).toEqual([['KPLV']]);
  });

  it('a field without a post that heads a unit names no body', () => {
    expect(groups('Ia membahas bidang Tata Ruang dan Lingkungan KPLV kemarin.')).toEqual([]);
    expect(groups('Menteri Bidang Ekonomi KPLV hadir dalam rapat.')).toEqual([]);
  });
});

describe('organisations: initials holding a post', () => {
  it('capitals with `selaku` and a person’s post after them, where a name stands, are a person’s initials', () => {
    expect(groups('Jaksa menghadirkan bendahara CV Lembah Tirta, WS selaku Komisaris CV Lembah Tirta, dan dua saksi lain.')).toEqual([
      ['CV Lembah Tirta', 'CV Lembah Tirta'],
    ]);
  });

  it('a body’s capitals with a common noun after `selaku` stay', () => {
    expect(groups('Dana itu disetor ke TBK selaku bank penampung pekan lalu. Ketua TBK membenarkan.').flat()).toContain('TBK');
  });

  it('after a role the capitals are the post’s body', () => {
    expect(groups('Seleksi dibuka Kepala BPKW selaku Ketua Tim Seleksi, Dimas Arya Pranata, Kamis pagi.')).toEqual([['BPKW']]);
  });

  it('a form the text defined stays a body wherever it stands', () => {
    const text = 'Badan Pengelola Kawasan Wanajaya (BPKW) menunda seleksi. Menurut jadwal, BPKW selaku Ketua Tim Seleksi mengumumkan hasilnya Senin.';
    expect(groups(text).flat().filter((m) => m === 'BPKW')).toHaveLength(2);
  });
});

describe('organisations shapes: an acronym the sentence defines', () => {
  it('organisations shapes: `X adalah organisasi …`, `X ialah pertubuhan …`, `X is a firm …`', () => {
    expect(mentions('Kerja sama itu tercermin dalam APTB. APTB sendiri adalah organisasi petani di Jawa.')).toContain('APTB');
    expect(mentions('Kenyataan itu dibuat oleh PPKN. PPKN ialah pertubuhan nelayan di Pahang.', 'zlm')).toContain('PPKN');
    expect(mentions('Shares of KLX rose. KLX is a firm that makes pumps.', 'eng')).toContain('KLX');
    // A thing defined as a thing stays out.
    expect(mentions('Nilai UKT adalah biaya kuliah tiap semester.')).toEqual([]);
  });
});

describe('organisations shapes: an acronym in brackets after a role', () => {
  it('organisations shapes: a translated name keeps its own acronym (`Direktur … (XYZW)`)', () => {
    expect(mentions('Direktur Pengamat Kontra-Radikal (KRWI), Budi Santoso, mengatakan hal itu.')).toContain('KRWI');
    // No role before: a thing's acronym stays out.
    expect(mentions('Pertumbuhan Produk Domestik Bruto (GDP) naik tipis.')).toEqual([]);
  });
});

describe('organisations: names spelled by their acronym, and court short names', () => {
  it('organisations spelled: a district court under its short name and seat', () => {
    expect(groups('Gugatan warga itu akhirnya didaftarkan ke PN Wonokerto pada Kamis pagi.').flat()).toEqual(['PN Wonokerto']);
    // The short name alone names no court.
    expect(groups('Menurut catatan itu, PN harus menunda sidangnya.')).toEqual([]);
  });

  it('organisations spelled: an English name closed by `Company` and spelled by its acronym', () => {
    expect(groups('Jembatan itu dibangun Tanjungsari Export Company (TEC) dengan dana dua triliun.')).toEqual([['Tanjungsari Export Company', 'TEC']]);
    // The name starts where its words' initials are exactly the acronym, not where inner letters spell it.
    expect(groups('Kapal tanker itu dipesan Sinar Saksama Shipping Company (SSSC) tahun lalu.')).toEqual([['Sinar Saksama Shipping Company', 'SSSC']]);
    // A name of words the text writes as its language's own is a thing's (a fund, an index).
    expect(groups('Ia menaruh uangnya di Dana Abadi Company (DAC), dan dana abadi itu kian besar.')).toEqual([]);
  });

  it('organisations spelled: a foreign name closed by English `Bank` in Indonesian and Malay text', () => {
    expect(groups('Kredit itu datang dari Vellmoor Growth Bank pada awal tahun.')).toEqual([['Vellmoor Growth Bank']]);
    expect(groups('Pinjaman daripada Vellmoor Growth Bank (VGB) diterima semalam.', 'zlm')).toEqual([['Vellmoor Growth Bank', 'VGB']]);
    // A word of the language's own names before it names a thing, not a bank (`Terminal …`).
    expect(groups('Warga mengeluhkan Terminal Setor Tunai Bank (TSTB) yang sering rusak.')).toEqual([]);
    // A word the text also writes in lower case is the language's own (`Sertifikat Bank`).
    expect(groups('Imbal hasil Sertifikat Bank naik, dan sertifikat itu laku.')).toEqual([]);
    // After the closer, a name word makes it the language's own order, read by the head.
    expect(groups('Saham Bank Vellmoor naik dua persen.').flat()).not.toContain('Saham Bank');
    // A word for a document, capitalised in a title, is the language's own (`Pengumuman`).
    expect(groups('Pekan ini Pengumuman Lelang Bank dipasang di gerbang pasar.')).toEqual([]);
    // A sentence opener mid-sentence goes on into the name: no name starts after it; at a sentence's start one may.
    expect(groups('Nasabah mengantre di Sumber Kelirang Bank tiap pagi.').flat()).not.toContain('Kelirang Bank');
    expect(groups('Menurut Vellmoor Growth Bank, kredit naik.')).toEqual([['Vellmoor Growth Bank']]);
  });

  it('organisations spelled: capitalised words before a known name that spell its acronym with it make another name', () => {
    const found = groups('Pekan lalu, Nordland Bank of Korea (NBK) membeli saham bank daerah itu. NBK kini pemegang saham terbesar.');
    expect(found).toEqual([['Nordland Bank of Korea', 'NBK', 'NBK']]);
    // The known name with its own acronym stays the known name.
    expect(groups('Ekonom itu lama bekerja di Bank of Korea (BOK) sebelum pensiun.')).toEqual([['Bank of Korea', 'BOK']]);
    // The known name written alone first keeps its own kind; the longer name later is another one.
    const both = groups('Bank of Korea menahan suku bunganya. Sehari kemudian Nordland Bank of Korea (NBK) menaikkan bunga deposito.');
    expect(both).toEqual([['Bank of Korea'], ['Nordland Bank of Korea', 'NBK']]);
    // Before a head's name such words name a thing, not a longer body.
    expect(groups('Keputusan itu diambil dalam Rapat Dewan Pengawas (RDP) pekan lalu.').flat()).not.toContain('Rapat Dewan Pengawas');
  });

  it('organisations spelled: an acronym spelled out in brackets after it holds the names inside them', () => {
    const text = 'Di kolam Ciwaru, pelatih dari IPPRC (Ikatan Pelatih Persatuan Renang Ciwaru) menilai lomba estafet. Menurut IPPRC, catatan waktunya membaik.';
    expect(groups(text)).toEqual([['IPPRC', 'Ikatan Pelatih Persatuan Renang Ciwaru', 'IPPRC']]);
    // Brackets the acronym does not spell keep the name inside them as it is.
    expect(groups('Di kolam Ciwaru, pelatih dari IPPRC (Persatuan Renang Ciwaru) menilai lomba estafet.')).toEqual([['Persatuan Renang Ciwaru']]);
  });

  it('organisations spelled: a person’s whole name glued after a name and written alone elsewhere is no part of it', () => {
    const text = 'Direktur Utama PT Gemilang Tirta Sejahtera Sari Kemuning dicopot Kamis lalu. Sari Kemuning lalu digantikan wakilnya.';
    expect(groups(text).flat()).toEqual(['PT Gemilang Tirta Sejahtera']);
    // A company's last words written alone are its short name, no person's.
    const company = 'Laporan tahunan PT Gemilang Tirta Sejahtera terbit Senin. Tahun ini Tirta Sejahtera membukukan laba dua kali lipat.';
    expect(groups(company).flat()).toEqual(['PT Gemilang Tirta Sejahtera']);
    // A place written after a title or a place word is no person (`Bupati …`, `di …`).
    const place = 'Kepala Kejaksaan Negeri Tirta Kemuning hadir. Bupati Tirta Kemuning ikut, lalu rombongan tiba di Tirta Kemuning.';
    expect(groups(place).flat()).toEqual(['Kejaksaan Negeri Tirta Kemuning']);
  });
});

describe('organisations: a known one-word name written in capitals', () => {
  it('organisations spelled: a known name in capitals is that organisation, with its usual spelling', () => {
    const text = 'Sejak subuh anggota POLRI berjaga di gerbang pasar ikan Tanjung Wera. Kapolres setempat menyebut Polri menurunkan dua regu.';
    expect(groups(text)).toEqual([['POLRI', 'Polri']]);
    expect(extractOrganisations('Tim KOSTRAD mengawal truk beras ke gudang desa.', { language: 'ind' }).organisations[0]?.id).toBe('kostrad');
  });

  it('organisations spelled: an ordinary word in capitals stays a word', () => {
    expect(groups('Warga berteriak SIAGA ketika air sungai naik menjelang magrib di Desa Kaliwera.')).toEqual([]);
  });

  it('organisations spelled: a word of a known name in a headline written in capitals is the word', () => {
    expect(groups('LAMBANG GARUDA DIPASANG DI BALAI DESA PADASARI')).toEqual([]);
    expect(groups('WARISAN BUDAYA KAMPUNG JELAWAT DIRAIKAN', 'zlm')).toEqual([]);
    expect(groups('PANEN TEMPO DULU DI PADASARI')).toEqual([]);
  });

  it('organisations spelled: a form that names the body only standing alone (`aloneForms`) is not read in capitals', () => {
    expect(groups('Surat protes petani Padasari dikirim ke SENAT pekan lalu.')).toEqual([]);
    expect(groups('Surat protes petani Padasari dikirim ke Senat pekan lalu.')).toEqual([['Senat']]);
  });

  it('organisations spelled: an outlet in capitals after a sign-off dash or bracket is the outlet, capitals beside it or not', () => {
    expect(groups('Panen jagung di Desa Padasari tertunda karena hujan deras. - TEMPO DIGITAL')).toEqual([['TEMPO']]);
    expect(groups('Panen jagung di Desa Padasari tertunda karena hujan deras. (TEMPO DIGITAL)')).toEqual([['TEMPO']]);
  });
});

describe('an acronym after a longer capitalised name', () => {
  it('belongs to the whole name, not to the body named at its end', () => {
    const text = 'Lulusan Sijil Kemahiran Contoh Sekolah Teknik (SKCT) boleh memohon bot baharu, ujar Setiausaha Persatuan Nelayan Contohjaya (FACO) itu.';
    const found = mentions(text, 'zlm');
    expect(found).not.toContain('SKCT');
    // After a role the bracket is the body's own acronym, in any language (`FACO`).
    expect(found).toContain('FACO');
    expect(found).toContain('Persatuan Nelayan Contohjaya');
    // An organisation word before the body opens the name the acronym spells: the name starts there.
    const network = extractOrganisations('Mitra itu, Jaringan Koperasi Tani Contoh (JKTC), menolak.', { language: 'ind' }).organisations;
    expect(network.map((o) => o.name)).toEqual(['Jaringan Koperasi Tani Contoh']);
    expect(network[0]!.acronym).toBe('JKTC');
  });
});

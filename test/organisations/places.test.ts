/** Organisations and places: a body named by its place or country, places written in capitals. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

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

describe('organisations on new text: names that hold a place', () => {
  it('organisations new text: a name with a place in it is no thing whatever its acronym also means', () => {
    expect(mentions('Rina is Universiti Teknologi Kelantan (UMK) chancellor.', 'eng')).toContain('Universiti Teknologi Kelantan');
    // Without a place the acronym of a thing keeps it a thing.
    expect(mentions('Upah Minimum Kota (UMK) naik tahun ini.')).toEqual([]);
  });
});

/** The mention texts of each organisation `extractOrganisations` finds in `text`, read as `language` (Indonesian unless told). */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: one-word names coined with the country’s name', () => {
  it('an Indonesian `-indo` name is a body with a body’s context (a kind noun or a post before it, a short name defined beside it, its country after it)', () => {
    expect(groups('Menurut asosiasi Vellmorindo, harga sepatu naik.')).toEqual([['Vellmorindo']]);
    expect(groups('Sejak Juni, Vellmorindo (VLM) menambah dua gerai.')).toEqual([['Vellmorindo']]);
    expect(groups('Para perajin Tenun Ikat Tarsen (Tenikindo) menggelar pameran di alun-alun.')).toEqual([['Tenikindo']]);
    expect(groups('Ketua Bidang Dagang Internasional Tarsenindo, Rina Wulandari, menyebut tarif naik.')).toEqual([['Tarsenindo']]);
    expect(groups('Produsen Quillindo Indonesia (QI) mulai berjualan.')).toEqual([['Quillindo Indonesia', 'QI']]);
  });

  it('a short word, a CamelCase brand or a Malay text keeps its old reading', () => {
    expect(groups('Ia bertemu Lindo di pasar kemarin.')).toEqual([]);
    expect(groups('Produk VellmorIndo dijual di pasar.')).toEqual([]);
    expect(extractOrganisations('Menurut asosiasi Vellmorindo, harga kasut naik.', { language: 'zlm' }).organisations).toEqual([]);
  });

  it('given names and places ending so stay out without a body’s context', () => {
    // No context at all.
    expect(groups('Menurut Vellmorindo, harga sepatu naik.')).toEqual([]);
    // A name word or a name particle after it: a person.
    expect(groups('Gerlindo Mendes mengatakan warga menunggu bantuan.')).toEqual([]);
    expect(groups('Bantuan belum tiba, kata Ferlindo da Costa kepada wartawan.')).toEqual([]);
    // After a noun that takes a place: the place.
    expect(groups('Sebagian warga Kampung Sarindo mengungsi ke balai desa.')).toEqual([]);
  });
});

describe('organisations: a body’s country after its kind noun', () => {
  it('the country is no word of the body’s name', () => {
    expect(groups('Kemarin produsen mobil Jepang Contoh Motor Corp menarik 10.000 unit dari pasar.')).toEqual([['Contoh Motor Corp']]);
    expect(groups('Kemarin perusahaan Jerman Contoh Energy Group membuka pabrik di Batam.')).toEqual([['Contoh Energy Group']]);
    expect(groups('Pasar bereaksi.\n\nMaskapai Singapura Contoh Airlines membuka rute baru ke Bali.')).toEqual([['Contoh Airlines']]);
    // A country of two words, and after `asal` (origin).
    expect(groups('Kemarin perusahaan asal Korea Selatan Contoh Electronics Co Ltd melaporkan laba.')).toEqual([['Contoh Electronics Co Ltd']]);
    expect(groups('Kemarin investor asal Singapura Contoh Capital Pte Ltd masuk ke bursa.')).toEqual([['Contoh Capital Pte Ltd']]);
  });

  it('a name the country starts, and a head before the country, stay', () => {
    // `Universitas` capitalised heads the name: the country is the university's word.
    expect(groups('Menurut ekonom Universitas Indonesia Rina Wulandari, harga naik.').flat()).toContain('Universitas Indonesia');
    expect(groups('Kemarin maskapai Malaysia Airlines membuka rute baru ke Bali.').flat()).toContain('Malaysia Airlines');
    expect(groups('Kemarin analis Jepang Contoh Securities menurunkan target harga.')).toEqual([['Jepang Contoh Securities']]);
    expect(groups('Kemarin pinjaman dari China Contoh Bank cair.').flat()).toContain('China Contoh Bank');
  });
});

describe('organisations: a place written in capitals', () => {
  it('a known place or a country in capitals is no acronym', () => {
    expect(groups('Gempa mengguncang wilayah itu, kata dia kepada TERNATE, Senin.')).toEqual([]);
    expect(groups('Warga mengungsi, kata dia kepada MEDAN dan BOGOR.')).toEqual([]);
    expect(groups('Kerjasama itu diumumkan kepada MALAYSIA semalam.', 'zlm')).toEqual([]);
  });

  it('an acronym no place spells stays', () => {
    expect(groups('Gempa mengguncang wilayah itu, kata Kepala BPBD kepada wartawan, Senin.')).toEqual([['BPBD']]);
    expect(groups('Warga mengungsi, kata dia kepada KONTAN, Senin.').flat()).toContain('KONTAN');
  });
});

describe('organisations: a place the text names, written in capitals', () => {
  it('after a citing word or a cue it is no outlet and no acronym', () => {
    expect(groups('Warga Kabupaten Sukasari mengungsi. Banjir merendam 30 rumah, dikutip dari SUKASARI, Senin.')).toEqual([]);
    expect(groups('Bupati Sukasari meninjau lokasi. Warga mengungsi, kata dia kepada SUKASARI, Senin.')).toEqual([]);
  });

  it('a word the text never names as a place stays the outlet', () => {
    expect(groups('Banjir merendam 30 rumah, dikutip dari SUKASARI, Senin.')).toEqual([['SUKASARI']]);
    expect(groups('Warga Sukasari mengungsi. Banjir merendam 30 rumah, dikutip dari SUKASARI, Senin.').flat()).toContain('SUKASARI');
  });
});

describe('organisations: a body named by its place, then another head', () => {
  it('the second head starts a second body', () => {
    expect(groups('Pemerintah Jepang Kementerian Luar Negeri memprotes keputusan itu.')).toEqual([['Pemerintah Jepang'], ['Kementerian Luar Negeri']]);
    expect(groups('Kerajaan Thailand Kementerian Luar Negeri membantah laporan itu.', 'zlm')).toEqual([['Kerajaan Thailand'], ['Kementerian Luar Negeri']]);
  });

  it('a head word ending the name, a short form in brackets, or no place between stay one body', () => {
    expect(groups('Kepala Bank Indonesia Institute hadir dalam acara itu.')).toEqual([['Bank Indonesia Institute']]);
    expect(groups('Pemerintah Kota (Pemkot) Sukasari menolak rencana itu.').flat()).toContain('Pemerintah Kota (Pemkot) Sukasari');
  });

  it('a country of two words before the ministry', () => {
    expect(groups('Pemerintah Korea Selatan Kementerian Perdagangan memprotes keputusan itu.')).toEqual([['Pemerintah Korea Selatan'], ['Kementerian Perdagangan']]);
  });

  it('a body named by a country or a place, then its unit, stays one name', () => {
    // Named by a country, but no government named by the country alone: the unit is the parent's, and is not lost.
    expect(groups('Data itu dirilis Bank Indonesia Kantor Perwakilan Nusa Contoh pada Senin.')).toEqual([['Bank Indonesia Kantor Perwakilan Nusa Contoh']]);
    expect(groups('Surat itu dikirim Kedutaan Besar Singapura Direktorat Contoh Visa pekan lalu.')).toEqual([['Kedutaan Besar Singapura Direktorat Contoh Visa']]);
    // Named by a place.
    expect(groups('Kasus itu ditangani Kepolisian Daerah Nusa Contoh Direktorat Reserse Kriminal Khusus sejak awal tahun.')).toEqual([['Kepolisian Daerah Nusa Contoh Direktorat Reserse Kriminal Khusus']]);
    expect(groups('Pemerintah Kota Sukasari Dinas Pendidikan juga menyiapkan bantuan.')).toEqual([['Pemerintah Kota Sukasari Dinas Pendidikan']]);
    expect(groups('Mahasiswa Universitas Contohjaya Fakultas Hukum ikut memantau sidang.')).toEqual([['Universitas Contohjaya Fakultas Hukum']]);
    // A government named by no country from the list.
    expect(groups('Kerajaan Contohland Kementerian Luar Negeri membantah laporan itu.', 'zlm')).toEqual([['Kerajaan Contohland Kementerian Luar Negeri']]);
  });
});

describe('organisations: a Malaysian party with its state', () => {
  it('organisations: a known party then a place is one mention of the party, the place in it', () => {
    const found = mentions('Pasar tani itu dibuka oleh wakil PAS Pahang, Encik Hamdan Yusof, petang semalam.', 'zlm');
    expect(found).toContain('PAS Pahang');
    // Near miss: no place after the party, no change; Indonesian text names no branch so.
    expect(mentions('Pasar tani itu dianjurkan PAS setiap bulan.', 'zlm')).toContain('PAS');
    expect(mentions('Ketua DPD Golkar Jawa Barat Budi Santoso hadir.')).not.toContain('Golkar Jawa Barat');
  });
});

describe('organisations: a national body’s office in a province, named by the province alone', () => {
  it('a known body with a province’s short or whole name after it is the body’s office there, the same entry as the body', () => {
    expect(groups('Kepala BPS Jabar Rina Wulandari mengatakan inflasi naik. BPS mencatat harga beras turun.')).toEqual([['BPS Jabar', 'BPS']]);
    expect(groups('Ketua Bawaslu Nusa Tenggara Barat, Rina Wulandari, memanggil dua saksi.')).toEqual([['Bawaslu Nusa Tenggara Barat']]);
    // The longest province name wins (`Papua Barat Daya`, not `Papua Barat`); a rank after it starts the officer.
    expect(groups('Polri Papua Barat Daya Irjen Budi Santoso menerima laporan itu.')).toEqual([['Polri Papua Barat Daya']]);
    // Written out with its short form in brackets, the same office.
    expect(groups('Kepala Badan Pusat Statistik (BPS) Jawa Barat, Rina Wulandari, hadir. Kepala BPS Jabar itu menjelaskan data.')).toEqual([['Badan Pusat Statistik (BPS) Jawa Barat', 'BPS Jabar']]);
  });

  it('an acronym read as a body, with a province after it, is its office there', () => {
    expect(groups('Mantan Kadis DPKR Sumut, Rina Wulandari, ditahan. Kini Budi Santoso menjabat Sekretaris DPKR.')).toEqual([['DPKR Sumut', 'DPKR']]);
  });

  it('near misses: a province that does not end the name, a newspaper, the capital, a legislature, a venue', () => {
    // One capitalised word after the province: a regency, a country, a group's name.
    expect(groups('Gubernur meminta KPU Aceh Tamiang segera berkoordinasi.')).toEqual([['KPU']]);
    expect(groups('Polri Papua Nugini menjalin kerja sama.')).toEqual([['Polri']]);
    // A province's first word alone is no province (`Jawa Pos`).
    expect(groups('Menurut BPS Jawa Pos melaporkan angka itu.').flat()).not.toContain('BPS Jawa');
    // The capital seats the national bodies; legislators stand for a province.
    expect(groups('Rapat digelar di Kantor BPS Jakarta pekan lalu.')).toEqual([['BPS']]);
    expect(groups('Anggota DPR Jabar Rina Wulandari hadir dalam rapat itu.').flat()).not.toContain('DPR Jabar');
    // The venue and the day of the report.
    expect(groups('Data itu dipaparkan Kepala BPS Banten, Senin (2/3).')).toEqual([['BPS']]);
    // An acronym nobody reads as a body stays out, province or not.
    expect(groups('Pembahasan P-ABDX Sumut molor sepekan.')).toEqual([]);
  });
});

describe('organisations: a short form defined in brackets with its place, written with that place again', () => {
  it('the later short form takes the place words the text defined it with', () => {
    expect(groups('Direktur Koperasi Tani Makmur (KTM) Garut, Rina Wulandari, hadir. Gudang KTM Garut kini penuh.')).toEqual([['Koperasi Tani Makmur (KTM) Garut', 'KTM Garut']]);
    expect(groups('Analis Sinar Pelita Sekuritas (SPS) Indonesia menilai harga naik. Riset SPS Indonesia memperkirakan laba turun.')).toEqual([['Sinar Pelita Sekuritas', 'SPS', 'SPS Indonesia']]);
  });

  it('near misses: a person after the brackets, or no place after them', () => {
    // The words after the brackets are a person's, not a place: the short form stays alone.
    expect(groups('Kepala Badan Contoh Statistik (BCS) Budi Santoso hadir. Kepala BCS Budi Santoso menjelaskan data.')).toEqual([['Badan Contoh Statistik', 'BCS', 'BCS']]);
    // Defined with no place: a place after a later mention is not the name's.
    expect(groups('Koperasi Tani Makmur (KTM) tumbuh pesat. Gudang KTM Garut kini penuh.').flat()).not.toContain('KTM Garut');
  });
});

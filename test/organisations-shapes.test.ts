import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { extractOrganisations as extractResult } from '../src/organisations/extract-organisations.js';
import type { Organisation, SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractResult(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

function orgs(text: string, language: SupportedLanguage = 'ind'): Organisation[] {
  return extractResult(text, { language }).organisations;
}

describe('organisations shapes: names the lexicon does not hold', () => {
  it('organisations shapes: English names inside Indonesian text, by their head or tail', () => {
    const text =
      'Laporan itu disusun Lembah Hijau Alliance bersama Marapi Ocean Institute dan Segara Foundation. ' +
      'Data diperoleh dari Pelita Laboratories, Kalinda Council dan Asia Ferry Association. ' +
      'Peneliti University of Northbrook dan Center for Coastal Studies ikut menelaah, begitu pula Nusa Space Agency.';
    const found = mentions(text);
    for (const name of [
      'Lembah Hijau Alliance', 'Marapi Ocean Institute', 'Segara Foundation', 'Pelita Laboratories', 'Kalinda Council',
      'Asia Ferry Association', 'University of Northbrook', 'Center for Coastal Studies', 'Nusa Space Agency',
    ]) {
      expect(found).toContain(name);
    }
  });

  it('organisations shapes: a name after a noun that says what it is', () => {
    expect(mentions('Proyek itu dikerjakan firm Bumi Pangan Lestari with army support.', 'eng')).toContain('Bumi Pangan Lestari');
    expect(mentions('Lahan itu dikelola perusahaan Tirta Rasa Nusantara sejak 2019.')).toContain('Tirta Rasa Nusantara');
    // A place after the noun is no name (`perusahaan Jepang`).
    expect(mentions('Saham itu dibeli perusahaan Jepang pekan lalu.')).toEqual([]);
  });

  it('organisations shapes: company legal forms in all three languages', () => {
    expect(mentions('Saham PT Sinar Laut Jaya Tbk naik 5 persen.')).toContain('PT Sinar Laut Jaya Tbk');
    expect(mentions('Kontrak itu diberikan kepada Maju Makmur Sdn Bhd semalam.', 'zlm')).toContain('Maju Makmur Sdn Bhd');
    expect(mentions('The deal was signed with Orchid Robotics Inc last week.', 'eng')).toContain('Orchid Robotics Inc');
  });

  it('organisations shapes: a misspelt head reads like the standard one', () => {
    const found = orgs('Kementrian Keuangan menyiapkan anggaran baru.');
    expect(found[0]?.id).toBe('kemenkeu');
    expect(mentions('Kementrian Desa Tertinggal membuka program baru.')).toContain('Kementrian Desa Tertinggal');
  });

  it('organisations shapes: a faction names its party too', () => {
    const found = mentions('Menurut politisi Fraksi PAN ini, usulan itu layak dibahas.');
    expect(found).toContain('Fraksi PAN');
    expect(found).toContain('PAN');
  });

  it('organisations shapes: a name stretched to the initials in brackets after it', () => {
    expect(mentions('Ahli Majlis, Majlis Daerah Kuala Seri (MDKS), berkata pasar baharu siap.', 'zlm')).toContain('Majlis Daerah Kuala Seri');
  });
});

describe('organisations shapes: outlets named as sources', () => {
  it('organisations shapes: an outlet the dateline list knows, also in capitals', () => {
    expect(mentions('Passengers were moved by bus.- BERNAMA', 'eng')).toContain('BERNAMA');
  });

  it('organisations shapes: an outlet named by its brand word', () => {
    expect(mentions('Pasar baharu siap dibina. – WARTADAILY 3/4/2019', 'zlm')).toContain('WARTADAILY');
  });

  it('organisations shapes: an outlet glued to its preposition, or written in lower case', () => {
    expect(mentions('"Anggaran dikembalikan," ujarnya, dikutip dariAntara, Selasa (21/10).')).toContain('Antara');
    expect(mentions('Hal itu disampaikan Budi kepada contohwarta.co.id baru-baru ini.')).toContain('contohwarta.co.id');
    expect(mentions('Lihat https://contohwarta.co.id/berita untuk rinciannya.')).toEqual([]);
  });

  it('organisations shapes: a known outlet with its brand word', () => {
    expect(mentions('Laporan itu disiarkan BBC News pada Senin.')).toContain('BBC News');
  });

  it('organisations shapes: the dateline outlet named again in the body', () => {
    const text = 'Contohwarta.com, JAKARTA — Harga beras naik lagi pekan ini.\n\nKetua Koperasi Tani Makmur, Budi Santoso, mengatakan kepada Contohwarta bahwa stok menipis.';
    const article = parseArticle(text);
    const forms = article.organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
    expect(forms).toContain('Contohwarta');
  });
});

describe('organisations shapes: negative cases', () => {
  it('organisations shapes: a span stops before the person who follows it', () => {
    const found = mentions('Anggota Komisi X DPR RI Budi Santoso mengatakan anggaran cukup.');
    expect(found).toContain('Komisi X DPR RI');
    expect(found.some((f) => f.includes('Budi'))).toBe(false);
  });

  it('organisations shapes: a person the text names again is cut off the name before them', () => {
    const text = 'Pengamat Universitas Lembayung Hendra Wibisono menilai langkah itu tepat. Menurut Hendra, biaya akan turun.';
    const found = mentions(text);
    expect(found).toContain('Universitas Lembayung');
    expect(found.some((f) => f.includes('Hendra'))).toBe(false);
  });

  it('organisations shapes: a headline quoted in a sentence is no name', () => {
    const text = 'Laporan bertajuk “Kerajaan Negeri Tidak Larang Nelayan Asing Berlabuh” disiarkan semalam.';
    expect(mentions(text, 'zlm')).toEqual([]);
  });

  it('organisations shapes: amounts, flight codes, ceremonies, venues and things', () => {
    expect(mentions('Insentif dinaikkan daripada RM200 kepada RM300, katanya selepas Majlis Penutupan Pasar Baharu.', 'zlm')).toEqual([]);
    expect(mentions('Flight MH370 left at midnight.', 'eng')).toEqual([]);
    expect(mentions('Pameran itu digelar di Kemayoran Convention Center pekan depan.')).toEqual([]);
    expect(mentions('Badan Usaha Milik Negara (BUMN) berlomba mengungkap utangnya.')).toEqual([]);
  });

  it('organisations shapes: an acronym after a joiner is an organisation of its own', () => {
    const found = mentions('Kerajaan Persekutuan dan SPAB akan berunding minggu depan.', 'zlm');
    expect(found).toContain('Kerajaan Persekutuan');
    expect(found).not.toContain('Kerajaan Persekutuan dan SPAB');
  });

  it('organisations shapes: a possessive stays out of the name', () => {
    expect(mentions('PT Contoh Tambang Indonesia’s output rose.', 'eng')).toContain('PT Contoh Tambang Indonesia');
  });
});

describe('organisations shapes: English `of the` names', () => {
  it('organisations shapes: a joiner with its article goes on to the name words', () => {
    expect(mentions('Officials at the University of the Andara Highlands said so.', 'eng')).toContain('University of the Andara Highlands');
    expect(mentions('A statement from the Office of the President came later.', 'eng')).toContain('Office of the President');
    // `and the` joins two names, not the words of one.
    expect(mentions('The Ministry of Trade and the Pelita Kencana University met.', 'eng')).toContain('Ministry of Trade');
  });

  it('organisations shapes: a possessive owner is not part of the office it owns', () => {
    const found = mentions('The funds come from Kalinda’s Office of the Coordinating Fisheries Minister, officials said.', 'eng');
    expect(found).toContain('Office of the Coordinating Fisheries Minister');
    expect(found.some((m) => m.includes('Kalinda'))).toBe(false);
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

describe('organisations shapes: an acronym after a profession or a broadcaster noun', () => {
  it('organisations shapes: the body a nurse, lecturer or commentator works for', () => {
    expect(mentions('Sari Lestari, perawat RSHB Kementerian Kesehatan, ikut bertugas.')).toContain('RSHB');
    expect(mentions('Menurut komentator TVKN, laga itu berat.')).toContain('TVKN');
    expect(mentions('Denda dijatuhkan kepada stasiun televisi KTV9 pekan lalu.')).toContain('KTV9');
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

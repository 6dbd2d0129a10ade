import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { speakerLines as speakers } from './speaker-lines.js';
import { courtOrganisations } from '../src/quotes/court-organisation.js';
import { regionGovernments } from '../src/quotes/region-government.js';
import type { QuoteHit } from '../src/quotes/find-quotes.js';

describe('speaker organisation: a region head speaks for the region government the article names', () => {
  it('`Bupati X` takes `Pemkab X` when the article writes it', () => {
    const text = [
      'Pemkab Lembah Sentosa menyiapkan lumbung pangan di setiap kecamatan menjelang musim kemarau.',
      '"Cadangan beras cukup sampai akhir tahun," kata Bupati Lembah Sentosa Rina Wulandari di pendopo, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | Bupati Lembah Sentosa | Pemkab Lembah Sentosa']);
  });

  it('the title’s bracketed short form finds the government written with it (`Gubernur X (XY)` → `Pemprov XY`)', () => {
    const text = [
      'Pemprov Rajut menyalurkan bantuan kepada petani yang gagal panen.',
      '"Bantuan tahap kedua cair pekan depan," ujar Gubernur Raya Utara (Rajut) Hendra Kusuma, Selasa (4/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendra Kusuma | Gubernur Raya Utara (Rajut) | Pemprov Rajut']);
  });

  it('the regional secretary with the level read as the organisation (`Sekda` + `Kabupaten X`) takes `Pemkab X`', () => {
    const text = [
      'Pemkab Lembah Sentosa membuka posko pengaduan bagi warga terdampak longsor.',
      '"Posko buka setiap hari sampai akhir bulan," ujar Sekda Kabupaten Lembah Sentosa, Rina Wulandari, Rabu (5/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | Sekda | Pemkab Lembah Sentosa']);
  });

  it('a region head of another place, or a government of another level, takes nothing', () => {
    const text = [
      'Pemkot Lembah Sentosa menyiapkan lumbung pangan di setiap kelurahan.',
      '"Cadangan beras cukup sampai akhir tahun," kata Bupati Lembah Sentosa Rina Wulandari, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | Bupati Lembah Sentosa | null']);
  });

  it('Malay: `Menteri Besar` with no state takes the one state government the article names', () => {
    const text = [
      'KUALA TENGAH: Kerajaan Kuala Tengah akan menambah baik sistem saliran di kawasan yang kerap dilanda banjir.',
      'Menteri Besar, Datuk Yusri Halim berkata, kerja menaik taraf itu bermula bulan depan.',
      '"Kita mahu penduduk rasa selamat apabila musim tengkujuh tiba," katanya.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Yusri Halim | Menteri Besar | Kerajaan Kuala Tengah', 'Yusri Halim | Menteri Besar | Kerajaan Kuala Tengah']);
  });

  it('Malay: `Menteri Besar` with no state does not take the federal government (`Kerajaan Malaysia`)', () => {
    const text = [
      'Peruntukan tambahan daripada Kerajaan Malaysia akan digunakan untuk membina dua buah jambatan baharu.',
      'Menteri Besar, Datuk Yusri Halim berkata, tender bagi projek itu dibuka pada awal tahun hadapan.',
      '"Kontraktor tempatan diberi keutamaan," katanya.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Yusri Halim | Menteri Besar | null', 'Yusri Halim | Menteri Besar | null']);
  });
});

describe('speaker organisation: a judge or a prosecutor speaks for the one court or office the article names', () => {
  it('`Ketua Majelis Hakim X` takes the court, not the bench', () => {
    const text = [
      'Sidang perkara suap proyek irigasi digelar di Pengadilan Negeri Tanah Lestari, Senin (3/2).',
      '"Terdakwa terbukti menerima uang dari kontraktor," tutur Ketua Majelis Hakim Hendra Kusuma saat membacakan putusan.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendra Kusuma | Ketua | Pengadilan Negeri Tanah Lestari']);
  });

  it('two courts of the kind: the judge could sit at either, no body', () => {
    const text = [
      'Putusan Pengadilan Negeri Tanah Lestari dikuatkan oleh Pengadilan Tinggi Raya Utara pekan lalu.',
      '"Terdakwa terbukti menerima uang dari kontraktor," kata Hakim Hendra Kusuma saat membacakan putusan.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendra Kusuma | Hakim | null']);
  });
});

describe('speaker organisation: region and court titles on odd roles', () => {
  it('a role that is an object key (`constructor`, `__proto__`) is no title and throws nothing', () => {
    const text = 'Pengadilan Negeri Tanah Lestari dan Pemkab Lembah Sentosa hadir.';
    const organisations = [
      { name: 'Pengadilan Negeri Tanah Lestari', acronym: null, mentions: [{ start: 0, end: 31 }] },
      { name: 'Pemkab Lembah Sentosa', acronym: null, mentions: [{ start: 36, end: 57 }] },
    ];
    for (const role of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const quotes: QuoteHit[] = [
        { start: 0, end: 1, text: 'x', kind: 'direct', verb: 'kata', paragraph: 0, speaker: { name: 'Hendra Kusuma', role, organisation: null, start: null, end: null, resolved: false } },
      ];
      expect(courtOrganisations(text, quotes, organisations, { hakim: ['Pengadilan'] })[0]!.speaker!.organisation).toBeNull();
      expect(regionGovernments(text, quotes, organisations, { Bupati: ['Pemkab'] })[0]!.speaker!.organisation).toBeNull();
    }
  });
});

describe('speaker organisation: English order with the organisation’s short form before a lower-case title', () => {
  it('`Contoh Bank (CB) chief economist X`, named again at the quote, keeps the bank', () => {
    const text = 'A harbour forum on Thursday invited Tanjung Savings Bank (TNSB) chief economist Hendra Kusuma to speak. "Shipping lines have already raised their prices twice," Hendra said.';
    const quotes = parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.speaker?.name} | ${q.speaker?.role} | ${q.speaker?.organisation}`);
    expect(quotes).toEqual(['Hendra Kusuma | chief economist | Tanjung Savings Bank']);
  });
});

describe('speaker organisation: Malay titles and the bodies they name', () => {
  it('`Menteri Luar`, the foreign minister’s short title, names the foreign ministry in full', () => {
    const text = [
      'PUTRAJAYA: Kerajaan menghantar nota bantahan berhubung pencerobohan kapal nelayan asing di perairan negara.',
      'Menteri Luar Datuk Seri Hafiz Ramlee Kasim berkata, nota itu diserahkan kepada duta negara berkenaan semalam.',
      '“Kita mahu jaminan perkara ini tidak berulang,” katanya.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual([
      'Hafiz Ramlee Kasim | Menteri Luar | Kementerian Luar Negeri',
      'Hafiz Ramlee Kasim | Menteri Luar | Kementerian Luar Negeri',
    ]);
  });

  it('a minister of another portfolio keeps that ministry', () => {
    const text = 'Menteri Pelancongan Datuk Hafiz Ramlee Kasim berkata, “Jumlah pelancong meningkat dua kali ganda tahun ini,” ketika ditemui di Melaka.';
    expect(speakers(text, 'zlm')).toEqual(['Hafiz Ramlee Kasim | Menteri Pelancongan | Kementerian Pelancongan']);
  });

  it('`Yang DiPertuanya, X` (a president, spelt with a capital P, with the possessive) is the head of the body just named', () => {
    const text = [
      'JOHOR BAHRU: Persatuan Penternak Ikan Sungai Tebrau (PPIST) menerima bantuan benih ikan daripada sebuah agensi kerajaan semalam.',
      'Yang DiPertuanya, Goh Teck Liang berkata bantuan itu amat bermakna kepada ahli persatuan yang terjejas akibat banjir.',
      '“Kami berharap ahli dapat memulakan semula ternakan mereka bulan depan,” katanya.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual([
      'Goh Teck Liang | Yang DiPertua | Persatuan Penternak Ikan Sungai Tebrau',
      'Goh Teck Liang | Yang DiPertua | Persatuan Penternak Ikan Sungai Tebrau',
    ]);
  });

  it('`Yang DiPertua` with its body written after it takes that body, not one named before', () => {
    const text = [
      'JOHOR BAHRU: Persatuan Penternak Ikan Sungai Tebrau (PPIST) menerima bantuan benih ikan daripada sebuah agensi kerajaan semalam.',
      'Yang DiPertua Persatuan Nelayan Pantai Lestari, Goh Teck Liang berkata bantuan seumpama itu turut diperlukan oleh nelayan pantai.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Goh Teck Liang | Yang DiPertua | Persatuan Nelayan Pantai Lestari']);
  });
});

describe('speaker organisation: Malay `merangkap` (a second post held at once)', () => {
  it('`Title Body merangkap Title Seat, X`: the first title and its body are the speaker’s', () => {
    const text = [
      'SHAH ALAM: Parti itu akan membantah cadangan menaikkan tambang bas ekspres yang dibentangkan minggu lalu.',
      'Ketua Penerangan Parti Rakyat Lestari merangkap Ahli Majlis Tertinggi parti itu, Zaki Harun Hamid berkata, pihaknya akan menghantar memorandum.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Zaki Harun Hamid | Ketua Penerangan | Parti Rakyat Lestari']);
  });

  it('`Title merangkap Title Body, X`: two titles that share the body stay one role', () => {
    const text = 'Presiden merangkap Ketua Pegawai Eksekutif Syarikat Lestari Jaya Berhad, Zaki Harun Hamid berkata, “Kami akan membuka dua kilang baharu tahun depan,” di Shah Alam.';
    expect(speakers(text, 'zlm')).toEqual(['Zaki Harun Hamid | Presiden merangkap Ketua Pegawai Eksekutif | Syarikat Lestari Jaya Berhad']);
  });
});

/** Malay speakers: titles and the bodies they name (state offices, wings, second posts). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { speakerLines as speakers, speakerLines } from '../support/speaker-lines.js';

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

describe('speaker organisation: a second title holder and a party’s wing', () => {
  const speakers = (text: string) => speakerLines(text, 'zlm');

  describe('speaker organisation: a second title holder is no body', () => {
    it('an honorific and a name read past the speaker’s title are a person, not the organisation', () => {
      const text = [
        'KUANTAN: Wang bantuan mula diagihkan kepada asnaf di kawasan pedalaman minggu ini.',
        'Pegawai Rohana Kamsani, yang ditemani Pegawai Tan Sri Zulkarnin Bahrom, menjelaskan setiap keluarga menerima tiga ratus ringgit.',
        '"Kami mahu bantuan ini sampai sebelum musim persekolahan," jelasnya.',
      ].join('\n\n');
      expect(speakers(text)).toEqual(['Rohana Kamsani | Pegawai | null']);
    });

    it('a body named after a titled person keeps its name', () => {
      const text = [
        'Kolej itu membuka pengambilan pelajar baharu bulan depan.',
        '"Kami menawarkan dua puluh biasiswa penuh," kata Pengarah Kolej Tunku Zamrud Halimi, Farahiyah Mokhtaruddin.',
      ].join('\n\n');
      expect(speakers(text)).toEqual(['Farahiyah Mokhtaruddin | Pengarah | Kolej Tunku Zamrud Halimi']);
    });
  });

  describe('speaker organisation: a party’s wing', () => {
    it('`Ketua Pemuda <party>` heads the wing: `Ketua` of `Pemuda <party>`', () => {
      const text = [
        'IPOH: Sayap belia parti itu akan menghantar sukarelawan ke kawasan banjir esok.',
        'Pengerusi Pemuda BN negeri, Hairul Nizam Kamarudin berkata, lebih 300 ahli sudah mendaftar.',
        '"Semua bantuan akan sampai sebelum hujung minggu," katanya.',
      ].join('\n\n');
      expect(speakers(text)).toEqual(['Hairul Nizam Kamarudin | Pengerusi | Pemuda BN', 'Hairul Nizam Kamarudin | Pengerusi | Pemuda BN']);
    });

    it('a portfolio that opens with a wing word is no wing: the minister’s title stays whole', () => {
      const text = [
        'Pemerintah menyiapkan pelatihan kewirausahaan bagi lulusan sekolah kejuruan.',
        '"Programnya dimulai bulan depan di sepuluh kota," kata Menteri Pemuda dan Olahraga Rudianto Wiraseno.',
      ].join('\n\n');
      expect(parseArticle(text, { language: 'ind' }).quotes.map((q) => `${q.speaker?.name} | ${q.speaker?.role} | ${q.speaker?.organisation}`)).toEqual([
        'Rudianto Wiraseno | Menteri Pemuda dan Olahraga | Kementerian Pemuda dan Olahraga',
      ]);
    });
  });
});

describe('speaker organisation: Malay state offices and state committees', () => {
  it('`Pengarah Pendidikan Negeri X` speaks for `Jabatan Pendidikan Negeri X`', () => {
    const text = [
      'JOHOR BAHRU: Sesi persekolahan baharu akan bermula seperti dijadualkan.',
      '"Semua murid perlu hadir pada hari pertama," kata Pengarah Pendidikan Negeri Johor, Datuk Kamal Sufian semalam.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Kamal Sufian | Pengarah Pendidikan Negeri Johor | Jabatan Pendidikan Negeri Johor']);
  });

  it('a managing director (`Pengarah Urusan`) keeps the company written after the title', () => {
    const text = [
      'KUALA LUMPUR: Syarikat itu mencatat keuntungan tertinggi sejak ditubuhkan.',
      '"Kami puas hati dengan prestasi suku ketiga," kata Pengarah Urusan Seri Tanjung Holdings Bhd, Kamal Sufian semalam.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Kamal Sufian | Pengarah Urusan | Seri Tanjung Holdings Bhd']);
  });

  it('a state committee chairman speaks for the state government the article names', () => {
    const text = [
      'KUALA TERENGGANU: Kerajaan Negeri Terengganu akan membina tiga perpustakaan desa tahun ini.',
      '"Peruntukan sudah diluluskan oleh mesyuarat," kata Pengerusi Jawatankuasa Pendidikan dan Sains Negeri Terengganu, Datuk Zulnaim Rosdi semalam.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Zulnaim Rosdi | Pengerusi | Kerajaan Negeri Terengganu']);
  });

  it('a committee chairman with no state level word does not speak for the state government the article names', () => {
    const text = [
      'KUALA TERENGGANU: Kerajaan Negeri Terengganu akan membina tiga perpustakaan desa tahun ini.',
      '"Penduduk kampung akan bergotong-royong," kata Pengerusi Jawatankuasa, Razlan Tajudin semalam.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Razlan Tajudin | Pengerusi | Jawatankuasa']);
  });

  it('a committee of a party’s wing (an acronym in the portfolio) stays the committee', () => {
    const text = [
      'KUALA TERENGGANU: Kerajaan Negeri Terengganu akan membina tiga perpustakaan desa tahun ini.',
      '"Ahli kami akan turun membantu," kata Pengerusi Jawatankuasa Pemuda UMNO Negeri Terengganu, Zulnaim Rosdi semalam.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Zulnaim Rosdi | Pengerusi | Jawatankuasa Pemuda UMNO Negeri Terengganu']);
  });
});

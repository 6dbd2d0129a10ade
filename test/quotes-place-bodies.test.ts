import { describe, expect, it } from 'vitest';
import { speakerLines as speakers } from './speaker-lines.js';

describe('speaker organisation: a place after a title that names its body is that body’s place', () => {
  it('`Menteri Perdagangan AS` speaks for `Kementerian Perdagangan AS`, not for the country', () => {
    const text = [
      'Nilai tukar yen melemah tajam terhadap dolar dalam sepekan terakhir.',
      '"Kami siap membuka pasar bila perlu," kata Menteri Perdagangan AS Daniel Whitcombe kepada wartawan, Selasa (4/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Daniel Whitcombe | Menteri Perdagangan | Kementerian Perdagangan AS']);
  });

  it('a short title with its field, its short form and a province (`Kadis … (…) Kaltara`) speaks for the province’s office', () => {
    const text = [
      'Harga gabah kering di tingkat petani turun menjelang panen raya.',
      '"Kami akan menyerap gabah petani dengan harga wajar," ujar Kadis Perkebunan (Disbun) Kaltara Yoga Pranata, Rabu (5/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Yoga Pranata | Kadis Perkebunan | Dinas Perkebunan Kaltara']);
  });

  it('a title that names no body (`Presiden AS`) keeps its place', () => {
    const text = [
      'Kunjungan kenegaraan itu berlangsung selama tiga hari.',
      '"Kerja sama kedua negara akan terus tumbuh," kata Presiden AS Daniel Whitcombe di Istana, Kamis (6/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Daniel Whitcombe | Presiden | AS']);
  });
});

describe('speaker organisation: a portfolio read as the organisation of a title that takes one', () => {
  it('`Menteri PKRT` speaks for `Kementerian PKRT`', () => {
    const text = [
      'Program perbaikan rumah tidak layak huni diperluas ke dua ratus desa tahun ini.',
      '"Anggarannya sudah kami siapkan sejak awal tahun," kata Menteri PKRT Lestari Wandhana di Jakarta, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lestari Wandhana | Menteri | Kementerian PKRT']);
  });

  it('a minister named alone at the quote takes the portfolio written before the full name earlier', () => {
    const text = [
      'Menteri PKRT Lestari Wandhana meresmikan bendungan baru di hulu sungai pada Senin (3/2).',
      'Bendungan itu mampu mengairi ribuan hektare sawah.',
      '"Petani tidak perlu lagi menunggu hujan," kata Lestari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lestari Wandhana | Menteri | Kementerian PKRT']);
  });

  it('the same title and portfolio written at another person do not make this speaker’s body a ministry', () => {
    const text = [
      'Menteri PKRT Lestari Wandhana meresmikan bendungan baru di hulu sungai pada Senin (3/2).',
      '"Petani tidak perlu lagi menunggu hujan," kata Oskar Tandiari, Menteri di PKRT.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Oskar Tandiari | Menteri | PKRT']);
  });

  it('an acronym of the body itself (`Kadis DPKL`, `D` as in `Dinas`) stays as written', () => {
    const text = [
      'Sampah di pasar induk menumpuk sejak pekan lalu.',
      '"Armada tambahan dikerahkan mulai besok pagi," kata Kadis DPKL Sinar Jaya Lestari Wandhana, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lestari Wandhana | Kadis | DPKL Sinar Jaya']);
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

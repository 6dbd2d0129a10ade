import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';

/** The mention texts of each organisation `extractOrganisations` finds in `text`, read as `language`. */
function groups(text: string, language: 'ind' | 'zlm' | 'eng' = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations orgs34: a post’s list of portfolios', () => {
  it('organisations orgs34: a one-word name among the portfolios is the portfolio’s word', () => {
    expect(groups('Exco Pelancongan, Kebudayaan dan Warisan Negeri, Datuk Ramli Sulong berkata taman itu dibuka semula.', 'zlm')).toEqual([]);
    expect(groups('Exco Belia, Sukan dan Warisan negeri, Rosli Hamdan berkata kejohanan itu diteruskan.', 'zlm')).toEqual([]);
  });

  it('organisations orgs34: a list of bodies after a post, and the party after a post, stay', () => {
    expect(groups('Presiden MCA, MIC dan Warisan hadir pada mesyuarat itu.', 'zlm').flat()).toContain('Warisan');
    expect(groups('Naib Presiden Warisan, Rosli Hamdan berkata parti itu bersedia.', 'zlm')).toEqual([['Warisan']]);
  });
});

describe('organisations orgs34: a body’s country after its kind noun', () => {
  it('organisations orgs34: the country is no word of the body’s name', () => {
    expect(groups('Kemarin produsen mobil Jepang Contoh Motor Corp menarik 10.000 unit dari pasar.')).toEqual([['Contoh Motor Corp']]);
    expect(groups('Kemarin perusahaan Jerman Contoh Energy Group membuka pabrik di Batam.')).toEqual([['Contoh Energy Group']]);
    expect(groups('Pasar bereaksi.\n\nMaskapai Singapura Contoh Airlines membuka rute baru ke Bali.')).toEqual([['Contoh Airlines']]);
    // A country of two words, and after `asal` (origin).
    expect(groups('Kemarin perusahaan asal Korea Selatan Contoh Electronics Co Ltd melaporkan laba.')).toEqual([['Contoh Electronics Co Ltd']]);
    expect(groups('Kemarin investor asal Singapura Contoh Capital Pte Ltd masuk ke bursa.')).toEqual([['Contoh Capital Pte Ltd']]);
  });

  it('organisations orgs34: a name the country starts, and a head before the country, stay', () => {
    // `Universitas` capitalised heads the name: the country is the university's word.
    expect(groups('Menurut ekonom Universitas Indonesia Rina Wulandari, harga naik.').flat()).toContain('Universitas Indonesia');
    expect(groups('Kemarin maskapai Malaysia Airlines membuka rute baru ke Bali.').flat()).toContain('Malaysia Airlines');
    expect(groups('Kemarin analis Jepang Contoh Securities menurunkan target harga.')).toEqual([['Jepang Contoh Securities']]);
    expect(groups('Kemarin pinjaman dari China Contoh Bank cair.').flat()).toContain('China Contoh Bank');
  });
});

describe('organisations orgs34: a place written in capitals', () => {
  it('organisations orgs34: a known place or a country in capitals is no acronym', () => {
    expect(groups('Gempa mengguncang wilayah itu, kata dia kepada TERNATE, Senin.')).toEqual([]);
    expect(groups('Warga mengungsi, kata dia kepada MEDAN dan BOGOR.')).toEqual([]);
    expect(groups('Kerjasama itu diumumkan kepada MALAYSIA semalam.', 'zlm')).toEqual([]);
  });

  it('organisations orgs34: an acronym no place spells stays', () => {
    expect(groups('Gempa mengguncang wilayah itu, kata Kepala BPBD kepada wartawan, Senin.')).toEqual([['BPBD']]);
    expect(groups('Warga mengungsi, kata dia kepada KONTAN, Senin.').flat()).toContain('KONTAN');
  });
});

describe('organisations orgs34: a place the text names, written in capitals', () => {
  it('organisations orgs34: after a citing word or a cue it is no outlet and no acronym', () => {
    expect(groups('Warga Kabupaten Sukasari mengungsi. Banjir merendam 30 rumah, dikutip dari SUKASARI, Senin.')).toEqual([]);
    expect(groups('Bupati Sukasari meninjau lokasi. Warga mengungsi, kata dia kepada SUKASARI, Senin.')).toEqual([]);
  });

  it('organisations orgs34: a word the text never names as a place stays the outlet', () => {
    expect(groups('Banjir merendam 30 rumah, dikutip dari SUKASARI, Senin.')).toEqual([['SUKASARI']]);
    expect(groups('Warga Sukasari mengungsi. Banjir merendam 30 rumah, dikutip dari SUKASARI, Senin.').flat()).toContain('SUKASARI');
  });
});

describe('organisations orgs34: a forum’s name with a year after a post', () => {
  it('organisations orgs34: a post of the body right before it makes the year its founding', () => {
    expect(groups('Ketua Forum Masyarakat Sukasari (FMS) 1998 Budi Santoso mengatakan hal itu.')).toEqual([['Forum Masyarakat Sukasari', 'FMS']]);
    expect(groups('Anggota Forum Masyarakat Sukasari (FMS) 1998 juga hadir dalam rapat itu.')).toEqual([['Forum Masyarakat Sukasari', 'FMS']]);
  });

  it('organisations orgs34: the head of the meeting’s committee, or no post, leaves the meeting', () => {
    expect(groups('Ketua Panitia Forum Investasi Sukasari (FIS) 2025 Budi Santoso mengatakan acara dibuka besok.')).toEqual([]);
    expect(groups('Peserta Forum Investasi Sukasari (FIS) 2025 berdatangan sejak pagi.')).toEqual([]);
  });
});

describe('organisations orgs34: a state committee’s portfolios, closed in either case or by the holder', () => {
  it('organisations orgs34: the first portfolio after the post, and `Negeri` capitalised, close the title', () => {
    expect(groups('Exco Warisan dan Pelancongan Negeri, Datuk Ali Bakar berkata taman itu dibuka semula.', 'zlm')).toEqual([]);
    expect(groups('Pengerusi Jawatankuasa Kerajaan Tempatan dan Perumahan Negeri, Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([]);
    expect(groups('Pengerusi Jawatankuasa Pelancongan, Kebudayaan dan Warisan Negeri, Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([]);
  });

  it('organisations orgs34: after a post, the holder’s name closes the list', () => {
    expect(groups('Pengerusi Jawatankuasa Contoh, Perikanan dan Hutan, Datuk Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([]);
  });

  it('organisations orgs34: a committee of one portfolio, or named without a post, stays', () => {
    expect(groups('Pengerusi Jawatankuasa Keselamatan Negeri, Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([['Jawatankuasa Keselamatan Negeri']]);
    expect(groups('Mesyuarat Jawatankuasa Contoh, Perikanan dan Hutan diadakan semalam, kata Datuk Ali.', 'zlm')).toEqual([['Jawatankuasa Contoh, Perikanan dan Hutan']]);
    expect(groups('Naib Presiden Warisan dan Ahli Parlimen Sepanggar, Rosli Hamdan berkata parti itu bersedia.', 'zlm')).toEqual([['Warisan']]);
  });
});

describe('organisations orgs34: a portfolio list written otherwise', () => {
  it('organisations orgs34: the post in capitals or in brackets, `Dan` capitalised, `&` between items', () => {
    expect(groups('EXCO Pelancongan, Kebudayaan dan Warisan Negeri, Datuk Ali berkata taman itu dibuka.', 'zlm')).toEqual([]);
    expect(groups('Ahli Majlis Mesyuarat Kerajaan Negeri (Exco) Pelancongan, Kebudayaan dan Warisan, Datuk Ali berkata.', 'zlm').flat()).not.toContain('Warisan');
    expect(groups('Exco Pelancongan, Kebudayaan Dan Warisan Negeri, Datuk Ali berkata taman itu dibuka.', 'zlm')).toEqual([]);
    expect(groups('Exco Pelancongan, Kebudayaan & Warisan Negeri, Datuk Ali berkata taman itu dibuka.', 'zlm')).toEqual([]);
  });

  it('organisations orgs34: parties listed with `&` stay', () => {
    expect(groups('Wakil DAP, PKR & Warisan hadir pada mesyuarat itu.', 'zlm').flat()).toContain('Warisan');
  });
});

describe('organisations orgs34: a body named by its place, then another head', () => {
  it('organisations orgs34: the second head starts a second body', () => {
    expect(groups('Pemerintah Jepang Kementerian Luar Negeri memprotes keputusan itu.')).toEqual([['Pemerintah Jepang'], ['Kementerian Luar Negeri']]);
    expect(groups('Kerajaan Thailand Kementerian Luar Negeri membantah laporan itu.', 'zlm')).toEqual([['Kerajaan Thailand'], ['Kementerian Luar Negeri']]);
  });

  it('organisations orgs34: a head word ending the name, a short form in brackets, or no place between stay one body', () => {
    expect(groups('Kepala Bank Indonesia Institute hadir dalam acara itu.')).toEqual([['Bank Indonesia Institute']]);
    expect(groups('Pemerintah Kota (Pemkot) Sukasari menolak rencana itu.').flat()).toContain('Pemerintah Kota (Pemkot) Sukasari');
  });

  it('organisations orgs34: a country of two words before the ministry', () => {
    expect(groups('Pemerintah Korea Selatan Kementerian Perdagangan memprotes keputusan itu.')).toEqual([['Pemerintah Korea Selatan'], ['Kementerian Perdagangan']]);
  });

  it('organisations orgs34: a body named by a country or a place, then its unit, stays one name', () => {
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

describe('organisations orgs34: a national company of the Malay lexicon', () => {
  it('organisations orgs34: `Telekom Malaysia` is known without its short form', () => {
    expect(groups('Telekom Malaysia sudah memasang kabel baharu, katanya.', 'zlm')).toEqual([['Telekom Malaysia']]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Every quote's speaker as `name | role | organisation`. */
function speakers(text: string) {
  return parseArticle(text, { language: 'ind' }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
}

describe('speaker role: callings named before the place they are held at', () => {
  it('`Pengajar <faculty>` is a post and the faculty its organisation', () => {
    const text = [
      'Pengajar Fakultas Teknik Universitas Lembah Hijau, Wirda Halim, menilai jembatan gantung di desa itu perlu diperiksa ulang.',
      '"Kabel penahannya sudah berkarat di beberapa titik," ujar Wirda.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Wirda Halim | Pengajar | Fakultas Teknik Universitas Lembah Hijau']);
  });

  it('`Pengelola <place>` is a post and the place it runs its organisation', () => {
    const text = [
      'Pengelola Taman Air Tirta Wening Rudi Santika memperkirakan pengunjung naik dua kali lipat saat libur sekolah.',
      '"Kolam anak kami buka lagi mulai pekan depan," kata Rudi.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | Pengelola | Taman Air Tirta Wening']);
  });

  it('`Kriminolog` before a name is a calling, like the other `-olog` words', () => {
    const text = [
      'Kriminolog Sari Prameswari melihat pola yang sama pada tiga kasus pencurian kabel bulan ini.',
      '"Pelakunya tahu jadwal petugas jaga," tutur Sari.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Sari Prameswari | Kriminolog | null']);
  });
});

describe('speaker organisation: a numbered commission belongs to the legislature the article names', () => {
  const quote = '"Anggaran irigasi harus dibahas ulang," kata Wakil Ketua Komisi IV, Rudi Santika, Kamis (6/2).';

  it('the commission written with its body elsewhere in the article is the organisation', () => {
    const text = [quote, 'Rapat Komisi IV DPR RI dengan pengelola Bendungan Karangsari berlangsung hingga malam.'].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV DPR RI']);
  });

  it('with only the body named, the commission is written with that body, the post alone the role', () => {
    const text = [quote, 'Usulan itu akan dibawa ke rapat paripurna DPR RI pekan depan.'].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV Dewan Perwakilan Rakyat']);
  });

  it('with no legislature named, or two of them, the commission is left as written', () => {
    expect(speakers([quote, 'Rapat berlangsung hingga malam.'].join('\n\n'))).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV']);
    const two = [quote, 'Usulan itu dibahas DPR RI bersama DPRD Jawa Barat.'].join('\n\n');
    expect(speakers(two)).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV']);
  });

  it('a commission already written with its body is not touched', () => {
    const text = ['"Anggaran irigasi harus dibahas ulang," kata anggota Komisi IV DPR RI, Rudi Santika, Kamis (6/2).', 'Rapat DPR RI berlangsung hingga malam.'].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | anggota | Komisi IV DPR RI']);
  });
});

describe('speaker organisation: a centre named inside a title with no body after it', () => {
  it('`Direktur Pusat Kajian …` is the post `Direktur` at the centre', () => {
    const text = [
      'Harga cabai di pasar induk turun separuh sejak panen raya dimulai.',
      '"Petani justru rugi kalau harga jatuh secepat ini," tutur Direktur Pusat Kajian Pangan dan Gizi, Wirda Halim.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Wirda Halim | Direktur | Pusat Kajian Pangan dan Gizi']);
  });

  it('the centre’s name read partly as the organisation is made whole (`Direktur Utama Pusat` + `…`)', () => {
    const text = '"Pipa ke perumahan baru tersambung bulan depan," ujar Direktur Utama Pusat Layanan Air Tirta Wening, Wirda Halim.';
    expect(speakers(text)).toEqual(['Wirda Halim | Direktur Utama | Pusat Layanan Air Tirta Wening']);
  });

  it('a body after the centre stays the organisation; a board’s level and a place’s part are no centre', () => {
    const body = '"Datanya kami perbarui tiap pekan," ujar Kepala Pusat Pelatihan Kementerian Perhubungan, Wirda Halim.';
    expect(speakers(body)).toEqual(['Wirda Halim | Kepala Pusat Pelatihan | Kementerian Perhubungan']);
    expect(speakers('"Datanya kami perbarui tiap pekan," ujar Ketua Pimpinan Pusat Wirda Halim.')).toEqual(['Wirda Halim | Ketua Pimpinan Pusat | null']);
    expect(speakers('"Datanya kami perbarui tiap pekan," ujar Wali Kota Jakarta Pusat Wirda Halim.')).toEqual(['Wirda Halim | Wali Kota Jakarta Pusat | Kota Jakarta Pusat']);
  });
});

describe('speaker role: a second post joined after a lower-case field', () => {
  it('`<post> <field> sekaligus <post2> <body>`: the body is the second post’s, and that post is the role', () => {
    const text = [
      'Rudi Santika, peneliti pertanian sekaligus penasihat Koperasi Tani Tirta Wening, menilai gudang desa belum cukup.',
      '"Gudangnya penuh, truknya yang tidak ada," kata Rudi.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | penasihat | Koperasi Tani Tirta Wening']);
  });

  it('two posts with no field between them stay one role', () => {
    const text = [
      'Rudi Santika, dosen sekaligus penasihat Koperasi Tani Tirta Wening, menilai gudang desa belum cukup.',
      '"Gudangnya penuh, truknya yang tidak ada," kata Rudi.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | dosen sekaligus penasihat | Koperasi Tani Tirta Wening']);
  });
});

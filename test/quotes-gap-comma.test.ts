/**
 * A comma left by a lost word inside a title (issue 9): scraped text sometimes drops a word and keeps a
 * comma with a space before it (`<title> , <body>`). Invented people and organisations only.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';

const direct = (text: string) => directQuotes(text);

describe('gap comma: a spaced comma inside a title joins the title to its body', () => {
  it('gap comma: `ujar <title> , <ACRONYM> <place>, <name>` keeps the acronym body as the organisation', () => {
    const text = '“Pipa ke tiga kecamatan kami ganti sebelum kemarau tiba,” ujar Kepala , PDAL Kabupaten Lembahsari, Wiratmi Sulastri, seusai rapat dengan dewan.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Wiratmi Sulastri', role: 'Kepala', organisation: 'PDAL Kabupaten Lembahsari' });
  });

  it('gap comma: an introduction `<title> , <body> <name> menjelaskan` gives the later quote its role and body', () => {
    const text =
      'Sekretaris Bidang Pengawasan , Badan Pengelola Pasar Kota Lembahsari Wiratmi Sulastri menjelaskan los baru sudah siap ditempati.\n\n' +
      '“Pedagang yang pindah ke los baru tidak dipungut sewa selama tiga bulan,” tutur Wiratmi di sela peninjauan.';
    expect(direct(text)[0]!.speaker).toMatchObject({
      name: 'Wiratmi Sulastri',
      role: 'Sekretaris Bidang Pengawasan',
      organisation: 'Badan Pengelola Pasar Kota Lembahsari',
    });
  });

  it('gap comma: a spaced comma after a name still sets the name apart from its title', () => {
    const text = '“Kami membuka dua gerai lagi tahun ini,” kata Larasati Wijanarko , Direktur Utama PT Sarwaguna Lestari Abadi.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Larasati Wijanarko', role: 'Direktur Utama', organisation: 'PT Sarwaguna Lestari Abadi' });
  });

  it('gap comma: a spaced comma before a name is no gap (`Direktur X , Nama`)', () => {
    const text = '“Kami membuka dua gerai lagi tahun ini,” kata Direktur Utama PT Sarwaguna Lestari Abadi , Larasati Wijanarko.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Larasati Wijanarko', role: 'Direktur Utama', organisation: 'PT Sarwaguna Lestari Abadi' });
  });
});

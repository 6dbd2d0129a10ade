import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveInput } from '../../src/index.js';

/**
 * Articles written for the archive tests (invented people and organisations, real formats):
 * each exercises a search or quote case named beside it.
 */
export const ARTICLES: readonly (ArchiveInput & { id: string })[] = [
  {
    // `bertemu` and `pertemuan` in the body; a speaker whose organisation is an acronym the article expands.
    id: 'kompas-gabah',
    outlet: 'kompas',
    date: '2024-03-05',
    url: 'https://example.test/kompas-gabah',
    text: `Petani dan Mitra Penggilingan Bertemu Bahas Harga Gabah

JAKARTA, KOMPAS.com - Ratusan petani dari Karawang bertemu dengan mitra penggilingan di Jakarta, Selasa (5/3/2024), untuk membahas harga gabah yang terus turun.

Pertemuan itu difasilitasi Aliansi Petani Lestari (APL) bersama Kementerian Pertanian.

“Kami ingin harga gabah yang adil bagi petani dan mitra penggilingan,” ujar Rina Kusumawati, Koordinator Program APL.

Menurut Rina, harga gabah kering panen kini hanya Rp 5.200 per kilogram.`,
  },
  {
    // `menemui` (stem temu); a minister quoted by a longer form of her name.
    id: 'detik-defisit',
    outlet: 'detik',
    date: '2024-04-10',
    text: `Menkeu Sebut Defisit Anggaran Masih Terkendali

Jakarta - Menteri Keuangan Rina Wulandari Putri menyatakan defisit anggaran masih terkendali hingga April.

"Defisit kita masih di bawah tiga persen dan penerimaan pajak tetap tumbuh," kata Rina Wulandari di kantor Kementerian Keuangan (Kemenkeu), Jakarta, Rabu (10/4/2024).

Ia menambahkan pemerintah akan menemui para pelaku usaha pekan depan untuk membahas insentif pajak.`,
  },
  {
    // English: indexed word for word.
    id: 'antara-en-rice',
    outlet: 'antara',
    date: '2024-05-20',
    text: `Farmers and millers meet over falling rice prices

Jakarta (ANTARA) - Rice farmers met millers in Jakarta on Monday to discuss falling grain prices, the Ministry of Agriculture said.

"We want a fair price for farmers and their partners," said Dewi Anggraini, a programme officer at the ministry.

The meeting will continue next month.`,
  },
  {
    // Malay, with a dateline date.
    id: 'bernama-ms-mesyuarat',
    outlet: 'bernama',
    text: `KUALA LUMPUR, 5 Mac (Bernama) -- Kerajaan akan mengadakan pertemuan dengan wakil peniaga kecil minggu depan bagi membincangkan harga barang.

Menteri Perdagangan Dalam Negeri berkata pertemuan itu penting kerana harga beras terus meningkat.

"Kami akan mendengar semua pihak sebelum membuat keputusan," katanya kepada pemberita di sini hari ini.`,
  },
];

/** The team's corpus (`corpus/*.txt`), as archive inputs keyed by file name. */
export function corpusInputs(): (ArchiveInput & { id: string })[] {
  const dir = join(import.meta.dirname, '..', '..', 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8') }));
}

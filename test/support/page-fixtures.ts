/**
 * Invented fixtures shared by the page-furniture tests: one definition of each set of sentences (and the helpers
 * that read them) that several test files use. A test file takes the names it needs, e.g.
 * `const { ID_1, ID_2 } = labelledFurnitureFixtures;`, inside a bare block where an earlier section of the file
 * uses the same names. Every outlet, person and sentence here is invented for these tests.
 */
import type { parseArticle } from '../../src/index.js';
import { junk } from './page-lines.js';

/**
 * Page furniture and datelines of outlets warta has not seen, round 13 (issue 9): an English daily's `Jakarta.`
 * dateline, a short date in parentheses (`KUCHING (Dec 3):`), a footer menu on one line, a byline with its posting
 * day, a share plea after a question, a photo credit glued to the caption's last sentence.
 * `junkOf` gives the boilerplate as `[kind, text]` pairs.
 */
export const outletFurnitureFixtures = Object.freeze({
  EN_1: 'The Contohland Water Board will replace 40 kilometres of old pipes in the northern districts before the end of next year, an official said on Monday.',
  EN_2: '"Leaks cost us almost a third of the water we treat," board director Daniel Tan told reporters.',
  ID_1: 'Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat sampah sejak dua pekan lalu.',
  ID_2: '"Kami ingin petani bisa kembali menanam bulan depan," kata Kepala Desa Sukamaju, Rina Wulandari.',
  ID_3: 'Pemerintah desa juga menyiapkan anggaran untuk memperbaiki pintu air yang rusak di hulu saluran.',
  junkOf: junk,
});

/**
 * Page furniture headed by a label, and lines of links, e-mails and dates, in the shapes of outlets
 * warta has no list entry for (issue 9).
 */
export const labelledFurnitureFixtures = Object.freeze({
  ID_1: 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.',
  ID_2: '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.',
  ID_3: 'Sebagian hasil panen akan dijual ke pabrik pakan ternak, sisanya disimpan sebagai benih untuk musim tanam berikutnya.',
  MS_1: 'Seramai 120 penduduk dari tiga kampung dipindahkan ke pusat pemindahan sementara selepas banjir melanda kawasan itu semalam.',
  MS_2: '"Kami menasihatkan penduduk supaya berwaspada," kata Ketua Polis Daerah Sukamaju, Budi Santoso ketika dihubungi.',
  EN_1: 'Police in Sukamaju have arrested two men suspected of running a fake bank call scam that cheated 40 victims.',
  EN_2: '"We seized six phones and a laptop," district police chief Budi Santoso said on Monday.',
});

/** Junk, credits, titles and datelines in the shapes of outlets warta has no list entry for (issue 9). */
const UNLISTED = {
  ID_1: 'Harga cabai rawit di Pasar Induk Sukamaju naik tajam sejak awal pekan karena pasokan dari petani berkurang akibat hujan deras.',
  ID_2: '"Kami berharap pasokan kembali normal minggu depan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari, Senin.',
  ID_3: 'Pemerintah daerah berencana menggelar operasi pasar untuk menekan harga di tingkat konsumen dalam waktu dekat.',
  MS_1: 'Harga ayam di pasar basah Kampung Seri Contoh naik sejak minggu lalu kerana bekalan berkurangan akibat hujan lebat.',
  MS_2: '"Kami harap bekalan kembali normal minggu depan," kata Pengerusi Persatuan Penternak Contoh, Aminah Yusof.',
  EN_1: 'Chilli prices at the Sukamaju central market rose sharply this week as supplies from farmers fell after heavy rain.',
  EN_2: '"We hope supplies return to normal next week," said farmers alliance chairman Rina Wulandari on Monday.',
};
export const unlistedOutletFixtures = Object.freeze({
  ...UNLISTED,
  ID: `${UNLISTED.ID_1}\n\n${UNLISTED.ID_2}\n\n${UNLISTED.ID_3}`,
  MS: `KUALA LUMPUR: ${UNLISTED.MS_1}\n\n${UNLISTED.MS_2}`,
  EN: `${UNLISTED.EN_1}\n\n${UNLISTED.EN_2}`,
});

/**
 * Page furniture of outlets the shared sets do not cover (issue 9): three whole stories (Indonesian, Malay, English)
 * for an outlet, a date or a notice to follow; `last` gives the text of the last paragraph.
 */
export const uncoveredOutletFixtures = Object.freeze({
  ID:
    'Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari mengatakan harga gabah di tingkat petani turun tajam dalam sepekan terakhir.\n\n"Kami minta pemerintah segera turun tangan," kata Rina kepada wartawan, Senin (3/2/2025).\n\nMenurut dia, penurunan harga terjadi karena panen raya berlangsung serentak di sejumlah kabupaten.',
  MS:
    'Presiden Persatuan Nelayan Pantai Timur, Ahmad Fauzi Rahman berkata, hasil tangkapan nelayan merosot sejak musim tengkujuh bermula bulan lalu.\n\n"Kami harap kerajaan negeri dapat membantu nelayan yang terjejas," katanya kepada pemberita di sini hari ini.\n\nBeliau berkata, seramai 300 nelayan terlibat di kawasan itu.',
  EN:
    'Farmers in the district say the price of unhusked rice has fallen sharply in the past week, the head of a local growers association said on Monday.\n\n"We ask the government to step in quickly," Rina Wulandari told reporters.\n\nShe said the fall came as harvests in several regencies overlapped this year.',
  last: (a: ReturnType<typeof parseArticle>) => a.paragraphs.at(-1)?.text,
});

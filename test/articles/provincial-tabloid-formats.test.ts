/**
 * Invented articles in outlet formats the labelled sets have little of (issue 9, round 30): a provincial newspaper's
 * politics page, a tabloid entertainment piece with nicknames, a health ministry release, a district fisheries
 * report, a national TV website's live report (Indonesian); a state government story, a court case and a football
 * club (Malaysian Malay). Every person, body, place and event here is invented; the expectations were written before
 * warta read the articles and follow the labelling guide (speaker's fullest name, title as written, the body they
 * speak for).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { type InventedArticle, scoreInventedArticles, scoreNamedOrganisations } from '../support/invented-articles.js';

/** An invented article with the organisations it names: each `[name, ...other forms]`, as the labelling guide lists them. */
interface ArticleWithBodies extends InventedArticle {
  organisations: readonly (readonly string[])[];
}

const INDONESIAN: readonly ArticleWithBodies[] = [
{ id: 'id-provincial-politics-coast-road', text: `Fraksi Desak Pemprov Kalimaya Timur Tuntaskan Jalan Lintas Pesisir Sebelum Musim Hujan

PALANGRAYA – Sejumlah fraksi di Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Kalimaya Timur mendesak pemerintah provinsi menuntaskan perbaikan ruas jalan lintas pesisir sepanjang 38 kilometer sebelum musim hujan tiba. Desakan itu muncul dalam rapat paripurna pandangan umum fraksi, Senin (6/10/2025).

Juru bicara Fraksi Partai Nusa Bersatu, Hendrikus Baralangi, menilai progres pekerjaan baru 41 persen, padahal kontrak berakhir Desember.

“Kalau tempo kerjanya seperti sekarang, kami ragu jalan itu selesai tahun ini. Warga pesisir sudah terlalu lama menunggu,” ujar Hendrikus di ruang paripurna.

Ketua Komisi III DPRD Kalimaya Timur yang membidangi infrastruktur, Rosalinda Tumewang, meminta Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kalimaya Timur membuka laporan mingguan kontraktor kepada dewan.

"Kami minta Dinas PUPR terbuka. Jangan sampai kami tahu masalahnya dari media," kata politikus Partai Cahaya Rakyat itu.

Menanggapi desakan itu, Kepala Dinas PUPR Kalimaya Timur, Ir. Agustinus Palempang, M.T., mengakui pekerjaan sempat tertahan karena pasokan aspal terlambat dua bulan.

“Pasokan sudah normal sejak September. Kami targetkan pengaspalan rampung pertengahan Desember,” kata Agustinus.

Menurutnya, dinas juga menambah dua unit alat pemadat agar pekerjaan bisa berjalan siang dan malam.

“Kalau cuaca bersahabat, kami kerja dua sif,” tuturnya.

Wakil Gubernur Kalimaya Timur Yohanes Rambulangi yang hadir dalam rapat itu berjanji meninjau langsung ke lapangan bulan ini. Rapat paripurna dipimpin Ketua DPRD Kalimaya Timur, Magdalena Sirampun. (ris/dm)`,
  expect: [
    ['Hendrikus Baralangi', 'Juru bicara', 'Fraksi Partai Nusa Bersatu'],
    ['Rosalinda Tumewang', 'Ketua Komisi III', 'DPRD Kalimaya Timur'],
    ['Agustinus Palempang', 'Kepala', 'Dinas PUPR Kalimaya Timur'],
    ['Agustinus Palempang', 'Kepala', 'Dinas PUPR Kalimaya Timur'],
  ],
  organisations: [
    ['DPRD Provinsi Kalimaya Timur', 'Dewan Perwakilan Rakyat Daerah', 'DPRD Kalimaya Timur', 'DPRD'],
    ['Fraksi Partai Nusa Bersatu'],
    ['Komisi III DPRD Kalimaya Timur', 'Komisi III'],
    ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR Kalimaya Timur', 'Dinas PUPR', 'PUPR'],
    ['Partai Cahaya Rakyat'],
  ] },
{ id: 'id-tabloid-singer-nicknames', text: `Single Barunya Ditonton Dua Juta Kali, Ayu Kemuning Blak-blakan Soal Rencana Menikah

Penyanyi dangdut Rahayu Kemuningsari atau yang akrab disapa Ayu Kemuning sedang berbunga-bunga. Single terbarunya, 'Janji di Ujung Dermaga', ditonton lebih dari dua juta kali dalam sepekan sejak dirilis label Swara Gemintang Records.

Ditemui di sela jumpa pers di Jakarta, Kamis (9/10/2025), pelantun berusia 27 tahun itu mengaku tak menyangka sambutan penggemar sebesar itu.

“Jujur aku kaget banget. Lagu ini aku tulis waktu lagi galau-galaunya,” kata Ayu sambil tertawa.

Soal kabar kedekatannya dengan aktor Bagaskara Dwipangga, Ayu tak lagi menutupi. Keduanya disebut sudah berpacaran hampir dua tahun.

“Doakan saja ya, tahun depan mungkin. Yang penting kerjaan beres dulu,” ucap perempuan kelahiran Kota Lirang itu.

Bagaskara, yang akrab disapa Bagas, saat dihubungi terpisah membenarkan rencana tersebut. Pemeran utama sinetron Cinta di Tepi Senja itu mengaku sudah bertemu keluarga besar sang kekasih.

“Aku sudah sowan ke orang tuanya di kampung. Alhamdulillah diterima dengan baik,” tutur Bagas.

Manajer Ayu, Fitriana Oktaviani alias Mbak Pipit, memastikan jadwal manggung sang biduan tetap padat hingga akhir tahun.

“Sampai Desember sudah ada 34 titik, dari Sumatera sampai Papua,” jelas Pipit.

Swara Gemintang Records juga berencana merilis video klip lagu kedua Ayu bulan depan.`,
  expect: [
    ['Rahayu Kemuningsari', undefined, null],
    ['Rahayu Kemuningsari', undefined, null],
    ['Bagaskara Dwipangga', undefined, null],
    ['Fitriana Oktaviani', 'Manajer', null],
  ],
  organisations: [['Swara Gemintang Records']] },
{ id: 'id-health-ministry-release-tb', text: `Kemenkes Perluas Skrining Tuberkulosis Aktif ke 120 Kabupaten/Kota

Jakarta, 14 Oktober 2025 – Kementerian Kesehatan (Kemenkes) memperluas skrining tuberkulosis (TBC) aktif ke 120 kabupaten/kota mulai bulan ini. Perluasan ini menyasar permukiman padat dan lembaga pemasyarakatan yang selama ini mencatat kasus tinggi.

Direktur Jenderal Penanggulangan Penyakit Kemenkes, dr. Wiratama Suryaningrat, M.P.H., menyampaikan bahwa skrining memakai mesin rontgen portabel yang hasilnya dibaca dengan bantuan kecerdasan buatan.

“Dengan alat portabel, satu tim bisa memeriksa hingga 300 orang per hari. Yang hasilnya mencurigakan langsung kami rujuk untuk tes cepat molekuler,” kata dr. Wiratama.

Ia menambahkan, pemerintah menargetkan 90 persen kasus TBC ditemukan dan diobati pada 2030.

“Masih banyak pasien yang tidak tahu dirinya sakit. Mereka inilah yang menularkan di rumah dan tempat kerja,” ujarnya.

Pelaksanaan skrining di daerah melibatkan dinas kesehatan, puskesmas, dan Perkumpulan Relawan Sehat Paru (PRSP). Ketua Umum PRSP, Lestiana Wulandaru, mengatakan 4.000 kader telah dilatih untuk mendampingi pasien hingga sembuh.

“Kader kami yang datang ke rumah, mengingatkan minum obat setiap hari selama enam bulan,” kata Lestiana.

Menurutnya, pendampingan itu penting karena pasien yang berhenti minum obat bisa kebal terhadap obat.

Masyarakat yang batuk lebih dari dua minggu diminta segera memeriksakan diri ke puskesmas terdekat tanpa biaya.

Rilis ini diterbitkan oleh Biro Komunikasi dan Pelayanan Publik Kementerian Kesehatan. Kepala Biro Komunikasi dan Pelayanan Publik, Anindita Sekarwangi`,
  expect: [
    ['Wiratama Suryaningrat', 'Direktur Jenderal Penanggulangan Penyakit', 'Kementerian Kesehatan'],
    ['Wiratama Suryaningrat', 'Direktur Jenderal Penanggulangan Penyakit', 'Kementerian Kesehatan'],
    ['Lestiana Wulandaru', 'Ketua Umum', 'Perkumpulan Relawan Sehat Paru'],
  ],
  organisations: [
    ['Kementerian Kesehatan', 'Kemenkes'],
    ['Perkumpulan Relawan Sehat Paru', 'PRSP'],
    ['Biro Komunikasi dan Pelayanan Publik'],
  ] },
{ id: 'id-district-seaweed-prices', text: `Produksi Rumput Laut Teluk Waru Naik, Pembudidaya Keluhkan Harga Anjlok

WARU BARAT, Warta Pesisir – Produksi rumput laut di pesisir Kecamatan Teluk Waru, Kabupaten Waru Barat, naik hampir 30 persen dibanding tahun lalu. Namun, pembudidaya mengeluhkan harga jual yang terus turun.

Kepala Dinas Kelautan dan Perikanan (DKP) Kabupaten Waru Barat, Samsul Bahri Lamato, mengatakan kenaikan produksi ditopang bibit kultur jaringan yang dibagikan sejak awal tahun.

“Bibit dari laboratorium lebih tahan penyakit. Hasil panen per tali jauh lebih berat,” kata Samsul, Rabu (15/10/2025).

Data DKP mencatat produksi rumput laut kering kabupaten itu mencapai 6.200 ton hingga September.

Di sisi lain, Ketua Kelompok Pembudidaya Rumput Laut Mekar Bahari, Muhammad Arsyad Pabittei, mengatakan harga di tingkat pengepul kini hanya Rp9.000 per kilogram, turun dari Rp14.000 tahun lalu.

“Panen banyak tapi harga jatuh. Kami berharap pemerintah daerah bantu carikan pembeli langsung dari pabrik,” ujar Arsyad.

Menanggapi hal itu, Samsul mengatakan DKP tengah menjajaki kerja sama dengan PT Algae Nusantara Mandiri, pabrik pengolahan karaginan di Kota Lirang.

“Kami sudah dua kali bertemu manajemen perusahaan. Mereka siap menyerap 200 ton per bulan kalau kualitasnya sesuai standar,” ungkapnya.

Bupati Waru Barat, Andi Rahmat Tolengi, dalam kesempatan terpisah meminta pembudidaya segera membentuk koperasi agar posisi tawar mereka lebih kuat.

“Kalau jual sendiri-sendiri, pembudidaya akan terus ditekan tengkulak,” kata bupati.`,
  expect: [
    ['Samsul Bahri Lamato', 'Kepala', 'Dinas Kelautan dan Perikanan'],
    ['Muhammad Arsyad Pabittei', 'Ketua', 'Kelompok Pembudidaya Rumput Laut Mekar Bahari'],
    ['Samsul Bahri Lamato', 'Kepala', 'Dinas Kelautan dan Perikanan'],
    ['Andi Rahmat Tolengi', 'Bupati', undefined],
  ],
  organisations: [
    ['Dinas Kelautan dan Perikanan', 'Dinas Kelautan dan Perikanan (DKP) Kabupaten Waru Barat', 'DKP'],
    ['Kelompok Pembudidaya Rumput Laut Mekar Bahari'],
    ['PT Algae Nusantara Mandiri'],
  ] },
{ id: 'id-tv-live-report-flood', text: `LIVE UPDATE: Banjir Rendam Lima Kecamatan di Kota Sungai Lintang, Ribuan Warga Mengungsi

Sungai Lintang, NusaTV – Banjir merendam lima kecamatan di Kota Sungai Lintang sejak Selasa (21/10/2025) dini hari setelah hujan deras mengguyur selama sepuluh jam. Berikut perkembangan terkini.

16.45 WIB

Badan Penanggulangan Bencana Daerah (BPBD) Kota Sungai Lintang mencatat 3.412 warga mengungsi di 14 titik. Kepala Pelaksana BPBD Kota Sungai Lintang, Gregorius Tandiayu, mengatakan jumlah pengungsi masih mungkin bertambah.

“Air di hulu belum surut. Kami minta warga di bantaran sungai jangan kembali dulu ke rumah,” kata Gregorius kepada reporter NusaTV di posko utama.

15.30 WIB

Tim SAR gabungan mengevakuasi seorang lansia yang terjebak di atap rumahnya di Kelurahan Tanjung Biru.

“Kondisinya lemas tapi sadar. Sudah kami bawa ke puskesmas,” ujar Kepala Basarnas Sungai Lintang, Darius Manoppo.

14.10 WIB

Wali Kota Sungai Lintang, Theresia Lumenta, meninjau dapur umum di Kecamatan Lintang Tengah. Ia memastikan kebutuhan makan pengungsi terpenuhi hingga tiga hari ke depan.

“Stok beras di gudang cukup. Yang kami butuhkan sekarang selimut, popok bayi, dan obat-obatan,” ucap Theresia.

13.00 WIB

Pemerintah Kota (Pemkot) Sungai Lintang menetapkan status tanggap darurat banjir selama 14 hari. Prakirawan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), Stevanus Ruru, memperkirakan hujan lebat masih turun hingga Kamis.

“Warga perlu waspada, terutama pada sore hingga malam hari,” katanya.`,
  expect: [
    ['Gregorius Tandiayu', 'Kepala Pelaksana', 'BPBD Kota Sungai Lintang'],
    ['Darius Manoppo', 'Kepala', 'Basarnas Sungai Lintang'],
    ['Theresia Lumenta', 'Wali Kota', 'Pemerintah Kota Sungai Lintang'],
    ['Stevanus Ruru', 'Prakirawan', 'BMKG'],
  ],
  organisations: [
    ['Badan Penanggulangan Bencana Daerah', 'BPBD Kota Sungai Lintang', 'BPBD'],
    ['NusaTV'],
    ['Basarnas Sungai Lintang', 'Basarnas'],
    ['Pemerintah Kota Sungai Lintang', 'Pemerintah Kota (Pemkot) Sungai Lintang', 'Pemkot'],
    ['Badan Meteorologi, Klimatologi, dan Geofisika', 'BMKG'],
  ] },
];

const MALAY: readonly ArticleWithBodies[] = [
{ id: 'ms-state-government-jetties', text: `Kerajaan Negeri Peruntuk RM12 Juta Naik Taraf 18 Jeti Nelayan

KUALA SERAI, 22 Okt – Kerajaan Negeri Teluk Permai memperuntukkan RM12 juta bagi menaik taraf 18 jeti nelayan di sepanjang pantai timur negeri itu tahun depan.

Menteri Besar Teluk Permai, Datuk Seri Hamdan Rosli Kamaruzzaman berkata, projek itu akan dilaksanakan Jabatan Kerja Raya (JKR) negeri secara berperingkat bermula Februari.

“Kita mahu nelayan tidak lagi bergantung kepada jeti kayu yang uzur. Keselamatan mereka keutamaan kerajaan negeri,” katanya pada sidang media selepas mesyuarat exco di Wisma Darul Permai, hari ini.

Beliau berkata, peruntukan itu sebahagian daripada pakej pemulihan ekonomi pesisir bernilai RM45 juta.

“Kontraktor tempatan akan diberi keutamaan supaya wang ini berpusing dalam ekonomi negeri,” ujar beliau.

Sementara itu, Pengerusi Jawatankuasa Pertanian dan Industri Asas Tani negeri, Zulkarnain Ahmad Tajuddin berkata, dua pusat pendaratan ikan baharu akan dibina dengan kerjasama Lembaga Kemajuan Ikan Malaysia (LKIM).

“Dengan pusat pendaratan baharu, hasil tangkapan boleh dijual terus kepada pemborong tanpa orang tengah,” katanya.

Presiden Persatuan Nelayan Kuala Serai, Ismail Mat Daud atau Pak Mail, menyambut baik peruntukan itu.

“Sudah lama kami tunggu. Musim tengkujuh nanti, bot tidak perlu lagi berlabuh jauh di kuala,” kata Pak Mail.`,
  expect: [
    ['Hamdan Rosli Kamaruzzaman', 'Menteri Besar', 'Kerajaan Negeri Teluk Permai'],
    ['Hamdan Rosli Kamaruzzaman', 'Menteri Besar', 'Kerajaan Negeri Teluk Permai'],
    ['Zulkarnain Ahmad Tajuddin', 'Pengerusi Jawatankuasa Pertanian dan Industri Asas Tani', undefined],
    ['Ismail Mat Daud', 'Presiden', 'Persatuan Nelayan Kuala Serai'],
  ],
  organisations: [
    ['Kerajaan Negeri Teluk Permai'],
    ['Jabatan Kerja Raya', 'JKR'],
    ['Lembaga Kemajuan Ikan Malaysia', 'LKIM'],
    ['Persatuan Nelayan Kuala Serai'],
  ] },
{ id: 'ms-court-breach-of-trust', text: `Bekas Pengurus Kewangan Dipenjara Lapan Tahun Pecah Amanah RM2.4 Juta

BANDAR SURIA: Seorang bekas pengurus kewangan syarikat logistik dijatuhi hukuman penjara lapan tahun dan dua sebatan oleh Mahkamah Sesyen di sini hari ini selepas didapati bersalah atas tiga pertuduhan pecah amanah jenayah membabitkan RM2.4 juta.

Hakim Noraini Abdul Rashid menjatuhkan hukuman itu ke atas Faizal Hakimi Zainudin, 41, selepas mendapati pihak pembelaan gagal menimbulkan keraguan munasabah.

“Tertuduh memegang jawatan yang diberi kepercayaan penuh oleh majikannya, namun menyalahgunakan kepercayaan itu untuk kepentingan diri,” kata Hakim Noraini ketika membacakan keputusan.

Mengikut pertuduhan, Faizal Hakimi yang ketika itu pengurus kewangan Anggerik Logistik Sdn Bhd memindahkan wang syarikat ke akaun peribadinya antara Januari 2021 dan Mac 2022.

Timbalan Pendakwa Raya Siti Khadijah Osman memohon hukuman berat dikenakan sebagai pengajaran kepada orang ramai.

“Jumlah yang terlibat besar dan sehingga hari ini tiada satu sen pun dikembalikan kepada syarikat,” hujah beliau.

Peguam bela, Ravindran Subramaniam pula memohon hukuman minimum kerana anak guamnya menanggung ibu yang uzur dan tiga anak kecil.

“Anak guam saya sudah kehilangan pekerjaan dan nama baiknya. Itu sudah satu hukuman,” katanya.

Mahkamah membenarkan penangguhan pelaksanaan hukuman sementara menunggu rayuan di Mahkamah Tinggi dengan jaminan RM50,000 dan seorang penjamin.`,
  expect: [
    ['Noraini Abdul Rashid', 'Hakim', 'Mahkamah Sesyen'],
    ['Siti Khadijah Osman', 'Timbalan Pendakwa Raya', undefined],
    ['Ravindran Subramaniam', 'Peguam bela', null],
  ],
  organisations: [
    ['Mahkamah Sesyen'],
    ['Anggerik Logistik Sdn Bhd'],
    ['Mahkamah Tinggi'],
  ] },
{ id: 'ms-football-club-head-coach', text: `Sri Gading FC Sasar Tiga Mata di Laman Sendiri

SRI GADING: Ketua Jurulatih Sri Gading FC, Azlan Syafiq Mokhtar yakin anak buahnya mampu menang ketika menentang Pantai Merah United dalam aksi Liga Super di Stadium Tun Ahmad Lutfi, Sabtu ini.

“Pemain sudah pulih sepenuhnya selepas rehat seminggu. Kami mahu kutip tiga mata di depan penyokong sendiri,” katanya selepas sesi latihan di Padang Bukit Cempaka, semalam.

Jurulatih berusia 48 tahun itu berkata, pasukannya akan bermain tanpa penyerang import, Gilberto Nascimento Arruda yang digantung dua perlawanan.

“Kehilangan Gilberto memang memberi kesan, tetapi kita ada pemain tempatan yang lapar untuk membuktikan diri,” ujarnya.

Sementara itu, kapten pasukan, Khairul Anwar Ismadi atau lebih dikenali sebagai KAI, berkata semangat pemain berada di tahap tertinggi.

“Kita tahu Pantai Merah kuat dalam serangan balas. Kami perlu berdisiplin dari awal hingga akhir,” kata KAI.

Presiden Persatuan Bola Sepak Sri Gading (PBSG), Datuk Rosmadi Hashim pula mengumumkan tiket perlawanan dijual pada harga RM10 sahaja untuk pelajar.

“Kami mahu stadium penuh. Sokongan penyokong ialah pemain ke-12 kami,” katanya.`,
  expect: [
    ['Azlan Syafiq Mokhtar', 'Ketua Jurulatih', 'Sri Gading FC'],
    ['Azlan Syafiq Mokhtar', 'Ketua Jurulatih', 'Sri Gading FC'],
    ['Khairul Anwar Ismadi', 'kapten', 'Sri Gading FC'],
    ['Rosmadi Hashim', 'Presiden', 'Persatuan Bola Sepak Sri Gading'],
  ],
  organisations: [
    ['Sri Gading FC'],
    ['Pantai Merah United', 'Pantai Merah'],
    ['Persatuan Bola Sepak Sri Gading', 'PBSG'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
  'id-health-ministry-release-tb#0:role': '`Direktur Jenderal Penanggulangan Penyakit Kemenkes, dr. X, M.P.H., menyampaikan`: a long title with a field and the ministry’s short name before `dr.` and a name with a dotted degree gives no role',
  'id-health-ministry-release-tb#0:org': 'as role: the ministry’s short name (`Kemenkes`) at the end of that title is not read as the organisation',
  'id-health-ministry-release-tb#1:role': 'as #0',
  'id-health-ministry-release-tb#1:org': 'as #0',
  'id-district-seaweed-prices#3:name': '`kata bupati.`: a one-word title written in lower case alone after the verb stays an unnamed description, while `kata Bupati.` and `kata bupati itu` find the person the article gave that title (`Bupati X, Y,`); reading it as the title needs a check that someone holds it (else `ujar hakim` with no judge named turns to no speaker)',
  'id-tv-live-report-flood#3:role': '`Prakirawan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), X, memperkirakan` then `katanya`: a title before a body whose name holds commas gives no role',
  'id-tv-live-report-flood#3:org': 'as role',
  'ms-state-government-jetties#2:name': '`Pengerusi Jawatankuasa Pertanian dan Industri Asas Tani negeri, X berkata`: the capitalised words after `dan` inside a committee’s name are read as the person, and the name after the comma is lost',
  'ms-court-breach-of-trust#0:org': '`kata Hakim X` with `Mahkamah Sesyen` named in the first paragraph: a judge’s court named only earlier is not carried to the judge',
  'ms-court-breach-of-trust#2:name': '`Peguam bela, X pula memohon …` then `katanya`: a lower-case two-word calling before a comma and a name followed by `pula` registers nobody, so `katanya` goes to the speaker before',
  'ms-football-club-head-coach#0:org': '`Ketua Jurulatih X Gading FC, Y`: a club’s name closed by the acronym `FC` is cut before it, so the role keeps the words before and the organisation is `FC` (the lenient match takes it); `Sri` opening the name is no longer the cause (round 31: the same with `Bukit Gading FC`)',
  'ms-football-club-head-coach#1:org': 'as #0',
  'ms-football-club-head-coach#2:name': '`X atau lebih dikenali sebagai KAI` then `kata KAI`: an upper-case nickname (initials) is not read as a nickname',
};

/** Organisations warta still misses, by shape (`id:name`). */
const ORGANISATION_GAPS: Readonly<Record<string, string>> = {
  'id-provincial-politics-coast-road:Fraksi Partai Nusa Bersatu': '`Fraksi Partai X`: a party’s faction in a legislature is reported as the party alone',
  'id-tabloid-singer-nicknames:Swara Gemintang Records': 'a record label named `X Records` (an English head noun after Indonesian words) is no organisation by shape',
  'id-district-seaweed-prices:Kelompok Pembudidaya Rumput Laut Mekar Bahari': '`Ketua Kelompok Pembudidaya X, Y,`: a producers’ group (`Kelompok …`) is read as the speaker’s organisation but not reported (as round 29’s `Kelompok Tani`)',
  'ms-football-club-head-coach:Sri Gading FC': 'a club named only in the headline and after a title (`Ketua Jurulatih X FC, Y`) is not reported; `Sri` opening it is no longer the cause (round 31: the same with `Bukit Gading FC`)',
  'ms-football-club-head-coach:Pantai Merah United': 'a club named `X United` is no organisation by shape',
};

scoreInventedArticles('articles in provincial and tabloid formats, indonesian', INDONESIAN, GAPS);
scoreInventedArticles('articles in provincial and tabloid formats, malay', MALAY, GAPS, { dropHonorifics: true });

scoreNamedOrganisations('articles in provincial and tabloid formats', [...INDONESIAN, ...MALAY], ORGANISATION_GAPS);

/** Speaker, role and organisation of each direct quote of `text`, read as Indonesian. */
function speakers(text: string): (readonly [string | null, string | null, string | null])[] {
  return extractQuotes(text, { language: 'ind' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.organisation ?? null] as const);
}

describe('articles in provincial and tabloid formats: a nickname of two words', () => {
  it('`X atau yang akrab disapa Y Z` then `kata Y` is X, not the nickname as a person', () => {
    const text = 'Pelawak Sutrisno Wibowokarto atau yang akrab disapa Tris Gembul tampil di acara itu.\n\n“Saya hampir lupa naskahnya,” kata Tris sambil tertawa.';
    expect(speakers(text)[0]?.[0]).toBe('Sutrisno Wibowokarto');
    const comma = 'Pelawak Sutrisno Wibowokarto, yang akrab disapa Tris Gembul, tampil di acara itu.\n\n“Saya hampir lupa naskahnya,” ujar Tris Gembul.';
    expect(speakers(comma)[0]?.[0]).toBe('Sutrisno Wibowokarto');
  });

  it('`X atau Y Z` with nothing between them is a choice between two people, no nickname', () => {
    const text = 'Calon ketua adalah Sutrisno Wibowokarto atau Ratmini Cahyaningsih menurut panitia.\n\n“Saya siap bertanding,” kata Ratmini.';
    expect(speakers(text)[0]?.[0]).toBe('Ratmini Cahyaningsih');
  });
});

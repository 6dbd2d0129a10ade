/**
 * Invented Indonesian articles in outlet formats the labelled sets have little of (issue 9): a regional government
 * portal, a police press release, a sports report, a court report, a business portal with analysts, a campus release,
 * an online portal that attributes with `kata dia`/`ucapnya`/`tuturnya`/`imbuhnya`/`jelasnya`, and a long interview
 * piece with `menurut X` and indirect speech. Every person, body, place and event here is invented; the
 * expectations follow the labelling guide (speaker's fullest name, title as written, the body they speak for).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { type InventedArticle, scoreInventedArticles } from '../support/invented-articles.js';

/** An invented article with the organisations it names: each `[name, ...other forms]`, as the labelling guide lists them. */
interface ArticleWithBodies extends InventedArticle {
  organisations: readonly (readonly string[])[];
}

const ARTICLES: readonly ArticleWithBodies[] = [
{ id: 'id-regional-portal-seed-aid', text: `Pemkab Lembah Sarupa Salurkan 40 Ton Benih Padi untuk Petani Terdampak Banjir

LEMBAH SARUPA – Pemerintah Kabupaten Lembah Sarupa melalui Dinas Pertanian dan Ketahanan Pangan Kabupaten Lembah Sarupa menyalurkan 40 ton benih padi kepada 1.250 petani yang sawahnya rusak akibat banjir awal bulan lalu. Penyerahan simbolis berlangsung di Balai Desa Kedung Wangi, Kecamatan Sarupa Hilir, Rabu (14/5/2025).

Bupati Lembah Sarupa, H. Darmawangsa Pratalaksana, S.E., M.Si., dalam sambutannya menyampaikan bahwa bantuan ini merupakan bentuk kehadiran pemerintah daerah di tengah kesulitan petani.

“Kami tidak ingin petani kehilangan satu musim tanam. Benih ini harus sudah di sawah paling lambat akhir bulan ini,” tegas Bupati.

Ia juga meminta para camat dan kepala desa ikut mengawasi penyaluran agar tepat sasaran.

Sementara itu, Kepala Dinas Pertanian dan Ketahanan Pangan (DPKP) Kabupaten Lembah Sarupa, Ir. Sulastri Widyaningrum, M.P., menjelaskan bahwa data penerima disusun dari laporan kelompok tani dan hasil verifikasi penyuluh di lapangan.

“Ada 87 kelompok tani yang kami verifikasi satu per satu. Yang lahannya rusak di atas 50 persen mendapat prioritas,” jelasnya.

Menurut Sulastri, DPKP juga menyiapkan pompa air dan traktor tangan yang bisa dipinjam kelompok tani secara bergiliran.

“Silakan ajukan lewat penyuluh di kecamatan masing-masing, tidak dipungut biaya apa pun,” imbuh Sulastri.

Ketua Kelompok Tani Tunas Wangi, Marjuki Sastrodiharjo, mengaku lega karena benih datang sebelum air benar-benar surut.

“Kemarin kami sudah pasrah. Dengan bantuan ini kami bisa tanam lagi minggu depan,” ujarnya.

Turut hadir dalam kegiatan tersebut Wakil Ketua DPRD Kabupaten Lembah Sarupa, Camat Sarupa Hilir, serta unsur Forkopimcam. (Diskominfo/ard)`,
  expect: [
    ['Darmawangsa Pratalaksana', 'Bupati', 'Pemerintah Kabupaten Lembah Sarupa'],
    ['Sulastri Widyaningrum', 'Kepala', 'Dinas Pertanian dan Ketahanan Pangan'],
    ['Sulastri Widyaningrum', 'Kepala', 'Dinas Pertanian dan Ketahanan Pangan'],
    ['Marjuki Sastrodiharjo', 'Ketua', 'Kelompok Tani Tunas Wangi'],
  ],
  organisations: [
    ['Pemerintah Kabupaten Lembah Sarupa', 'Pemkab Lembah Sarupa'],
    ['Dinas Pertanian dan Ketahanan Pangan Kabupaten Lembah Sarupa', 'Dinas Pertanian dan Ketahanan Pangan', 'DPKP'],
    ['Kelompok Tani Tunas Wangi'],
    ['DPRD Kabupaten Lembah Sarupa'],
  ] },
{ id: 'id-police-release-port-drugs', text: `Polres Tanjung Arum Ungkap Peredaran Sabu di Kawasan Pelabuhan, Dua Pria Diamankan

TANJUNG ARUM – Satuan Reserse Narkoba (Satresnarkoba) Polres Tanjung Arum menangkap dua pria yang diduga mengedarkan sabu di kawasan Pelabuhan Rakyat Tanjung Arum, Sabtu (8/3/2025) dini hari. Dari tangan keduanya, petugas menyita 126 gram sabu yang dikemas dalam 40 paket kecil.

Kapolres Tanjung Arum AKBP Yudhawirya Kelanawira Putra, S.I.K., M.H., melalui Kasat Resnarkoba AKP Bernardinus Harjo Lumintang menyampaikan, penangkapan berawal dari laporan warga yang resah dengan lalu-lalang orang tak dikenal di sekitar gudang ikan.

“Anggota kami melakukan pengintaian selama tiga hari sebelum akhirnya menangkap kedua tersangka saat bertransaksi,” kata Bernardinus dalam keterangan tertulis, Minggu (9/3/2025).

Kedua tersangka masing-masing berinisial RS (34) dan MF (27), warga Kecamatan Arum Barat. Dari pengakuan tersangka, sabu tersebut dipasok dari seseorang di luar daerah yang kini masih diburu petugas.

“Kami sudah mengantongi identitas pemasoknya dan tengah berkoordinasi dengan Ditresnarkoba Polda Sulawesi Utara,” ujar mantan Kanit Reskrim Polsek Arum Barat itu.

Atas perbuatannya, tersangka dijerat Pasal 114 ayat (2) subsider Pasal 112 ayat (2) Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman paling lama 20 tahun penjara.

Sementara itu, Kasi Humas Polres Tanjung Arum Iptu Ratna Sekarsari Wulandaru mengimbau masyarakat tidak ragu melapor bila melihat transaksi mencurigakan.

“Identitas pelapor kami rahasiakan. Silakan hubungi layanan 110 atau datang langsung ke kantor polisi terdekat,” ucapnya.

Kapolres menegaskan, pihaknya tidak akan memberi ruang bagi peredaran narkoba di wilayah pelabuhan.

“Pelabuhan adalah pintu masuk. Kalau di sini kita lengah, barang haram itu akan menyebar ke seluruh kecamatan,” tegas Yudhawirya.`,
  expect: [
    ['Bernardinus Harjo Lumintang', 'Kasat Resnarkoba', 'Polres Tanjung Arum'],
    ['Bernardinus Harjo Lumintang', 'Kasat Resnarkoba', 'Polres Tanjung Arum'],
    ['Ratna Sekarsari Wulandaru', 'Kasi Humas', 'Polres Tanjung Arum'],
    ['Yudhawirya Kelanawira Putra', 'Kapolres', 'Polres Tanjung Arum'],
  ],
  organisations: [
    ['Satuan Reserse Narkoba Polres Tanjung Arum', 'Satuan Reserse Narkoba', 'Satresnarkoba'],
    ['Polres Tanjung Arum'],
    ['Polsek Arum Barat'],
    ['Ditresnarkoba Polda Sulawesi Utara', 'Ditresnarkoba'],
    ['Polda Sulawesi Utara'],
  ] },
{ id: 'id-sports-league-home-win', text: `Persibara Tundukkan Tamu 2-1, Pelatih Puji Mental Pemain Muda

BARANANG – Persibara Baranang memetik kemenangan 2-1 atas PS Kali Hitam dalam lanjutan Liga 2 Grup Timur di Stadion Gelora Baranang, Jumat (21/2/2025) malam. Dua gol tuan rumah dicetak Ferdiansyah Wulakada pada menit ke-17 dan pemain pengganti Riozaldi Andaresta Lubis di masa tambahan waktu.

Pelatih Persibara, Hendriko Sumolang Pangemanan, mengaku puas dengan cara timnya bangkit setelah kebobolan lebih dulu di awal babak kedua.

“Anak-anak tidak panik. Kami sudah latihan skema ini sepanjang pekan, dan hasilnya terlihat malam ini,” kata pelatih asal Manado itu seusai laga.

Ia secara khusus memuji Riozaldi yang baru berusia 19 tahun.

“Riozaldi punya naluri. Dia masuk dengan percaya diri dan tidak takut mengambil keputusan,” tuturnya.

Riozaldi sendiri mengaku tidak menyangka bisa mencetak gol penentu di laga debutnya di depan publik sendiri.

“Saya cuma berusaha ada di tempat yang tepat. Gol ini untuk ibu saya yang menonton di tribun,” ujar pemain yang akrab disapa Ucok itu.

Di kubu tim tamu, asisten pelatih PS Kali Hitam, Bimantoro Eko Wirasena, menyesalkan kesalahan koordinasi lini belakang menjelang akhir laga.

“Kami kehilangan konsentrasi di menit-menit akhir. Itu pelajaran mahal buat kami,” kata Bimantoro.

Dengan hasil ini Persibara naik ke peringkat ketiga klasemen sementara dengan 14 poin, sedangkan PS Kali Hitam tertahan di posisi ketujuh.`,
  expect: [
    ['Hendriko Sumolang Pangemanan', 'Pelatih', 'Persibara'],
    ['Hendriko Sumolang Pangemanan', 'Pelatih', 'Persibara'],
    ['Riozaldi Andaresta Lubis', undefined, undefined],
    ['Bimantoro Eko Wirasena', 'asisten pelatih', 'PS Kali Hitam'],
  ],
  organisations: [
    ['Persibara Baranang', 'Persibara'],
    ['PS Kali Hitam'],
  ] },
{ id: 'id-court-bridge-graft-verdict', text: `Mantan Kadis PUPR Divonis 6 Tahun Penjara dalam Kasus Proyek Jembatan

SAMARANGGA – Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Samarangga menjatuhkan vonis enam tahun penjara kepada mantan Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Wae Lolo, Agustinus Rerebain, Selasa (11/2/2025).

Agustinus dinyatakan terbukti bersalah melakukan korupsi dalam proyek pembangunan Jembatan Wae Lolo senilai Rp 18,4 miliar yang merugikan keuangan negara sekitar Rp 4,1 miliar.

“Menyatakan terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana korupsi secara bersama-sama,” ucap ketua majelis hakim Fransiska Doren Lamanepa saat membacakan amar putusan.

Selain pidana penjara, majelis juga mewajibkan terdakwa membayar denda Rp 300 juta subsider empat bulan kurungan serta uang pengganti Rp 1,2 miliar.

Vonis tersebut lebih ringan dibanding tuntutan jaksa penuntut umum (JPU) dari Kejaksaan Negeri (Kejari) Wae Lolo yang menuntut delapan tahun penjara.

Kepala Seksi Pidana Khusus Kejari Wae Lolo, Yohanis Keraf Bedamaking, mengatakan pihaknya masih mempertimbangkan langkah hukum selanjutnya.

“Kami pikir-pikir dulu selama tujuh hari sesuai ketentuan. Kami akan pelajari pertimbangan majelis,” katanya kepada wartawan di halaman pengadilan.

Adapun kuasa hukum terdakwa, Stevano Liemantara, menilai putusan itu tidak mempertimbangkan fakta bahwa kliennya tidak menerima aliran dana.

“Klien kami hanya menandatangani dokumen yang sudah disiapkan bawahannya. Tidak ada satu rupiah pun yang masuk ke rekeningnya,” ujar Stevano.

Dalam perkara yang sama, dua terdakwa lain, yakni pejabat pembuat komitmen dan direktur PT Lolo Karya Pratama, telah lebih dulu divonis masing-masing lima dan tujuh tahun penjara.

Agustinus yang mengenakan kemeja putih tampak tertunduk selama pembacaan putusan. Ia tidak banyak berkomentar saat digiring keluar ruang sidang.

“Saya serahkan semuanya kepada pengacara saya,” katanya singkat.`,
  expect: [
    ['Fransiska Doren Lamanepa', 'ketua majelis hakim', 'Pengadilan Tindak Pidana Korupsi'],
    ['Yohanis Keraf Bedamaking', 'Kepala Seksi Pidana Khusus', 'Kejari Wae Lolo'],
    ['Stevano Liemantara', 'kuasa hukum', undefined],
    ['Agustinus Rerebain', undefined, undefined],
  ],
  organisations: [
    ['Pengadilan Tindak Pidana Korupsi', 'Tipikor'],
    ['Pengadilan Negeri Samarangga'],
    ['Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Wae Lolo', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'PUPR'],
    ['Kejaksaan Negeri Wae Lolo', 'Kejaksaan Negeri', 'Kejari Wae Lolo', 'Kejari'],
    ['PT Lolo Karya Pratama'],
  ] },
{ id: 'id-business-palm-oil-results', text: `Laba Bersih Sinar Kelapa Naik 23 Persen, Analis Pertahankan Rekomendasi Beli

Jakarta – PT Sinar Kelapa Nusantara Tbk (SKLN) membukukan laba bersih Rp 612,4 miliar sepanjang 2024, naik 23 persen dibanding tahun sebelumnya. Kenaikan ditopang harga minyak sawit mentah (CPO) yang tinggi dan volume penjualan produk hilir yang bertambah.

Direktur Keuangan SKLN Lidyawati Hartanti Gunawijaya mengatakan perseroan akan membagikan dividen sekitar 40 persen dari laba bersih.

“Kami tetap menjaga rasio pembayaran dividen di kisaran yang sama dengan tahun lalu, sambil menyisihkan dana untuk peremajaan kebun,” kata Lidyawati dalam paparan kinerja secara daring, Kamis (27/3/2025).

Tahun ini, perseroan menganggarkan belanja modal Rp 1,1 triliun, sebagian besar untuk peremajaan 6.000 hektare kebun di Kalimantan Barat dan perluasan pabrik minyak goreng di Dumai.

Analis PT Cakrawala Sekuritas Indonesia, Ardityo Pamungkas Hadiwinarso, menilai kinerja SKLN lebih baik dari perkiraan pasar.

“Margin laba kotornya naik hampir dua poin persentase. Ini menunjukkan bisnis hilirnya mulai memberi kontribusi yang berarti,” ujar Ardityo.

Ia mempertahankan rekomendasi beli dengan target harga Rp 1.850 per saham.

Senada, Kepala Riset Mandala Investama Sekuritas Yosefina Tirtasari menyebut risiko terbesar perseroan datang dari kebijakan pungutan ekspor.

“Jika pungutan ekspor dinaikkan lagi, margin hulu akan tertekan. Investor perlu mencermati itu,” tuturnya.

Pada penutupan perdagangan Kamis, saham SKLN di Bursa Efek Indonesia (BEI) naik 2,9 persen ke level Rp 1.590 per saham.

Sementara itu, Presiden Direktur SKLN Bonifasius Tanuwiryo menuturkan perseroan tidak berencana menerbitkan saham baru tahun ini.

“Kas internal dan pinjaman bank sudah cukup untuk membiayai ekspansi kami,” kata Bonifasius.`,
  expect: [
    ['Lidyawati Hartanti Gunawijaya', 'Direktur Keuangan', 'PT Sinar Kelapa Nusantara Tbk'],
    ['Ardityo Pamungkas Hadiwinarso', 'Analis', 'PT Cakrawala Sekuritas Indonesia'],
    ['Yosefina Tirtasari', 'Kepala Riset', 'Mandala Investama Sekuritas'],
    ['Bonifasius Tanuwiryo', 'Presiden Direktur', 'PT Sinar Kelapa Nusantara Tbk'],
  ],
  organisations: [
    ['PT Sinar Kelapa Nusantara Tbk', 'SKLN', 'Sinar Kelapa'],
    ['PT Cakrawala Sekuritas Indonesia'],
    ['Mandala Investama Sekuritas'],
    ['Bursa Efek Indonesia', 'BEI'],
  ] },
{ id: 'id-campus-flood-sensor', text: `Mahasiswa Unpesa Kembangkan Alat Deteksi Dini Banjir Berbiaya Murah

Tim mahasiswa Fakultas Teknik Universitas Pelita Samudra (Unpesa) mengembangkan alat deteksi dini banjir dengan biaya kurang dari Rp 500 ribu per unit. Alat tersebut telah diuji coba di tiga desa di bantaran Sungai Lirang sejak Januari lalu.

Ketua tim, Aurelia Kinanti Prameswari, mahasiswa Program Studi Teknik Elektro angkatan 2021, menjelaskan alat itu mengukur ketinggian air dan mengirim peringatan ke grup pesan warga.

“Kami ingin warga punya waktu setidaknya satu jam untuk mengungsi sebelum air masuk rumah,” jelas Aurelia.

Pengembangan alat ini didampingi dosen pembimbing, Dr. Hanafiah Surya Atmadilaga, S.T., M.Eng. Menurutnya, kunci alat tersebut ada pada perawatan yang mudah.

“Komponennya bisa dibeli di toko elektronik mana pun. Kalau rusak, pemuda desa bisa menggantinya sendiri,” kata dosen yang juga Kepala Laboratorium Sistem Kendali itu.

Proyek ini didanai melalui program hibah inovasi dari Yayasan Rumah Air Lestari (YRAL), lembaga swadaya masyarakat yang bergerak di bidang pengurangan risiko bencana.

Direktur Eksekutif YRAL, Mariska Kristanti Bungamawar, mengatakan pihaknya berencana memperluas pemasangan ke 20 desa lain tahun depan.

“Teknologi yang paling berguna adalah yang dipahami dan dirawat warga sendiri,” ujarnya.

Wakil Rektor Bidang Kemahasiswaan Unpesa, Prof. Ir. Gregorio Tumanggor, Ph.D., menyebut karya ini akan diikutkan dalam kompetisi inovasi tingkat nasional.

“Kami bangga, dan kampus siap membantu mengurus paten alat ini,” katanya.

Kepala Desa Lirang Hulu, Sapriadi Hamzah, mengaku warganya sudah merasakan manfaat alat tersebut saat banjir kecil bulan lalu.

“Sirene berbunyi jam dua pagi, dan warga sudah siap sebelum air naik,” kata Sapriadi.`,
  expect: [
    ['Aurelia Kinanti Prameswari', 'Ketua tim', undefined],
    ['Hanafiah Surya Atmadilaga', 'dosen pembimbing', undefined],
    ['Mariska Kristanti Bungamawar', 'Direktur Eksekutif', 'Yayasan Rumah Air Lestari'],
    ['Gregorio Tumanggor', 'Wakil Rektor Bidang Kemahasiswaan', 'Unpesa'],
    ['Sapriadi Hamzah', 'Kepala Desa', undefined],
  ],
  organisations: [
    ['Universitas Pelita Samudra', 'Unpesa'],
    ['Yayasan Rumah Air Lestari', 'YRAL'],
  ] },
{ id: 'id-portal-landfill-smell', text: `Warga Keluhkan Bau Sampah TPA Bukit Lengkong, DLH Janji Tambah Alat Berat

KOTA RANTAUSARI - Warga di sekitar Tempat Pemrosesan Akhir (TPA) Bukit Lengkong, Kecamatan Rantau Timur, mengeluhkan bau menyengat yang semakin parah sejak musim hujan.

Salah satu warga, Nurhayani Lubiswara (46), mengatakan bau sampah tercium hingga ke dalam rumah, terutama pada malam hari.

"Anak saya sampai batuk-batuk terus. Jendela sudah kami tutup, tapi baunya tetap masuk," kata dia saat ditemui, Senin (17/3/2025).

Keluhan serupa disampaikan Ketua RT 04 Kelurahan Lengkong Jaya, Darto Wiyonoharjo. Menurutnya, warga sudah tiga kali mengadu ke kelurahan namun belum ada perubahan.

"Kami tidak menolak TPA, kami cuma minta sampahnya ditutup tanah setiap hari seperti dijanjikan dulu," ucapnya.

Menanggapi hal itu, Kepala Dinas Lingkungan Hidup (DLH) Kota Rantausari, Teguhwira Ariwibisono, mengakui penutupan sampah dengan tanah belum berjalan rutin karena alat berat di TPA sering rusak.

"Dari tiga ekskavator, dua sedang diperbaiki. Jadi memang penutupan tidak bisa setiap hari," tuturnya.

Teguhwira menyebut pihaknya sudah mengajukan pengadaan satu ekskavator baru dalam APBD Perubahan tahun ini.

"Kalau disetujui DPRD, September alatnya sudah bisa datang," imbuhnya.

Anggota Komisi III DPRD Kota Rantausari dari Fraksi Partai Amanat Rakyat, Lukasio Pardamean Simarsoit, berjanji akan mengawal usulan tersebut.

"Ini soal kesehatan warga. Kami akan dorong agar anggarannya jadi prioritas," jelasnya.`,
  expect: [
    ['Nurhayani Lubiswara', 'warga', undefined],
    ['Darto Wiyonoharjo', 'Ketua RT 04', undefined],
    ['Teguhwira Ariwibisono', 'Kepala Dinas', 'Dinas Lingkungan Hidup'],
    ['Teguhwira Ariwibisono', 'Kepala Dinas', 'Dinas Lingkungan Hidup'],
    ['Lukasio Pardamean Simarsoit', 'Anggota', 'DPRD Kota Rantausari'],
  ],
  organisations: [
    ['Dinas Lingkungan Hidup Kota Rantausari', 'Dinas Lingkungan Hidup', 'DLH'],
    ['DPRD Kota Rantausari', 'DPRD'],
    ['Komisi III DPRD Kota Rantausari', 'Komisi III'],
    ['Partai Amanat Rakyat', 'Fraksi Partai Amanat Rakyat'],
  ] },
{ id: 'id-interview-fishers-cooperative', text: `Koperasi Nelayan Harus Dikelola Seperti Perusahaan

Di sebuah ruang kantor sederhana di pinggir dermaga Pasir Langit, Gitarani Larasati Maharani menata tumpukan buku kas. Perempuan 38 tahun yang akrab disapa Laras itu sudah enam tahun memimpin Koperasi Nelayan Bahari Sejahtera (KNBS), koperasi dengan 640 anggota yang kini mengelola pabrik es dan gudang pendingin sendiri.

Ketika pertama kali terpilih sebagai ketua, kata Laras, koperasi itu punya utang Rp 900 juta dan tidak satu pun pembukuannya rapi. Menurut dia, masalah utamanya bukan modal, melainkan kepercayaan anggota.

“Nelayan tidak mau menyetor hasil tangkapan ke koperasi karena tidak pernah tahu uangnya ke mana. Jadi yang pertama saya lakukan adalah menempel laporan keuangan di papan pengumuman setiap bulan,” ujar lulusan akuntansi itu.

Langkah sederhana itu, menurut Laras, membuat setoran anggota naik dua kali lipat dalam setahun. Dari situ koperasi berani meminjam modal dari bank untuk membangun pabrik es berkapasitas 20 ton per hari.

Ia menilai banyak koperasi nelayan gagal karena dikelola seperti arisan, bukan seperti badan usaha.

“Koperasi itu perusahaan milik anggota. Harus ada target, laporan, dan pengawas yang berani bertanya,” tuturnya.

Kepala Bidang Kelembagaan Dinas Koperasi dan UKM Provinsi Teluk Sarana, Ahmad Fauzan Rumbiawan, menyebut KNBS sebagai salah satu dari sedikit koperasi nelayan yang sehat di provinsi itu. Menurut Fauzan, dari 212 koperasi nelayan yang terdaftar, kurang dari sepertiganya rutin menggelar rapat anggota tahunan.

“Yang seperti Bahari Sejahtera ini jarang. Kami sering pakai mereka sebagai contoh saat pelatihan pengurus koperasi lain,” kata Fauzan.

Meski begitu, Laras mengakui tantangan belum selesai. Harga solar yang naik dan cuaca yang makin sulit ditebak membuat hasil tangkapan anggota turun hampir 30 persen sejak tahun lalu. Koperasi, menurut dia, kini tengah menjajaki kerja sama dengan PT Samudra Dingin Logistik untuk menjual ikan beku langsung ke jaringan pasar swalayan.

“Kalau kami bisa potong satu rantai tengkulak saja, nelayan bisa dapat tambahan seribu sampai dua ribu rupiah per kilo,” katanya.

Salah seorang anggota koperasi, Yakobi Letsoindra, mengaku kini lebih tenang melaut. Menurut Yakobi, pinjaman dari koperasi membuatnya tidak lagi bergantung pada tengkulak untuk membeli jaring dan solar.`,
  expect: [
    ['Gitarani Larasati Maharani', 'ketua', 'Koperasi Nelayan Bahari Sejahtera'],
    ['Gitarani Larasati Maharani', 'ketua', 'Koperasi Nelayan Bahari Sejahtera'],
    ['Ahmad Fauzan Rumbiawan', 'Kepala Bidang Kelembagaan', 'Dinas Koperasi dan UKM Provinsi Teluk Sarana'],
    ['Gitarani Larasati Maharani', 'ketua', 'Koperasi Nelayan Bahari Sejahtera'],
  ],
  organisations: [
    ['Koperasi Nelayan Bahari Sejahtera', 'KNBS', 'Bahari Sejahtera'],
    ['Dinas Koperasi dan UKM Provinsi Teluk Sarana'],
    ['PT Samudra Dingin Logistik'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
  'id-police-release-port-drugs#0:org': '`Kasat Resnarkoba` (the head of a police unit by its short name): the unit’s short name is read as the organisation, not the force the first paragraph names (`Satresnarkoba Polres X`)',
  'id-police-release-port-drugs#1:name': '`ujar mantan Kanit Reskrim Polsek X itu`: a former post closed by a demonstrative that nobody in the article holds resolves to nobody, not to the speaker before',
  'id-campus-flood-sensor#3:org': '`Wakil Rektor Bidang Kemahasiswaan Unpesa`: a mixed-case short name the article defined (`Universitas X (Unpesa)`) after a field stays in the role; an upper-case one (`UPS`) is read as the organisation',
  'id-court-bridge-graft-verdict#0:org': '`ucap ketua majelis hakim X`: the court the first paragraph names for the panel (`Majelis hakim Pengadilan Y`) is not carried to the panel’s chair',
  'id-campus-flood-sensor#1:name': '`kata dosen yang juga Kepala Laboratorium Y itu` after `Pengembangan alat ini didampingi dosen pembimbing, Dr. X, …`: someone introduced as the object of a passive verb is not registered, so the description goes back to the speaker before',
  'id-interview-fishers-cooperative#0:role': 'as #1',
  'id-interview-fishers-cooperative#0:org': 'as #1',
  'id-interview-fishers-cooperative#1:role': '`X … sudah enam tahun memimpin Koperasi Y` and `terpilih sebagai ketua`: a post given by a verb (`memimpin`) or by `sebagai` in a clause is no role',
  'id-interview-fishers-cooperative#1:org': 'the body X leads (`memimpin Koperasi Y`) is not read as the organisation X speaks for',
  'id-interview-fishers-cooperative#3:role': 'as #1',
  'id-interview-fishers-cooperative#3:org': 'as #1',
};

/** Organisations warta still misses, by shape (`id:name`). */
const ORGANISATION_GAPS: Readonly<Record<string, string>> = {
  'id-regional-portal-seed-aid:Kelompok Tani Tunas Wangi': '`Ketua Kelompok Tani X, Y,`: a farmers’ group named by `Kelompok Tani` and its name is read as the speaker’s organisation but not reported as an organisation',
  'id-police-release-port-drugs:Polda Sulawesi Utara': '`Ditresnarkoba Polda X`: a directorate’s short name before the regional force is reported as one organisation, and the force alone is not',
  'id-sports-league-home-win:Persibara Baranang': 'a football club named by a one-word `Persi…` name and its town is no organisation by shape',
  'id-sports-league-home-win:PS Kali Hitam': 'a club named `PS X` (Persatuan Sepakbola) is no organisation by shape',
};

scoreInventedArticles('articles in Indonesian outlet formats', ARTICLES, GAPS);

describe('articles in Indonesian outlet formats: the organisations each article names', () => {
  for (const article of ARTICLES) {
    it(`${article.id} reports every organisation it names`, () => {
      const found = parseArticle(article.text).organisations.flatMap((o) => [o.name, o.acronym, ...o.mentions.map((m) => article.text.slice(m.start, m.end))]);
      for (const forms of article.organisations) {
        if (ORGANISATION_GAPS[`${article.id}:${forms[0]}`]) continue;
        expect(forms.some((f) => found.includes(f)), `${article.id}: ${forms[0]}`).toBe(true);
      }
    });
  }
  for (const [at, shape] of Object.entries(ORGANISATION_GAPS)) it.todo(`articles indonesian 29: ${at} — ${shape}`);
});

/** Speaker, role and organisation of each direct quote of `text`, read as Indonesian. */
function speakers(text: string): (readonly [string | null, string | null, string | null])[] {
  return extractQuotes(text, { language: 'ind' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.organisation ?? null] as const);
}

describe('articles in Indonesian outlet formats: a dotted degree after a name', () => {
  it('`X, Ph.D., menyebut …` then `katanya` is X, not the degree’s last letter', () => {
    const text = 'Wakil Rektor Universitas Tanjung Merbau, Prof. Ir. Sahalatua Pinemburu, Ph.D., menyebut lomba itu digelar tiap tahun.\n\n“Kami siap mendampingi semua tim yang lolos,” katanya.';
    expect(speakers(text)).toEqual([['Sahalatua Pinemburu', 'Wakil Rektor', 'Universitas Tanjung Merbau']]);
    expect(speakers('Kurniasih Tambunela, M.Si., mengatakan, “Data itu kami perbarui setiap bulan.”')[0]?.[0]).toBe('Kurniasih Tambunela');
  });

  it('a degree ending a sentence (no comma before it) still ends the sentence', () => {
    expect(speakers('Gelar terakhirnya M.Si. Kurniasih Tambunela mengatakan, “Data itu kami perbarui setiap bulan.”')[0]?.[0]).toBe('Kurniasih Tambunela');
  });
});

describe('articles in Indonesian outlet formats: a lower-case title closed by a demonstrative', () => {
  it('`kata pelatih asal X itu` is the person the article named with that title', () => {
    const text = 'Pelatih Persewangi, Oktavianus Rawung, mengaku puas.\n\n“Anak-anak tidak panik sama sekali malam ini,” kata pelatih asal Sekarbumi itu seusai laga.';
    expect(speakers(text)).toEqual([['Oktavianus Rawung', 'Pelatih', 'Persewangi']]);
  });

  it('with nobody named by that title, the place after it is no speaker’s name', () => {
    expect(speakers('“Di babak kedua kami tidak boleh lengah lagi,” lanjut manajer asal Tirtania itu.')[0]?.[0] ?? null).toBeNull();
  });
});

describe('articles in Indonesian outlet formats: a lower-case description closed by a demonstrative', () => {
  it('`ujar lulusan X itu`, `kata pemain yang akrab disapa Y itu` are the person named before', () => {
    const text = [
      'Darsih Wirapati sudah sembilan tahun mengelola Koperasi Kopi Halimunda.',
      '“Kami menjual kopi langsung ke pembeli tanpa perantara,” ujar lulusan sekolah pertanian itu.',
      'Suparlan Tambakrejo datang sejak subuh untuk memetik kopi.',
      '“Harga petik naik dua kali tahun ini,” kata pemetik yang akrab disapa Parlan itu.',
    ].join('\n\n');
    expect(speakers(text).map((s) => s[0])).toEqual(['Darsih Wirapati', 'Suparlan Tambakrejo']);
  });

  it('a source the article introduced unnamed by the same noun stays unnamed', () => {
    const text = [
      '“Kami menjual kopi langsung ke pembeli,” kata Darsih Wirapati.',
      'Seorang pemetik kopi sedang beristirahat di bawah pohon.',
      '“Harga petik tidak pernah naik sejak dulu,” ujar pemetik kopi itu.',
    ].join('\n\n');
    expect(speakers(text)[1]?.[0]).toBe('pemetik kopi');
  });

  it('a description of a body (`kata firma itu`) is left to the organisation it describes', () => {
    const text = [
      'Darsih Wirapati menemui pembeli. PT Halimunda Sentosa Tbk memperkirakan harga kopi turun.',
      '“Pasokan dari tiga negara produsen naik tajam,” kata firma itu.',
    ].join('\n\n');
    expect(parseArticle(text).quotes[0]?.speaker?.name).toBe('PT Halimunda Sentosa Tbk');
  });
});

/**
 * Invented Malay and Indonesian articles in outlet formats the labelled sets have little of (issue 9, round 31): a
 * district police press conference and a university's new centre (Malaysian Malay); a regional election commission
 * and a village fund corruption case (Indonesian). Every person, body, place and event here is invented; the
 * expectations were written before warta read the articles and follow the labelling guide.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { type InventedArticle, scoreInventedArticles, scoreNamedOrganisations } from '../support/invented-articles.js';

const MALAY: readonly InventedArticle[] = [
{ id: 'ms-police-press-cable-theft', text: `Polis Tahan Lima Suspek Sindiket Curi Kabel Elektrik

SUNGAI LERANG: Polis menahan lima lelaki dipercayai anggota sindiket mencuri kabel elektrik yang aktif di sekitar daerah ini sejak Jun lalu.

Ketua Polis Daerah Sungai Lerang, Asisten Komisioner Mohd Fadhil Zakwanuddin berkata, kesemua suspek berusia antara 24 hingga 45 tahun ditahan dalam serbuan di dua lokasi berasingan pada Isnin.

“Hasil risikan, kita menyerbu sebuah rumah kedai di Taman Seroja Indah dan sebuah stor di Kampung Parit Lerang. Kita turut merampas 1.2 tan kabel tembaga yang sudah dipotong,” katanya pada sidang media di Ibu Pejabat Polis Daerah (IPD) Sungai Lerang, hari ini.

Menurut beliau, sindiket itu dipercayai menjual kabel curi kepada sebuah pusat besi buruk di negeri jiran.

“Kita percaya sindiket ini bertanggungjawab terhadap sekurang-kurangnya 23 kes kecurian kabel dengan kerugian dianggarkan RM870,000,” ujarnya.

Mohd Fadhil berkata, semakan mendapati tiga daripada suspek mempunyai rekod jenayah lampau berkaitan dadah dan harta benda.

Sementara itu, Pengurus Besar Syarikat Tenaga Lembah Seri Bhd, Ir. Kamarulzaman Hisyam Othman berkata, kecurian kabel menyebabkan bekalan elektrik terputus di lebih 4,000 premis sepanjang tahun ini.

“Setiap kali kabel dicuri, pasukan kami perlu bekerja hingga lewat malam untuk memulihkan bekalan. Kos pembaikan ditanggung syarikat,” katanya.

Ketua polis daerah itu turut meminta orang ramai menyalurkan maklumat mengenai aktiviti mencurigakan di kawasan pencawang elektrik.

“Maklumat boleh disalurkan ke talian hotline IPD Sungai Lerang atau mana-mana balai polis berhampiran,” kata beliau.

Kes disiasat mengikut Seksyen 379 Kanun Keseksaan.`,
  expect: [
    ['Mohd Fadhil Zakwanuddin', 'Ketua Polis Daerah', 'IPD Sungai Lerang'],
    ['Mohd Fadhil Zakwanuddin', 'Ketua Polis Daerah', 'IPD Sungai Lerang'],
    ['Kamarulzaman Hisyam Othman', 'Pengurus Besar', 'Syarikat Tenaga Lembah Seri Bhd'],
    ['Mohd Fadhil Zakwanuddin', 'Ketua Polis Daerah', 'IPD Sungai Lerang'],
  ],
  organisations: [
    ['Ibu Pejabat Polis Daerah Sungai Lerang', 'Ibu Pejabat Polis Daerah (IPD) Sungai Lerang', 'IPD Sungai Lerang', 'IPD'],
    ['Syarikat Tenaga Lembah Seri Bhd'],
  ] },
{ id: 'ms-university-green-energy-centre', text: `Universiti Teknologi Segara Lancar Pusat Penyelidikan Tenaga Hijau

BANDAR SEGARA, 18 Nov – Universiti Teknologi Segara (UTS) melancarkan Pusat Penyelidikan Tenaga Hijau bernilai RM18 juta bagi memperkukuh penyelidikan hidrogen dan solar terapung.

Naib Canselor UTS, Profesor Datuk Dr. Rahimah Sulaiman Yusof berkata, pusat itu akan menempatkan 40 penyelidik dan 120 pelajar pascasiswazah menjelang 2027.

“Kita mahu hasil penyelidikan tidak hanya tersimpan dalam jurnal, tetapi sampai kepada industri dan masyarakat,” katanya ketika berucap pada majlis pelancaran di kampus induk universiti itu, hari ini.

Beliau berkata, UTS telah memeterai memorandum persefahaman dengan tiga syarikat tenaga, termasuk Cahaya Suria Teknologi Sdn Bhd.

“Kerjasama ini membolehkan pelajar kita menjalani latihan industri terus di tapak projek,” ujar Naib Canselor itu.

Pengarah pusat berkenaan, Prof. Madya Dr. Wong Mei Ling berkata, projek pertama ialah panel solar terapung seluas dua hektar di tasik kampus.

“Data dari tasik ini akan membantu kita memahami kesan suhu air terhadap kecekapan panel di iklim tropika,” katanya.

Ketua Pegawai Eksekutif Cahaya Suria Teknologi, Encik Saifullah Ahmad Nizam pula berkata, syarikatnya menyumbang peralatan bernilai RM3 juta.

“Kami memerlukan bakat tempatan yang faham teknologi ini. Universiti ialah tempat terbaik untuk melatih mereka,” katanya.

Majlis itu turut dihadiri Pengerusi Lembaga Pengarah UTS, Tan Sri Jamaluddin Harun Basri.`,
  expect: [
    ['Rahimah Sulaiman Yusof', 'Naib Canselor', 'Universiti Teknologi Segara'],
    ['Rahimah Sulaiman Yusof', 'Naib Canselor', 'Universiti Teknologi Segara'],
    ['Wong Mei Ling', 'Pengarah', 'Pusat Penyelidikan Tenaga Hijau'],
    ['Saifullah Ahmad Nizam', 'Ketua Pegawai Eksekutif', 'Cahaya Suria Teknologi Sdn Bhd'],
  ],
  organisations: [
    ['Universiti Teknologi Segara', 'UTS'],
    ['Pusat Penyelidikan Tenaga Hijau'],
    ['Cahaya Suria Teknologi Sdn Bhd', 'Cahaya Suria Teknologi'],
  ] },
];

const INDONESIAN: readonly InventedArticle[] = [
{ id: 'id-regional-election-voter-roll', text: `KPU Lembah Hijau Tetapkan 412.381 Pemilih dalam DPT Pilkada

LEMBAH HIJAU, Suara Lembah – Komisi Pemilihan Umum (KPU) Kabupaten Lembah Hijau menetapkan 412.381 pemilih dalam Daftar Pemilih Tetap (DPT) untuk pemilihan bupati dan wakil bupati 2026. Penetapan dilakukan dalam rapat pleno terbuka di aula kantor KPU, Sabtu (8/11/2026).

Ketua KPU Kabupaten Lembah Hijau, Yosafat Marbun Sinagian, mengatakan jumlah itu turun sekitar 3.000 pemilih dibanding daftar sementara setelah pencocokan dan penelitian ulang.

“Ada pemilih yang meninggal, pindah domisili, atau terdaftar dua kali. Semuanya sudah kami coret sesuai aturan,” kata Yosafat.

Ia menambahkan, KPU membuka posko pengaduan hingga sepekan ke depan bagi warga yang belum terdaftar.

“Kalau ada warga yang sudah punya KTP elektronik tapi namanya tidak ada, silakan lapor ke panitia di desanya,” ujarnya.

Anggota Badan Pengawas Pemilihan Umum (Bawaslu) Lembah Hijau, Martha Situmeangir, mengingatkan masih ada potensi pemilih ganda di dua kecamatan perbatasan.

“Kami menemukan 214 nama dengan nomor induk kependudukan yang sama. KPU harus membersihkannya sebelum surat suara dicetak,” tegas Martha.

Menanggapi temuan tersebut, komisioner KPU Divisi Data dan Informasi, Rudolf Panjaitanu, mengatakan pihaknya akan memverifikasi langsung ke lapangan.

“Besok tim kami turun ke dua kecamatan itu bersama pengawas,” ucap Rudolf.

Perwakilan tim pemenangan pasangan calon nomor urut 2, Ilham Sarumpaetan, meminta DPT yang sudah diperbaiki dibagikan kepada semua peserta.`,
  expect: [
    ['Yosafat Marbun Sinagian', 'Ketua', 'KPU Kabupaten Lembah Hijau'],
    ['Yosafat Marbun Sinagian', 'Ketua', 'KPU Kabupaten Lembah Hijau'],
    ['Martha Situmeangir', 'Anggota', 'Bawaslu Lembah Hijau'],
    ['Rudolf Panjaitanu', 'komisioner', 'KPU'],
  ],
  organisations: [
    ['Komisi Pemilihan Umum Kabupaten Lembah Hijau', 'Komisi Pemilihan Umum (KPU) Kabupaten Lembah Hijau', 'KPU Kabupaten Lembah Hijau', 'KPU'],
    ['Badan Pengawas Pemilihan Umum Lembah Hijau', 'Badan Pengawas Pemilihan Umum', 'Bawaslu Lembah Hijau', 'Bawaslu'],
  ] },
{ id: 'id-village-fund-graft-detention', text: `Kejari Muara Lempeng Tahan Kepala Desa Tersangka Korupsi Dana Desa Rp1,1 Miliar

MUARA LEMPENG – Kejaksaan Negeri (Kejari) Muara Lempeng menahan Kepala Desa Sukaraja Hilir berinisial HRS (52), tersangka dugaan korupsi dana desa tahun anggaran 2023–2024 senilai Rp1,1 miliar, Selasa (11/11/2026).

Kepala Kejari Muara Lempeng, Bernadeta Wulansari Purba, mengatakan tersangka diduga membuat laporan pertanggungjawaban fiktif untuk pembangunan jalan usaha tani dan saluran irigasi.

“Di lapangan, jalan yang dilaporkan sepanjang dua kilometer ternyata hanya dikerjakan 600 meter. Sisanya tidak pernah ada,” kata Bernadeta dalam konferensi pers di kantornya.

Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus) Kejari Muara Lempeng, Fransiskus Laoliwu, menambahkan penyidik telah memeriksa 27 saksi, termasuk perangkat desa dan pendamping desa.

“Hasil audit inspektorat menunjukkan kerugian negara Rp1,12 miliar. Uangnya dipakai untuk kepentingan pribadi, termasuk membeli dua mobil,” ujar Fransiskus.

Tersangka ditahan di rumah tahanan negara setempat selama 20 hari ke depan.

Kasi Pidsus menyebut tidak menutup kemungkinan ada tersangka lain dalam perkara itu.

“Kami masih mendalami peran bendahara desa,” ucapnya.

Camat Sukaraja, Wiryo Prawirodirjo, mengaku prihatin dan meminta seluruh kepala desa di wilayahnya tertib mengelola anggaran.

“Ini pelajaran bagi semua kepala desa. Dana desa itu uang rakyat, bukan uang pribadi,” kata Wiryo.`,
  expect: [
    ['Bernadeta Wulansari Purba', 'Kepala', 'Kejari Muara Lempeng'],
    ['Fransiskus Laoliwu', 'Kepala Seksi Tindak Pidana Khusus', 'Kejari Muara Lempeng'],
    ['Fransiskus Laoliwu', 'Kepala Seksi Tindak Pidana Khusus', 'Kejari Muara Lempeng'],
    ['Wiryo Prawirodirjo', 'Camat', undefined],
  ],
  organisations: [
    ['Kejaksaan Negeri Muara Lempeng', 'Kejaksaan Negeri (Kejari) Muara Lempeng', 'Kejari Muara Lempeng', 'Kejari'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
  'ms-police-press-cable-theft#0:org': '`Ketua Polis Daerah X, Asisten Komisioner Y berkata`: the title gives the organisation `Polis Daerah X`, not the headquarters the article names (`Ibu Pejabat Polis Daerah (IPD) X`); `Polis Daerah` alone is also reported as an organisation',
  'ms-police-press-cable-theft#1:org': 'as #0',
  'ms-police-press-cable-theft#3:org': 'as #0',
  'ms-university-green-energy-centre#2:org': '`Pengarah pusat berkenaan, X berkata`: a title followed by an anaphoric `pusat berkenaan` (the centre the first paragraph names) gives no organisation',
  'id-regional-election-voter-roll#3:org': '`komisioner KPU Divisi Data dan Informasi`: the acronym is spelt out as `Komisi Pemilihan Umum`, the part of `Komisi Pemilihan Umum (KPU) Kabupaten X` before the bracket, which is not a form of the district commission',
};

/** Organisations warta still misses, by shape (`id:name`). */
const ORGANISATION_GAPS: Readonly<Record<string, string>> = {};

scoreInventedArticles('articles in press-conference and court formats, malay', MALAY, GAPS, { dropHonorifics: true });
scoreInventedArticles('articles in press-conference and court formats, indonesian', INDONESIAN, GAPS);
scoreNamedOrganisations('articles in press-conference and court formats', [...MALAY, ...INDONESIAN], ORGANISATION_GAPS);

/** Speaker name and role of each direct quote of `text`, read as Indonesian. */
function speakers(text: string): (readonly [string | null, string | null])[] {
  return extractQuotes(text, { language: 'ind' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null] as const);
}

describe('articles in press-conference and court formats: a unit head named by the unit’s short name', () => {
  it('`Kasat Reskrim menyebut …` then `ucapnya` is the holder introduced before, not a person named `Reskrim`', () => {
    const text = 'Kasat Reskrim Polres Danau Tirta, AKP Gilang Wirasenjaya, mengatakan dua pelaku masih diburu.\n\n“Identitasnya sudah kami kantongi,” ujar Gilang.\n\nKasat Reskrim menyebut pelaku diduga kabur ke luar pulau.\n\n“Kami sudah berkoordinasi dengan polres tetangga,” ucapnya.';
    expect(speakers(text).map(([name]) => name)).toEqual(['Gilang Wirasenjaya', 'Gilang Wirasenjaya']);
  });

  it('a name after the unit’s short name is still the person', () => {
    const text = 'Kasi Pidsus Kejari Danau Tirta Rukmini Hastawati menyebut berkas perkara sudah lengkap.\n\n“Pekan depan kami limpahkan ke pengadilan,” ucapnya.';
    expect(speakers(text)[0]).toEqual(['Rukmini Hastawati', 'Kasi Pidsus']);
  });
});

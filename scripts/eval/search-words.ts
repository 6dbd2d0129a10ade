/**
 * Indonesian and Malay words with the stem a search index should give them, written for the
 * stemmer comparison in `search.ts` (roots as the dictionaries give them: KBBI, DBP). Two kinds:
 * affixed forms that should meet their root (`pertemuan` → `temu`), and root words that merely
 * look affixed and must stay whole (`berita`, `menteri`) — over-stemming makes unrelated
 * articles match.
 */
export interface StemCase {
  word: string;
  stem: string;
}

const cases = (lines: string): StemCase[] =>
  lines
    .trim()
    .split(/\s*;\s*/)
    .filter(Boolean)
    .map((pair) => {
      const [word, stem] = pair.trim().split(/\s+/);
      return { word: word!, stem: stem! };
    });

export const INDONESIAN_AFFIXED = cases(`
pertemuan temu; bertemu temu; menemui temu; ditemukan temu; penemuan temu; mempertemukan temu;
pembangunan bangun; membangun bangun; dibangun bangun; bangunan bangun;
pemerintah perintah; pemerintahan perintah; memerintahkan perintah;
kebijakan bijak; mengatakan kata; dikatakan kata; perkataan kata; berkata kata;
menyampaikan sampai; disampaikan sampai; penyampaian sampai;
pengumuman umum; mengumumkan umum; diumumkan umum;
kesehatan sehat; menyehatkan sehat;
penyelidikan selidik; menyelidiki selidik; diselidiki selidik;
keamanan aman; mengamankan aman; pengamanan aman;
perekonomian ekonomi; pertanian tani; petani tani; bertani tani;
memperkuat kuat; kekuatan kuat; diperkuat kuat;
menjelaskan jelas; penjelasan jelas; dijelaskan jelas;
penanaman tanam; tanaman tanam; menanam tanam;
makanan makan; dimakan makan;
penyakit sakit; kesakitan sakit;
menyatakan nyata; pernyataan nyata; kenyataan nyata;
melaporkan lapor; laporan lapor; pelapor lapor; dilaporkan lapor;
memberikan beri; pemberian beri; diberi beri;
menggunakan guna; penggunaan guna; kegunaan guna;
memengaruhi pengaruh; berpengaruh pengaruh;
keputusan putus; memutuskan putus; diputuskan putus;
penduduk duduk; kedudukan duduk; kenegaraan negara;
perusahaan usaha; pengusaha usaha; berusaha usaha;
kementerian menteri; dilanjutkan lanjut; kelanjutan lanjut; selanjutnya lanjut;
pembelajaran ajar; mempelajari ajar; pelajar ajar; belajar ajar;
penangkapan tangkap; ditangkap tangkap; menangkap tangkap;
pemeriksaan periksa; diperiksa periksa; memeriksa periksa;
penyidikan sidik; penyidik sidik; kemiskinan miskin;
peningkatan tingkat; meningkat tingkat; ditingkatkan tingkat;
penurunan turun; menurun turun; diturunkan turun;
kenaikan naik; menaikkan naik;
pembayaran bayar; membayar bayar; dibayarkan bayar;
pendidikan didik; mendidik didik; penerbangan terbang; diterbangkan terbang;
kebakaran bakar; membakar bakar; terbakar bakar;
pencurian curi; mencuri curi; dicuri curi; pembunuhan bunuh; dibunuh bunuh;
bukankah bukan; siapapun siapa; dialah dia; bukunya buku; rumahku rumah; rumahmu rumah;
anak-anak anak; buku-bukunya buku
`);

export const INDONESIAN_ROOTS = cases(`
mereka mereka; berita berita; pesawat pesawat; menteri menteri; perdana perdana; pemilu pemilu;
dengan dengan; tentang tentang; akan akan; jalan jalan; makan makan; ikan ikan; bulan bulan;
tahun tahun; teman teman; pantai pantai; sekolah sekolah; beras beras; bekas bekas; tetapi tetapi;
kemarin kemarin; jakarta jakarta; indonesia indonesia; ekonomi ekonomi; presiden presiden; polisi polisi
`);

export const MALAY_AFFIXED = cases(`
kerajaan raja; berkata kata; menyiasat siasat; penyiasatan siasat; ditahan tahan;
perbelanjaan belanja; dimaklumkan maklum; berkenaan kena; pendakwaan dakwa; didakwa dakwa;
pelaburan labur; melabur labur; pertubuhan tubuh; penubuhan tubuh; bermesyuarat mesyuarat;
kenyataan nyata; menyatakan nyata; perbincangan bincang; membincangkan bincang;
kesihatan sihat; pekerjaan kerja; pekerja kerja; bekerja kerja; kehilangan hilang;
dibawa bawa; membawa bawa; perkhidmatan khidmat; berkhidmat khidmat; diumumkan umum; kementerian menteri
`);

export const MALAY_ROOTS = cases(`
kerana kerana; peratus peratus; polis polis; bahawa bahawa; mesyuarat mesyuarat; sekolah sekolah;
menteri menteri; berita berita; pegawai pegawai; negeri negeri
`);

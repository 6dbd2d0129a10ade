import type { MarkerData } from '../types.js';

/**
 * Evidence for Indonesian against Malay. The lists are well-known Indonesian-vs-Malaysian
 * differences in vocabulary and spelling (KBBI forms against Dewan Bahasa dan Pustaka forms),
 * not words picked from any evaluation text. A word belongs here only when Malaysian news
 * would normally use a different word or spelling for the same thing.
 */
export const markers: MarkerData = {
  siblings: ['zlm'],
  // Frequent words, minus the short ones other languages share (di, dan, para, dia: Italian, Dutch, Spanish…).
  common: [
    'yang', 'ini', 'itu', 'dengan', 'untuk', 'ke', 'dari', 'pada', 'akan', 'tidak',
    'dalam', 'juga', 'ada', 'oleh', 'atau', 'telah', 'sudah', 'bisa', 'karena', 'adalah', 'kami',
    'kita', 'mereka', 'saya', 'ia', 'sebagai', 'tersebut', 'lebih', 'bahwa', 'masih',
    'harus', 'secara', 'hingga', 'namun', 'kata', 'menjadi', 'seperti', 'saat', 'orang', 'tahun',
    'hari', 'menurut', 'ujar', 'ujarnya', 'ungkapnya', 'katanya', 'jadi', 'yakni', 'yaitu', 'pun',
    'kepada', 'terhadap', 'tanpa', 'bersama', 'lain', 'semua', 'setiap', 'banyak', 'beberapa',
    'pihak', 'bukan', 'belum', 'pernah', 'sedang', 'kini', 'sama', 'atas', 'lalu', 'sampai', 'pula',
    'maka', 'agar', 'supaya', 'jika', 'kalau', 'sebelum', 'antara', 'hanya', 'sangat', 'sejak',
    'selama', 'melalui', 'serta', 'lagi', 'baru', 'satu', 'sebuah', 'seorang', 'kemudian',
    'sebelumnya', 'setelah', 'salah', 'akhirnya', 'tetapi', 'tapi', 'bahkan', 'hal', 'ketika',
    // frequent in both siblings' news and in no other language warta meets often
    'dapat', 'mulai', 'sejumlah', 'sekitar', 'maupun', 'apabila', 'kedua', 'sang',
  ],
  // Worth 1 each: usually Indonesian, but Malay news uses them now and then (or in another sense).
  words: [
    'saja', 'bisa', 'gratis', 'besok', 'sore', 'siang', 'mau', 'paham', 'terkait', 'terbaru',
    'terjadi', 'kunjungan', 'usulan', 'penelitian', 'lokal', 'tim', 'pelatih', 'serikat', 'spanyol',
    'italia', 'juni', 'nopember', 'dpr', 'kpk', 'tni', 'pelayanan', 'layanan', 'izin', 'sopir',
    'pengemudi', 'toko', 'gedung', 'setelah', 'sesudah', 'ujarnya', 'tuturnya', 'ucapnya',
    'ungkapnya', 'imbuhnya', 'yakni', 'bisnis', 'polisi', 'usai', 'seusai', 'lantaran', 'nggak',
    'enggak', 'gak', 'banget', 'aja', 'udah', 'kayak', 'gimana', 'dong', 'sih', 'kok', 'deh', 'nih',
    'loh', 'lho', 'emang', 'kalo', 'soalnya', 'makanya', 'kelompok', 'registrasi', 'investor',
    'motor', 'kuliah', 'korban', 'keamanan', 'pesan', 'laga', 'warung', 'mahasiswa', 'pengusaha',
    'menyebutkan', 'mengungkapkan', 'tutur', 'imbuh', 'makin', 'sebetulnya', 'meskipun',
    'sekaligus', 'mengirim', 'dikirim', 'diperkirakan', 'bapak', 'pak', 'bu', 'wna', 'film',
    'menurut dia', 'lebih dari', 'ujian',
    // function and everyday words Malaysian news writes otherwise (berbanding, bercakap, berkahwin, perlembagaan)
    'ketimbang', 'berbicara', 'menikah', 'konstitusi',
    // provinces, main cities, parties and civil-service words of Indonesia
    'jawa barat', 'jawa tengah', 'jawa timur', 'sumatera utara', 'sumatera barat', 'sumatera selatan',
    'kalimantan timur', 'sulawesi selatan', 'nusa tenggara', 'surabaya', 'bandung', 'semarang', 'medan',
    'makassar', 'yogyakarta', 'bekasi', 'tangerang', 'bogor', 'depok', 'denpasar', 'pdip', 'gerindra', 'golkar',
    'nasdem', 'pns', 'asn',
    // words Malaysian news meets now and then, and Indonesian programmes and colloquial forms
    'pelatihan', 'berujar', 'magang', 'sembako', 'umkm', 'bansos',
    'mengincar', 'solusi', 'ternyata', 'lewat',
  ],
  // Worth STRONG_MARKER_WEIGHT: Malaysian news writes these differently.
  strong: [
    // the pairs: pemerintah/kerajaan, persen/peratus, bahwa/bahawa, uang/wang …
    'pemerintah', 'persen', 'bahwa', 'uang', 'kendaraan', 'yaitu', 'karena',
    // spelling: Indonesian -itas/-si/-i/e/p against Malay -iti/-syen/-en/i/f
    'universitas', 'kualitas', 'aktivitas', 'komunitas', 'fasilitas', 'kapasitas', 'identitas',
    'realitas', 'prioritas', 'mayoritas', 'minoritas', 'integritas', 'otoritas', 'entitas',
    'televisi', 'telepon', 'proyek', 'dokter', 'obat', 'obat-obatan', 'ekspor', 'impor', 'coba',
    'mencoba', 'dicoba', 'pikir', 'berpikir', 'pikiran', 'dipikirkan', 'utang', 'bagian',
    'sebagian', 'investasi', 'taksi', 'wabah', 'miliar', 'triliun', 'eropa', 'jepang', 'prancis',
    'maret', 'juli', 'agustus', 'desember', 'gubernur', 'partai', 'sepeda', 'kasus', 'pasien',
    'istri', 'kesehatan', 'sehat', 'berbagai', 'konser', 'senantiasa', 'nomor',
    'keuangan', 'pribadi', 'parlemen', 'kampanye', 'musik', 'stasiun', 'pandemi', 'karantina',
    'listrik', 'bensin', 'beasiswa', 'sertifikat', 'menit', 'khawatir', 'dekade', 'bekerja sama',
    'bertanggung jawab', 'tentara', 'karier', 'rusak', 'kerusakan', 'kepemimpinan', 'delapan',
    // vocabulary and institutions
    'mobil', 'kemarin', 'kantor', 'kabupaten', 'kecamatan', 'kelurahan', 'provinsi', 'bupati',
    'walikota', 'mantan', 'karyawan', 'pabrik', 'perusahaan', 'kecelakaan', 'tersangka', 'narkoba',
    'pajak', 'biaya', 'wisatawan', 'pariwisata', 'kebijakan', 'internasional', 'pemilu', 'dprd',
    'polri', 'pemprov', 'pemkot', 'pemkab', 'pemda', 'polda', 'polres', 'polsek', 'kapolri',
    'kapolda', 'kapolres', 'pilkada', 'bumn', 'ojek', 'angkot', 'lansia', 'olahraga', 'penggemar',
    'dukungan', 'pertunjukan', 'merekam', 'rekaman', 'terdakwa', 'jaksa', 'pengadilan', 'kejaksaan',
    'kepolisian', 'penyidik', 'penyidikan', 'terpidana', 'pidana', 'korupsi', 'pasal', 'timnas',
    'sepak bola', 'sepakbola', 'merek', 'rekan', 'rekan-rekan', 'wni', 'dirut', 'kejati', 'kejari',
    'kejagung', 'wapres', 'menko', 'ormas', 'tki', 'dki', 'jabodetabek', 'peluncuran',
    'meluncurkan', 'truk', 'bandara', 'dosen', 'pensiun', 'tunjangan', 'pdb', 'pasokan', 'salat',
    'shalat', 'lebaran', 'almarhum', 'dimakamkan', 'laki-laki', 'pria', 'liburan', 'kamar',
    'nyaman', 'pungkas', 'pungkasnya', 'bikin', 'cewek', 'cowok', 'gue', 'mbak', 'fisik',
    'sepatu', 'celana', 'tetangga', 'macet', 'kemacetan', 'longsor', 'narapidana', 'napi', 'tilang', 'swalayan',
    'ponsel', 'rupiah', 'mencoblos',
    // economy, law and office words Malaysian news writes otherwise (pengeluar, pengguna, tuntutan,
    // konkrit, kenyataan, rasmi, jurucakap, terjejas, disasarkan, insurans, suku tahun, menyemak,
    // mengesahkan, kewangan, kelak, berkata, julat, siap, penganjur, sisa, ciri, kata)
    'produsen', 'konsumen', 'klaim', 'perpres', 'palestina', 'konkret', 'pernyataan', 'resmi', 'juru bicara',
    'terdampak', 'ditargetkan', 'asuransi', 'kuartal', 'mengecek', 'mengonfirmasi', 'finansial',
    'nantinya', 'menuturkan', 'kisaran', 'rampung', 'penyelenggara', 'limbah', 'fitur', 'bilang',
    // day names: Senin/Kamis/Jumat against Isnin/Khamis/Jumaat
    'senin', 'kamis', 'jumat',
    // phrases
    'rumah sakit', 'amerika serikat', 'luar negeri', 'dalam negeri', 'wali kota', 'pemilihan umum',
    'saat ini', 'sepeda motor', 'kereta api', 'jalan tol', 'konferensi pers', 'bea cukai',
    'idul fitri', 'idul adha', 'pekan lalu', 'pekan depan', 'pekan ini', 'kata dia', 'ujar dia',
    'orang tua', 'lingkungan hidup', 'pemungutan suara',
  ],
  patterns: [
    { source: '\\bRp ?\\d', weight: 2, why: 'rupiah amounts (Rp1.500); Malaysian text writes RM' },
    { source: '\\b\\d{1,3}(?:\\.\\d{3}){1,4}(?![.,]?\\d)', weight: 1, why: 'dot as thousands separator (1.500.000); Malay uses a comma' },
    { source: '\\b\\d{1,3},\\d{1,2} ?(?:juta|miliar|triliun|persen|ribu|%)', weight: 1, why: 'decimal comma (2,5 persen); Malay uses a point' },
    { source: '\\bKemen(?!terian)[a-z]{2,12}\\b', weight: 2, why: 'Indonesian ministry short names (Kemenkeu, Kemenkes)' },
    { source: '\\b[a-z]{2,20}(?:atis|istis)\\b', weight: 1, why: 'Indonesian -atis/-istis adjectives (demokratis, otomatis, realistis); Malay writes -atik/-istik' },
    { source: '\\b(?:KOMPAS\\.com|detik(?:com|news|finance)?|Liputan6|okezone|Tribun(?:news)?|REPUBLIKA\\.CO\\.ID|Bisnis\\.com|KONTAN\\.CO\\.ID|CNN Indonesia|VIVA\\.co\\.id|merdeka\\.com|Kapanlagi\\.com)\\b', weight: 2, why: 'Indonesian outlets' },
    { source: '\\(ANTARA(?: News)?\\) ?-', weight: 1, why: 'Antara dateline (the English edition is told apart by franc first)' },
  ],
};

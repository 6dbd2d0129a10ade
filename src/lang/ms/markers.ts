import type { MarkerData } from '../types.js';

/**
 * Evidence for Malay (Bahasa Malaysia) against Indonesian. The lists are well-known
 * Malaysian-vs-Indonesian differences in vocabulary and spelling (Dewan Bahasa dan Pustaka
 * forms against KBBI forms), not words picked from any evaluation text. A word belongs here
 * only when Indonesian news would normally use a different word or spelling for the same
 * thing; words Indonesian news also uses often (jabatan, boleh, apabila, pejabat, negeri,
 * kawasan, peringkat, pasukan, cukai in `bea cukai`) are left out even where the issue named them.
 */
export const markers: MarkerData = {
  siblings: ['ind'],
  // Frequent words, minus the short ones other languages share (di, dan, dia: Italian, Dutch, Spanish…).
  common: [
    'yang', 'ini', 'itu', 'dengan', 'untuk', 'ke', 'dari', 'pada', 'akan', 'tidak',
    'dalam', 'juga', 'ada', 'oleh', 'atau', 'telah', 'sudah', 'boleh', 'kerana', 'adalah', 'ialah',
    'kami', 'kita', 'mereka', 'saya', 'ia', 'sebagai', 'tersebut', 'lebih', 'bahawa', 'masih',
    'perlu', 'secara', 'hingga', 'sehingga', 'namun', 'kata', 'menjadi', 'seperti', 'ketika', 'orang',
    'tahun', 'hari', 'daripada', 'bagi', 'beliau', 'katanya', 'berkata', 'turut', 'selepas', 'iaitu',
    'kepada', 'terhadap', 'tanpa', 'bersama', 'lain', 'semua', 'setiap', 'banyak', 'beberapa',
    'pihak', 'bukan', 'belum', 'pernah', 'sedang', 'kini', 'sama', 'atas', 'lalu', 'sampai', 'pula',
    'maka', 'jadi', 'agar', 'supaya', 'jika', 'kalau', 'sebelum', 'antara', 'hanya', 'sangat',
    'sejak', 'selama', 'melalui', 'serta', 'lagi', 'baru', 'satu', 'sebuah', 'seorang', 'manakala',
    // frequent in both siblings' news and in no other language warta meets often
    'dapat', 'mulai', 'sejumlah', 'sekitar', 'maupun', 'apabila', 'kedua', 'sang',
  ],
  // Worth 1 each: usually Malay, but Indonesian news uses them now and then (or in another sense).
  words: [
    'ialah', 'daripada', 'manakala', 'sekiranya', 'berikutan', 'susulan', 'menerusi', 'mengikut',
    'hendak', 'semula', 'bermula', 'dipercayai', 'esok', 'beliau', 'berkata', 'semalam', 'datuk',
    'encik', 'bandar', 'pemandu', 'bayaran', 'agensi', 'kenyataan', 'persekutuan', 'kemudahan',
    'hospital', 'petang', 'rompakan', 'tandas', 'faham', 'difahami', 'tempoh', 'sebarang',
    'pengarah', 'rakan', 'mendapati', 'memberitahu', 'kos', 'berkenaan', 'bagaimanapun',
    'kanak-kanak', 'cukai', 'perlawanan', 'kebangsaan', 'kumpulan', 'peruntukan',
    'keperluan', 'sekali gus', 'mula', 'mendakwa', 'mengesahkan', 'majikan', 'persatuan',
    'rangkaian', 'gembira', 'risau', 'berjumpa', 'diberitahu',
    'biarpun', 'walhal', 'namun begitu', 'sehubungan itu', 'sebelum ini', 'ketika ini', 'menurut beliau',
    'bas', 'yb', 'tun', 'penerangan', 'terperinci', 'sampingan', 'penggambaran',
    // Malay forms Indonesian news meets now and then (duit, berhubungan); not `mahkamah` (court names),
    // `kelulusan` (graduation) or `pagi tadi`, which Indonesian news writes as often
    'duit', 'berhubung', 'mac', 'jun', 'menyokong', 'disokong', 'pengangkutan',
    // colloquial and function words Indonesian news writes otherwise (tidak ada, banyak, mau, bicara)
    'tiada', 'nak', 'lawatan', 'barangan', 'undi',
    // Malay senses of words Indonesian news uses in another sense or rarely (studies, speak, number,
    // sales, trade, law, claim, security, happen, rally, tell,
    // and so on); not `memerlukan`, `disebabkan`, `mempunyai`, `kerjasama` or `pelantikan`, which
    // Indonesian news writes too
    'dalam masa', 'masih lagi', 'pengajian', 'bertutur', 'bilangan', 'jualan', 'berniaga', 'perundangan',
    'dakwaan', 'keselamatan', 'berlakunya', 'perhimpunan',
    'beritahu', 'bekerjasama',
    // states, federal territories and main cities of Malaysia
    'selangor', 'johor', 'kedah', 'kelantan', 'terengganu', 'pahang', 'perlis', 'melaka', 'sabah', 'sarawak',
    'negeri sembilan', 'pulau pinang', 'putrajaya', 'kuala lumpur', 'shah alam', 'ipoh', 'kuching',
    'kota kinabalu', 'kota bharu', 'alor setar', 'seremban', 'kuantan', 'petaling jaya', 'johor bahru',
    // parties and institutions
    'barisan nasional', 'pakatan harapan', 'perikatan nasional', 'dap', 'pkr', 'agong', 'adun', 'felda',
  ],
  // Worth STRONG_MARKER_WEIGHT: Indonesian writes these differently.
  strong: [
    // the pairs: kerajaan/pemerintah, polis/polisi, peratus/persen, bahawa/bahwa, wang/uang …
    'kerajaan', 'polis', 'peratus', 'bahawa', 'wang', 'kenderaan', 'iaitu', 'kerana', 'sahaja',
    // spelling: Malay -iti/-syen/-en/-ik/e/f/k against Indonesian -itas/-si/-i/-ik/a/p/k
    'universiti', 'kualiti', 'aktiviti', 'komuniti', 'fasiliti', 'kapasiti', 'identiti', 'realiti',
    'prioriti', 'majoriti', 'minoriti', 'integriti', 'sekuriti', 'autoriti', 'entiti', 'televisyen',
    'telefon', 'komisyen', 'projek', 'doktor', 'ubat', 'ubatan', 'eksport', 'import', 'mahu',
    'cuba', 'mencuba', 'dicuba', 'fikir', 'berfikir', 'fikiran', 'difikirkan', 'hutang',
    'bahagian', 'sebahagian', 'baharu', 'terbaharu', 'pelaburan', 'pelabur', 'teksi', 'motosikal',
    'basikal', 'lesen', 'kastam', 'imigresen', 'wabak', 'bilion', 'trilion', 'eropah', 'jepun',
    'perancis', 'sepanyol', 'itali', 'ogos', 'julai', 'disember', 'gabenor', 'parti', 'isteri',
    'kesihatan', 'sihat', 'pelbagai', 'pakej', 'konsert', 'sentiasa', 'nombor', 'kewangan',
    'peribadi', 'parlimen', 'kempen', 'filem', 'muzik', 'stesen', 'pandemik', 'kuarantin',
    'petrol', 'biasiswa', 'sijil', 'minit', 'khuatir', 'dekad', 'sedekad', 'imej',
    'bertanggungjawab', 'tentera', 'rosak', 'kerosakan', 'kahwin', 'berkahwin', 'perkahwinan',
    'kepimpinan', 'lapan', 'tayar',
    // vocabulary
    'syarikat', 'percuma', 'peguam', 'kemalangan', 'terbabit', 'dadah', 'pelancong',
    'pelancongan', 'antarabangsa', 'kakitangan', 'timbalan', 'setiausaha', 'mesyuarat', 'suruhanjaya',
    'pesuruhjaya', 'bomba', 'kilang', 'hartanah', 'kedai', 'seramai', 'berbanding', 'selepas',
    'mahupun', 'justeru', 'difahamkan', 'memaklumkan', 'dimaklumkan', 'maklumat', 'tular',
    'kejohanan', 'jurulatih', 'menjaringkan', 'pengundi', 'dato', 'datin', 'mangsa', 'suspek',
    'pertubuhan', 'senarai', 'akhbar', 'tempatan', 'pesakit', 'jangkitan', 'kes', 'perkhidmatan',
    'memandangkan', 'ekoran', 'saman', 'lebuh', 'sukan', 'majlis', 'pingat', 'jawatan',
    'pendakwaan', 'pendakwa', 'perbicaraan', 'pertuduhan', 'tertuduh', 'tajaan', 'penajaan',
    'persefahaman', 'teruja', 'khidmat', 'meraikan', 'kejayaan', 'menewaskan', 'penambahbaikan',
    'gelaran', 'menjejaskan', 'agihan', 'yuran', 'sokongan', 'kesemua', 'persembahan', 'peminat',
    'kerjaya', 'merakam', 'rakaman', 'berkongsi', 'sesetengah', 'pelakon', 'jenama', 'rasuah',
    'jenayah', 'seksyen', 'penyiasatan', 'siasatan', 'disiasat', 'menyiasat', 'reman', 'majistret',
    'pentadbiran', 'pelancaran', 'melancarkan', 'talian', 'askar', 'lori', 'siswazah', 'pensyarah',
    'peperiksaan', 'bersara', 'pencen', 'elaun', 'kdnk', 'bekalan', 'perniagaan', 'peniaga',
    'usahawan', 'solat', 'aidilfitri', 'aidiladha', 'allahyarham', 'dikebumikan', 'bapa',
    'lelaki', 'percutian', 'membeli-belah', 'bilik', 'bimbang', 'selesa',
    'kasut', 'seluar', 'jiran', 'jerebu', 'kesesakan', 'banduan', 'lokap', 'kompaun', 'bercakap', 'perlembagaan',
    'pasaraya', 'bandaraya', 'ringgit',
    'teruk', 'seronok', 'mendedahkan', 'didedahkan', 'menyertai', 'menghantar', 'dihantar',
    'dijangka', 'diberkas', 'pdrm', 'sprm', 'umno', 'sesiapa', 'menubuhkan',
    'ditubuhkan', 'penubuhan', 'mentadbir', 'lakonan', 'fizik',
    // day names: Isnin/Khamis/Jumaat/Ahad against Senin/Kamis/Jumat/Minggu
    'isnin', 'khamis', 'jumaat', 'ahad',
    // phrases
    'warga emas', 'pilihan raya', 'orang ramai', 'pihak berkuasa', 'luar negara', 'amerika syarikat',
    'sama ada', 'datuk seri', 'tan sri', 'sdn bhd', 'dewan rakyat', 'sidang media', 'lebuh raya',
    'minggu hadapan', 'bulan lepas', 'tahun lepas', 'minggu lepas', 'dewan undangan', 'memuat naik',
    'bola sepak', 'negara jiran', 'sebentar tadi', 'sedikit sebanyak', 'menteri besar',
    'ketua menteri', 'ahli parlimen', 'ibu pejabat', 'lapangan terbang', 'dalam talian',
    'ibu bapa', 'lebih daripada', 'kata beliau', 'dalam kalangan', 'alam sekitar', 'tanah runtuh', 'penjawat awam',
    'telefon bimbit',
    // general vocabulary pairs (pengendalian, penegakan, oposisi, pendukung, sensus, anggaran,
    // juru bicara, kursi, sekolah dasar, pasar swalayan, dalam rangka, meskipun demikian, tanpa memandang,
    // jangka waktu, loket, kartu, akun, tautan, situs web, surel); not `guru besar` (an Indonesian professor),
    // `mana-mana` (`di mana-mana`) or `dalam pada itu`, which Indonesian writes too
    'kawalan', 'penguatkuasaan', 'pembangkang', 'penyokong', 'banci',
    'bajet', 'belanjawan', 'jurucakap', 'kerusi', 'sekolah rendah', 'pasar raya', 'sempena',
    'bersempena', 'walau bagaimanapun', 'tidak kira', 'jangka masa', 'kaunter', 'kad',
    'akaun', 'pautan', 'laman web', 'laman sosial', 'emel', 'sektor awam', 'penguat kuasa',
    // office, law and civic words (ketua, wakil, resmi, keberadaan, rasisme, pengakuan, Inggris,
    // kesalahan, cabang, lulusan, pilot, rantai, transaksi, rumah tangga,
    // tahun depan, belakangan, mengarungi, kata,
    // terdampak, untuk memastikan, direktur utama, strategis, seharusnya)
    'pengerusi', 'naib', 'rasmi', 'kewujudan', 'perkauman', 'pengiktirafan', 'iktiraf', 'mengiktiraf',
    'diiktiraf', 'inggeris', 'kesilapan', 'cawangan', 'graduan', 'juruterbang', 'rantaian',
    'urus niaga', 'isi rumah', 'tahun hadapan',
    'kebelakangan', 'berkelulusan', 'mengharungi', 'perkataan', 'terjejas',
    'bagi memastikan', 'ketua pegawai', 'strategik', 'sepatutnya', 'bercanggah', 'percanggahan', 'selari',
    'menguruskan', 'berperanan', 'bersetuju', 'kolej', 'enakmen', 'kebimbangan',
    // Malay -kan verbs where Indonesian writes -i or another root (memulai, mempertahankan)
    'memulakan', 'dimulakan', 'mengekalkan', 'dikekalkan', 'kekalkan',
  ],
  patterns: [
    { source: '\\bRM ?\\d', weight: 2, why: 'ringgit amounts (RM1,747); Indonesian writes Rp' },
    { source: '^\\s{0,5}[A-Z][A-Z.\'’ -]{1,30}:\\s', weight: 2, why: 'Malaysian papers open with a bare `CITY:` dateline' },
    { source: '\\b\\d{1,3}(?:,\\d{3}){2,4}\\b', weight: 1, why: 'comma thousands separators (1,250,000); Indonesian uses dots' },
    { source: '\\b\\d{1,3}\\.\\d{1,2} ?(?:juta|bilion|trilion|peratus)\\b', weight: 1, why: 'decimal point before a Malay unit (1.5 bilion); Indonesian uses a comma' },
    { source: '\\b[a-z]{2,20}syen\\b', weight: 1, why: 'Malay -syen spelling (konvensyen, versyen); Indonesian -si' },
    { source: '\\b[a-z]{2,20}(?:biliti|iviti|ariti|oriti|ositi|uniti|aliti|isiti|asiti)\\b', weight: 2, why: 'Malay -iti for English -ity (kredibiliti, produktiviti, mentaliti); Indonesian -itas (`peneliti`, `selebriti`, `komoditi` are other endings)' },
    { source: '\\b(?:di|me|ter)?[a-z]{3,12}kan ke atas\\b', weight: 2, why: 'Malay `ke atas` after a verb (dikenakan ke atas, dijalankan ke atas); Indonesian `terhadap`' },
    { source: '\\b[Kk]e(dua|tiga|empat|lima|enam|tujuh|lapan|sembilan)-\\1\\b', weight: 2, why: 'Malay reduplicated ordinals (kedua-dua, ketiga-tiga); Indonesian writes kedua, ketiga' },
    { source: '\\bBernama\\b|\\bUtusan\\b|\\bHarian Metro\\b|\\bBerita Harian\\b|\\bKosmo\\b|\\bAstro Awani\\b|\\bSinar Harian\\b|\\bmStar\\b', weight: 2, why: 'Malaysian outlets' },
  ],
};

import type { MarkerData } from '../types.js';

/**
 * Evidence for Malay (Bahasa Malaysia) against Indonesian. The lists are well-known
 * Malaysian-vs-Indonesian differences in vocabulary and spelling (Dewan Bahasa dan Pustaka
 * forms against KBBI forms), not words picked from any evaluation text. A word belongs here
 * only when Indonesian news would use a different word or spelling for the same thing.
 */
export const markers: MarkerData = {
  siblings: ['ind'],
  common: [
    'yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'ke', 'dari', 'pada', 'akan', 'tidak',
    'dalam', 'juga', 'ada', 'oleh', 'atau', 'telah', 'sudah', 'boleh', 'kerana', 'adalah', 'ialah',
    'kami', 'kita', 'mereka', 'saya', 'ia', 'dia', 'sebagai', 'tersebut', 'lebih', 'bahawa', 'masih',
    'perlu', 'secara', 'hingga', 'sehingga', 'namun', 'kata', 'menjadi', 'seperti', 'ketika', 'orang',
    'tahun', 'hari', 'daripada', 'bagi', 'beliau', 'katanya', 'berkata', 'turut', 'selepas', 'iaitu',
  ],
  // Worth 1 each: usually Malay, but Indonesian news uses them now and then (or in another sense).
  words: [
    // function words and connectives
    'apabila', 'ialah', 'daripada', 'manakala', 'sekiranya', 'berikutan', 'susulan', 'menerusi',
    'mengikut', 'hendak', 'semula', 'bermula', 'dipercayai', 'esok',
    'beliau', 'berkata', 'semalam', 'boleh', 'jabatan',
    'datuk', 'encik', 'bandar', 'pemandu', 'bayaran', 'agensi', 'kenyataan',
    'persekutuan', 'kemudahan', 'hospital', 'petang', 'rompakan', 'tandas', 'faham',
    'difahami', 'tempoh', 'terkini', 'sebarang', 'pengarah',
    'rakan', 'mendapati', 'memberitahu',
    'kos', 'berkaitan', 'berkenaan', 'bagaimanapun', 'kanak-kanak',
  ],
  // Worth STRONG_MARKER_WEIGHT: Indonesian writes these differently.
  strong: [
    // the pairs: kerajaan/pemerintah, polis/polisi, peratus/persen, bahawa/bahwa, wang/uang …
    'kerajaan', 'polis', 'peratus', 'bahawa', 'wang', 'kenderaan', 'iaitu', 'kerana', 'sahaja',
    // spelling: Malay -iti/-syen/-k-, Indonesian -itas/-si/-k- variants
    'universiti', 'kualiti', 'aktiviti', 'komuniti', 'fasiliti', 'kapasiti', 'identiti', 'realiti',
    'prioriti', 'majoriti', 'minoriti', 'integriti', 'sekuriti', 'autoriti', 'entiti', 'televisyen',
    'telefon', 'komisyen', 'projek', 'doktor', 'ubat', 'ubatan', 'eksport', 'import', 'mahu',
    'cuba', 'mencuba', 'dicuba', 'fikir', 'berfikir', 'fikiran', 'pemikiran', 'difikirkan', 'hutang',
    'bahagian', 'sebahagian', 'baharu', 'terbaharu', 'pelaburan', 'pelabur', 'teksi', 'motosikal',
    'basikal', 'lesen', 'kastam', 'imigresen', 'wabak', 'bilion', 'trilion', 'eropah', 'jepun',
    'perancis', 'sepanyol', 'itali', 'ogos', 'julai', 'disember', 'gabenor', 'parti',
    // vocabulary
    'syarikat', 'percuma', 'peguam', 'kemalangan', 'terbabit', 'dadah', 'cukai', 'pelancong',
    'pelancongan', 'antarabangsa', 'kakitangan', 'timbalan', 'setiausaha', 'mesyuarat', 'suruhanjaya',
    'pesuruhjaya', 'bomba', 'kilang', 'hartanah', 'kedai', 'seramai', 'berbanding', 'selepas',
    'mahupun', 'justeru', 'difahamkan', 'memaklumkan', 'dimaklumkan', 'maklumat',
    'tular', 'kejohanan', 'jurulatih', 'perlawanan',
    'menjaringkan', 'pengundi', 'dato', 'mangsa', 'suspek', 'pertubuhan', 'senarai',
    'akhbar', 'tempatan', 'pesakit', 'jangkitan', 'kes', 'perkhidmatan', 'memandangkan', 'ekoran',
    'saman', 'lebuh', 'warga emas', 'pilihan raya', 'orang ramai', 'pihak berkuasa',
    'luar negara', 'amerika syarikat', 'sama ada', 'datuk seri', 'tan sri', 'sdn bhd', 'dewan rakyat',
    'sidang media', 'lebuh raya', 'minggu hadapan', 'bulan lepas', 'tahun lepas', 'minggu lepas',
    'dewan undangan',
  ],
  patterns: [
    { source: '\\bRM ?\\d', weight: 2, why: 'ringgit amounts (RM1,747); Indonesian writes Rp' },
    { source: '^\\s{0,5}[A-Z][A-Z.\'’ -]{1,30}:\\s', weight: 2, why: 'Malaysian papers open with a bare `CITY:` dateline' },
    { source: '\\b\\d{1,3},\\d{3}\\b', weight: 1, why: 'comma as thousands separator (1,747); Indonesian uses a dot' },
    { source: '\\b\\d{1,3}\\.\\d{1,2} ?(?:juta|bilion|peratus|%)', weight: 1, why: 'decimal point (1.5 juta); Indonesian uses a comma' },
    { source: '\\b[a-z]{2,20}syen\\b', weight: 1, why: 'Malay -syen spelling (konvensyen, versyen); Indonesian -si' },
    { source: '\\bBernama\\b|\\bUtusan\\b|\\bHarian Metro\\b|\\bBerita Harian\\b|\\bKosmo\\b|\\bAstro Awani\\b|\\bSinar Harian\\b|\\bmStar\\b', weight: 2, why: 'Malaysian outlets' },
  ],
};

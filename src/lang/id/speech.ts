import type { SpeechData } from '../types.js';
import { crossLanguageSpeech } from '../cross-language-speech.js';
import { nameAbbreviations, namePrefixes } from '../names.js';
import { courtTitles, nations, numberedUnits, regionGovernments } from './region-titles.js';
import { INTRO, verbForms } from './speech-verbs.js';
import { withCapitals } from '../word-lists.js';
import { becomingVerbs } from './speech-posts.js';

/**
 * Words that open a person's title (`Menteri`, `Ketua`, `Direktur`): a speaker's role in quotes, and a
 * word where the organisation finder ends a name (the holder's name follows). The one source of both lists.
 */
export const titleWords: readonly string[] = [
  'Kepala', 'Wakil', 'Direktur', 'Manajer', 'Menteri', 'Menko', 'Kapolres', 'Kapolda', 'Kapolri', 'Kapolsek',
  'Kasat', 'Kabid', 'Kabag', 'Kasubdit', 'Dirut', 'Ketua', 'Ketum', 'Sekretaris', 'Sekjen', 'Presiden',
  'Wapres', 'Gubernur', 'Bupati', 'Wali', 'Anggota', 'Juru', 'Jubir', 'Komisaris', 'Pengamat', 'Ekonom',
  'Analis', 'Peneliti', 'Jaksa', 'Hakim', 'Panglima', 'Kapten', 'Pendiri', 'Chief', 'Head', 'Staf', 'Deputi',
  'Plt', 'Pj', 'Senior', 'Politikus', 'Politisi', 'Manager', 'Vice', 'President', 'Director', 'Executive',
  'Penulis', 'Pelatih', 'Waketum', 'Wasekjen',
  // `Kuasa Hukum` (counsel): the body they act for follows, then their name.
  'Kuasa',
];

const forms = verbForms();

/**
 * Degrees written after a name (`dr Melati Kusumawardhani SpGK`, `Sinta Dewi SpPD-KEMD`): not part of
 * the name. A hyphenated degree is matched by its first part (`SpPD` in `SpPD-KEMD`).
 */
const DEGREES = [
  'SpA', 'SpAn', 'SpB', 'SpBA', 'SpBS', 'SpBP', 'SpBTKV', 'SpBKBD', 'SpBO', 'SpF', 'SpGK', 'SpJP', 'SpKFR',
  'SpKJ', 'SpKK', 'SpKO', 'SpKG', 'SpM', 'SpMK', 'SpN', 'SpOG', 'SpOT', 'SpP', 'SpPA', 'SpPD', 'SpPK',
  'SpRad', 'SpS', 'SpTHT', 'SpTHTKL', 'SpU', 'SpDV', 'SpAK', 'SpEM', 'SpGM', 'SpPros', 'SpOrt', 'SpKGA',
  'SH', 'MH', 'SE', 'MM', 'MSi', 'MSc', 'MA', 'MT', 'ST', 'SKom', 'SPd', 'MPd', 'SSos', 'SIP', 'SKM', 'MKes',
  'MPH', 'MEpid', 'PhD', 'MBA', 'SAg', 'MAg', 'LLM', 'MKn', 'SpKep', 'SKep', 'Ners', 'SFarm', 'Apt', 'MFarm',
  'SPsi', 'MPsi', 'SHut', 'SP', 'MP', 'SS', 'MHum', 'SIKom', 'MIKom', 'MKM', 'DrPH', 'FINASIM', 'FIHA',
  'KEMD', 'KGEH', 'KHOM', 'KPTI', 'KGH', 'KKV', 'KAI', 'FACP', 'FACC', 'CPA', 'CFA', 'CFP', 'Akt',
];

/**
 * Endings of English field words in titles (`Corporate Communication`, `Business Development`), never Indonesian
 * names. Not `-ing`: Batak surnames end so (`Sihombing`); English `-ing` fields are role words instead.
 */
const ROLE_SUFFIXES = ['ion', 'ions', 'ment', 'ments', 'ity', 'ance', 'ence', 'ship', 'ics', 'ness', 'ogy', 'ism'];

/** Plans, rules, data and other sources of facts after `menurut` (first or second word of the phrase). */
const NON_SPEAKERS = [
  'rencana', 'rencananya', 'jadwal', 'data', 'catatan', 'survei', 'survey', 'hasil', 'perhitungan',
  'penghitungan', 'hitungan', 'perkiraan', 'prakiraan', 'prediksi', 'proyeksi', 'estimasi', 'simulasi',
  'aturan', 'peraturan', 'ketentuan', 'regulasi', 'undang-undang', 'uu', 'pasal', 'hukum', 'riset',
  'penelitian', 'studi', 'kajian', 'analisis', 'pantauan', 'pengamatan', 'statistik', 'grafik', 'tabel',
  'indeks', 'situs', 'laman', 'website', 'kalender', 'tradisi', 'sejarah', 'legenda', 'kepercayaan',
  'ajaran', 'versi', 'standar', 'kriteria', 'definisi', 'pengertian', 'kamus', 'kbbi', 'teori', 'ilmu',
  'skenario', 'peta', 'citra', 'rekaman', 'dokumentasi', 'catatannya', 'datanya', 'jadwalnya',
];

/**
 * The organisation a title names by itself (`Menteri Keuangan` → `Kementerian Keuangan`, `Kapolda Jawa Barat`
 * → `Polda Jawa Barat`): the title's first words, then the organisation; `…` stands for the rest of the title,
 * which must then be written (a bare `Menteri` names no ministry). Short titles stand for the whole ministry.
 */
const TITLE_ORGANISATIONS: Record<string, string> = {
  Menteri: 'Kementerian …', Menko: 'Kementerian Koordinator …', Kapolri: 'Polri', Wakapolri: 'Polri', Kapolda: 'Polda …', Wakapolda: 'Polda …',
  Kapolres: 'Polres …', Kapolresta: 'Polresta …', Kapolrestabes: 'Polrestabes …', Kapolsek: 'Polsek …',
  Kajati: 'Kejati …', Kajari: 'Kejari …', 'Jaksa Agung': 'Kejaksaan Agung', Kabareskrim: 'Bareskrim Polri',
  Dirjen: 'Direktorat Jenderal …', 'Direktur Jenderal': 'Direktorat Jenderal …', Kadis: 'Dinas …',
  Pangdam: 'Kodam …', Danrem: 'Korem …', Dandim: 'Kodim …', Kasad: 'TNI AD', Kasal: 'TNI AL', Kasau: 'TNI AU',
  'Panglima TNI': 'TNI', Gubernur: '', Bupati: '', 'Wali Kota': '', Walkot: '',
  Menkeu: 'Kementerian Keuangan', Menkes: 'Kementerian Kesehatan', Mensos: 'Kementerian Sosial',
  Menlu: 'Kementerian Luar Negeri', Menhan: 'Kementerian Pertahanan', Mendagri: 'Kementerian Dalam Negeri',
  Menag: 'Kementerian Agama', Mentan: 'Kementerian Pertanian', Menperin: 'Kementerian Perindustrian',
  Mendag: 'Kementerian Perdagangan', Menaker: 'Kementerian Ketenagakerjaan', Menhub: 'Kementerian Perhubungan',
  Menpora: 'Kementerian Pemuda dan Olahraga', Mendikbud: 'Kementerian Pendidikan dan Kebudayaan',
  Menparekraf: 'Kementerian Pariwisata dan Ekonomi Kreatif', Menkominfo: 'Kementerian Komunikasi dan Informatika',
  Mensesneg: 'Kementerian Sekretariat Negara', Mendes: 'Kementerian Desa dan Pembangunan Daerah Tertinggal',
  Menpar: 'Kementerian Pariwisata', Menkumham: 'Kementerian Hukum dan Hak Asasi Manusia', Menristek: 'Kementerian Riset dan Teknologi',
  Menristekdikti: 'Kementerian Riset, Teknologi, dan Pendidikan Tinggi', Menkop: 'Kementerian Koperasi dan UKM', 'Menko Polhukam': 'Kemenko Polhukam',
  Mendikbudristek: 'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi', Menkomdigi: 'Kementerian Komunikasi dan Digital',
  Menkopolhukam: 'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan', Menhut: 'Kementerian Kehutanan', 'Menpan RB': 'Kementerian PANRB',
  // The state secretary's ministry is a secretariat, not the title's own words (`Kementerian Sekretaris …`).
  'Menteri Sekretaris Negara': 'Kementerian Sekretariat Negara',
  // A minister without a portfolio names no ministry by the title alone; a prime minister heads a government.
  'Menteri Negara': '', 'Perdana Menteri': '',
};

/**
 * A deputy minister's short title is `Wa` before the minister's (`Menkes` → `Wamenkes`, `Menaker` → `Wamenaker`), and
 * names the same ministry: built from the one-word minister titles above.
 */
const DEPUTY_MINISTERS: Record<string, string> = Object.fromEntries(
  Object.entries(TITLE_ORGANISATIONS)
    .filter(([title, org]) => /^Men[a-z]+$/.test(title) && org !== '' && !org.endsWith('…'))
    .map(([title, org]) => [`Wa${title.toLowerCase()}`, org]),
);

/** Indonesian speech verbs, roles, ranks and honorifics for quote attribution. */
/**
 * Sentence adverbs that may stand right before a subject without a comma (`Terdahulu Budi berkata`). They are
 * fillers too (the readers step over fillers first, then ask whether the first one was an opener), so `fillers`
 * takes them from here rather than repeating them.
 */
/**
 * Words of a relation to another person: a title after one is that person's (`yang juga istri dari Bupati X`,
 * `keponakan Ketua X`). Not `bapak`: mostly a form of address (`bapak Menteri`); not `ajudan`: an aide's job is the speaker's own.
 */
const RELATION_NOUNS: readonly string[] = [
  'istri', 'isteri', 'suami', 'anak', 'putra', 'putri', 'adik', 'kakak', 'abang', 'ayah', 'ibu', 'keponakan',
  'menantu', 'mertua', 'cucu', 'sepupu', 'paman', 'bibi', 'ipar',
];

/** Words that make the title after them a past post (`mantan Ketua X`): kept in the role, never the bare title. */
const FORMER_WORDS: readonly string[] = ['mantan', 'eks'];

const OPENERS: readonly string[] = [
  'namun', 'tetapi', 'tapi', 'sedangkan', 'bahkan', 'adapun', 'sementara', 'kemudian', 'lalu', 'sebelumnya',
  'selanjutnya', 'kini', 'sekarang', 'akhirnya', 'terpisah', 'terdahulu', 'terbaru', 'ternyata', 'pasalnya', 'lanjut',
];

export const speech: SpeechData = {
  postVerbs: forms.post,
  pronounVerbs: forms.pronoun,
  introVerbs: INTRO,
  according: ['menurut', 'kata'],
  // `Dirinya menambahkan`, `Pihaknya menjelaskan`: the reflexive and the `side` of the one just named refer back as `dia` does.
  pronouns: ['dia', 'ia', 'beliau', 'mereka', 'dirinya', 'pihaknya'],
  pluralPronouns: ['mereka'],
  // `"…," imbuh dia`, like `imbuhnya`, is said of a person: a body the article names speaks as `pihaknya`, `perseroan`.
  personPronouns: ['dia', 'ia', 'beliau'],
  selfPronouns: ['saya', 'aku', 'kami', 'kita'],
  fillers: [
    'lagi', 'pula', 'juga', 'menambahkan', 'melanjutkan', 'demikian', 'pun', 'kembali', 'sempat', 'pernah', 'itu',
    'sendiri', 'menegaskan', 'mengatakan',
    // Sentence openers that are capitalised but never a speaker.
    'meski', 'meskipun', 'walau', 'pada', 'kepada', 'sebagai', 'pertama', 'kedua', 'ketiga', 'dalam', 'di',
    'untuk', 'dengan', 'karena', 'oleh', 'jika', 'kalau', 'setelah', 'sebelum', 'saat', 'ketika', 'hingga',
    'sejak', 'selain', 'terkait', 'soal', 'bagi', 'atas', 'dari', 'ke', 'ketuanya', 'padahal', 'apalagi', 'maka',
    'lebih', 'hal', 'begitu', 'berdasarkan', 'sehingga', 'senada', 'serupa', 'menanggapi', 'sekadar', 'kemarin',
    // Later ordinals and causal or source openers of an enumerated or sourced sentence (`Keenam, suporter …`, `Terakhir, Sari …`).
    'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh', 'terakhir', 'sebab', 'lantaran', 'dikutip',
    // Sentence adverbs (`Terpisah, Ketua … X menekankan`), which may also open a sentence without a comma.
    ...OPENERS,
  ],
  openers: OPENERS,
  // Besides the title words, roles the organisation finder does not end a name at (as breakers they lowered its precision).
  roles: [
    ...titleWords,
    'Direktris', 'Wamen', 'Kapolresta', 'Kasatreskrim', 'Kanit', 'Kasi', 'Kadis', 'Kapuspen', 'Kadiv', 'Karo',
    'Kabareskrim', 'Dirjen', 'Dirkrimum', 'Dirkrimsus', 'Dirlantas', 'Sekda', 'Bendahara', 'Wagub', 'Wabup',
    'Walkot', 'Camat', 'Lurah', 'Kades', 'Koordinator', 'Korlap', 'Dosen', 'Guru', 'Rektor', 'Dekan',
    'Profesor', 'Pakar', 'Ahli', 'Pengacara', 'Kasad', 'Kasal', 'Kasau', 'Pangdam', 'Danrem',
    'Dandim', 'Danramil', 'Pimpinan', 'Pemimpin', 'Pemilik', 'Founder', 'Co-Founder', 'Co-founder', 'CEO', 'COO', 'CFO', 'Kabiro', 'Staff',
    'Asisten', 'Inspektur', 'Penjabat', 'Kapuskes', 'Dokter', 'Perawat', 'Warga', 'Petani', 'Pedagang',
    'Pengusaha', 'Legislator', 'Kader', 'Ustaz', 'Kiai', 'Pendeta', 'Imam', 'Duta', 'Dubes', 'Konsul', 'Atase',
    'Kurator', 'Ketua Umum', 'Kabalai', 'Kapusdatin', 'Kaban', 'Kasubag', 'Kasubbag', 'Kasatpol', 'Kalapas',
    'Karutan', 'Kajati', 'Kajari', 'Kasipidsus', 'Kasipidum', 'Kajagung', 'Jaksa Agung', 'Menpan', 'Mendagri',
    'Menkeu', 'Menkes', 'Mensos', 'Mendikbud', 'Menhub', 'Menag', 'Menlu', 'Menhan', 'Mentan', 'Menperin',
    'Mendag', 'Menaker', 'Menparekraf', 'Menpora', 'Menkominfo', 'Seskab', 'Mensesneg', 'Spesialis', 'Mendes',
    'Menpar', 'Menkumham', 'Menristek', 'Menristekdikti', 'Mendikbudristek', 'Menkop', 'Menkopolhukam', 'Menkomdigi', 'Menhut',
    // Short forms of posts (`VP` vice president, `Wadir` wakil direktur, `Kalakhar` kepala pelaksana, `Pjs` acting), council posts (`Rais Aam`).
    'VP', 'SVP', 'EVP', 'Wadir', 'Kalakhar', 'Pjs', 'Rais Aam', 'Rais Syuriyah', 'Rais Syuriah',
    'Pelaksana', 'Penasihat', 'Penasehat', 'Komandan', 'Kabag Humas', 'Humas', 'Kasubbid', 'Kabidhumas',
    'Kabid Humas', 'Kasatlantas', 'Ketua DPR', 'Anggota DPR', 'Kapuspenkum', 'Kapendam', 'General', 'Managing',
    'Corporate', 'Group', 'Marketing', 'Komisioner', 'Ombudsman', 'Relawan', 'Mahasiswa', 'Siswa', 'Tokoh',
    'Sosiolog', 'Epidemiolog', 'Psikolog', 'Kriminolog',
    // Who teaches at or runs a place named after the post (`Pengajar Fakultas Contoh …`, `Pengelola Taman Contoh`).
    'Pengajar', 'Pengelola',
    // Professions named before or after a name (`kata Budi, pengamat …`, `aktivis Rina Sari`).
    'Aktivis', 'Advokat', 'Wartawan', 'Jurnalis', 'Sejarawan', 'Budayawan', 'Akademisi', 'Praktisi',
    'Konsultan', 'Pegiat', 'Penggiat', 'Pemerhati', 'Pengawas', 'Senator', 'Produser', 'Sutradara',
    // Short titles of deputies and party officers (`Wakapolri`, `Sekum Partai Contoh`).
    'Wakapolri', 'Wakapolda', 'Wakapolres', 'Wakasad', 'Sekum', 'Bendum', ...Object.keys(DEPUTY_MINISTERS),
    // Heads of government abroad (`Perdana Menteri Malaysia …`).
    'Perdana Menteri',
    // Callings named before a name like a post (`vokalis grup Contoh, Budi`, `Penyanyi, Rina …`, `Calon Partai Contoh …`).
    // Not `pelawak`, `komedian`, `presenter`: written after another calling (`Aktor sekaligus komedian Budi`) they lengthen the role.
    'Vokalis', 'Aktor', 'Aktris', 'Artis', 'Musisi', 'Kartunis', 'Calon', 'Pemain', 'Penyanyi',
    // A band member by instrument, and a member of a religious order (`gitaris grup Contoh, Budi`, `biarawati Maria …`).
    'Gitaris', 'Drummer', 'Bassis', 'Pianis', 'Biarawati', 'Biarawan',
    // Staff named by their work at a firm (`Kasir PT Contoh Group (CG) Budi`, `karyawan PT Contoh, Budi`).
    'Kasir', 'Karyawan', 'Pegawai',
    // A player's position, named before a name like a post (`gelandang Contoh FC, Budi`); not `Penyerang`, also an assailant.
    'Striker', 'Gelandang', 'Bek', 'Kiper', 'Winger',
    'Apoteker', 'Perencana', 'Bidan', 'Notaris', 'Arsitek', 'Pembina',
    // English posts whose head noun ends the title (`Regional Sales Leader`, `Senior Partner`).
    'Partner', 'Leader', 'Strategist',
    // School and Bareskrim short titles (`Wakasek` wakil kepala sekolah, `Dirtipidum` direktur tindak pidana umum).
    'Kasek', 'Wakasek', 'Dirtipidum', 'Dirtipidsus', 'Dirtipideksus', 'Dirtipidter', 'Dirtipidnarkoba', 'Dirtipidsiber',
    'Dirtipidkor',
  ],
  ranks: [
    'AKBP', 'AKP', 'Kombes', 'Kombes Pol', 'Brigjen', 'Brigjen Pol', 'Irjen', 'Irjen Pol', 'Komjen',
    'Jenderal', 'Jenderal Polisi', 'Mayjen', 'Letjen', 'Kolonel', 'Letkol', 'Mayor', 'Kapten', 'Lettu',
    'Letda', 'Serka', 'Sertu', 'Serda', 'Bripka', 'Brigadir', 'Bripda', 'Briptu', 'Aipda', 'Aiptu',
    'Ipda', 'Iptu', 'Kompol', 'Komisaris Besar', 'Komisaris Besar Polisi', 'Ajun Komisaris Besar',
    'Ajun Komisaris Besar Polisi', 'Ajun Komisaris', 'Ajun Komisaris Polisi', 'Komisaris Polisi',
    'Komisaris', 'Inspektur Jenderal', 'Inspektur Jenderal Polisi', 'Inspektur Jenderal (Pol)',
    'Inspektur Polisi Satu', 'Inspektur Polisi Dua', 'Inspektur Dua', 'Inspektur Satu', 'Inspektur',
    'Brigadir Jenderal', 'Brigadir Jenderal Polisi', 'Brigadir Jenderal (Pol)', 'Komisaris Jenderal',
    'Komisaris Jenderal (Pol)', 'Mayor Jenderal', 'Letnan Jenderal', 'Letnan Kolonel', 'Marsekal',
    'Marsma', 'Marsda', 'Marsdya', 'Laksamana', 'Laksma', 'Laksda', 'Laksdya', 'Pol', '(Pol)',
    'Jenderal TNI', 'Kolonel Inf', 'Letkol Inf', 'Letjen TNI', 'Mayjen TNI', 'Brigjen TNI', 'Laksda TNI',
    'Laksma TNI', 'Marsma TNI', 'Marsda TNI', 'Kapten Inf', 'Mayor Inf', 'Kolonel Laut', 'Letkol Laut',
    'Letnan Kolonel Laut', 'Ajun Inspektur', 'Kompol Pol',
    // A common spelling of `Brigjen` in news text.
    'Brigjend', 'Brigjend Pol',
  ],
  rankSuffixes: ['Pol', '(Pol)', 'TNI', 'Inf', 'Laut'],
  honorifics: [
    'Bapak', 'Ibu', 'Pak', 'Bu', 'Mbak', 'Mas', 'Bang', 'Kak', 'Dik', 'Cak', 'Ning', 'Tuan', 'Nyonya',
    'Saudara', 'Saudari', 'Sdr', 'Dr', 'dr', 'Drs', 'Dra', 'Ir', 'Prof', 'H', 'Hj', 'KH', 'Kiai', 'Habib',
    'Ustaz', 'Ustadz', 'Gus', 'Raden', 'RM', 'Datuk', 'Dato', 'Haji', 'Hajjah', 'Hajah', 'Pastor', 'Romo',
    // A nun's title before her name (`Suster Maria`), like `Romo` before a priest's.
    'Suster',
    // `Lalu` (Sasak nobility, Lombok) before a name; `Lalu Lintas` is a field (`roleWords`), with no name after it.
    'Tuan Guru', 'Syekh', 'Dr.', 'Prof.', 'Ir.', 'H.', 'Hj.', 'KH.', 'Drs.', 'Lalu',
  ],
  // Beside the one-word organisation heads, which the speech lexicon adds (`oneWordHeads`).
  orgWords: [
    // Trading-house words closing a company name before its analyst's name (`Analis Contoh Futures Budi`).
    'Futures', 'Berjangka',
    'Kemenkeu', 'Kemkeu', 'Polri', 'TNI', 'Sekolah', 'Kelompok', 'Komunitas', 'Pemda', 'Balai', 'Kantor',
    'Perusahaan', 'Kabupaten', 'Kota', 'Provinsi', 'Kecamatan', 'Kelurahan', 'Desa',
    'Kampung', 'DPR', 'DPD', 'MPR', 'KPK', 'KPU', 'Bawaslu', 'BPS', 'BI', 'OJK', 'Gugus',
    'Forum', 'Gerakan', 'Organisasi', 'Persero', 'Tbk', 'Group', 'Kemendagri', 'Kemenkes', 'Kemensos',
    'Kemendikbud', 'Kemenhub', 'Kemenag', 'Kemenlu', 'Kemenhan', 'Kementan', 'Kemenperin', 'Kemendag',
    'Kemnaker', 'Kemenparekraf', 'Kemenpora', 'Kominfo', 'Kemenkominfo', 'Pemerintahan', 'Istana', 'Polisi',
    'Markas', 'Lapas', 'Rutan', 'Kejagung', 'Pengurus', 'DPP', 'DPW', 'DPC', 'PBNU', 'PP', 'Muhammadiyah',
    'NU', 'MUI', 'Ombudsman', 'LIPI', 'BRIN', 'BMKG', 'BNPB', 'BPBD', 'Basarnas', 'Bappenas', 'Bapanas',
    'Bulog', 'Pertamina', 'PLN', 'Sekuritas', 'Asuransi', 'Securities', 'Capital', 'Holding', 'Holdings',
    'Academy', 'Institute', 'Center', 'Centre', 'Research', 'Foundation', 'Consulting', 'Ventures', 'Masjid',
    'Gereja', 'Pondok', 'Hotel', 'Pasar', 'Terminal', 'Bandara', 'Pelabuhan',
  ],
  roleWords: [
    // Fields of posts and units (`Komunikasi dan Informatika`, `Kasi Intel`, `Keamanan Maritim`), and the short names of
    // police and prosecutors' units after `Kasat`, `Kasi`, `Kanit`: `Kasat Reskrim` is a title, not a person `Reskrim`.
    'Informatika', 'Intel', 'Maritim', 'Reskrim', 'Pidsus', 'Pidum', 'Datun', 'Intelkam', 'Resnarkoba', 'Narkoba', 'Binmas', 'Samapta', 'Sabhara', 'Propam', 'Tipikor', 'Krimsus', 'Krimum',
    'Utama', 'Jenderal', 'Umum', 'Eksekutif', 'Pelaksana', 'Harian', 'Program', 'Bidang', 'Divisi',
    'Seksi', 'Sub', 'Subdirektorat', 'Subbagian', 'Urusan', 'Operasional', 'Keuangan', 'Pemasaran',
    'Komunikasi', 'Hubungan', 'Masyarakat', 'Humas', 'Reserse', 'Kriminal', 'Kriminal Umum', 'Khusus',
    'Lalu', 'Lintas', 'Penerangan', 'Informasi', 'Dalam', 'Luar', 'Negeri', 'Sosial', 'Kesehatan',
    'Pendidikan', 'Perhubungan', 'Agama', 'Pertahanan', 'Pertanian', 'Perindustrian', 'Perdagangan',
    'Ketenagakerjaan', 'Pariwisata', 'Ekonomi', 'Kreatif', 'Pemuda', 'Olahraga', 'Koordinator',
    'Politik', 'Hukum', 'Keamanan', 'Kemaritiman', 'Investasi', 'Perekonomian', 'Pembangunan', 'Manusia', 'Polhukam', 'RB',
    'Kebudayaan', 'Riset', 'Teknologi', 'Kabinet', 'Negara', 'Sekretaris', 'Daerah', 'Wilayah',
    'Regional', 'Nasional', 'Provinsi', 'Kabupaten', 'Kota', 'Sektor', 'Resor', 'Metro', 'Metropolitan',
    'Besar', 'Pusat', 'Bicara', 'Muda', 'Madya', 'Senior', 'Republik', 'Indonesia', 'RI',
    'Lingkungan', 'Hidup', 'Kehutanan', 'Energi', 'Sumber', 'Daya', 'Mineral', 'Badan', 'Usaha',
    'Milik', 'Desa', 'Tinggi', 'Agung', 'Konstitusi', 'Rakyat', 'Perwakilan', 'Permusyawaratan',
    'Bea', 'Cukai', 'Pajak', 'Anggaran', 'Perbendaharaan', 'Fiskal', 'Moneter', 'Statistik', 'Bank',
    'Sentral', 'Otoritas', 'Jasa', 'Pengawas', 'Pengawasan', 'Pemilihan', 'Pemilu', 'Penanggulangan',
    'Bencana', 'Pencarian', 'Pertolongan', 'Kepegawaian', 'Aparatur', 'Sipil', 'Reformasi', 'Birokrasi',
    'Perencanaan', 'Perumahan', 'Pekerjaan', 'Transportasi', 'Kelautan', 'Perikanan',
    'Koperasi', 'Kecil', 'Menengah', 'Agraria', 'Tata', 'Ruang', 'Pertanahan', 'Tertinggal',
    'Transmigrasi', 'Pemberdayaan', 'Perempuan', 'Perlindungan', 'Anak', 'Ketahanan', 'Pangan',
    'Kependudukan', 'Pencatatan', 'Penelitian', 'Pengembangan', 'Kajian', 'Studi', 'Ilmu', 'Fakultas',
    'Kedokteran', 'Teknik', 'Departemen', 'Jurusan', 'Lembaga', 'Komisi', 'Fraksi', 'Partai',
    'Publik', 'Kebijakan', 'Strategis', 'Direktorat', 'Dit', 'Bareskrim', 'Polri',
    'Kepolisian', 'Satuan', 'Unit', 'Polisi', 'Pamong', 'Praja', 'Korps', 'Lalu Lintas',
    'Bisnis', 'Digital', 'Perusahaan', 'Komersial', 'Kepatuhan', 'Risiko', 'Ritel',
    'Korporat', 'Operasi', 'Penyidik', 'Kantor', 'Staf', 'Presiden', 'Istana',
    'Marketing', 'Financing', 'Banking', 'Trading', 'Consulting', 'Engineering', 'Planning', 'Accounting',
    'Licensing', 'Mining', 'Printing', 'Branding', 'Funding', 'Lending',
    // The side a leader stands for, no body (`Pemimpin Mayoritas Senat`, `pemimpin oposisi`): part of the post.
    'Mayoritas', 'Minoritas', 'Oposisi',
    // Fields of a post (`Kepala Seksi Pidana Khusus`, `Direktur Pembiayaan Syariah`, `Manajer Penjualan`).
    'Pidana', 'Perdata', 'Intelijen', 'Penindakan', 'Penyidikan', 'Penuntutan', 'Pelayanan', 'Perizinan',
    'Pembiayaan', 'Syariah', 'Produksi', 'Distribusi', 'Penjualan', 'Niaga', 'Logistik', 'Pengadaan',
    // English titles in Indonesian text (`Vice President Corporate Secretary …`).
    'Secretary', 'Officer', 'Affairs', 'Relations', 'Chief', 'Head', 'Director', 'Manager', 'Executive',
    'Assistant', 'Associate', 'Partner', 'Analyst', 'Economist', 'Research',
  ],
  ...crossLanguageSpeech,
  namePrefixes,
  nameAbbreviations,
  nameStops: [
    'dalam', 'saat', 'ketika', 'di', 'kepada', 'pada', 'usai', 'seusai', 'sesudah', 'setelah', 'sebelum',
    'sambil', 'seperti', 'melalui', 'lewat', 'via', 'dari', 'kemarin', 'tadi', 'yang', 'sebagaimana',
    'dikutip', 'menjawab', 'ditemui', 'dihubungi', 'kala', 'tatkala', 'selepas', 'menanggapi',
    'mengutip', 'menirukan', 'disela', 'disela-sela', 'di sela', 'lagi', 'pula', 'dengan', 'secara',
    'menjelaskan', 'menambahkan', 'mengatakan', 'melanjutkan', 'bersama', 'terkait', 'soal', 'tentang',
    'mengenai', 'kepadanya', 'menegaskan', 'hari', 'pagi', 'siang', 'sore', 'malam', 'itu', 'ini',
    'tersebut', 'sembari', 'seraya', 'sesaat', 'begitu', 'waktu', 'sejak',
  ],
  connectors: [
    'dan', 'dan/atau', 'untuk', 'bidang', 'dari', 'atas', 'pada', 'bin', 'binti', 'ibni', 'ibnu', 'van', 'de', 'di', 'al', 'el',
    // `Sekretaris Perusahaan sekaligus Direktur Kepatuhan X`; English titles in Indonesian text (`Vice President of Communication`).
    'sekaligus', 'merangkap', 'of', 'for',
    // English names cited whole (`Food and Agriculture Organization`, `Institute for … Economics and Finance`,
    // `Council on Contoh Affairs`, `Seeds to Contoh Foundation`): their lower-case joiners keep the name in one piece.
    'and', 'on', 'to',
  ],
  titleCues: [
    'film', 'lagu', 'judul', 'berjudul', 'bertajuk', 'bertema', 'tema', 'topik', 'program', 'acara',
    'buku', 'novel', 'album', 'single', 'singel', 'sinetron', 'serial', 'drama', 'tagar', 'slogan',
    'istilah', 'julukan', 'dijuluki', 'disapa', 'bernama', 'berlabel', 'label', 'kampanye', 'gerakan',
    'jargon', 'semboyan', 'moto', 'motto', 'aplikasi', 'kata', 'frasa', 'sebutan', 'disebut', 'menyebut',
    'kategori', 'status', 'istilahnya', 'nama', 'sandi', 'operasi', 'dinamai', 'dinamakan', 'bertagar',
  ],
  placeTakers: [
    'Gubernur', 'Wagub', 'Bupati', 'Wabup', 'Kota', 'Walkot', 'Kabupaten', 'Provinsi', 'Kecamatan',
    'Kelurahan', 'Desa', 'Camat', 'Lurah', 'Polda', 'Polres', 'Polresta', 'Polrestabes', 'Polsek', 'Kapolda',
    'Kapolres', 'Kapolresta', 'Kapolsek', 'Kodam', 'Korem', 'Kodim', 'Kajati', 'Kajari', 'Kejati', 'Kejari',
    'Pemkot', 'Pemkab', 'Pemprov', 'DPRD', 'Sektor', 'Resor', 'Daerah', 'Sekda', 'Kades', 'Dandim', 'Danrem',
    'Pangdam', 'KPU', 'Bawaslu', 'RSUD', 'Kanwil', 'Kapolrestabes', 'Wali Kota',
  ],
  // Beside the organisation finder's places, which the speech lexicon adds (`speakerPlaces`).
  places: [
    'Bogor', 'Depok', 'Tangerang', 'Bekasi', 'Bandung', 'Surabaya', 'Semarang', 'Medan', 'Makassar',
    'Palembang', 'Denpasar', 'Batam', 'Pekanbaru', 'Padang', 'Malang', 'Solo', 'Surakarta', 'Manado',
    'Balikpapan', 'Samarinda', 'Banjarmasin', 'Pontianak', 'Mataram', 'Kupang', 'Ambon', 'Jayapura',
    'Cirebon', 'Sukabumi', 'Garut', 'Karawang', 'Sleman', 'Bantul', 'Kendari', 'Palu', 'Ternate', 'Sorong',
    'Tenggara', 'Barat', 'Timur', 'Utara', 'Selatan', 'Tengah', 'DKI', ...nations, 'Eropa', 'Asia',
    'Selangor', 'Johor', 'Pahang', 'Sabah', 'Sarawak', 'Kedah', 'Kelantan',
    'Terengganu', 'Perak', 'Melaka', 'Penang', 'Pulau', 'Kepulauan', 'Kuala', 'Lumpur', 'Putrajaya', 'Laut', 'Jaya',
    'Raya',
  ],
  unnamed: ['seorang', 'salah', 'satu', 'para', 'sejumlah', 'beberapa', 'sumber', 'warga', 'pihak'],
  personQuantifiers: ['seorang', 'salah satu', 'salah seorang'],
  weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'],
  locatives: [
    'di', 'ke', 'kota', 'kabupaten', 'provinsi', 'kecamatan', 'kelurahan', 'desa', 'kampung', 'dusun',
    'wilayah', 'kawasan', 'jalan', 'jl', 'pulau', 'pantai', 'gunung', 'sungai', 'kepulauan', 'setempat',
  ],
  placePrepositions: ['di', 'ke'],
  degrees: DEGREES,
  roleSuffixes: ROLE_SUFFIXES,
  descriptions: [
    'pria', 'wanita', 'perempuan', 'lelaki', 'laki-laki', 'sosok', 'pemuda', 'pemudi', 'bocah', 'remaja',
    'perwira', 'jenderal', 'politikus', 'politisi', 'gadis',
  ],
  demonstratives: ['ini', 'itu', 'tersebut'],
  backReferences: ['hal itu', 'hal ini', 'hal tersebut', 'demikian', 'pernyataan itu', 'pernyataan tersebut', 'pernyataan ini', 'penjelasan itu', 'penjelasan tersebut'],
  relatives: ['yang'],
  additives: ['juga', 'pula', 'sekaligus'],
  relationNouns: RELATION_NOUNS,
  formerWords: FORMER_WORDS,
  honorificReferences: ['Baginda', 'Sri Baginda', 'Sri Paduka'],
  documents: [
    'keterangan', 'pernyataan', 'siaran', 'rilis', 'surat', 'beleid', 'laporan', 'dokumen', 'unggahan',
    'kenyataan', 'statement', 'pengumuman', 'edaran', 'cuitan',
  ],
  complementisers: ['bahwa', 'bahwasanya'],
  auxiliaries: ['akan', 'telah', 'sudah', 'tidak', 'tak', 'belum', 'bisa', 'dapat', 'harus', 'sedang', 'masih', 'ingin', 'mau'],
  // `Ia mengatakan harga naik`: only `mengatakan` is safe without `bahwa` (`mengungkapkan kasus` has an object).
  bareReportVerbs: ['kata'],
  // `Menurut rencana, …`, `menurut data BPS, …`: facts from a plan, a rule or a data set are not speech, so no
  // indirect quote (documents that speak for their issuer, `menurut keterangan polisi`, are in `documents`).
  nonSpeakers: NON_SPEAKERS,
  nicknameCues: ['atau', 'disapa', 'dipanggil', 'panggilan', 'alias'],
  roleLinks: ['selaku', 'sebagai'], holdingVerbs: ['menjabat', 'berpangkat', 'merupakan'], becomingVerbs, otherHolders: ['lainnya'],
  fieldOpeners: ['Bidang', 'Divisi', 'Seksi', 'Urusan', 'Subbidang', 'Subbagian'],
  namedHeads: ['Partai', 'Bank', 'Universitas'],
  // `Komisaris` alone is also a police rank: with `Utama`/`Independen` it is a board post.
  compoundRoles: ['Kepala Sekolah', 'Kepala Desa', 'Kepala Daerah', 'Wali Kota', 'Sekretaris Perusahaan', 'Komisaris Utama', 'Komisaris Independen'],
  titleOrganisations: { ...TITLE_ORGANISATIONS, ...DEPUTY_MINISTERS },
  companyPosts: [
    'Direktur Utama', 'Dirut', 'Presiden Direktur', 'Presdir', 'Komisaris Utama', 'Presiden Komisaris', 'Sekretaris Perusahaan',
    'Corporate Secretary', 'CEO', 'Chief Executive Officer',
  ],
  // English ones too: Indonesian text quotes English titles (`Deputy Head of Research`).
  titleModifiers: ['Wakil', 'Plt', 'Pj', 'Plh', 'Penjabat', ...withCapitals(FORMER_WORDS), 'Deputy', 'Acting'],
  clientTitles: ['pengacara', 'kuasa hukum', 'penasihat hukum', 'penasehat hukum', 'juru bicara keluarga', 'jubir keluarga', 'advokat'],
  listJoiners: ['dan', 'serta'], courtTitles, regionGovernments, nations, numberedUnits,
  titleHeads: [
    'Officer', 'Analyst', 'Manager', 'Director', 'Economist', 'Strategist', 'Specialist', 'Consultant', 'Adviser',
    'Advisor', 'Engineer', 'Partner', 'Leader', 'Researcher', 'Associate', 'Secretary',
  ],
  // `Direktur Pusat Kajian Contoh`: a centre named inside a title; `Ketua Pimpinan Pusat`, `Dewan Pimpinan Pusat`: a board's level.
  titleUnits: { Pusat: ['Pimpinan', 'Dewan', 'Pengurus'] },
  // `Ketua Dewan Penasehat Ikatan Petani Contoh`: the board is part of the post, the body after it is the organisation.
  boards: [
    'Dewan Penasehat', 'Dewan Penasihat', 'Dewan Pembina', 'Dewan Pakar', 'Dewan Pengawas', 'Dewan Komisioner',
    'Dewan Direksi', 'Dewan Kehormatan', 'Dewan Pertimbangan', 'Dewan Pengarah', 'Majelis Pertimbangan',
  ],
  organisationNouns: ['perusahaan', 'perseroan', 'firma', 'emiten', 'korporasi', 'maskapai'],
  // `Direktur Utama`, `Ekonom Utama`: chief, of the post before it; after a field word it ends a name (`Karya Utama`).
  postQualifiers: ['Utama'],
};

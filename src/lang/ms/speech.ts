import type { SpeechData } from '../types.js';
import { speech as indonesian } from '../id/speech.js';
import { organisations as indonesianOrganisations } from '../id/organisations.js';
import { oneWordHeads, withCapitals } from '../word-lists.js';

/** How a state's government is written. */
const STATE_GOVERNMENT = ['Kerajaan Negeri', 'Kerajaan'];

/**
 * Words that open a person's title (`Menteri`, `Ketua`, `Direktur`): a speaker's role in quotes, and a
 * word where the organisation finder ends a name (the holder's name follows). The one source of both lists.
 */
export const titleWords: readonly string[] = [
  'Timbalan', 'Pengarah', 'Pengerusi', 'Setiausaha', 'Naib', 'Perdana',
];

/** Malay speech-verb bases; `-nya` forms (`katanya`, `jelasnya`) are derived. */
const BASES = [
  'kata', 'ujar', 'jelas', 'tambah', 'tegas', 'ulas', 'sambung', 'akui', 'dakwa', 'luah', 'ujar',
  'terang', 'tanya', 'kongsi', 'cerita', 'jawab', 'tutur', 'ucap', 'sebut', 'pinta', 'seru', 'nasihat',
  // A ruler's speech (`"…," titah Baginda`).
  'titah',
];

const post: Record<string, string> = {};
const pronoun: Record<string, string> = {};
for (const b of BASES) {
  post[b] = b;
  pronoun[`${b}nya`] = b;
}

/** Malay sentence adverbs that may open a sentence before its subject without a comma; fillers too (see Indonesian). */
const OPENERS: readonly string[] = ['bagaimanapun', 'manakala', 'semalam'];

/**
 * Malay speech data. Roles, ranks and organisation words are largely shared with Indonesian,
 * so those lists extend the Indonesian ones with Malay titles (`Datuk`, `Tan Sri`, `Ketua Polis`).
 */
export const speech: SpeechData = {
  ...indonesian,
  // Kept off for Malay (`person-after-organisation.ts`): its shape was read on Indonesian writing only.
  personPronouns: [],
  postVerbs: { ...indonesian.postVerbs, ...post },
  pronounVerbs: { ...indonesian.pronounVerbs, ...pronoun },
  introVerbs: {
    ...indonesian.introVerbs,
    berkata: 'kata', menjelaskan: 'jelas', menambah: 'tambah', menegaskan: 'tegas', memberitahu: 'beritahu',
    mendakwa: 'dakwa', meluahkan: 'luah', mengulas: 'ulas', berkongsi: 'kongsi', menyatakan: 'nyata',
    memaklumkan: 'maklum', berpendapat: 'pendapat', mengakui: 'akui', menasihatkan: 'nasihat', bertitah: 'titah',
    menafikan: 'nafi',
  },
  according: ['menurut', 'kata'],
  // `titah baginda`: the ruler's pronoun, written in lower case like `beliau`.
  pronouns: ['dia', 'beliau', 'mereka', 'ia', 'baginda'],
  selfPronouns: indonesian.selfPronouns,
  roles: [
    ...indonesian.roles, ...titleWords, 'Ketua Polis',
    'Jurucakap', 'Penolong', 'Ketua Pegawai', 'Menteri Besar', 'Exco',
    'Penyelidik', 'Pensyarah', 'Pengurus', 'Yang', 'Ketua Menteri', 'Pesuruhjaya',
    'Penganalisis', 'Peguam', 'Jurulatih', 'Canselor', 'Naib Canselor', 'Felo',
    // Local posts: a mukim's headman, a school's principal, a district officer, a village head (`Ketua Kampung`).
    'Penghulu', 'Pengetua', 'Pegawai Daerah', 'Ketua Kampung',
    // Callings named before a name like a post (`Peniaga, Ahmad …`, `Pengasas Syarikat Contoh …`).
    'Peniaga', 'Penganjur', 'Usahawan', 'Pengasas', 'Doktor',
    'Penceramah', 'Mufti', 'Pendakwah', 'Pemandu', 'Bendahari', 'Ahli Parlimen',
    // An actor's calling named before a name like a post (`Pelakon veteran, Siti …`).
    'Pelakon',
    // A resident named by the place he lives in (`Budi, penduduk Kampung Contoh`): a calling, like Indonesian `Warga`.
    'Penduduk',
    // An aide (`Pembantu Khas <post>`): the aide's own post, not the post of the one served.
    'Pembantu',
    // A state assemblyman (Ahli Dewan Undangan Negeri) titled by the short form (`Adun Contoh, Syahiran …`).
    'Adun', 'ADUN',
    // The presiding officer of a legislature (`Speaker Dewan Undangan Negeri Contoh`) and a central bank's governor
    // (`Gabenor Bank Contoh`): posts whose body follows them.
    'Speaker', 'Gabenor',
  ],
  ranks: [
    ...indonesian.ranks, 'Asisten Komisioner', 'Penolong Kanan Komisioner', 'Komisioner', 'Superintendan',
    // PDRM ranks of two or three words that open with a title word (`Deputi`, `Senior`): a rank, not the post.
    'Deputi Komisioner', 'Senior Asisten Komisioner',
    'Deputi Superintendan', 'Asisten Superintendan', 'Inspektor', 'Sarjan', 'Koperal', 'Konstabel',
    'ACP', 'SAC', 'DCP', 'CP', 'DSP', 'ASP', 'Supt',
    // The same ranks as also spelt (`Superintenden`).
    'Superintenden', 'Deputi Superintenden', 'Asisten Superintenden',
  ],
  honorifics: [
    ...indonesian.honorifics, 'Tan Sri', 'Puan Sri', 'Datuk Seri', 'Datuk Wira', 'Dato’ Sri', "Dato' Sri",
    'Dato’ Seri', "Dato' Seri", 'Datin', 'Datin Paduka', 'Tun', 'Toh Puan', 'Tengku', 'Tunku', 'Raja',
    'Ungku', 'Encik', 'Cik', 'Puan', 'Profesor', 'Madya', 'Ts',
    'Dato’', "Dato'", 'Yang Berhormat', 'YB', 'YAB', 'Datuk Paduka', 'Dato’ Paduka', "Dato' Paduka", 'Dato Paduka',
    // Sarawak and federal titles of two words (`Datuk Patinggi`, `Datuk Amar`), and the unapostrophised spellings.
    'Datuk Patinggi', 'Datuk Amar', 'Datuk Sri', 'Dato Sri', 'Dato Seri', 'Datin Seri', 'Datin Sri',
    // `Seri`/`Sri` belongs to a title only after a word that takes it (above); alone it opens a name (`Sri Ayu`).
  ],
  // Malay text names Indonesian bodies too: their heads and words, besides the Malay heads the lexicon adds.
  orgWords: [...oneWordHeads(indonesianOrganisations.heads), ...indonesian.orgWords, 'Berhad', 'Bhd', 'Sdn', 'Daerah', 'IPD', 'IPK', 'PDRM'],
  // Inside a title these name its portfolio or level, not the body (`Menteri … dan Kerajaan Tempatan`, `Ketua Pegawai Eksekutif Kumpulan`).
  notOrgWords: ['Kerajaan', 'Kumpulan'],
  roleWords: [...indonesian.roleWords, 'Kanan', 'Bersama', 'Timbalan', 'Pegawai', 'Persekutuan', 'Polis', 'Malaysia', 'Bersatu', 'Awam', 'Siasatan', 'Jenayah',
    // Portfolios in Malay titles (`Ketua Pengarah Kesihatan`, `Ketua Setiausaha Perbendaharaan`).
    'Kesihatan', 'Kewangan', 'Pelajaran', 'Pengangkutan', 'Pelancongan', 'Keselamatan', 'Perpaduan', 'Belia', 'Sukan',
    'Kerja', 'Raya', 'Kemajuan', 'Bandar', 'Tempatan', 'Kumpulan', 'Penguatkuasa', 'Khas',
    // The opposition a leader heads (`Ketua Pembangkang`): part of the post, no body.
    'Pembangkang',
    // `Hal Ehwal` (affairs) in a portfolio (`Exco Hal Ehwal Wanita negeri`): title words, never a name's.
    'Hal', 'Ehwal',
    // The second word of `Yang Dipertua` (a president), as also written.
    'Dipertua', 'DiPertua',
    // The king's and a state ruler's title (`Yang di-Pertuan Agong`, `Yang di-Pertuan Besar`): `Yang` alone is no post.
    'di-Pertuan', 'Agong'],
  nameStops: [...indonesian.nameStops, 'semasa', 'sewaktu', 'baru-baru', 'menerusi', 'bagi'],
  fillers: [...indonesian.fillers, 'tambahan', 'menurutnya', ...OPENERS],
  openers: [...(indonesian.openers ?? []), ...OPENERS],
  // `Ahli Parlimen Contoh`, `ADUN Contoh`: a constituency, not a name.
  placeTakers: [...indonesian.placeTakers, 'Parlimen', 'DUN', 'ADUN', 'Adun', 'Negeri', 'IPD', 'IPK', 'Majlis', 'Bandaraya', 'Perbandaran',
    // Local posts hold the mukim, district or village they serve (`Penghulu Mukim Contoh`, `Ketua Kampung Contoh`): a place, no body.
    // A bare `Penghulu` takes none: the mukim comes with its own word, so `Penghulu <Given> <Surname>` is a name whole.
    'Penghulu Mukim', 'Mukim', 'Pegawai Daerah', 'Ketua Kampung', 'Kampung'],
  // The Indonesian places, whole: Malay text names them too, besides the Malay finder's places the lexicon adds.
  places: [...indonesianOrganisations.places, ...indonesian.places],
  weekdays: [...indonesian.weekdays, 'isnin', 'khamis', 'jumaat'],
  locatives: [...indonesian.locatives, 'bandar', 'negeri', 'daerah', 'mukim', 'taman', 'bandaraya'],
  descriptions: [...(indonesian.descriptions ?? []), 'individu'],
  demonstratives: ['ini', 'itu', 'tersebut'],
  backReferences: ['perkara itu', 'perkara ini', 'perkara tersebut', 'hal itu', 'hal ini', 'demikian', 'kenyataan itu', 'kenyataan tersebut', 'kenyataan ini'],
  relatives: ['yang'],
  additives: ['juga', 'pula', 'sekaligus'],
  // `yang juga isteri kepada Menteri X`, `anak saudara Pengerusi X`: the Malay words of a relation besides the Indonesian ones.
  relationNouns: [...(indonesian.relationNouns ?? []), 'bapa', 'puteri', 'putera', 'emak', 'nenek'],
  // `bekas Ketua X`: a past post.
  formerWords: [...(indonesian.formerWords ?? []), 'bekas'],
  honorificReferences: ['Baginda', 'Tuanku', 'Seri Paduka Baginda', 'Duli Yang Maha Mulia'],
  documents: [...(indonesian.documents ?? []), 'hantaran', 'catatan'],
  // `Ketua Penerangan Parti Contoh merangkap Ahli Parlimen …, Budi`: a second post held at once, set off like a comma; the first is the speaker's title.
  roleLinks: [...(indonesian.roleLinks ?? []), 'merangkap'],
  complementisers: ['bahawa', 'bahwa'],
  auxiliaries: ['akan', 'telah', 'sudah', 'tidak', 'tak', 'belum', 'boleh', 'dapat', 'harus', 'perlu', 'sedang', 'masih', 'mahu', 'ingin'],
  // `… bertemu Menteri X untuk menjelaskan`, `bagi menerangkan`: a purpose clause's speech verb reports nothing.
  purposeLinks: ['untuk', 'bagi', 'agar', 'supaya', 'demi'],
  bareReportVerbs: ['kata'],
  nonSpeakers: [...(indonesian.nonSpeakers ?? []), 'perancangan', 'jadual', 'tinjauan', 'akta', 'seksyen'],
  // The ministry is named by its building and its acronym as often as in full.
  namedHeads: ['Parti', 'Bank', 'Universiti'],
  compoundRoles: [...(indonesian.compoundRoles ?? []), 'Ketua Pegawai', 'Ketua Polis', 'Ketua Setiausaha', 'Yang Dipertua', 'Yang di-Pertua', 'Pengarah Urusan', 'Datuk Bandar',
    // A member of a legislature, named with the seat the member holds (`Ahli Parlimen Contoh`): a post, not the body.
    'Ahli Parlimen', 'Ahli Dewan', 'Pegawai Daerah', 'Ketua Kampung', 'Penghulu Mukim'],
  titleOrganisations: {
    ...indonesian.titleOrganisations,
    // `Menteri Besar` and `Ketua Menteri` head a state government, not a ministry (`Menteri Besar Contoh` → `Kerajaan Negeri
    // Contoh`, none without the state); `Perdana Menteri` starts with another word.
    'Menteri Besar': 'Kerajaan Negeri …', 'Menteri Kanan': '', 'Ketua Menteri': 'Kerajaan Negeri …', 'Ketua Polis Negara': 'Polis Diraja Malaysia',
    'Ketua Polis': 'Polis …',
    // Posts of the federal civil service named without their ministry: the Treasury and the health service are the
    // Finance and Health Ministries'.
    'Ketua Setiausaha Perbendaharaan': 'Kementerian Kewangan', 'Ketua Pengarah Kesihatan': 'Kementerian Kesihatan',
    // The education ministry's director-general; a state office of a federal department is led by a director
    // (`Pengarah Kesihatan Negeri Contoh` → `Jabatan Kesihatan Negeri Contoh`; a bare `Pengarah Kesihatan` names no
    // state, so no office). Departments whose own word is an organisation word (`Kastam`, `Imigresen`) are read as written.
    'Ketua Pengarah Pendidikan': 'Kementerian Pendidikan',
    'Pengarah Kesihatan': 'Jabatan Kesihatan …', 'Pengarah Pendidikan': 'Jabatan Pendidikan …',
    'Pengarah Pertanian': 'Jabatan Pertanian …',
    // The foreign minister is `Menteri Luar` as often as `Menteri Luar Negeri`: the ministry keeps its whole name.
    'Menteri Luar': 'Kementerian Luar Negeri',
  },
  // A village head, a district officer and a mukim's headman hold the place they serve, no body (`Ketua Kampung Contoh`).
  seatTitles: ['Ketua Kampung', 'Pegawai Daerah', 'Penghulu Mukim'],
  // `Ketua Pegawai Eksekutif Kumpulan`: a group's chief executive, of the company the article is about.
  // A state's government: `Kerajaan Negeri Contoh`, `Kerajaan Contoh` (not `Kerajaan Malaysia`: `nations`).
  // A state executive councillor chairs a committee of the state government (`Pengerusi Jawatankuasa Kerja Raya Negeri Contoh`).
  regionGovernments: { ...indonesian.regionGovernments, 'Menteri Besar': STATE_GOVERNMENT, 'Ketua Menteri': STATE_GOVERNMENT, 'Pengerusi Jawatankuasa': STATE_GOVERNMENT },
  courtTitles: { hakim: ['Mahkamah'], majistret: ['Mahkamah'], 'timbalan pendakwa raya': ['Jabatan Peguam Negara'], 'pendakwa raya': ['Jabatan Peguam Negara'] },
  companyPosts: [...(indonesian.companyPosts ?? []), 'Ketua Pegawai Eksekutif', 'Ketua Pegawai Kewangan', 'Ketua Pegawai Operasi', 'Pengarah Urusan', 'Presiden dan Ketua Pegawai Eksekutif'],
  clientTitles: [...(indonesian.clientTitles ?? []), 'peguam', 'peguam bela', 'jurucakap keluarga'],
  titleModifiers: [...(indonesian.titleModifiers ?? []), 'Timbalan', 'Pemangku', ...withCapitals(['bekas'])],
  nicknameCues: [...(indonesian.nicknameCues ?? []), 'dikenali', 'mesra'],
  organisationNouns: [...(indonesian.organisationNouns ?? []), 'syarikat', 'perbadanan'],
  organisationAliases: {
    'Wisma Putra': ['Kementerian Luar Negeri', 'KLN'],
    KLN: ['Kementerian Luar Negeri', 'Wisma Putra'],
    'Seri Perdana': ['Pejabat Perdana Menteri', 'PMO'],
  },
};

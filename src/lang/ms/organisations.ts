import { buildingWords, englishEventWords, englishHallWords, englishGatheringWords, englishFieldTails, englishGluedWords, englishVenueWords, englishHeads, englishNameTails, englishSpelledTails, englishForeignClosers, englishTails, englishVenues, mediaSuffixes } from '../en/org-names.js';
import { legalForms } from '../legal-forms.js';
import { internationalOrganisations } from '../international-organisations.js';
import { knownOrganisations as indonesianKnown } from '../id/known-organisations.js';
import { siblingKnown } from '../word-lists.js';
import { knownOrganisations } from './known-organisations.js';
import type { OrganisationData } from '../types.js';
import { titleWords } from './speech.js';

/** Malay (Malaysian) organisation data. Sources: general knowledge of Malaysian public life. */
let known: readonly string[] | undefined;

export const organisations: OrganisationData = {
  heads: {
    ...englishHeads,
    Kementerian: 'government',
    Jabatan: 'government',
    Kerajaan: 'government',
    Majlis: 'government',
    Suruhanjaya: 'government',
    Lembaga: 'government',
    Agensi: 'government',
    Pejabat: 'government',
    Bahagian: 'government',
    Mahkamah: 'government',
    Dewan: 'government',
    'Kedutaan Besar': 'government',
    Kedutaan: 'government',
    Konsulat: 'government',
    Imigresen: 'government',
    Polis: 'police-military',
    'Ibu Pejabat Polis': 'police-military',
    'Ibu pejabat Polis': 'police-military',
    'Balai Polis': 'police-military',
    Tentera: 'police-military',
    'Angkatan Tentera': 'police-military',
    Parti: 'party',
    // A party's wing or bureau (`Pergerakan Pemuda …`, `Lajnah Penerangan …`)
    Pergerakan: 'other',
    Lajnah: 'other',
    // A corps or a body of volunteers (`Angkatan Pertahanan Awam`, `Briged Sukarelawan …`)
    Angkatan: 'other',
    Briged: 'other',
    Kelab: 'ngo',
    Jaringan: 'ngo',
    Persatuan: 'ngo',
    // A federation of clubs or firms (`Persekutuan Bola Sepak Contoh`, `Persekutuan Pengilang-Pengilang Contoh`); the
    // country and the historic federation stay places (`notOrganisations`), the federal government keeps `Kerajaan`.
    Persekutuan: 'ngo',
    Kesatuan: 'ngo',
    Pertubuhan: 'ngo',
    Yayasan: 'ngo',
    Gabungan: 'ngo',
    Universiti: 'education',
    Institut: 'education',
    Kolej: 'education',
    Sekolah: 'education',
    Politeknik: 'education',
    Akademi: 'education',
    Hospital: 'other',
    Klinik: 'other',
    Syarikat: 'company',
    Bank: 'company',
    Kumpulan: 'company',
    Jawatankuasa: 'government',
    Perbadanan: 'company',
    // A named centre or unit (`Pusat Sains Negara`, `Unit Perancang Ekonomi`)
    Pusat: 'other',
    Unit: 'government',
  },
  tails: {
    ...englishTails,
    ...englishNameTails,
    Bhd: 'company',
    Berhad: 'company',
    Holdings: 'company',
    Group: 'company',
    Enterprise: 'company',
    Corporation: 'company',
    Corp: 'company',
    Inc: 'company',
    Ltd: 'company',
    Airlines: 'company',
    University: 'education',
    Foundation: 'ngo',
    Association: 'ngo',
    FC: 'other',
  },
  joiners: ['dan', 'bagi', 'untuk', 'of', 'and', 'for', '&', 'the'],
  breakers: [
    ...titleWords,
    'Menteri', 'Ketua', 'Presiden',
    'Datuk', 'Datin', 'Tan', 'Dato', "Dato'", 'Tun', 'Dr', 'Prof', 'Encik', 'Puan', 'Cik', 'Tuan',
    'Haji', 'Hajah', 'Superintendan', 'Asisten', 'Komisioner', 'Inspektor', 'Sarjan', 'Koperal', 'Konstabel',
    'Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad', 'Januari', 'Februari', 'Mac', 'April',
    'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember', 'Tahun', 'Bulan', 'Hari',
  ],
  openers: [
    'Namun', 'Sementara', 'Selain', 'Menurut', 'Dalam', 'Pada', 'Di', 'Ke', 'Dari', 'Daripada', 'Untuk',
    'Dengan', 'Ini', 'Itu', 'Kini', 'Jika', 'Yang', 'Bagaimanapun', 'Sebelum', 'Selepas', 'Beliau', 'Mereka',
    'Kami', 'Kita', 'Saya', 'Katanya', 'Sejak', 'Hingga', 'Sehingga', 'Sebagai', 'Seperti', 'Para', 'The',
  ],
  unitTails: [],
  fieldTails: englishFieldTails,
  // A party's division and branch (`Contoh Bahagian Kota Contoh`, `Contoh Cawangan …`).
  partyUnits: ['Bahagian', 'Cawangan'],
  // A party's youth, women's and young women's wings (`Pemuda Contoh`, `Wanita Contoh`).
  partyWings: ['Pemuda', 'Wanita', 'Puteri', 'Muslimat', 'Srikandi'],
  branchPlaces: ['Malaysia', 'Indonesia'],
  // Indonesian parties, outlets and forces named in Malay news, in their unmistakable forms.
  // Derived on first read, not at import: the neighbour's lines are filtered form by form.
  get known(): readonly string[] {
    return (known ??= [...knownOrganisations, ...internationalOrganisations, ...siblingKnown(indonesianKnown)]);
  },
  notOrganisations: [
    'RM', 'KM', 'km', 'MYT', 'GMT', 'PKP', 'PKPB', 'PKPD', 'SOP', 'COVID', 'COVID-19', 'Covid-19', 'KDNK',
    'GST', 'SST', 'IC', 'CEO', 'PRU', 'PRN', 'DUN', 'PPR', 'SPM', 'STPM', 'UPSR', 'PT3', 'PDRM-', 'ATM',
    'IPD', 'IPK', 'IPPD', 'OKU', 'PATI', 'PKS', 'KL', 'JB', 'TV', 'MB', 'ADUN', 'AP', 'YB', 'YAB', 'PM',
    'TPM', 'KP', 'SK', 'SMK', 'SJK', 'HAM', 'OK', 'VIP', 'CCTV', 'LGBT', 'HIV', 'AIDS', 'DNA', 'ICU',
    // A kind noun in a compound of another sense: `sidang akhbar` is a press conference, not a newspaper.
    'sidang akhbar', 'kenyataan akhbar', 'keratan akhbar',
    // `Majlis` is also a ceremony: with these words it names an event, not a council
    'Majlis Perasmian', 'Majlis Pelancaran', 'Majlis Penanaman', 'Majlis Penyampaian', 'Majlis Sambutan',
    'Majlis Makan', 'Majlis Jamuan', 'Majlis Konvokesyen', 'Majlis Anugerah', 'Majlis Pecah', 'Majlis Akad',
    'Majlis Perkahwinan', 'Majlis Ramah', 'Majlis Bacaan', 'Majlis Tahlil', 'Majlis Berbuka', 'Majlis Penutupan',
    'Majlis Pembukaan', 'Majlis Penyerahan', 'Majlis Menandatangani', 'Majlis Pelantikan', 'Majlis Pengisytiharan',
    'Majlis Pertemuan', 'Majlis Doa', 'Majlis Khatam', 'Majlis Sumpah', 'Majlis Perhimpunan', 'Majlis Iftar',
    'Majlis Pengurniaan', 'Majlis Penghargaan', 'Majlis Penerangan', 'Majlis Penutup', 'Majlis Rumah Terbuka',
    // The party's spelling `Pas` is also `pas`, a permit (`pas lawatan`, a visit pass), and colloquially `when`
    // (`pas saya datang`): with these words after it (either case), not the party; `Pas akan`, `Pas yang` stay the party
    'Pas lawatan', 'Pas kerja', 'Pas pelajar', 'Pas penggajian', 'Pas tanggungan', 'Pas keluar', 'Pas masuk',
    'Pas sempadan', 'Pas perjalanan', 'Pas keselamatan', 'Pas media', 'Pas akhbar', 'Pas bulanan', 'Pas musim',
    'Pas saya', 'Pas aku', 'Pas kami', 'Pas kita',
    // The federation as a country, now and before 1963 (`Persekutuan Tanah Melayu`), and its federal territories
    // (`Wilayah Persekutuan Contoh`) are places.
    'Persekutuan Malaysia', 'Persekutuan Tanah', 'Wilayah Persekutuan',
    // Halls and centres named like bodies are buildings, places (`Pusat Konvensyen Contoh`, `Dewan Serbaguna …`)
    'Pusat Konvensyen', 'Pusat Dagangan', 'Pusat Pameran', 'Pusat Beli-belah', 'Pusat Membeli-belah', 'Pusat Data',
    'Dewan Orang', 'Dewan Bankuet', 'Dewan Serbaguna', 'Dewan Besar', 'Dewan Persidangan', 'Dewan Konvensyen',
    // `Dewan` is a hall as well as a council: with an English hall word after it, the hall (`Dewan Ballroom Contoh`)
    ...englishHallWords.map((w) => `Dewan ${w}`),
    ...englishVenues,
  ],
  cues: [
    'pihak', 'anggota', 'ketua', 'pengarah', 'presiden', 'pengerusi', 'wakil', 'jurucakap', 'pegawai',
    'kakitangan', 'syarikat', 'parti', 'pertubuhan', 'agensi', 'jabatan', 'oleh', 'bersama', 'kepada',
    // `kumpulan IS`, `akhbar CONTOH`: a group, a paper, a station
    'kumpulan', 'akhbar', 'portal', 'stesen',
    // a party's members and officers (`ahli PXY`, `Setiausaha PXY`, `Naib Presiden PXY`)
    'ahli', 'setiausaha', 'timbalan', 'naib', 'pemimpin', 'penyokong',
    // a newsroom that reached the speaker (`ketika dihubungi Contohpos`)
    'dihubungi',
  ],
  // `Pengerusi Jawatankuasa Kerja Raya dan Pengangkutan negeri`: a state executive councillor's portfolio.
  portfolioCommittees: { heads: ['Jawatankuasa'], after: ['negeri'] },
  spellings: {},
  gluedPrefixes: ['dari', 'daripada', 'oleh', 'kepada', 'menerusi', 'melalui'],
  gluedWords: [...englishGluedWords, 'di', 'pada', 'yang', 'bahawa'],
  legalForms,
  officerTitles: ['CEO', 'COO', 'CFO', 'Pengasas', 'Ketua Pegawai Eksekutif', 'Pengarah Urusan', 'Founder', 'Co-Founder'],
  mediaSuffixes,
  aloneForms: ['Kongres', 'Senat', 'Parlimen'],
  // `kerusi Parlimen`, `kawasan Parlimen`: a seat; `ahli Parlimen`, `calon Parlimen`: a member's post, not the body;
  // `di Parlimen tersebut`: the constituency just named.
  seatWords: { before: ['kerusi', 'kawasan', 'ahli', 'ahli-ahli', 'anggota', 'calon'], after: ['tersebut', 'itu', 'ini', 'berkenaan'] },
  eventWords: englishEventWords,
  venueWords: englishVenueWords,
  gatheringWords: englishGatheringWords,
  buildingWords,
  // A village, river or hill named like a party (`Kampung Sungai Contoh`): the place's name.
  placeNameWords: ['Kampung', 'Kg', 'Sungai', 'Bukit', 'Pulau', 'Tanjung', 'Taman', 'Jalan', 'Lorong', 'Pekan', 'Bandar', 'Felda', 'Ladang'],
  // A board of some body named by its task alone (`Lembaga Pengarah`) is a generic one too.
  countNouns: ['orang', 'unit', 'buah', 'ekor', 'kali', 'peratus', 'pesakit', 'pelajar', 'murid', 'mangsa', 'keluarga'],
  // A country's government named by the country alone (`Kerajaan Contohland`).
  countryGovernmentHeads: ['Kerajaan'],
  // A project, programme, campaign or activity named by an acronym after a post's field (`Pengurus Projek CNTK`).
  undertakingWords: ['Projek', 'Program', 'Kempen', 'Aktiviti', 'Acara', 'Operasi', 'Gerakan', 'Pertandingan'],
  genericWords: ['Pusat', 'Negeri', 'Tempatan', 'Sedunia', 'Berkenaan', 'Terbabit', 'Tersebut', 'Swasta', 'Asing', 'Pengarah', 'Penasihat', 'Pemegang'],
  // What only an agent does, said of an acronym that opens a clause (`Tahun ini, CNTK mengumumkan …`); not what a law or plan does.
  actVerbs: ['mengumumkan', 'melancarkan', 'menganjurkan', 'memutuskan', 'melaporkan', 'meminta', 'mendesak', 'menafikan', 'berjanji'],
  actAdverbs: ['juga', 'pun', 'turut', 'kembali'],
  // Words before people's initials (`berinisial RWS, DN dan A`)
  initialsWords: ['berinisial', 'inisial'],
  sourceCues: ['dipetik dari', 'memetik', 'dilaporkan oleh', 'agensi berita', 'portal berita', 'laporan akhbar', 'menurut laporan akhbar'],
  kindNouns: {
    syarikat: 'company', pengeluar: 'company', pengendali: 'company', konsortium: 'company', pertubuhan: 'ngo',
    organisasi: 'ngo', badan: 'other', kumpulan: 'other', universiti: 'education', akhbar: 'media', portal: 'media',
    stesen: 'media',
  },
  // `asal` (origin): `perusahaan asal Contohland Contoh Group` names the company after the country.
  originWords: ['asal'],
  spelledTails: englishSpelledTails,
  foreignClosers: englishForeignClosers,
  nameWords: ['Pusat', 'Rangkaian', 'Gerakan', 'Front', 'Pertubuhan', 'Syarikat', 'Persekutuan', 'Kesatuan', 'Council', 'Agency', 'Centre', 'Center'],
  places: [
    'KL', 'JB', 'KUALA', 'LUMPUR', 'PUTRAJAYA', 'PETALING', 'JAYA', 'JOHOR', 'BAHRU', 'GEORGE', 'TOWN',
    'SHAH', 'ALAM', 'IPOH', 'MELAKA', 'SEREMBAN', 'KUANTAN', 'TEMERLOH', 'KUCHING', 'KOTA', 'KINABALU',
    'ALOR', 'SETAR', 'TERENGGANU', 'KELANTAN', 'SABAH', 'SARAWAK', 'PERAK', 'PAHANG', 'SELANGOR', 'KEDAH',
    'PERLIS', 'PENANG', 'BEIJING', 'WASHINGTON', 'LONDON', 'BANGKOK', 'JAKARTA', 'SINGAPURA', 'AS', 'UK', 'US',
    // A country whose second word is a head noun (`Syarikat`, a company): `Presiden Amerika Syarikat Contoh` names no company
    'Amerika Syarikat',
  ],
};

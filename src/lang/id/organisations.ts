import { legalForms } from '../legal-forms.js';
import { buildingWords, englishBodyPosts, englishHousePostBeats, englishHousePosts, englishEventWords, englishGatheringWords, englishFieldTails, englishGluedWords, englishVenueWords, englishHeads, englishNameTails, englishSpelledTails, englishForeignClosers, englishTails, englishVenues, mediaSuffixes } from '../en/org-names.js';
import type { OrganisationData } from '../types.js';
import { titleWords } from './speech.js';
import { internationalOrganisations } from '../international-organisations.js';
import { knownOrganisations } from './known-organisations.js';
import { knownOrganisations as malayKnown } from '../ms/known-organisations.js';
import { siblingKnown } from '../word-lists.js';

/** Indonesian organisation data. Sources: general knowledge of Indonesian public life; no evaluation text. */
let known: readonly string[] | undefined;

/** Levels of regional government, written before their place (`Kabupaten Contoh`): places' first words too. */
const regionLevels: readonly string[] = ['Kota', 'Kabupaten', 'Kab', 'Provinsi'];

/** The provinces' short names (`Jabar`, `NTB`): places, and provinces after a national body's name. */
const provinceShortNames: readonly string[] = [
  'DIY', 'NTB', 'NTT', 'NAD', 'Jabar', 'Jateng', 'Jatim', 'Sumut', 'Sumbar', 'Sumsel', 'Sulsel', 'Sulut', 'Sulteng',
  'Sultra', 'Sulbar', 'Kaltim', 'Kalbar', 'Kalsel', 'Kalteng', 'Kaltara', 'Babel', 'Kepri', 'Malut',
];

/**
 * The provinces, by their short names and their whole names: after a national body's name, its office there (`BPS
 * Jabar`, `Bawaslu Jawa Barat`). Not the capital (`Jakarta`, `DKI Jakarta`): it seats the national bodies, so a body's
 * name with the capital after it is read as where the body sits (`di Kantor Contoh Jakarta`).
 */
const provinces: readonly string[] = [
  ...provinceShortNames, 'Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Sumatera Selatan', 'Sumatra Utara',
  'Sumatra Barat', 'Sumatra Selatan', 'Riau', 'Kepulauan Riau', 'Jambi', 'Bengkulu', 'Lampung', 'Bangka Belitung',
  'Kepulauan Bangka Belitung', 'Banten', 'Jawa Barat', 'Jawa Tengah', 'Jawa Timur', 'DI Yogyakarta', 'Daerah Istimewa Yogyakarta',
  'Yogyakarta', 'Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Barat', 'Kalimantan Tengah',
  'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara', 'Sulawesi Utara', 'Sulawesi Tengah', 'Sulawesi Selatan',
  'Sulawesi Tenggara', 'Sulawesi Barat', 'Gorontalo', 'Maluku', 'Maluku Utara', 'Papua', 'Papua Barat', 'Papua Barat Daya',
  'Papua Selatan', 'Papua Tengah', 'Papua Pegunungan',
];

export const organisations: OrganisationData = {
  // English names inside Indonesian text (`… Initiative`, `University of …`); Indonesian heads win on a clash.
  heads: {
    ...englishHeads,
    Kementerian: 'government',
    Kemenko: 'government',
    'Kantor Imigrasi': 'government',
    Badan: 'government',
    Dinas: 'government',
    Komisi: 'government',
    Komite: 'other',
    Komnas: 'government',
    Dewan: 'government',
    Majelis: 'government',
    Mahkamah: 'government',
    Lembaga: 'other',
    Otoritas: 'government',
    Otorita: 'government',
    Direktorat: 'government',
    // A ministry's older name, a foreign ministry and a central bank's division (`Departemen Luar Negeri`)
    Departemen: 'government',
    'Direktorat Jenderal': 'government',
    Ditjen: 'government',
    Sekretariat: 'government',
    // A regency's or province's secretariat under its short head (`Setda Kabupaten Contoh`), as `Pemkab` is its government
    Setda: 'government',
    'Kantor Staf': 'government',
    'Kantor Kementerian': 'government',
    Pemerintah: 'government',
    Pemprov: 'government',
    Pemkab: 'government',
    Pemkot: 'government',
    Pengadilan: 'government',
    // A district court under its short name and its seat (`PN Contohkota`), the way court news names it
    PN: 'government',
    Kejaksaan: 'government',
    Kejati: 'government',
    Kejari: 'government',
    // A named task force (`Satgas Contoh Pangan`, `Gugus Tugas Contoh Wabah`), an embassy or a consulate (`Kedutaan Besar RI`)
    Satgas: 'government',
    'Gugus Tugas': 'government',
    Tim: 'government',
    // A named unit or bureau of a body (`Satuan Kerja Contoh`, `Biro Contoh Statistik`)
    Satuan: 'government',
    Biro: 'government',
    'Kedutaan Besar': 'government',
    Kedubes: 'government',
    'Konsulat Jenderal': 'government',
    Kepolisian: 'police-military',
    Polda: 'police-military',
    Polres: 'police-military',
    Polresta: 'police-military',
    Polrestabes: 'police-military',
    Polsek: 'police-military',
    Mabes: 'police-military',
    'Markas Besar': 'police-military',
    Kodam: 'police-military',
    Korem: 'police-military',
    Kodim: 'police-military',
    Koramil: 'police-military',
    Lanud: 'police-military',
    Lantamal: 'police-military',
    Ditreskrimum: 'police-military',
    Ditreskrimsus: 'police-military',
    Ditresnarkoba: 'police-military',
    Satreskrim: 'police-military',
    Yayasan: 'ngo',
    Konsil: 'ngo',
    Koalisi: 'ngo',
    Serikat: 'ngo',
    Asosiasi: 'ngo',
    Persatuan: 'ngo',
    Perhimpunan: 'ngo',
    Ikatan: 'ngo',
    Himpunan: 'ngo',
    Gabungan: 'ngo',
    Aliansi: 'ngo',
    Perkumpulan: 'ngo',
    Federasi: 'ngo',
    Konfederasi: 'ngo',
    Paguyuban: 'ngo',
    // A farmers' group registered under its name (`Kelompok Tani Contoh Makmur`); `Kelompok` alone is any group.
    'Kelompok Tani': 'ngo',
    'Pengurus Besar': 'ngo',
    'Kamar Dagang': 'ngo',
    Koperasi: 'company',
    'Rumah Produksi': 'company',
    // A stock exchange named by its city or country (`Bursa Efek Contohkota`)
    'Bursa Efek': 'company',
    // A military unit named by its arm or number (`Batalyon Infanteri 999`, `Brigade Contoh`)
    Batalyon: 'police-military',
    Brigade: 'police-military',
    Partai: 'party',
    // A national team, named by its country and age group (`Timnas Indonesia U-20`)
    Timnas: 'other',
    Fraksi: 'party',
    DPRD: 'government',
    PT: 'company',
    CV: 'company',
    Perum: 'company',
    Perumda: 'company',
    Grup: 'company',
    Bank: 'company',
    Universitas: 'education',
    Institut: 'education',
    // A named research or study centre (`Pusat Studi Kebijakan Publik`)
    'Pusat Studi': 'education',
    'Pusat Penelitian': 'other',
    'Pusat Kajian': 'other',
    'Sekolah Tinggi': 'education',
    Politeknik: 'education',
    Akademi: 'education',
    Fakultas: 'education',
    SMPN: 'education',
    SMAN: 'education',
    SMKN: 'education',
    SDN: 'education',
    MTsN: 'education',
    // An Islamic boarding school under its name (`Pondok Pesantren Contoh Huda`).
    'Pondok Pesantren': 'education',
    Pesantren: 'education',
    'Rumah Sakit': 'other',
    // A hospital under the short head the news writes most (`RS Contoh Medika`), of any type (`RSU`, `RSIA`, `RSJ`)
    RS: 'other',
    RSU: 'other',
    RSIA: 'other',
    RSJ: 'other',
    RSUD: 'other',
    RSUP: 'other',
    Puskesmas: 'other',
  },
  tails: {
    ...englishTails,
    ...englishNameTails,
    Tbk: 'company',
    Sekuritas: 'company',
    'Asset Management': 'company',
    Group: 'company',
    Grup: 'company',
    Holding: 'company',
    Holdings: 'company',
    Corporation: 'company',
    Corp: 'company',
    Inc: 'company',
    Ltd: 'company',
    Limited: 'company',
    Airlines: 'company',
    Airways: 'company',
    Securities: 'company',
    // Brokers and lenders named in English (`Contoh Futures`, `Contoh Finance`). Not `Fintech`: a post's field as often.
    Futures: 'company',
    Finance: 'company',
    Technologies: 'company',
    Institute: 'other',
    University: 'education',
    Foundation: 'ngo',
    Association: 'ngo',
    FC: 'other',
    Syariah: 'company',
    'Investment Management': 'company',
    Management: 'company',
    Capital: 'company',
    Ventures: 'company',
    Partners: 'company',
    Exchange: 'company',
    Trust: 'company',
    Economics: 'company',
    Research: 'company',
    Production: 'company',
    Productions: 'company',
    Pictures: 'company',
    Studios: 'company',
    Entertainment: 'company',
    Motor: 'company',
    Resources: 'company',
  },
  joiners: ['dan', 'untuk', 'serta', 'bagi', 'of', 'and', 'for', 'on', '&', 'de', 'the'],
  breakers: [
    // Roles and titles: the name of the person who holds them follows
    ...titleWords, 'Walikota',
    'Bapak', 'Ibu', 'Pak', 'Bu', 'Dr', 'Prof', 'Ir', 'Drs', 'H', 'Hj', 'AKBP',
    'Kombes', 'Irjen', 'Brigjen', 'Mayjen', 'Letjen', 'Kompol', 'AKP', 'Ipda', 'Iptu', 'Bripka', 'Kolonel',
    'Said', 'Kata', 'Ujar', 'Tahap', 'Seri', 'Jilid', 'Babak', 'Pasal', 'Nomor', 'Gedung', 'Jalan', 'Jl',
    // Party units and regional councils start their own name (`Komisi II DPR` | `Fraksi PDIP`)
    'Fraksi', 'Partai', 'DPRD', 'Deputy', 'Analyst', 'Economist',
    // English titles: a post before the body it serves (`Chairman Contoh Institute`)
    'Chairman', 'Chairwoman', 'Chairperson',
    'Research', 'Equity', 'Officer', 'Riset', 'Divisi', 'Makroekonom', 'Amerika',
    // Days and months
    'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Januari', 'Februari',
    'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    // Time words, amounts and labels
    'Tahun', 'Bulan', 'Hari', 'Pukul', 'Rp', 'Baca', 'Simak', 'Lihat', 'Foto', 'Video', 'Editor',
  ],
  // Capitalised only because a sentence starts with them
  openers: [
    'Namun', 'Sementara', 'Selain', 'Menurut', 'Saat', 'Dalam', 'Pada', 'Di', 'Ke', 'Dari', 'Untuk',
    'Dengan', 'Hal', 'Ini', 'Itu', 'Kini', 'Meski', 'Meskipun', 'Jika', 'Bila', 'Apabila', 'Yang', 'Sedangkan',
    'Adapun', 'Sebelumnya', 'Kemudian', 'Bahkan', 'Oleh', 'Karena', 'Sebab', 'Tetapi', 'Tapi', 'Lalu',
    'Ia', 'Dia', 'Mereka', 'Kami', 'Kita', 'Saya', 'Setelah', 'Sejak', 'Hingga', 'Sampai', 'Terkait',
    'Soal', 'Sebagai', 'Seperti', 'Sebanyak', 'Para', 'Pihak', 'Juga', 'Berdasarkan',
    // A label at a line's start (`Sumber: …`), a name word inside a name (`Dinas Sumber Daya Air`)
    'Sumber',
    'Atas', 'Tak', 'Tidak', 'Belum', 'Sudah', 'Akan', 'Telah', 'Masih', 'Agar', 'Supaya', 'Maka', 'Jadi',
    'The', 'A', 'An', 'In', 'At', 'On', 'By',
  ],
  unitTails: ['Syariah'],
  fieldTails: englishFieldTails,
  // A research house's posts (`Kepala Riset`); a company officer's titles are `officerTitles`.
  bodyPosts: [...englishBodyPosts, 'Riset'],
  // Also in the English the text quotes (`kepala ekonom`, `chief analyst`, `ahli strategi pasar`).
  housePosts: [...englishHousePosts, 'analis', 'ekonom', 'ahli'],
  // An Indonesian beat opens on its market word (`analis Pendapatan Tetap`, `ekonom Pasar Berkembang`).
  housePostBeats: {
    regions: [...englishHousePostBeats.regions, 'Eropa', 'Pasifik', 'Afrika', 'Amerika', 'Tenggara', 'Timur', 'Tengah'],
    markets: [...englishHousePostBeats.markets, 'Pendapatan', 'Pasar', 'Sektor', 'Saham', 'Obligasi', 'Komoditas', 'Ekuitas', 'Kredit', 'Valas', 'Makro'],
    links: [...englishHousePostBeats.links, 'di', 'pada', 'dari'],
  },
  // `RI` names the Indonesian state after its bodies (`Bawaslu RI`, `Kemenkes RI`).
  branchPlaces: ['Indonesia', 'Malaysia', 'RI'],
  // Malaysian parties, outlets and forces named in Indonesian news, in their unmistakable forms.
  // Derived on first read, not at import: the neighbour's lines are filtered form by form.
  get known(): readonly string[] {
    return (known ??= [...knownOrganisations, ...internationalOrganisations, ...siblingKnown(malayKnown)]);
  },
  notOrganisations: [
    // Time zones, units and currencies
    'WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'MYT', 'KM', 'Km', 'km', 'KG', 'CM', 'MM', 'Rp', 'RP', 'USD', 'IDR',
    'US$', 'SGD', 'MW', 'KW', 'KWH', 'GW', 'GB', 'MB', 'TB', 'HP', 'CC',
    // Things, laws and programmes written as acronyms
    'HAM', 'BBM', 'APBN', 'APBD', 'RAPBN', 'SOP', 'PPKM', 'PSBB', 'UMKM', 'UKM', 'COVID', 'COVID-19', 'Covid-19',
    'PDB', 'GDP', 'IHSG', 'LQ45', 'CEO', 'CFO', 'COO', 'CTO', 'CMO', 'VP', 'HR', 'PHK', 'PNS', 'ASN', 'TKI', 'TKA',
    'PMI', 'SIM', 'KTP', 'KK', 'NIK', 'NPWP', 'PPN', 'PPh', 'PPH', 'RUU', 'UU', 'UUD', 'PP', 'Perpres',
    'Permen', 'Perda', 'KUHP', 'KUHAP', 'TV', 'SMS', 'PC', 'AC', 'IT', 'AI', 'ATM', 'OTT', 'DPO', 'TKP',
    'SD', 'SMP', 'SMA', 'SMK', 'MTs', 'RS', 'LPG', 'SPBU', 'PLTU', 'PLTN', 'PLTA', 'PLTS', 'EBT', 'CPO', 'LNG',
    'ODP', 'PDP', 'OTG', 'ICU', 'PCR', 'DNA', 'HIV', 'AIDS', 'TBC', 'DBD', 'ISPA', 'KDRT', 'PKL', 'ODGJ',
    'LGBT', 'IPO', 'ROE', 'EPS', 'YoY', 'QoQ', 'PER', 'PBV', 'NPL', 'CAR', 'LDR', 'KPR', 'KUR', 'BLT',
    'BPNT', 'PKH', 'KIP', 'KIS', 'JKN', 'SDM', 'SDA', 'IPM', 'UMP', 'UMK', 'THR', 'NJOP', 'PBB-P2',
    'WNI', 'WNA', 'KRL', 'LRT', 'BRT', 'JPO', 'OK', 'PR', 'MoU', 'MOU', 'NO', 'PS', 'VIP', 'VVIP', 'CCTV',
    'GPS', 'USB', 'LED', 'PDF', 'URL', 'DNS', 'WiFi', 'ID', 'QR', 'QRIS', 'NFT', 'EV', 'SUV', 'MPV', 'LCGC',
    'Pilkada', 'Pilpres', 'Pemilu', 'Pileg', 'Capres', 'Cawapres', 'Cagub', 'Pemda', 'Dapil', 'Tipikor',
    'DKI', 'ASI', 'KB', 'LSM', 'Ormas', 'Parpol', 'Pemkot', 'Pemprov', 'Pemkab', 'Satgas', 'Tol', 'BLU',
    'RI', 'NKRI', 'SK', 'KTT', 'PON', 'SEA', 'MotoGP', 'GP', 'F1', 'NBA', 'EPL', 'UFC', 'WTA', 'ATP',
    'Rakernas', 'Munas', 'Muktamar', 'Kongres', 'Musda', 'Rapimnas', 'Mukernas',
    // Party boards (reported with their party), people known by initials, job titles
    'BUMN', 'BUMD', 'AKBP', 'AKP', 'IPDA', 'IPTU', 'KOMBES', 'DPP', 'DPW', 'DPC', 'SBY', 'JK', 'AHY', 'BTP', 'GM', 'MD', 'HRD', 'PIC',
    // Reporters' sign-offs and labels
    'PAP', 'ADV', 'HUT', 'RT', 'RW', 'No', 'PT', 'CV', 'Tbk', 'FOTO', 'VIDEO', 'BERITA', 'TERKAIT', 'TOPIK',
    ...englishVenues,
  ],
  cues: [
    'mitra', 'pihak', 'anggota', 'kader', 'ketua', 'kepala', 'direktur', 'manajer', 'koordinator', 'sekjen',
    'pendiri', 'jubir', 'perwakilan', 'wakil', 'pengurus', 'aktivis', 'peneliti', 'penyidik', 'pegawai',
    'karyawan', 'petugas', 'pejabat', 'staf', 'lembaga', 'organisasi', 'perusahaan', 'partai', 'fraksi',
    'kantor', 'gedung', 'markas', 'dirut', 'komisaris', 'presiden', 'ketum', 'bersama', 'oleh',
    'ekonom', 'analis', 'kepada', 'menurut', 'yayasan', 'koalisi', 'asosiasi', 'emiten', 'bank', 'maskapai',
    // `bursa ICE`: an exchange
    'bursa',
    // people named by the body they work for (`perawat RSUX`, `komentator TVX`, `dosen UNX`) and a broadcaster (`televisi TVX`; not `radio`, which names a band as often)
    'perawat', 'dokter', 'dosen', 'rektor', 'wartawan', 'jurnalis', 'reporter', 'komentator', 'televisi',
    // party people and officers (`politikus PXY`, `simpatisan PXY`, `sekretaris PXY`), an agency's agent (`agen XYZ`)
    'politikus', 'politisi', 'legislator', 'simpatisan', 'pendukung', 'pimpinan', 'sekretaris', 'agen',
    // a newsroom that reached the speaker (`saat dihubungi Contohpos`), a body that keeps records (`catatan Contohpos`)
    'dihubungi', 'catatan',
  ],
  // Indonesian regional councils name their commissions by letter or number (`Komisi B DPRD`): units, not titles.
  portfolioCommittees: { heads: [], after: [] },
  spellings: { Kementrian: 'Kementerian', Jendral: 'Jenderal' },
  gluedPrefixes: ['dari', 'oleh', 'kepada', 'via'],
  // English outlets are cited in Indonesian text too (`The Contoh Postpada`).
  gluedWords: [...englishGluedWords, 'di', 'pada', 'yang', 'bahwa'],
  legalForms,
  officerTitles: ['CEO', 'COO', 'CFO', 'CTO', 'Founder', 'Co-Founder', 'Pendiri', 'Direktur Utama', 'Presiden Direktur', 'Presdir', 'Dirut', 'Komisaris Utama', 'Chief Executive Officer'],
  mediaSuffixes,
  // A party's or a mass organisation's youth wing (`Pemuda Contoh`).
  partyWings: ['Pemuda'],
  kindNouns: {
    perusahaan: 'company', perseroan: 'company', emiten: 'company', maskapai: 'company', startup: 'company',
    pabrikan: 'company', produsen: 'company', korporasi: 'company', konsorsium: 'company', operator: 'company',
    organisasi: 'ngo', lembaga: 'other', kelompok: 'other', komunitas: 'ngo', universitas: 'education',
    kampus: 'education', stasiun: 'media', harian: 'media', majalah: 'media', situs: 'media', portal: 'media',
    firma: 'company', biro: 'company',
  },
  // `asal` (origin): `perusahaan asal Contohland Contoh Group` names the company after the country.
  originWords: ['asal'],
  aloneForms: ['Kongres', 'Senat'],
  unitHeads: ['Departemen', 'Biro', 'Satuan', 'Tim'],
  // `Tim` heads a named team (`Tim Contoh Pencari Fakta`); one word after it is a person (`Tim Contoh`) or a country's side.
  longNameHeads: ['Tim'],
  // A ministry after a named unit of it (`Ditjen Contoh Anggaran Kementerian Contoh`): two bodies.
  ministryHeads: ['Kementerian', 'Kemenko'],
  eventWords: englishEventWords,
  venueWords: englishVenueWords,
  gatheringWords: englishGatheringWords,
  buildingWords,
  // A board of some body named by its task alone (`Dewan Pembina`, `Dewan Komisaris`) is a generic one too.
  countNouns: ['orang', 'unit', 'buah', 'ekor', 'kali', 'persen', 'pasien', 'siswa', 'warga', 'korban', 'jiwa', 'keluarga'],
  // A country's government named by the country alone (`Pemerintah Contohland`).
  countryGovernmentHeads: ['Pemerintah'],
  // A project, programme, campaign or activity named by an acronym after a post's field (`Manajer Proyek CNTK`, `Tim Pemenangan CNTK`).
  undertakingWords: ['Proyek', 'Program', 'Kegiatan', 'Kampanye', 'Pemenangan', 'Acara', 'Operasi', 'Gerakan', 'Lomba'],
  genericWords: ['Pusat', 'Daerah', 'Setempat', 'Lokal', 'Asing', 'Swasta', 'Terkait', 'Tersebut', 'Pembina', 'Penasehat', 'Penasihat', 'Pengawas', 'Komisaris', 'Direksi', 'Pakar', 'Redaksi', 'Tugas', 'Kerja'],
  // `seperti dikutip Contohnet`: bare `dikutip` cites an author as often (`mengutip` more often still, so it is none).
  looseSourceCues: ['dikutip'],
  // What only an agent does, said of an acronym that opens a clause (`Tahun ini, CNTK berencana …`); not what a law or plan does (`menargetkan`, `menyatakan`).
  actVerbs: [
    'mengumumkan', 'merilis', 'meluncurkan', 'mengakuisisi', 'membukukan', 'berencana', 'memutuskan', 'menggelar', 'menyelenggarakan',
    'melaporkan', 'meminta', 'mendesak', 'membantah', 'mengklaim', 'berjanji',
    // a forecaster's estimate (`CNTK memperkirakan ekonomi tumbuh …`): a plan or an index projects or moves, it does not estimate
    'memperkirakan',
  ],
  actAdverbs: ['juga', 'pun', 'pula', 'kembali', 'resmi'],
  // Words before people's initials (`berinisial RWS, DN dan A`)
  initialsWords: ['berinisial', 'inisial'],
  // `seperti diberitakan Contoh Times`: the cited name is an outlet.
  sourceCues: ['dilansir', 'dilansir dari', 'melansir', 'dikutip dari', 'diberitakan', 'seperti dilaporkan', 'diwartakan', 'kantor berita', 'media asing', 'koran', 'surat kabar', 'laman'],
  spelledTails: englishSpelledTails,
  // Companies and associations coin one-word names with the country's `Indo` (`Contohindo`, `Asperindo`).
  coinedEndings: ['indo'],
  // Portuguese and Timorese names and places end so too: a given name before its particle or family name, a place after its noun.
  nameParticles: ['da', 'dos', 'das', 'de', 'do'],
  placeNouns: ['Kampung', 'Dusun', 'Jalan', 'Jl', 'Gang', 'Perumahan', 'Pulau', 'Sungai', 'Gunung'],
  foreignClosers: englishForeignClosers,
  regionLevels,
  provinces,
  // Legislators stand for a province (`anggota DPR Contoh`); a party's regional board is a `DPD` too.
  provinceSeats: ['DPR', 'DPD', 'MPR', 'Dewan Perwakilan Rakyat', 'Dewan Perwakilan Daerah'],
  nameWords: [
    'Jaringan', 'Gerakan', 'Front', 'Organisasi', 'Perusahaan', 'Konsorsium', 'Forum', 'Federasi',
    'Kesatuan', 'Korps', 'Komunitas', 'Community', 'Network', 'Initiative', 'Exchange', 'Watch', 'Consortium',
    'Council', 'Agency', 'Organization', 'Organisation', 'Chamber', 'Union', 'Alliance', 'Club', 'Klub',
    'Academy', 'Society', 'Trust', 'Fund', 'Rank', 'Studio', 'Studios', 'Productions', 'Production', 'Centre',
    'Center', 'Office', 'Board', 'Institution', 'Secretariat', 'Sekretariat', 'Tim', 'Satgas', 'Unit',
  ],
  places: [
    'AS', 'USA', 'UK', 'UEA', 'RRC', 'RRT', 'PRC', ...provinceShortNames, 'Jabodetabek', 'Jabotabek', 'Jaksel',
    'Jakut', 'Jakbar', 'Jaktim', 'Jakpus', 'IKN', 'JAKARTA', 'BANDUNG', 'SURABAYA', 'MEDAN', 'SEMARANG',
    'MAKASSAR', 'YOGYAKARTA', 'DENPASAR', 'BALI', 'PALEMBANG', 'BATAM', 'PEKANBARU', 'PADANG', 'MALANG',
    'SOLO', 'BOGOR', 'DEPOK', 'BEKASI', 'TANGERANG', 'BANTEN', 'ACEH', 'PAPUA', 'JAYAPURA', 'MANADO',
    'PONTIANAK', 'BALIKPAPAN', 'SAMARINDA', 'BANJARMASIN', 'MATARAM', 'KUPANG', 'AMBON', 'INDONESIA',
    'CHINA', 'JEPANG', 'WASHINGTON', 'BEIJING', 'TOKYO', 'LONDON', 'SINGAPURA', 'SINGAPORE', 'MALAYSIA',
    'ROMA', 'PARIS', 'Amerika Serikat',
    // Words that start a place after a name (`Dinas Kesehatan Kota Contoh`, `DPRD Jawa Barat`)
    ...regionLevels, 'Kecamatan', 'Daerah', 'Wilayah', 'Cabang', 'Regional',
    'Republik', 'Jawa', 'Sumatera', 'Sumatra', 'Kalimantan', 'Sulawesi', 'Nusa', 'Papua', 'Maluku', 'Bali',
    'Jakarta', 'Banten', 'Aceh', 'Riau', 'Jambi', 'Bengkulu', 'Lampung', 'Gorontalo', 'Yogyakarta', 'KUALA', 'LUMPUR', 'PUTRAJAYA',
  ],
};

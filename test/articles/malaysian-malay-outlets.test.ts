/**
 * Invented Malaysian Malay articles in the speaker shapes of the outlets issue 9 names (Bernama, Utusan, Berita Harian,
 * Harian Metro, Sinar Harian, Astro Awani, FMT Malay), round 32: a district police press conference with the national
 * police chief, a state government's flood aid, a state health department's dengue figures and a sports federation's
 * coach. Shapes: `Ketua Polis Daerah X, Asisten Komisioner Y berkata`, `Menteri Besar X, Datuk Seri Y berkata`,
 * `Pengerusi Z, Y ketika dihubungi berkata`, `kata beliau ketika ditemui pemberita`, `menurutnya`, `jelasnya`, and
 * bodies derived from a title (`Menteri Kesihatan` → Kementerian Kesihatan, `Ketua Polis Negara` → PDRM). Every person,
 * body, place and event here is invented; the expectations were written before warta read the articles and follow the
 * labelling guide (the role without the organisation; the organisation as the article names it, any of its forms).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { type InventedArticle, scoreInventedArticles, scoreNamedOrganisations } from '../support/invented-articles.js';

const MALAY: readonly InventedArticle[] = [
{ id: 'ms32-police-district-drugs', text: `Polis Rampas Dadah Bernilai RM2.4 Juta di Kuala Merbau

KUALA MERBAU: Polis menumpaskan sebuah sindiket pengedaran dadah dengan rampasan syabu dan pil kuda bernilai RM2.4 juta dalam dua serbuan di daerah ini, kelmarin.

Ketua Polis Daerah Kuala Merbau, Asisten Komisioner Roslan Hakimi Abdul Ghani berkata, tiga lelaki tempatan berusia antara 29 hingga 41 tahun ditahan dalam serbuan pertama di sebuah rumah teres di Taman Bayu Permai.

“Pemeriksaan lanjut di sebuah stor di Jalan Lama Pekan menemui 38 kilogram syabu yang disembunyikan dalam kotak teh,” katanya pada sidang media di Ibu Pejabat Polis Daerah (IPD) Kuala Merbau, hari ini.

Menurutnya, sindiket itu dipercayai aktif sejak awal tahun ini dan menggunakan lori sayur untuk mengedarkan dadah ke negeri jiran.

“Kesemua suspek direman tujuh hari bagi membantu siasatan mengikut Seksyen 39B Akta Dadah Berbahaya 1952,” jelasnya.

Sementara itu, Ketua Polis Negara, Tan Sri Zulkarnain Idris Merican ketika ditemui pemberita di Bukit Aman berkata, pasukannya akan memperhebat operasi di pintu masuk sempadan.

“Kita tidak akan berkompromi dengan mana-mana sindiket. Anggota yang terbabit membantu sindiket juga akan dikenakan tindakan tegas,” kata beliau.`,
  expect: [
    ['Roslan Hakimi Abdul Ghani', 'Ketua Polis Daerah', 'IPD Kuala Merbau'],
    ['Roslan Hakimi Abdul Ghani', 'Ketua Polis Daerah', 'IPD Kuala Merbau'],
    ['Zulkarnain Idris Merican', 'Ketua Polis Negara', 'Polis Diraja Malaysia'],
  ],
  organisations: [
    ['Ibu Pejabat Polis Daerah Kuala Merbau', 'Ibu Pejabat Polis Daerah (IPD) Kuala Merbau', 'IPD Kuala Merbau', 'Polis Daerah Kuala Merbau'],
  ] },
{ id: 'ms32-state-flood-aid', text: `Kerajaan Negeri Salur RM15 Juta Bantuan Banjir

KUANTAN: Kerajaan Pahang meluluskan peruntukan RM15 juta bagi membantu lebih 9,000 keluarga yang terjejas akibat banjir di lima daerah bulan lalu.

Menteri Besar Pahang, Datuk Seri Hisyamuddin Razali Kamal berkata, setiap keluarga akan menerima RM1,000 yang disalurkan terus ke akaun bank penerima mulai minggu depan.

“Kita mahu bantuan ini sampai sebelum sesi persekolahan baharu supaya ibu bapa tidak terbeban,” katanya selepas mempengerusikan Mesyuarat Majlis Mesyuarat Kerajaan Negeri di Wisma Sri Bayu, hari ini.

Pengerusi Jawatankuasa Kebajikan dan Pembangunan Wanita negeri, Norhayati Che Mat ketika dihubungi berkata, senarai penerima diperoleh daripada pusat pemindahan sementara yang dibuka sepanjang banjir.

“Mangsa yang tidak berdaftar di pusat pemindahan boleh membuat rayuan di pejabat daerah masing-masing sebelum 30 hari bulan ini,” jelasnya.

Dalam pada itu, Ahli Parlimen Sungai Jerneh, Lim Wei Sheng menyambut baik pengumuman itu tetapi meminta kerajaan negeri mempercepat kerja membaiki jalan kampung yang runtuh.

“Ada tiga kampung di kawasan saya yang masih terputus hubungan jalan darat sejak banjir,” kata Ahli Parlimen Sungai Jerneh itu.`,
  expect: [
    ['Hisyamuddin Razali Kamal', 'Menteri Besar', 'Kerajaan Negeri Pahang'],
    ['Norhayati Che Mat', 'Pengerusi Jawatankuasa Kebajikan dan Pembangunan Wanita', 'Kerajaan Negeri Pahang'],
    ['Lim Wei Sheng', 'Ahli Parlimen', undefined],
  ],
  organisations: [
    ['Kerajaan Negeri Pahang', 'Kerajaan Pahang', 'kerajaan negeri'],
    ['Majlis Mesyuarat Kerajaan Negeri'],
  ] },
{ id: 'ms32-state-health-dengue', text: `Kes Denggi di Kedah Meningkat 40 Peratus

ALOR SETAR: Jumlah kes denggi di Kedah meningkat 40 peratus kepada 3,112 kes sejak awal tahun berbanding tempoh sama tahun lalu.

Pengarah Kesihatan Negeri Kedah, Datuk Dr. Azlan Mustaffa Kamil berkata, empat kematian direkodkan setakat ini dan kesemuanya melibatkan pesakit yang lewat mendapatkan rawatan.

“Kebanyakan kes dikesan di kawasan perumahan baharu yang masih mempunyai tapak pembinaan terbiar,” katanya dalam kenyataan, hari ini.

Beliau berkata, Jabatan Kesihatan Negeri Kedah telah menjalankan operasi pemusnahan tempat pembiakan nyamuk di 1,200 premis sepanjang bulan lalu.

Menteri Kesihatan, Dr. Farah Nadia Othman ketika ditemui pemberita selepas merasmikan sebuah klinik kesihatan di Pendang berkata, kementeriannya akan menambah 200 anggota pasukan kawalan vektor di negeri itu.

“Kita juga akan memperluas penggunaan nyamuk Wolbachia ke 12 lokaliti di Kedah menjelang hujung tahun,” katanya.

Menurutnya, orang ramai perlu membersihkan kawasan rumah sekurang-kurangnya 10 minit seminggu.

“Denggi boleh dicegah jika setiap keluarga memainkan peranan,” tegasnya.`,
  expect: [
    ['Azlan Mustaffa Kamil', 'Pengarah Kesihatan', 'Jabatan Kesihatan Negeri Kedah'],
    ['Farah Nadia Othman', 'Menteri Kesihatan', 'Kementerian Kesihatan'],
    ['Farah Nadia Othman', 'Menteri Kesihatan', 'Kementerian Kesihatan'],
  ],
  organisations: [
    ['Jabatan Kesihatan Negeri Kedah'],
  ] },
{ id: 'ms32-sports-federation-coach', text: `Persatuan Sepak Takraw Lantik Jurulatih Baharu

KUALA LUMPUR: Persatuan Sepak Takraw Malaysia (PSTM) melantik bekas pemain kebangsaan, Azmi Kamaruddin Yaacob sebagai ketua jurulatih skuad kebangsaan bagi tempoh dua tahun.

Presiden PSTM, Datuk Mohd Khairil Anuar Salleh berkata, pelantikan itu dibuat selepas jawatankuasa teknikal menilai lima calon.

“Azmi faham budaya pemain kita dan mempunyai rekod baik bersama skuad remaja,” katanya selepas mesyuarat exco persatuan itu di Bukit Jalil, hari ini.

Ketika dihubungi, Azmi berkata, sasaran pertamanya ialah pingat emas regu di Sukan SEA tahun depan.

“Saya akan memanggil 24 pemain ke kem latihan pusat bulan depan. Pemain muda akan diberi peluang yang sama,” jelasnya.

Pengurus Besar Syarikat Minuman Sejuk Teratai Sdn Bhd, Tan Chee Keong pula berkata, syarikatnya akan menaja skuad kebangsaan sebanyak RM500,000 setahun.

“Sukan ini dekat di hati rakyat Malaysia dan kami mahu melihatnya kembali ke puncak,” katanya.`,
  expect: [
    ['Mohd Khairil Anuar Salleh', 'Presiden', 'Persatuan Sepak Takraw Malaysia'],
    ['Azmi Kamaruddin Yaacob', undefined, undefined],
    // The helper drops `Tan` from the name read, as the evaluation drops it (`Tan Sri`) from both names it compares.
    ['Chee Keong', 'Pengurus Besar', 'Syarikat Minuman Sejuk Teratai Sdn Bhd'],
  ],
  organisations: [
    ['Persatuan Sepak Takraw Malaysia', 'PSTM'],
    ['Syarikat Minuman Sejuk Teratai Sdn Bhd'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {};

/** Organisations warta still misses, by shape (`id:name`). */
const ORGANISATION_GAPS: Readonly<Record<string, string>> = {};

scoreInventedArticles('articles in Malaysian Malay outlet formats', MALAY, GAPS, { dropHonorifics: true });
scoreNamedOrganisations('articles in Malaysian Malay outlet formats', MALAY, ORGANISATION_GAPS);

/** Speaker name, role and organisation of each direct quote of a Malay article. */
function speakers(text: string): (readonly [string | null, string | null, string | null])[] {
  return parseArticle(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.organisation ?? null] as const);
}

describe('articles in Malaysian Malay outlet formats: a state committee chairman written with lower-case `negeri`', () => {
  const lead = 'ALOR SETAR: Kerajaan Kedah akan membaiki 40 jambatan kampung tahun depan.\n\n';
  it('`Pengerusi Jawatankuasa Kerja Raya negeri, X berkata` speaks for the one state government the article names', () => {
    const text = `${lead}Pengerusi Jawatankuasa Kerja Raya negeri, Rashidah Omar Baki berkata, kerja akan bermula pada Mac.\n\n“Kontraktor tempatan akan diutamakan,” katanya.`;
    expect(speakers(text)).toEqual([['Rashidah Omar Baki', 'Pengerusi', 'Kerajaan Kedah']]);
  });
  it('a committee without `negeri` (a mosque’s, or one named alone) keeps its own name', () => {
    const mosque = `${lead}Pengerusi Jawatankuasa Kebajikan Masjid Al-Hidayah, Rashidah Omar Baki berkata, kerja akan bermula pada Mac.\n\n“Kontraktor tempatan akan diutamakan,” katanya.`;
    expect(speakers(mosque)[0]?.[2]).not.toBe('Kerajaan Kedah');
    const bare = `${lead}Pengerusi Jawatankuasa Kerja Raya, Rashidah Omar Baki berkata, kerja akan bermula pada Mac.\n\n“Kontraktor tempatan akan diutamakan,” katanya.`;
    expect(speakers(bare)[0]?.[2]).not.toBe('Kerajaan Kedah');
  });
  it('with two state governments named, `negeri` names neither', () => {
    const text = `ALOR SETAR: Kerajaan Kedah dan Kerajaan Perlis akan membaiki jambatan sempadan.\n\nPengerusi Jawatankuasa Kerja Raya negeri, Rashidah Omar Baki berkata, kerja akan bermula pada Mac.\n\n“Kontraktor tempatan akan diutamakan,” katanya.`;
    expect(speakers(text)[0]?.[2]).not.toMatch(/^Kerajaan/u);
  });
});

describe('articles in Malaysian Malay outlet formats: `kata <title> itu` with a title given to no one before', () => {
  const lead = 'KUALA LUMPUR: Timbalan Ketua Penerangan Parti Contoh Rakyat, Datuk Ahmad Faizal Rahim berkata, cadangan itu tidak masuk akal.\n\n“Saya kecewa dengan sikap mereka.\n\n';
  it('the demonstrative points back to the one just seen speaking, under the post he was introduced with', () => {
    const text = `${lead}“Kerajaan masih kekal,” kata Ahli Parlimen Bukit Cempaka itu ketika ditemui di Parlimen.`;
    expect(speakers(text)).toEqual([
      ['Ahmad Faizal Rahim', 'Timbalan Ketua Penerangan', 'Parti Contoh Rakyat'],
      ['Ahmad Faizal Rahim', 'Timbalan Ketua Penerangan', 'Parti Contoh Rakyat'],
    ]);
  });
  it('without the demonstrative the title is someone else, unnamed', () => {
    const text = `${lead}“Kerajaan masih kekal,” kata Ahli Parlimen Bukit Cempaka ketika ditemui di Parlimen.`;
    expect(speakers(text)[1]?.[0]).not.toBe('Ahmad Faizal Rahim');
  });
  it('a title whose holder the article named stays that holder', () => {
    const text = `KUALA LUMPUR: Ahli Parlimen Bukit Cempaka, Lim Chong Wei menyokong cadangan itu.\n\n${lead}“Kerajaan masih kekal,” kata Ahli Parlimen Bukit Cempaka itu.`;
    expect(speakers(text)[1]?.[0]).toBe('Lim Chong Wei');
  });
  const two = 'KUALA LUMPUR: Lim Chong Wei menyokong cadangan kerajaan untuk menaikkan gaji minimum.\n\n“Pekerja perlu dibantu,” kata Lim.\n\n';
  const president = 'Presiden Persatuan Pengguna Contoh, Datuk Rosli Ahmad pula berkata, harga barang perlu dikawal terlebih dahulu.\n\n“Harga ayam sudah naik dua kali,” katanya.\n\n';
  const itu = '“Kerajaan masih kekal,” kata Ahli Parlimen Sungai Besi itu ketika ditemui.';
  it('a voice with a body of its own (not a party) after another person was named is not the title pointed back to', () => {
    const said = speakers(`${two}${president}${itu}`);
    expect(said).toHaveLength(3);
    expect([null, 'Lim Chong Wei']).toContain(said[2]?.[0]);
  });
  it('a voice whose body is a party (or its wing) takes the title though others were named', () => {
    for (const post of ['Timbalan Ketua Penerangan Parti Contoh Rakyat', 'Ketua Pemuda Parti Contoh Rakyat']) {
      const text = `${two}${post}, Datuk Ahmad Faizal Rahim berkata, cadangan itu tidak masuk akal.\n\n“Saya kecewa dengan sikap mereka,” katanya.\n\n${itu}`;
      expect(speakers(text)[2]?.[0]).toBe('Ahmad Faizal Rahim');
    }
  });
  it('a voice with no post of its own takes the title though others were named', () => {
    const text = `KUALA LUMPUR: ${president}Lim Chong Wei menyokong cadangan kerajaan untuk menaikkan gaji minimum.\n\n“Pekerja perlu dibantu,” kata Lim.\n\n${itu}`;
    expect(speakers(text)[2]?.[0]).toBe('Lim Chong Wei');
  });
  it('a voice with a body of its own takes the title when the article has named no one else', () => {
    expect(speakers(`KUALA LUMPUR: ${president}${itu}`)[1]?.[0]).toBe('Rosli Ahmad');
  });
});

describe('articles in Malaysian Malay outlet formats: a federation (`Persekutuan …`) heads an organisation', () => {
  const names = (text: string): string[] => parseArticle(text).organisations.map((o) => o.name);
  it('`kata Persekutuan Bola Sepak Contoh` is the federation speaking, reported as an organisation', () => {
    const text = 'KUALA LUMPUR: Pemain pertahanan negara, Hafiz Ramli mengalami kecederaan lutut.\n\n“Pemain itu akan menjalani pembedahan minggu depan,” kata Persekutuan Bola Sepak Contoh dalam satu kenyataan.';
    expect(speakers(text)).toEqual([['Persekutuan Bola Sepak Contoh', null, 'Persekutuan Bola Sepak Contoh']]);
    expect(names(text)).toContain('Persekutuan Bola Sepak Contoh');
  });
  it('the country, the historic federation and a federal territory stay places', () => {
    const text = 'KUALA LUMPUR: Sejarah Persekutuan Tanah Melayu dan Persekutuan Malaysia diajar di sekolah di Wilayah Persekutuan Putrajaya.\n\n“Kita perlu faham sejarah,” kata Menteri Pendidikan, Datuk Rahim Ali.';
    expect(names(text).filter((n) => n.includes('Persekutuan'))).toEqual([]);
  });
});

describe('articles in Malaysian Malay outlet formats: `kata <description with an age> itu` points back', () => {
  const lead = 'PETALING JAYA: Pelakon Nurul Aina Safiya, 24, teruja menerima tawaran berlakon di Indonesia.\n\n“Sebelum ini saya hanya berlakon drama televisyen di sini,” katanya.\n\n';
  it('`kata pelakon berusia 24 tahun itu` is the person quoted before, like `katanya`', () => {
    expect(speakers(`${lead}“Saya gembira,” kata pelakon berusia 24 tahun itu.`).map(([name]) => name)).toEqual(['Nurul Aina Safiya', 'Nurul Aina Safiya']);
  });
  it('a source introduced unnamed by the same noun (`Seorang peminat berusia 19 tahun …`) stays unnamed', () => {
    const text = `${lead}Seorang peminat berusia 19 tahun turut hadir.\n\n“Saya gembira,” kata peminat berusia 19 tahun itu.`;
    expect(speakers(text)[1]?.[0]).not.toBe('Nurul Aina Safiya');
  });
  it.todo('articles malay32: `kata pelakon berusia 24 tahun ini lagi` — a demonstrative followed by `lagi` is not read as closing the description');
  it.todo('articles malay32: `kata ibu kepada dua cahaya mata itu` — the description is cut at `kepada`, so `ibu` is read as an unnamed speaker');
});

describe('articles in Malaysian Malay outlet formats: Malay speaker shapes still read wrongly (from unlabelled Malaysian text)', () => {
  it.todo('articles malay32: `X … menerusi jenama Contoh?` / `menjadikan Contoh Enterprise sebuah perniagaan` — a business owner with no title is given no organisation; the brand or sole proprietorship the article ties to her is not linked');
  it.todo('articles malay32: `Jurucakap Kementerian Contoh (KC) Negeri berkata, …` then `“…,” katanya` — the unnamed officer speaks the indirect quote, but the direct quotes after it get no speaker (the guide: the describing phrase as written)');
  it.todo('articles malay32: `TUN Contoh Rahman hari ini mengumumkan …` then `Perdana Menteri berkata, …` or `kata Perdana Menteri` — a bare title no one was given, after a lead naming one person without a title, is read as a speaker named by the title (or nobody), not that person');
});

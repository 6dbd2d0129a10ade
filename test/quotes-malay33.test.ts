/**
 * Malay speaker shapes of round 33 (issue 9), on invented text: every person, body and place here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { speakerLines } from './speaker-lines.js';

const speakers = (text: string) => speakerLines(text, 'zlm');

const LEADER = 'Rosli Hamdan | Ketua Pemuda | Parti Contoh Rakyat';
const DEPUTY = 'Kamal Yusof | Timbalan Menteri | null';

/** A speaker (reported speech, then a quote), a narrative paragraph `middle`, then a quote over two paragraphs closed by `katanya`. */
const meeting = (middle: string) =>
  [
    'SEREMBAN JAYA: Ketua Pemuda Parti Contoh Rakyat, Datuk Rosli Hamdan berkata semua sumbangan untuk mangsa banjir sudah diagihkan mengikut senarai.',
    '“Setiap ringgit yang masuk ada resitnya,” katanya ketika ditemui di pusat pemindahan.',
    middle,
    '“Laporan penuh kami hantar ke pejabat daerah pada Isnin ini.',
    '“Sesiapa yang masih ragu boleh datang menyemak buku akaun sendiri,” katanya.',
  ].join('\n\n');

describe('speaker choice: a speech verb of a purpose clause is no report', () => {
  it('someone met `bagi memaklumkan` / `untuk menerangkan` inside a sentence about the speaker does not take the next `katanya`', () => {
    for (const middle of [
      'Semalam, beliau turut berjumpa Timbalan Menteri, Datuk Seri Kamal Yusof bagi memaklumkan perkara itu.',
      'Pagi tadi, beliau menelefon Timbalan Menteri, Datuk Seri Kamal Yusof untuk menerangkan cara agihan dibuat.',
    ]) {
      expect(speakers(meeting(middle))).toEqual([LEADER, LEADER, LEADER, LEADER]);
    }
  });

  it('near miss: the person opening the paragraph before the quote is still its speaker (`X datang … untuk menerangkan …`)', () => {
    const middle = 'Timbalan Menteri, Datuk Seri Kamal Yusof turut datang ke pusat itu untuk menerangkan cara agihan dibuat.';
    expect(speakers(meeting(middle))).toEqual([LEADER, LEADER, DEPUTY, DEPUTY]);
  });
});

describe('speaker choice: a speech verb opening a sentence before a name (`Akui Haziq, …`)', () => {
  const article = (middle: string) =>
    [
      'Gerai mi kari di hujung Pasar Teluk Damai itu kini dikenali ramai, dan tukang masaknya, Haziq sudah menerima tempahan dari tiga negeri.',
      middle,
      '“Dulu saya cuma memasak untuk jiran pada hujung minggu, kuahnya pun ikut rasa sendiri.',
      '“Sekarang periuk besar itu mesti penuh sebelum subuh,” katanya sambil tersenyum.',
    ].join('\n\n');

  it('the name after a capitalised `Akui` / `Tambah` / `Jelas` opening its sentence is heard, not a work titled after `berjudul`', () => {
    for (const verb of ['Akui', 'Tambah', 'Jelas']) {
      const middle = `${verb} Haziq, jemputan memasak dalam siri televisyen Syarikat Contoh Selera berjudul Dapur Nenda mengubah nasib gerainya.`;
      expect(speakers(article(middle))).toEqual(['Haziq | null | null', 'Haziq | null | null']);
    }
  });

  it('near miss: the same word capitalised inside a sentence opens no attribution', () => {
    const middle = 'Jemputan memasak dalam siri televisyen Kongsi Dapur Nenda mengubah nasib gerainya.';
    expect(speakers(article(middle))).not.toContain('Dapur Nenda | null | null');
  });
});

describe('page: a sentence opened by a title in capitals is no photo caption', () => {
  const article = (intro: string) =>
    [
      'BUKIT SERI: Kerajaan negeri akan meneliti semula projek perumahan itu dalam masa terdekat.',
      intro,
      '“Kami akan memastikan semua pihak mendapat manfaat daripada projek ini,” katanya.',
    ].join('\n\n');

  it('`ADUN <seat>, <name> berkata, …` stays in the body and introduces the speaker', () => {
    const text = article('ADUN Taman Seri, Kamarul Ariffin Yusof berkata, projek itu akan diteruskan.');
    expect(parseArticle(text, { language: 'zlm' }).boilerplate).toEqual([]);
    expect(speakers(text).at(-1)).toBe('Kamarul Ariffin Yusof | ADUN Taman Seri | null');
  });

  it('near miss: a short line opened by a word in capitals that is no title is still a caption', () => {
    const text = article('PENDUDUK membersihkan longkang di Taman Seri, semalam.');
    expect(parseArticle(text, { language: 'zlm' }).boilerplate.map((b) => b.kind)).toEqual(['caption']);
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

/** Malay speakers: which person a quote is given to. */
import { describe, expect, it } from 'vitest';
import { speakerLines, directQuotes } from '../support/speaker-lines.js';

const speakers = (text: string) => speakerLines(text, 'zlm');

const OPENING = 'SEREMBAN: Seorang pemimpin Parti Contoh Rakyat menegur Ahli Parlimen Sungai Lembing Tua, Azrul Fitrizal Kamaruddin kerana tidak hadir ke mesyuarat jawatankuasa.';
const CRITIC = 'Selvakumar Arumugam | Naib Ketua Pemuda | Parti Contoh Rakyat';
const MEMBER = 'Azrul Fitrizal Kamaruddin | Ahli Parlimen Sungai Lembing Tua | null';

describe('speaker choice: a name inside a report is an object from its first word', () => {
  it('`katanya` stays with the speaker when a later word of another’s name follows a lower-case word (`alasan Azrul Fitrizal`)', () => {
    const text = [
      OPENING,
      'Naib Ketua Pemuda Parti Contoh Rakyat, Datuk Selvakumar Arumugam berkata, alasan Azrul Fitrizal tidak munasabah.',
      'Mesyuarat itu dijadualkan semula minggu depan.',
      '"Kami tidak akan berdiam diri jika perkara ini berulang," katanya.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([CRITIC, CRITIC]);
  });

  it('a name opening a sentence, with or without a one-word title, is still the subject a later `katanya` quotes', () => {
    for (const subject of ['Azrul Fitrizal', 'Datuk Azrul Fitrizal']) {
      const text = [
        OPENING,
        'Naib Ketua Pemuda Parti Contoh Rakyat, Datuk Selvakumar Arumugam berkata, alasan itu tidak munasabah.',
        `${subject} menafikan dakwaan tersebut.`,
        '"Saya ada urusan keluarga yang tidak dapat dielakkan," katanya.',
      ].join('\n\n');
      expect(speakers(text)).toEqual([CRITIC, MEMBER]);
    }
  });
});

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

describe('speaker choice: a paragraph that turns to someone named before', () => {
  /** `name | role | organisation` of each direct quote of `paragraphs` (Malay). */
  const speakers = (...paragraphs: string[]) =>
    directQuotes(paragraphs.join('\n\n'), 'zlm').map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

  const story = (turn: string) => [
    'KUANTAN: Seorang pengawal keselamatan yang ditahan kerana membakar pondok pengawal akhirnya dibebaskan.',
    'Rosli Hamzah, 48, sebelum ini mengamuk kerana gajinya tidak dibayar selama enam bulan.',
    'Menurut Pengurus Syarikat Kawalan Contoh, Hafiz Ramli, pihaknya akan melunaskan semua tunggakan gaji itu.',
    '“Kami akan membayar semua tunggakan dalam tempoh seminggu,” kata Hafiz.',
    turn,
    'Dia terus memeluk ahli keluarganya sebaik keluar dari balai polis.',
    '“Saya bersyukur kerana masalah ini akhirnya selesai,” ujarnya.',
  ];

  it('`Sementara itu, Rosli yang …` → the next `ujarnya` is Rosli’s (introduced with an age), not the last speaker’s', () => {
    expect(speakers(...story('Sementara itu, Rosli yang dibebaskan tanpa sebarang pertuduhan menarik nafas lega.'))).toEqual([
      'Hafiz Ramli | Pengurus | Syarikat Kawalan Contoh',
      'Rosli Hamzah | null | null',
    ]);
  });

  it('near miss: the short name with no opener (`Rosli kini …`) does not take the last speaker’s quote', () => {
    expect(speakers(...story('Rosli kini bekerja di sebuah kilang di Gambang.'))).toEqual([
      'Hafiz Ramli | Pengurus | Syarikat Kawalan Contoh',
      'Hafiz Ramli | Pengurus | Syarikat Kawalan Contoh',
    ]);
  });
});

describe('quotes (Malay speech verbs): `menafikan` reports what its subject says', () => {
  it('`X menafikan dakwaan bahawa Y …` then `“…,” katanya`: the one who denies speaks, not the person the claim names', () => {
    const text = [
      'IPOH: Datuk Kamil Razak menafikan dakwaan bahawa Encik Faizal Harun akan dilantik sebagai pengurus pasukan negeri musim depan.',
      'Bekas penjaga gol kebangsaan itu ditemui selepas merasmikan padang latihan baharu di Chemor.',
      '“Saya belum berbincang soal jawatan dengan sesiapa pun,” katanya kepada wartawan.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toMatch(/^Kamil Razak \|/);
  });
});

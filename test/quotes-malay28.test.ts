import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { speakerLines } from './speaker-lines.js';

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

describe('speaker organisation: a second title holder is no body', () => {
  it('an honorific and a name read past the speaker’s title are a person, not the organisation', () => {
    const text = [
      'KUANTAN: Wang bantuan mula diagihkan kepada asnaf di kawasan pedalaman minggu ini.',
      'Pegawai Rohana Kamsani, yang ditemani Pegawai Tan Sri Zulkarnin Bahrom, menjelaskan setiap keluarga menerima tiga ratus ringgit.',
      '"Kami mahu bantuan ini sampai sebelum musim persekolahan," jelasnya.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rohana Kamsani | Pegawai | null']);
  });

  it('a body named after a titled person keeps its name', () => {
    const text = [
      'Kolej itu membuka pengambilan pelajar baharu bulan depan.',
      '"Kami menawarkan dua puluh biasiswa penuh," kata Pengarah Kolej Tunku Zamrud Halimi, Farahiyah Mokhtaruddin.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Farahiyah Mokhtaruddin | Pengarah | Kolej Tunku Zamrud Halimi']);
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

describe('speaker organisation: a party’s wing', () => {
  it('`Ketua Pemuda <party>` heads the wing: `Ketua` of `Pemuda <party>`', () => {
    const text = [
      'IPOH: Sayap belia parti itu akan menghantar sukarelawan ke kawasan banjir esok.',
      'Pengerusi Pemuda BN negeri, Hairul Nizam Kamarudin berkata, lebih 300 ahli sudah mendaftar.',
      '"Semua bantuan akan sampai sebelum hujung minggu," katanya.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Hairul Nizam Kamarudin | Pengerusi | Pemuda BN', 'Hairul Nizam Kamarudin | Pengerusi | Pemuda BN']);
  });

  it('a portfolio that opens with a wing word is no wing: the minister’s title stays whole', () => {
    const text = [
      'Pemerintah menyiapkan pelatihan kewirausahaan bagi lulusan sekolah kejuruan.',
      '"Programnya dimulai bulan depan di sepuluh kota," kata Menteri Pemuda dan Olahraga Rudianto Wiraseno.',
    ].join('\n\n');
    expect(parseArticle(text, { language: 'ind' }).quotes.map((q) => `${q.speaker?.name} | ${q.speaker?.role} | ${q.speaker?.organisation}`)).toEqual([
      'Rudianto Wiraseno | Menteri Pemuda dan Olahraga | Kementerian Pemuda dan Olahraga',
    ]);
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

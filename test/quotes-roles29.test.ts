import { describe, expect, it } from 'vitest';
import { speakerLines as speakers } from './speaker-lines.js';

const PLAN = '"Jadwal latihan kami ubah mulai pekan depan," kata Wiryo.';

describe('speaker organisation: English names cited whole inside Indonesian text', () => {
  it('`to` inside a foundation’s English name keeps the name in one piece', () => {
    const text = 'Bendahara Seeds to Tables Foundation Ratnasari Wulanjati menuturkan, benih jagung sudah sampai di tiga desa. "Petani tinggal menunggu hujan pertama," tutur Ratnasari.';
    expect(speakers(text, 'ind')).toEqual([
      'Ratnasari Wulanjati | Bendahara | Seeds to Tables Foundation',
      'Ratnasari Wulanjati | Bendahara | Seeds to Tables Foundation',
    ]);
  });

  it('`on` inside a research body’s English name keeps the name in one piece', () => {
    const text = `Kepala Kajian Council on Trade Studies (CTS) Wiryo Santoso mengaku belum menerima surat edaran itu. ${PLAN}`;
    expect(speakers(text, 'ind')).toEqual(['Wiryo Santoso | Kepala Kajian | Council on Trade Studies']);
  });

  it('the joiner before a lower-case word joins nothing (`on air`)', () => {
    const text = `Wiryo Santoso, Ketua Komunitas Sepeda Lipat, on air di Radio Suara Kota, mengaku belum menerima surat edaran itu. ${PLAN}`;
    expect(speakers(text, 'ind')).toEqual(['Wiryo Santoso | Ketua | Komunitas Sepeda Lipat']);
  });
});

describe('speaker role: a player’s position is named before a name like a post', () => {
  const scene = (subject: string) => `Usai laga, ${subject} mengaku timnya kelelahan. "Kami kehabisan tenaga di babak kedua," kata Wiryo.`;

  it('`gelandang <club> <name>` gives the position as role and the club as organisation', () => {
    expect(speakers(scene('gelandang Garuda Muda Wiryo Santoso'), 'ind')).toEqual(['Wiryo Santoso | gelandang | Garuda Muda']);
  });

  it('`striker <club>, <name>` too', () => {
    expect(speakers(scene('striker Garuda Muda, Wiryo Santoso'), 'ind')).toEqual(['Wiryo Santoso | striker | Garuda Muda']);
  });

  it('a lower-case word that is no position still reads no role (`rekan setim Wiryo Santoso`)', () => {
    expect(speakers(scene('rekan setim Wiryo Santoso'), 'ind')).toEqual(['Wiryo Santoso | null | null']);
  });
});

describe('speaker organisation: an organisation the article names, read as a head and a person’s name, speaks for itself', () => {
  it('`Federasi <name words> menegaskan …`: head and name together are the organisation', () => {
    const text = [
      'SURABAYA - Jadwal liga tetap berjalan meski cuaca buruk. Federasi Bola Tangan menegaskan bahwa tidak ada laga yang ditunda.',
      '"Semua pertandingan digelar sesuai rencana," tulis Federasi Bola Tangan di akun resminya.',
    ].join(' ');
    expect(speakers(text, 'ind')).toEqual(['Federasi Bola Tangan | null | Federasi Bola Tangan', 'Federasi Bola Tangan | null | Federasi Bola Tangan']);
  });

  it('a coordinating ministry whose title word was read as a role speaks for itself', () => {
    const text = 'Dalam catatan akhir tahun, Kementerian Koordinator Bidang Kelautan menyebutkan, produksi garam rakyat turun tajam.';
    expect(speakers(text, 'ind')).toEqual(['Kementerian Koordinator Bidang Kelautan | null | Kementerian Koordinator Bidang Kelautan']);
  });

  it('a body’s head word and a member’s name, never named together by the article, stay a person of that body', () => {
    const text = [
      'SEMARANG - Uang lembur bongkar muat belum dibayar sejak bulan lalu.',
      'Dihubungi terpisah, Serikat Buruh Darmaji Sulastomo mengungkapkan pengelola dermaga terus menunda pembayaran.',
      '"Kami sudah tiga kali menagih," ujar Darmaji.',
    ].join(' ');
    const lines = speakers(text, 'ind');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^Darmaji Sulastomo \| null \| Serikat/);
  });
});

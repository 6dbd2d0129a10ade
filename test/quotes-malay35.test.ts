/**
 * Malay speaker shapes of round 35 (issue 9), on invented text: every person, body and place here is made up.
 * A narrative paragraph before a person's quotes says who they are: a short name past an opener turns the story
 * to someone named before; a lower-case calling and its group before a comma leave the name after the comma.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';

/** `name | role | organisation` of each direct quote of `paragraphs` (Malay). */
const speakers = (...paragraphs: string[]) =>
  directQuotes(paragraphs.join('\n\n'), 'zlm').map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker choice: a paragraph that turns to someone named before', () => {
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

describe('speaker phrases: a lower-case calling, its group, then the name set off by a comma', () => {
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

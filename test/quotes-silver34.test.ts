/**
 * Speaker titles read on unlabelled text (issue 9, round 34): a singer's or a Malay actor's calling as the role, a board
 * inside the post, a describing title between two quotes of one person, a title whose capitalised words a demonstrative
 * closes, a name spelt with a letter doubled at its titled mention, and a rank phrase as the title of someone with no
 * post. Invented people, works, organisations and scenes.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker titles: a performer’s calling before the name', () => {
  it('speaker titles: Malay `Pelakon veteran, X` → the calling is the role of X’s later quotes', () => {
    const text = [
      'IPOH: Pelakon veteran, Rosnah Ismail kembali ke pentas teater selepas berehat lima musim.',
      '“Pentas kecil di kampung ini mengajar saya berlakon sejak berumur sembilan tahun,” kata Rosnah Ismail.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rosnah Ismail', role: 'Pelakon veteran', organisation: null });
  });

  it('speaker titles: Indonesian `Penyanyi, X` → the calling is the role', () => {
    const text = [
      'BANDUNG - Penyanyi, Wulan Prameswari menggelar konser amal di alun-alun kota akhir bulan ini.',
      '"Seluruh hasil penjualan tiket kami serahkan untuk warga yang rumahnya tertimbun longsor," kata Wulan Prameswari.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Wulan Prameswari', role: 'Penyanyi', organisation: null });
  });

  it('speaker titles: a quote of someone introduced with no calling keeps no role (near-miss)', () => {
    const text = [
      'IPOH: Rosnah Ismail kembali ke pentas teater selepas berehat lima musim.',
      '“Pentas kecil di kampung ini mengajar saya berlakon sejak berumur sembilan tahun,” kata Rosnah Ismail.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rosnah Ismail', role: null, organisation: null });
  });
});

describe('speaker titles: a title closed by a demonstrative names nobody new', () => {
  it('speaker titles: `aktor Senja Contoh itu mengakui …` then `tulisnya` → the person spoken of, not `Senja Contoh`', () => {
    const text = [
      'SURABAYA - Vokalis grup Kapal Kertas, Yoga Pratama, meminta maaf kepada pembeli tiket turnya.',
      'Lewat akun media sosialnya, aktor Senja Contoh itu mengakui jadwal syutingnya bertabrakan.',
      '"Saya harus memilih, dan film ini sudah saya sepakati sejak musim hujan lalu," tulisnya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Yoga Pratama', role: 'Vokalis' });
  });

  it('speaker titles: `aktor Dimas Wicaksono mengakui …` with no demonstrative names him (near-miss)', () => {
    const text = [
      'SURABAYA - Vokalis grup Kapal Kertas, Yoga Pratama, meminta maaf kepada pembeli tiket turnya.',
      'Lewat akun media sosialnya, aktor Dimas Wicaksono mengakui jadwal syutingnya bertabrakan.',
      '"Saya harus memilih, dan film ini sudah saya sepakati sejak musim hujan lalu," tulisnya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Dimas Wicaksono', role: 'aktor' });
  });
});

describe('speaker titles: a describing title between two quotes of one person', () => {
  const opening = [
    'Kelab Kayuhan Contoh akan menaikkan yuran keahlian tahunan mulai bulan depan.',
    '“Kos menyelenggara basikal dan trek sudah naik dua kali ganda,” kata Ahmad Zaki Halim.',
    'Zaki berkata kadar baharu itu masih rendah berbanding kelab jiran di selatan.',
  ];

  it('speaker titles: `Bendahari Kelab Kayuhan Contoh itu menjangka …` before another quote of the same speaker → that title for both', () => {
    const text = [
      ...opening,
      'Bendahari Kelab Kayuhan Contoh itu menjangka kutipan baharu cukup untuk membayar insurans peserta.',
      '“Tanpa pelarasan ini, akaun kelab akan merah menjelang musim perlumbaan,” katanya.',
    ].join('\n\n');
    for (const q of direct(text, 'zlm')) expect(q.speaker).toMatchObject({ name: 'Ahmad Zaki Halim', role: 'Bendahari', organisation: 'Kelab Kayuhan Contoh' });
  });

  it('speaker titles: the quote after the describing title is someone else’s → no title for the first speaker (near-miss)', () => {
    const text = [
      ...opening,
      'Bendahari Kelab Kayuhan Contoh itu menjangka kutipan baharu cukup untuk membayar insurans peserta.',
      '“Tanpa pelarasan ini, akaun kelab akan merah menjelang musim perlumbaan,” kata Norlela Kassim.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Zaki Halim', role: null, organisation: null });
  });
});

describe('speaker titles: a name spelt with a letter doubled at its titled mention', () => {
  it('speaker titles: `Ketua KTC Sollihin` then `kata Solihin` → the title of that mention', () => {
    const text = [
      'Jadwal lelang gabah itu diumumkan Ketua KTC Sollihin di balai desa pada Selasa pagi.',
      '"Lelangnya kami geser ke pekan depan karena gudang masih basah," kata Solihin di depan gudang.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Solihin', role: 'Ketua', organisation: 'KTC' });
  });

  it('speaker titles: a name that differs by another letter (`Rahmat`, `Rahmad`) is someone else (near-miss)', () => {
    const text = [
      'Jadwal lelang gabah itu diumumkan Ketua KTC Rahmat di balai desa pada Selasa pagi.',
      '"Lelangnya kami geser ke pekan depan karena gudang masih basah," kata Rahmad di depan gudang.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rahmad', role: null, organisation: null });
  });
});

describe('speaker titles: a board inside the post', () => {
  it('speaker titles: `Ketua Dewan Penasehat Ikatan Petani Contoh` → the board in the role, the body as the organisation', () => {
    const [q] = direct('"Harga pupuk harus ditinjau sebelum musim tanam," kata Ketua Dewan Penasehat Ikatan Petani Contoh, Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua Dewan Penasehat', organisation: 'Ikatan Petani Contoh' });
  });

  it('speaker titles: `Wakil Ketua Dewan Pembina Partai Contoh X` → the board in the role, the party as the organisation', () => {
    const [q] = direct('"Kami tetap satu barisan," kata Wakil Ketua Dewan Pembina Partai Contoh Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Wakil Ketua Dewan Pembina', organisation: 'Partai Contoh' });
  });

  it('speaker titles: `Anggota Dewan Komisioner LPC` → the board in the role, the acronym as the organisation', () => {
    const [q] = direct('"Cadangan dana kami masih longgar," kata Anggota Dewan Komisioner LPC Wulan Prameswari.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Wulan Prameswari', role: 'Anggota Dewan Komisioner', organisation: 'LPC' });
  });

  it('speaker titles: `Ketua Dewan Penasehat Himpetani, X` → the board in the role, the short form in Title Case as the organisation', () => {
    const [q] = direct('"Harga pupuk harus ditinjau sebelum musim tanam," kata Ketua Dewan Penasehat Himpetani, Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua Dewan Penasehat', organisation: 'Himpetani' });
  });

  it('speaker titles: one word after the board that is a post or a place (`Dewan Pertimbangan Gubernur`, `Dewan Pengawas Bandung`) stays the organisation (near-miss)', () => {
    const [a] = direct('"Saran kami sudah disampaikan," kata Anggota Dewan Pertimbangan Gubernur Darmawan Saputra.', 'ind');
    expect(a!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Anggota', organisation: 'Dewan Pertimbangan Gubernur' });
    const [b] = direct('"Saran kami sudah disampaikan," kata Ketua Dewan Pengawas Bandung Darmawan Saputra.', 'ind');
    expect(b!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua', organisation: 'Dewan Pengawas Bandung' });
  });

  it('speaker titles: a board written with no body after it stays the organisation (near-miss)', () => {
    const [q] = direct('"Harga pupuk harus ditinjau sebelum musim tanam," kata Ketua Dewan Pengawas, Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua', organisation: 'Dewan Pengawas' });
  });

  it('speaker titles: a board opening a known body’s own name (`Dewan Kehormatan Penyelenggara Pemilu (DKPP)`) stays the organisation (near-miss)', () => {
    const [q] = direct('"Aduan itu kami periksa pekan depan," kata Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) Darmawan Saputra.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua' });
    expect(q!.speaker!.organisation).toMatch(/^Dewan Kehormatan Penyelenggara Pemilu/u);
  });

  it('speaker titles: a board named by what it serves (`Dewan Pertimbangan Presiden`, `Dewan Pengawas Keuangan Daerah`) stays the organisation (near-miss)', () => {
    const [a] = direct('"Saran kami sudah disampaikan," kata Anggota Dewan Pertimbangan Presiden Darmawan Saputra.', 'ind');
    expect(a!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Anggota', organisation: 'Dewan Pertimbangan Presiden' });
    const [b] = direct('"Saran kami sudah disampaikan," kata Ketua Dewan Pengawas Keuangan Daerah Darmawan Saputra.', 'ind');
    expect(b!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Ketua', organisation: 'Dewan Pengawas Keuangan Daerah' });
  });
});

describe('speaker titles: a rank as the title of someone named with no post', () => {
  it('speaker titles: `Kapten Darmawan` then `kata Darmawan` → the rank is the role', () => {
    const text = ['Kapten Darmawan memimpin patroli sungai itu sejak subuh.', '"Jalur ini sudah aman untuk perahu warga," kata Darmawan.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Darmawan', role: 'Kapten', organisation: null });
  });

  it('speaker titles: a rank of two words (`Kombes Pol X`, `Police General X`) is the role whole', () => {
    const ind = ['Kombes Pol Darmawan Saputra meninjau pos jaga di perbatasan pada Kamis.', '"Semua pos sudah siaga," kata Darmawan Saputra.'].join('\n\n');
    expect(direct(ind, 'ind')[0]!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Kombes Pol', organisation: null });
    const eng = ['Police General Darmawan Saputra toured the border posts on Thursday.', '"Every post is on alert," said Darmawan Saputra.'].join('\n\n');
    expect(direct(eng, 'eng')[0]!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: 'Police General', organisation: null });
  });

  it('speaker titles: a part that only follows a rank (`Pol X`) is no role (near-miss)', () => {
    const text = ['Pol Darmawan Saputra meninjau pos jaga di perbatasan pada Kamis.', '"Semua pos sudah siaga," kata Darmawan Saputra.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Darmawan Saputra', role: null });
  });

  it('speaker titles: a post written with the rank (`Kapolres Sukamaju AKBP Darmawan`) stays the role (near-miss)', () => {
    const text = ['Kapolres Sukamaju AKBP Darmawan menutup jalur sungai itu pada Senin.', '"Arusnya masih terlalu deras," kata Darmawan.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Darmawan', role: 'Kapolres Sukamaju' });
  });

  it('speaker titles: an honorific (`Haji Darmawan`) is no role (near-miss)', () => {
    const text = ['Haji Darmawan menutup jalur sungai itu pada Senin.', '"Arusnya masih terlalu deras," kata Darmawan.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Darmawan', role: null });
  });
});

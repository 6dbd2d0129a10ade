/** Speaker titles written before the name. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { speakerLines as speakers } from '../support/speaker-lines.js';

/**
 * An adverbial clause before a name (`Ditemui wartawan, X mengatakan`) gives no title in any pass: neither to the
 * quote it introduces nor, through the title read from another mention of the whole name, to a later short-form
 * quote. Invented people, places and bodies.
 */

describe('an adverbial clause before the name gives no title to a later mention', () => {
  type Language = 'ind' | 'zlm' | 'eng';

  /** Each quote's speaker as `name | role | organisation`. */
  function speakers(paragraphs: readonly string[], language: Language): string[] {
    return parseArticle(paragraphs.join('\n\n'), { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : 'none'));
  }

  it('Indonesian `Ditemui wartawan, Name mengatakan …` then `kata Name`: no role for either quote', () => {
    const got = speakers(['SEMARANG - Harga gabah naik.', 'Ditemui wartawan, Sekar Ayuningtyas mengatakan stok gabah masih cukup.', '"Kami siap membeli," kata Sekar.'], 'ind');
    expect(got).toEqual(['Sekar Ayuningtyas | null | null', 'Sekar Ayuningtyas | null | null']);
  });

  it('Indonesian `Saat dihubungi wartawan, Name …`: the same', () => {
    const got = speakers(['SEMARANG - Harga gabah naik.', 'Saat dihubungi wartawan, Sekar Ayuningtyas mengatakan stok gabah masih cukup.', '"Kami siap membeli," kata Sekar.'], 'ind');
    expect(got).toEqual(['Sekar Ayuningtyas | null | null', 'Sekar Ayuningtyas | null | null']);
  });

  it('Malay `Ketika ditemui wartawan, Name berkata …` then `kata Name`: no role', () => {
    const got = speakers(['IPOH - Harga padi naik.', 'Ketika ditemui wartawan, Zulkifli Hamdan berkata stok padi masih mencukupi.', '"Kami bersedia membeli," kata Zulkifli.'], 'zlm');
    expect(got).toEqual(['Zulkifli Hamdan | null | null', 'Zulkifli Hamdan | null | null']);
  });

  it('English `When asked by the finance minister, Name said`: no role', () => {
    const got = speakers(['PERTH - Grain prices rose.', 'When asked by the finance minister, Colin Marsh said: "Stocks are fine."', '"We will buy more," said Colin Marsh.'], 'eng');
    expect(got).toEqual(['Colin Marsh | null | null', 'Colin Marsh | null | null']);
  });

  it('near-miss: a capitalised post with no stop word (`Wartawan senior, Name mengatakan`) keeps its role', () => {
    const got = speakers(['SEMARANG - Harga gabah naik.', 'Wartawan senior, Sekar Ayuningtyas mengatakan stok gabah masih cukup.', '"Kami siap membeli," kata Sekar.'], 'ind');
    expect(got).toEqual(['Sekar Ayuningtyas | Wartawan senior | null', 'Sekar Ayuningtyas | Wartawan senior | null']);
  });

  it('near-miss: English `As chief executive of Org, Name said` names the post (`as` links a title)', () => {
    const got = speakers(['PERTH - Grain prices rose.', 'As chief executive of Westcoast Bank, Colin Marsh said: "Stocks are fine."', '"We will buy more," said Colin Marsh.'], 'eng');
    expect(got).toEqual(['Colin Marsh | chief executive | Westcoast Bank', 'Colin Marsh | chief executive | Westcoast Bank']);
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('context title: the title phrase before the name in narrative', () => {
  it('context title: `Pengamat X dari Org Name menilai`, quoted later by first name', () => {
    const text = [
      'Pengamat politik dari Universitas Contoh Raya (UCR) Jakarta Budi Santoso menilai isu itu wajar dalam demokrasi.',
      '"Isu itu wajar saja digunakan oleh para politisi," kata Budi saat dihubungi, Rabu (18/7).',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Pengamat politik', organisation: 'Universitas Contoh Raya (UCR) Jakarta' });
  });

  it('context title: `Menurut pengamat X dari Org, Name,`', () => {
    const text = [
      'Menurut pengamat tata kota dari Institut Teknologi Contoh, Rina Wulandari, ada sejumlah faktor yang membuat proyek itu kandas.',
      '"Faktornya banyak sekali dan saling terkait," kata Rina.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'pengamat tata kota', organisation: 'Institut Teknologi Contoh' });
  });

  it('context title: English `Org lower-case title Name`, the organisation before the title', () => {
    const text = [
      'The plan was announced on Monday, and APTB chief executive officer Rina Wulandari defended it.',
      '"We must return to the international market soon," said Rina.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'chief executive officer', organisation: 'APTB' });
  });

  it('context title: the title of someone else earlier in the clause is not taken (`X and her counterpart Name`)', () => {
    const text = [
      'Contoh Foreign Minister Sinta Dewi and her Lorvanian counterpart Daniel Hartono met on Monday.',
      '"We agreed to work together on renewable energy," Hartono said.',
    ].join('\n\n');
    const sp = direct(text, 'eng')[0]!.speaker;
    expect(sp?.role ?? null).toBeNull();
    expect(sp?.organisation ?? null).toBeNull();
  });

  it('context title: a clause word is no title (`isu yang dibangkitkan Name`)', () => {
    const text = [
      'Kos sara hidup adalah isu utama yang dibangkitkan Rahim Hassan pada kempen itu.',
      '"Harga barang perlu dikawal segera," kata Rahim.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: null, organisation: null });
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

describe('speaker titles: what closes a title before the name and what is no title', () => {
  /** The direct quotes of Indonesian `text`. */
  function direct(text: string): Quote[] {
    return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
  }

  describe('speaker titles: `lainnya` closing a title before the name', () => {
    it('`dari anggota Komisi IV DPR lainnya, Name.` gives the later `kata Name` the title', () => {
      const text = [
        'Rapat dengar pendapat itu turut dihadiri anggota Komisi IV DPR lainnya, Tono Sudarmaji. Ia meminta jadwal tanam diundur.',
        '"Petani belum siap dengan benih baru," kata Tono kepada wartawan, Senin (15/9).',
      ].join('\n\n');
      expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Tono Sudarmaji', role: 'anggota', organisation: 'Komisi IV DPR' });
    });

    it('near miss: `lainnya` inside a clause before the name is no title (`Ketua RT dan warga lainnya mendatangi Name`)', () => {
      const text = [
        'Ketua RT dan warga lainnya mendatangi rumah Tono Sudarmaji. Ia meminta jadwal tanam diundur.',
        '"Aturan itu harus dicabut," kata Tono kepada wartawan, Senin (15/9).',
      ].join('\n\n');
      expect(direct(text)[0]!.speaker?.role ?? null).toBeNull();
    });
  });

  describe('speaker titles: an adverbial clause before the name is no title', () => {
    it('`Ditemui wartawan, Name mengatakan` keeps the title the article gave before, not `wartawan`', () => {
      const text = 'Wakil Bupati Sukamaju Danang Wicaksono meminta warga waspada banjir. Ditemui wartawan, Danang mengatakan, "Sungai harus dibersihkan setiap pekan."';
      expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Danang Wicaksono', role: 'Wakil Bupati Sukamaju' });
    });

    it('`Dihubungi wartawan, Name mengatakan` with no title given anywhere: none', () => {
      const text = 'Danang Wicaksono meminta warga waspada banjir. Dihubungi wartawan, Danang mengatakan, "Sungai harus dibersihkan setiap pekan."';
      expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Danang Wicaksono', role: null });
    });

    it('near miss: a title segment before the name still counts (`Pengamat politik, Name mengatakan`)', () => {
      const text = 'Isu itu ramai dibahas. Pengamat politik, Danang Wicaksono mengatakan, "Isu itu wajar dalam demokrasi."';
      expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Danang Wicaksono', role: 'Pengamat politik' });
    });
  });
});

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

describe('speaker fresh: a qualifying word before a title', () => {
  it('speaker fresh: `Wakil Kapolresta X` implies `Polresta X`', () => {
    const text = '“Kami terus berpatroli setiap malam,” kata Wakil Kapolresta Contoh, AKBP Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Wakil Kapolresta Contoh', organisation: 'Polresta Contoh' });
  });

  it('speaker fresh: a capitalised `Mantan` opening a sentence is part of the role, not an organisation', () => {
    const text = 'Mantan Menteri Perdagangan Rina Wulandari mengatakan, harga naik.\n\n“Harga naik terus sejak awal tahun,” ujar Rina.';
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name).toBe('Rina Wulandari');
    expect(speaker?.role).toBe('Mantan Menteri Perdagangan');
    expect(speaker?.organisation).not.toBe('Mantan');
  });

  it('speaker fresh: Malay `Bekas Menteri X` keeps `Bekas` in the role', () => {
    const text = 'Bekas Menteri Kewangan Datuk Rahim Hassan berkata, harga naik.\n\n“Harga naik setiap bulan,” katanya.';
    const speaker = direct(text, 'zlm')[0]!.speaker;
    expect(speaker?.role).toBe('Bekas Menteri Kewangan');
    expect(speaker?.organisation).not.toBe('Bekas');
  });
});

describe('speaker fresh: a possessive title before the name', () => {
  it('speaker fresh: Malay `Ketuanya, X berkata` gives the role `Ketua`', () => {
    const text =
      'Pemuda Parti Contoh menyifatkan keputusan itu silap.\n\nKetuanya, Ahmad Faizal Ramli berkata, serangan itu semakin menjadi.\n\n' +
      '“Kami tidak akan berdiam diri,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Ketua' });
  });

  it('speaker fresh: Indonesian `Ketuanya, X mengatakan` gives the role `Ketua`', () => {
    const text = 'Aliansi Petani Tangguh Bersatu menolak rencana itu.\n\nKetuanya, Rina Wulandari mengatakan, rencana itu merugikan petani.\n\n“Kami menolak,” kata Rina.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Ketua' });
  });
});

describe('speaker parts: a word that qualifies the post opens the role', () => {
  it('speaker parts: Malay `Pemangku Ketua Pegawai Eksekutif Kumpulan, X` is one role, no organisation', () => {
    const text =
      'Pemangku Ketua Pegawai Eksekutif Kumpulan, Datuk Kamal Osman berkata, cawangan baharu akan dibuka di Sabah.\n\n' +
      '“Kos perniagaan meningkat sepanjang tahun ini,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Kamal Osman', role: 'Pemangku Ketua Pegawai Eksekutif Kumpulan', organisation: null });
  });

  it('speaker parts: Indonesian `Plt Kepala Dinas Contoh X` keeps Plt in the role', () => {
    const text = '“Stok beras aman sampai akhir tahun,” kata Plt Kepala Dinas Pangan Kota Contoh Hendra Wijaya.';
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name).toBe('Hendra Wijaya');
    expect(speaker?.role?.startsWith('Plt')).toBe(true);
  });

  it('speaker parts: English `Acting Director X` keeps Acting in the role', () => {
    const text = '“We will publish the figures next week,” said Acting Director Laura Benson.';
    const speaker = direct(text, 'eng')[0]!.speaker;
    expect(speaker).toMatchObject({ name: 'Laura Benson', organisation: null });
    expect(speaker?.role).toContain('Acting');
  });
});

describe('speaker parts: an indefinite description before the name is the role', () => {
  it('speaker parts: Malay `Seorang ibu muda, X, 26, berbangga …` then `katanya`', () => {
    const text =
      'KUANTAN: Sebuah taman permainan baharu dibuka di tepi tasik bandar ini semalam.\n\n' +
      'Seorang ibu muda, Salmah Idris, 26, gembira kerana anak-anaknya kini ada tempat bermain yang teduh.\n\n' +
      '“Dulu kami terpaksa memandu jauh ke pusat bandar setiap hujung minggu,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Salmah Idris', role: 'ibu muda' });
  });

  it('speaker parts: Indonesian `Seorang pedagang sayur, X, 45, mengeluhkan …` then `katanya`', () => {
    const text =
      'JAKARTA - Harga cabai di pasar tradisional naik tajam pekan ini.\n\n' +
      'Seorang pedagang sayur, Rina Wulandari, 45, mengeluhkan sepinya pembeli sejak awal bulan.\n\n' +
      '“Pembeli sekarang hanya separuh dari biasanya,” katanya.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'pedagang sayur' });
  });

  it('speaker parts: English `One vegetable trader, X, 45, complained …` then `she said`', () => {
    const text =
      'Prices of chillies rose sharply this week.\n\n' +
      'One vegetable trader, Rina Wulandari, 45, complained about the lack of buyers.\n\n' +
      '“Buyers are half of what they used to be,” she said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'vegetable trader' });
  });

  it('speaker parts: a description inside a clause is left alone', () => {
    const text =
      'JAKARTA - Polisi menangkap dua orang yang diduga mencuri kabel.\n\n' +
      'Polisi memeriksa seorang saksi, Hendra Wijaya, 30, yang melihat kejadian itu.\n\n' +
      '“Kami masih mendalami keterangannya,” kata Kapolsek Contoh AKP Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso' });
  });
});

/** The quotes of `text` of one kind, read in `language`. */
function quotes(text: string, language: SupportedLanguage, kind: Quote['kind'] = 'direct'): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === kind);
}

describe('speaker titles: field, company and rank words before a name belong to the title', () => {
  it('`Analis Cahaya Prima Futures Wiratmoko`, the article later writing `Wiratmoko` alone', () => {
    const text = [
      'Analis Cahaya Prima Futures Wiratmoko memperkirakan harga kopi robusta naik menjelang akhir bulan.',
      '"Musim hujan yang panjang menahan panen di banyak kebun," kata Wiratmoko kepada wartawan, Selasa (14/5).',
    ].join('\n\n');
    expect(quotes(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Wiratmoko', organisation: 'Cahaya Prima Futures' });
  });

  it('a ministry field after `dan` stays out of the name (`Menteri Komunikasi dan Informatika X`)', () => {
    const text = [
      'Menteri Komunikasi dan Informatika Sulistyo meminta stasiun radio daerah menyiarkan ulang sandiwara berbahasa lokal.',
      '"Banyak pendengar tua yang rindu cerita-cerita itu," ujarnya di Kupang, Jumat (12/4/2024).',
    ].join('\n\n');
    expect(quotes(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Sulistyo', role: 'Menteri Komunikasi dan Informatika' });
  });

  it('`kata Kasi Intel` is the Kasi Intel named before, not someone called `Intel`', () => {
    const text = [
      'Kasi Intel Kejari Pantai Indah, Gilang Ramadhan, membuka kelas hukum bagi pelajar di aula sebuah SMA.',
      '"Kami ingin pelajar tahu bahwa menyebar foto teman tanpa izin bisa berujung pidana," ujar Kasi Intel seusai kelas, Selasa (4/2/2025).',
    ].join('\n\n');
    expect(quotes(text, 'ind')[0]!.speaker?.name).toBe('Gilang Ramadhan');
  });

  it('Malay rank spelt `Superintenden` stays out of the name', () => {
    const text = [
      'Ketua Polis Daerah Tanjung Seri, Superintenden Kamarul Hisham Zakaria berkata, dua ekor kerbau yang hilang dari sebuah dusun ditemui semula pagi tadi.',
      '“Pemiliknya sudah kami hubungi supaya datang mengambil haiwan itu di balai,” katanya ketika dihubungi.',
    ].join('\n\n');
    expect(quotes(text, 'zlm')[0]!.speaker?.name).toBe('Kamarul Hisham Zakaria');
  });
});

describe('speaker role: callings named before the place they are held at', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string) {
    return parseArticle(text, { language: 'ind' }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  it('`Pengajar <faculty>` is a post and the faculty its organisation', () => {
    const text = [
      'Pengajar Fakultas Teknik Universitas Lembah Hijau, Wirda Halim, menilai jembatan gantung di desa itu perlu diperiksa ulang.',
      '"Kabel penahannya sudah berkarat di beberapa titik," ujar Wirda.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Wirda Halim | Pengajar | Fakultas Teknik Universitas Lembah Hijau']);
  });

  it('`Pengelola <place>` is a post and the place it runs its organisation', () => {
    const text = [
      'Pengelola Taman Air Tirta Wening Rudi Santika memperkirakan pengunjung naik dua kali lipat saat libur sekolah.',
      '"Kolam anak kami buka lagi mulai pekan depan," kata Rudi.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | Pengelola | Taman Air Tirta Wening']);
  });

  it('`Kriminolog` before a name is a calling, like the other `-olog` words', () => {
    const text = [
      'Kriminolog Sari Prameswari melihat pola yang sama pada tiga kasus pencurian kabel bulan ini.',
      '"Pelakunya tahu jadwal petugas jaga," tutur Sari.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Sari Prameswari | Kriminolog | null']);
  });
});

/** Speakers: subjects that are nobody (pronouns, adverbs, openers, objects, places). */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

/** The quotes of an Indonesian `text`. */
function quotes(text: string): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes;
}

describe('speaker subjects: a country or a place alone as a subject speaks no later quote', () => {
  it('`<title> <body> <name>, yang juga <post>, <country>, <verb>` never gives a later quote to the country', () => {
    const text =
      'Kapal asing tak boleh lagi menjaring di teluk itu.\n\nDirektur LAUTARA Gandi Wirasena, yang juga Menteri Kelautan, Meksiko, menjelaskan larangan itu pada Kamis.\n\n“Kuota tangkapan tahun ini kami potong separuh,” ujarnya.';
    const q = quotes(text).find((x) => x.kind === 'direct')!;
    expect(q.speaker?.name ?? null).not.toBe('Meksiko');
  });

  // Known gap: after a one-word country in this shape the person named before is not yet found again (no speaker).
  it.todo('speaker choice27: `<title> <body> <name>, yang juga <post>, <one-word country>, <verb>` gives `ujarnya` to the person named before');

  it('`<country> menuding …` before `ujarnya` gives the quote to the person who spoke before', () => {
    const text =
      'Ketua GAPRI Sinta Larasmaya mengatakan ekspor rotan tumbuh.\n\nNamun, Jepang menuding produk rotan itu disubsidi.\n\n“Harga kami tetap bersaing di pasar dunia,” ujarnya.';
    const q = quotes(text).find((x) => x.kind === 'direct')!;
    expect(q.speaker?.name).toBe('Sinta Larasmaya');
  });

  it('must not fire on a body named after a country (`Kedutaan Besar Jepang menyatakan`)', () => {
    const text =
      'Ketua GAPRI Sinta Larasmaya mengatakan ekspor rotan tumbuh.\n\nNamun, Kedutaan Besar Jepang menyatakan produk rotan itu disubsidi.\n\n“Kami sudah memeriksa harga di pasar dunia,” ujarnya.';
    expect(quotes(text).find((x) => x.kind === 'direct')!.speaker?.name).toBe('Kedutaan Besar Jepang');
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker fresh: a speech verb opening a sentence is no speaker', () => {
  it('speaker fresh: Malay `Katanya, pihaknya berharap …` names nobody', () => {
    const text = 'Katanya, pihaknya berharap polis bertindak segera.\n\n“Kita juga berharap peniaga tidak mengambil kesempatan,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker?.name ?? null).not.toBe('Katanya');
  });

  it('speaker fresh: Indonesian `Ujarnya, …` names nobody', () => {
    const text = 'Ujarnya, pihaknya berharap polisi bertindak.\n\n“Kami berharap pedagang tidak menaikkan harga,” ujarnya.';
    expect(direct(text, 'ind')[0]!.speaker?.name ?? null).not.toBe('Ujarnya');
  });
});

describe('speaker parts: a first-person subject is the writer, never a name or the last person named', () => {
  it('speaker parts: Malay statement `saya menyebut "…"` gets no speaker, not the person named before', () => {
    const text =
      'Saya ingin menjelaskan satu laporan yang menyebut nama Ahmad Faizal Ramli, Pengerusi Gabungan Pertubuhan Nelayan Tangguh.\n\n' +
      'Jabatan akan menyemak semua permohonan yang tertangguh. Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.';
    const quote = direct(text, 'zlm')[0]!;
    expect(quote.text).toContain('untuk sementara');
    expect(quote.speaker).toBeNull();
  });

  it('speaker parts: Indonesian `Saya mengatakan, "…"` gets no speaker named Saya', () => {
    const text = 'Saya hadir dalam rapat itu bersama Rina Wulandari.\n\nSaya mengatakan, “Kami tidak akan mundur dari rencana ini.”';
    const speakers = direct(text, 'ind').map((q) => q.speaker?.name ?? null);
    expect(speakers).not.toContain('Saya');
    expect(speakers).not.toContain('Rina Wulandari');
  });
});

describe('speaker subjects: sentence openers, back-pointing subjects and plural pronouns', () => {
  /** The quotes of `text` of one kind, read in `language`. */
  function quotes(text: string, language: SupportedLanguage, kind: Quote['kind'] = 'direct'): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === kind);
  }

  describe('speaker subjects: sentence openers and back-pointing subjects are nobody new', () => {
    it('a later ordinal opening an enumerated sentence (`Keenam, suporter mendesak …`) is no speaker', () => {
      const text = [
        'Koordinator Paguyuban Suporter Elang Bukit Yoga Pratama membacakan tujuh permintaan kepada pengurus klub di halaman stadion.',
        '"Pertama, harga tiket tribun jangan naik lagi musim depan," ujar Yoga.',
        'Keenam, suporter mendesak klub memperbaiki lampu tribun timur yang sering padam.',
        '"Tujuh, beri kami tempat berlatih koreografi sebelum laga kandang," ujarnya.',
      ].join('\n\n');
      expect(quotes(text, 'ind')[1]!.speaker?.name).toBe('Yoga Pratama');
    });

    it('`Terakhir, X menjelaskan …` is X speaking, not someone named `Terakhir`', () => {
      const text = [
        'Kepala Sekolah Contoh Sari Anggraini membeberkan tiga perubahan ujian akhir semester kepada para wali murid.',
        'Terakhir, Sari menjelaskan soal ujian praktik kimia, yang semester ini digelar bergiliran di laboratorium lantai dua.',
        '"Siswa cukup membawa jas lab dan alat tulis, bahan lainnya disiapkan guru," jelasnya.',
      ].join('\n\n');
      expect(quotes(text, 'ind', 'indirect')[0]!.speaker?.name).toBe('Sari Anggraini');
      expect(quotes(text, 'ind')[0]!.speaker?.name).toBe('Sari Anggraini');
    });

    it('`Dirinya menambahkan, …` points back to the person just named', () => {
      const text = [
        'Pelatih paduan suara Gita Nada, Maria Siregar, memastikan tiga puluh penyanyinya siap tampil di lomba tingkat provinsi.',
        'Dirinya menambahkan, latihan vokal kini digelar tiap sore di aula gereja sampai hari lomba.',
      ].join('\n\n');
      expect(quotes(text, 'ind', 'indirect')[0]!.speaker?.name).toBe('Maria Siregar');
    });
  });

  describe('speaker subjects: a plural pronoun after a quote is a group, no one person', () => {
    it('Indonesian `“…,” kata mereka` is not the person quoted before', () => {
      const text = [
        'Ketua Sanggar Tari Contoh Yohanes Manurung mengantar dua belas penarinya ke bandara sebelum festival di Osaka. "Mereka sudah berlatih sejak Januari," kata Yohanes.',
        'Para penari cilik itu melambai ke arah keluarga mereka dari balik kaca. "Sampai jumpa dua minggu lagi," kata mereka.',
      ].join('\n\n');
      expect(quotes(text, 'ind')[1]!.speaker).toBeNull();
    });

    it('`teriak` attributes a quote, here a group’s (`teriak mereka`)', () => {
      const text = [
        'Kapten Persatuan Sepak Bola Contoh Andika Putra turun paling dulu dari bus tim. "Terima kasih sudah setia menunggu," kata Andika.',
        'Ribuan penonton memadati alun-alun sejak sore untuk menyambut rombongan tim. "Juara! Juara!" teriak mereka.',
      ].join('\n\n');
      expect(quotes(text, 'ind')[1]!.speaker).toBeNull();
    });

    it('English `“…,” they said` is not the person quoted before', () => {
      const text = [
        'Choir director Maria Siregar stepped onto the stage before the final round. "We rehearsed every evening for this," Maria said.',
        'Parents of the young singers had filled the front rows an hour early. "We have never heard them sing so well," they said.',
      ].join('\n\n');
      expect(quotes(text, 'eng')[1]!.speaker).toBeNull();
    });
  });
});

describe('speaker subjects: a capitalised sentence opener before a lower-case role is no organisation', () => {
  it('English `Freelance journalist X said` gives no organisation `Freelance`', () => {
    const text = 'The ruling drew criticism from art groups.\n\nFreelance journalist Rina Wulandari said, “We will keep drawing what we see.”';
    const speaker = direct(text, 'eng')[0]!.speaker;
    expect(speaker?.name).toBe('Rina Wulandari');
    expect(speaker?.organisation ?? null).toBeNull();
  });

  it('a company written often keeps its organisation (`Contohtama official X`)', () => {
    const text = 'Contohtama raised fuel prices on Monday.\n\nContohtama official Budi Santoso said, “The new prices follow the market.”';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'Contohtama' });
  });
});

describe('speaker subjects: a pronoun is never a person', () => {
  it('`Dia menegaskan tidak menanggapi …` then `ujarnya` is the person named before, not `Dia`', () => {
    const text = [
      '"Rapat koperasi tadi berlangsung tertib," kata Rina Wulandari di balai desa, Senin (3/2/2025).',
      'Seusai rapat, Rina membagikan laporan keuangan tahunan. Dia menegaskan tidak menanggapi kabar soal pinjaman macet.',
      '"Semua anggota bisa memeriksa pembukuan kami kapan saja," ujarnya.',
    ].join('\n\n');
    for (const q of direct(text, 'ind')) expect(q.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker subjects: a word and a demonstrative opening a sentence is no person', () => {
  it('`Upaya ini juga … memastikan …` leaves the next `lanjutnya` to the person before', () => {
    const text = [
      '"Tarif angkutan tidak naik tahun ini," kata Kepala Dinas Perhubungan Kota Contoh, Rina Wulandari.',
      'Dia menambahkan, subsidi bus kota tetap berjalan. Upaya ini juga untuk memastikan warga tetap mampu bepergian.',
      '"Armada baru tiba pada bulan Juni," lanjutnya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker subjects: adverbs, objects, clauses and leftovers that report nobody', () => {
  function quotes(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes;
  }

  describe('speaker subjects: a sentence-opening adverb is no speaker', () => {
    it('Indonesian `Terpisah, Sekretaris Jenderal … Budi Santosa menekankan bahwa …` is Budi, not `Terpisah`', () => {
      const text = [
        '"Harga gabah turun lagi," kata Rina Wulandari di Sukamaju, Senin (3/2/2025).',
        'Terpisah, Sekretaris Jenderal Kementerian Pertanian Budi Santosa menekankan bahwa harga pupuk masih terlalu tinggi bagi petani.',
      ].join('\n\n');
      const reported = quotes(text, 'ind').filter((q) => q.kind === 'indirect');
      expect(reported.map((q) => q.speaker?.name)).toEqual(['Budi Santosa']);
    });

    it('Malay `Semalam, Rina berkata …` is Rina, named before, not `Semalam`', () => {
      const text = [
        'Menteri Belia Datuk Rina Wulandari berkata kerajaan akan membantu para petani di kawasan itu.',
        '“Kami akan menyediakan dana tambahan untuk mereka,” katanya.',
        'Semalam, Rina berkata pihaknya akan memantau keadaan di lapangan dengan teliti.',
      ].join('\n\n');
      const last = quotes(text, 'zlm').at(-1)!;
      expect(last.text).toMatch(/^pihaknya akan memantau/);
      expect(last.speaker?.name).toBe('Rina Wulandari');
    });

    it('Malay `Terdahulu Rina berkata, …` without a comma after the adverb still reports Rina', () => {
      const text = [
        'Menteri Belia Datuk Rina Wulandari berkata kerajaan akan membantu para petani di kawasan itu.',
        'Terdahulu Rina berkata, semua pihak perlu bekerjasama untuk menyelesaikan isu itu.',
      ].join('\n\n');
      const last = quotes(text, 'zlm').at(-1)!;
      expect(last.text).toMatch(/^semua pihak perlu/);
      expect(last.speaker?.name).toBe('Rina Wulandari');
    });
  });

  describe('speaker subjects: `berkata demikian` reports nothing new', () => {
    it('Malay `Beliau berkata demikian ketika …` is no indirect quote', () => {
      const text = [
        '“Kami akan menyediakan dana tambahan untuk petani,” kata Menteri Belia Datuk Rina Wulandari.',
        'Beliau berkata demikian ketika ditemui pemberita selepas majlis perasmian itu di sini hari ini.',
      ].join('\n\n');
      expect(quotes(text, 'zlm').filter((q) => q.kind === 'indirect')).toEqual([]);
    });
  });

  describe('speaker subjects: a name after a preposition is an object', () => {
    it('`berjumpa dengan Budi` does not make Budi the speaker of the next paragraph', () => {
      const text = [
        'Timbalan Pengarah Lembaga Contoh Sejahtera Tan Sri Budi Santosa dipilih mengetuai pasukan petugas banjir negeri itu minggu lalu.',
        'Ketua Menteri Datuk Rina Wulandari berkata, beliau telah berjumpa dengan Budi di pejabatnya untuk meneliti pelan pemindahan mangsa banjir.',
        '“Pengalamannya menguruskan bencana memang sukar dicari ganti.',
        '“Sebab itu saya yakin pasukan petugas ini berada di tangan yang baik,” katanya.',
      ].join('\n\n');
      const said = quotes(text, 'zlm').filter((q) => q.kind === 'direct');
      expect(said.map((q) => q.speaker?.name)).toEqual(['Rina Wulandari', 'Rina Wulandari']);
    });
  });

  describe('speaker subjects: a subordinate clause before its subject reports nothing', () => {
    it('`Walau Pemerintah Provinsi … menegaskan bahwa …` leaves the next `katanya` to the person named before', () => {
      const text = [
        'Di tempat lain, Lurah Contohsari, Rina Wulandari menyampaikan akan menggelar lagi kerja bakti di sepanjang bantaran kali. Walau Pemerintah Provinsi Kalimantan Contoh menegaskan bahwa mereka terus menambah armada truk sampah, warga tetap diminta tidak membuang sampah ke sungai. "Kami juga akan mengajak karang taruna turun membersihkan selokan," katanya.',
      ].join('\n\n');
      const said = quotes(text, 'ind').filter((q) => q.kind === 'direct');
      expect(said.map((q) => q.speaker?.name)).toEqual(['Rina Wulandari']);
    });
  });

  describe('speaker subjects: no guess from a one-word leftover of a place', () => {
    it('`Taman Contoh West` cut to `West` is nobody a later `katanya` can fall back on', () => {
      const text = [
        'GANGGUAN bekalan air di deretan rumah kedai berhampiran Taman Contoh West sejak awal pagi disebabkan oleh paip utama yang pecah.',
        'Jurucakap syarikat bekalan air negeri itu berkata, kerja membaiki paip tersebut dijangka siap sebelum tengah malam.',
        '“Gangguan ini tidak terhad kepada Taman Contoh West sahaja, malah turut dirasai oleh penduduk kawasan sekitarnya,” katanya.',
      ].join('\n\n');
      const said = quotes(text, 'zlm').filter((q) => q.kind === 'direct');
      expect(said[0]!.speaker?.name).not.toBe('West');
    });
  });
});

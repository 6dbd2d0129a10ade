/** Speaker organisation: an organisation speaking and the voice it speaks through. */
import { describe, expect, it } from 'vitest';
import { speakerLines as speakers } from '../support/speaker-lines.js';
import { parseArticle } from '../../src/index.js';

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

describe('speaker organisation: an organisation the article names, read as the speaker, speaks for itself', () => {
  it('speaker organisation: `Contohnet said` after `PT Contohnet Indonesia (Contohnet)` gives the organisation, and the name, as the article names it', () => {
    const text = [
      'The stock exchange said it was monitoring PT Contohnet Indonesia (Contohnet) after the probe.',
      '"We have appointed a new compliance officer," Contohnet said in a statement.',
    ].join('\n\n');
    expect(speakers(text, 'eng')).toEqual(['PT Contohnet Indonesia | null | PT Contohnet Indonesia']);
  });
});

describe('speaker voices and organisation: `-nya` after a body named earlier, and a body read from the title', () => {
  /** The direct quotes' speakers, in order. */
  function speakers(text: string) {
    return parseArticle(text, { language: 'ind' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker);
  }

  describe('speaker voices: `-nya` after a body named in an earlier paragraph’s narrative is the person quoted before', () => {
    it('voices: `Ia menjelaskan, … Asosiasi … (APPN) menyampaikan …` then `"…," ucapnya` → the chairman quoted just before', () => {
      const text = [
        'KENDARI - Gabungan Koperasi Nelayan Sulawesi (GKNS) mencatat ratusan perahu tak melaut sepanjang bulan ini.',
        '"Data kami himpun dari tiap koperasi setiap dua minggu," tutur Ketua GKNS, Hendra Lamangga, di Kendari, Selasa (11/2).',
        'Ia menjelaskan, nelayan bagan melaporkan kerugian terbesar. Kemudian Asosiasi Pembuat Perahu Nusantara (APPN) menyampaikan 300 perahu rusak diterjang ombak.',
        '"Perbaikannya butuh waktu paling cepat sebulan," ucapnya.',
      ].join('\n\n');
      expect(speakers(text)[1]).toMatchObject({ name: 'Hendra Lamangga', organisation: 'Gabungan Koperasi Nelayan Sulawesi' });
    });

    it('voices: `imbuh dia` after the body’s decision in the narrative → its member quoted just before', () => {
      const text = [
        'BANDUNG - Badan Akreditasi Sekolah Nusantara (BASN) meluluskan 40 sekolah dalam penilaian tahun ini.',
        '"Empat puluh sekolah memenuhi semua standar," ucap anggota BASN Lestari Wulandari di sela rapat pleno, Jumat (14/11).',
        'Di sisi lain, BASN meminta enam sekolah membenahi perpustakaannya.',
        '"Enam sekolah itu kami beri waktu tiga bulan," imbuh dia.',
      ].join('\n\n');
      expect(speakers(text)[1]).toMatchObject({ name: 'Lestari Wulandari', organisation: 'Badan Akreditasi Sekolah Nusantara' });
    });

    it('voices (near miss): a person of another body, who did not name it in their report, leaves the body its quote', () => {
      const text = [
        'Harga cabai di pasar-pasar Kota Sungai Tenang melonjak sejak awal bulan.',
        '"Pembeli sekarang cuma ambil seperempat kilo," kata Wati Lubis, pedagang cabai di Pasar Lama, Rabu (9/7).',
        'Sementara itu, Bank Nusa Daerah menyatakan pihaknya memantau pergerakan harga pangan di kota itu.',
        '"Kami terus memantau dan siap menyalurkan kredit untuk petani," ujarnya.',
      ].join('\n\n');
      expect(speakers(text)[1]?.name).toBe('Bank Nusa Daerah');
    });

    it('voices (near miss): a body quoted in its own name keeps the quotes its pronoun points to', () => {
      const text = [
        'TANJUNG BATU - Hujan deras merendam empat kecamatan sejak Minggu malam.',
        '"Kami sudah membuka dapur umum di balai desa," kata Camat Tanjung Batu Yosef Mananta.',
        'Ia menjelaskan, sebagian warga mengungsi ke rumah kerabat. "Dua jembatan ditutup sementara untuk pemeriksaan," tulis Dinas Pemadam Kebakaran Tanjung Batu dalam akun Instagram resminya.',
        '"Warga diminta menjauhi bantaran sungai," tambahnya.',
      ].join('\n\n');
      expect(speakers(text)[2]?.name).toBe('Dinas Pemadam Kebakaran Tanjung Batu');
    });

    it('voices (near miss): a body speaking in the quote’s own paragraph keeps the quote', () => {
      const text = [
        'Harga bawang merah di Lumbung Jaya turun separuh dalam sepekan.',
        '"Tengkulak hanya mau beli di bawah harga modal," kata Sari Nainggolan, petani bawang di Desa Lumbung, Kamis (2/10).',
        'Ia menjelaskan, petani sudah mengadu ke kantor desa. Sementara itu, Bank Nusa Daerah menyatakan pihaknya menunda cicilan petani. "Penundaan berlaku sampai panen berikutnya," ujarnya.',
      ].join('\n\n');
      expect(speakers(text)[1]?.name).toBe('Bank Nusa Daerah');
    });
  });

  describe('speaker organisation: a body read from the title is given as the article writes it', () => {
    it('organisation: `Menteri Keuangan` in an article that writes only `Kemenkeu` → `Kemenkeu`', () => {
      const text = [
        'JAKARTA - Kemenkeu menyiapkan anggaran tambahan untuk bantuan pangan tahun depan.',
        '"Kami siapkan Rp 10 triliun untuk tiga bulan pertama," kata Menteri Keuangan Rudi Hartawan di Jakarta, Senin (6/1).',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Rudi Hartawan', role: 'Menteri Keuangan', organisation: 'Kemenkeu' });
    });

    it('organisation (near miss): the full name written in the article stays the organisation', () => {
      const text = [
        'JAKARTA - Kementerian Keuangan (Kemenkeu) menyiapkan anggaran tambahan untuk bantuan pangan tahun depan.',
        '"Kami siapkan Rp 10 triliun untuk tiga bulan pertama," kata Menteri Keuangan Rudi Hartawan di Jakarta, Senin (6/1).',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Rudi Hartawan', organisation: 'Kementerian Keuangan' });
    });
  });
});

describe('speaker voices and names: an organisation speaking and its spokesperson', () => {
  /** The direct quotes' speakers, in order. */
  function speakers(text: string) {
    return parseArticle(text, { language: 'ind' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker);
  }

  describe('speaker voices: `-nya` after an organisation’s reported speech is its spokesperson’s', () => {
    it('voices: `FWPS pun menilai …` then `"…," pungkasnya` → the FWPS official quoted before', () => {
      const text = [
        'GARUT - Forum Warga Peduli Situ (FWPS) mendesak pemerintah kabupaten menertibkan keramba di Situ Cibeureum Hilir.',
        '"Airnya sudah hijau dan berbau setiap kemarau," kata Koordinator Lapangan FWPS Handayani Prameswari di Garut, Kamis (6/3/2025).',
        'FWPS pun menilai pemilik keramba perlu diberi lahan pengganti sebelum ditertibkan.',
        '"Kalau tidak, mereka akan kembali lagi bulan depan," pungkasnya.',
      ].join('\n\n');
      expect(speakers(text)[1]).toMatchObject({ name: 'Handayani Prameswari', role: 'Koordinator Lapangan' });
    });

    it('voices (near miss): a person of another body spoke before: the organisation keeps the quote', () => {
      const text = [
        'JAKARTA - Ketua Koperasi Tani Makmur Budi Harsono mengeluhkan harga pupuk yang terus naik.',
        '"Kami rugi besar musim ini," kata Budi di Jakarta, Selasa (4/2/2025).',
        'Lembaga Pemantau Anggaran (LPA) menilai subsidi pupuk selama ini salah sasaran.',
        '"Data penerima harus diperbaiki lebih dulu," ujarnya.',
      ].join('\n\n');
      expect(speakers(text)[1]).toMatchObject({ organisation: 'Lembaga Pemantau Anggaran' });
      expect(speakers(text)[1]?.name).not.toBe('Budi Harsono');
    });
  });

  describe('speaker names: an organisation speaking is named as the article names it', () => {
    it('organisation speaker: `tulis BRS` → the name the article gives the bank, as its organisation', () => {
      const text = [
        'JAKARTA - PT Bank Rakyat Sentosa (Persero) Tbk atau BRS mencatat kenaikan transaksi kartu debit sepanjang kuartal ketiga.',
        '"Jumlah transaksi di mesin kasir naik 18 persen dibandingkan tahun lalu," tulis BRS dalam keterangan resmi, Rabu (5/2/2025).',
      ].join('\n\n');
      const sp = speakers(text)[0];
      expect(sp?.name).toBe(sp?.organisation);
      expect(sp?.name).toMatch(/^PT Bank Rakyat Sentosa/);
    });

    it('organisation speaker: `kata Asosiasi … (AIKN)` → the name without its short form in brackets', () => {
      const text = [
        'JAKARTA - Asosiasi Industri Kertas Nusantara (AIKN) meminta pemerintah menahan impor kertas jadi.',
        '"Tantangan tahun depan berat karena pasar dibanjiri kertas murah," kata Asosiasi Industri Kertas Nusantara (AIKN) dalam keterangan tertulis, Rabu (5/2/2025).',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Asosiasi Industri Kertas Nusantara', organisation: 'Asosiasi Industri Kertas Nusantara' });
    });

    it('organisation speaker (near miss): a person quoted for a body keeps their own name', () => {
      const text = [
        'JAKARTA - Lembaga Kajian Pangan Nusantara (LKPN) menilai harga beras masih akan naik.',
        '"Stok di gudang menipis menjelang musim tanam," kata peneliti LKPN Rina Wulandari, Rabu (5/2/2025).',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Rina Wulandari', organisation: 'Lembaga Kajian Pangan Nusantara' });
    });
  });
});

/** Speaker organisation: companies, legal forms and English names in Indonesian text. */
import { describe, expect, it } from 'vitest';
import { speakerLines as speakers, speakerLines, directQuotes } from '../support/speaker-lines.js';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

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

describe('quotes: an English-order company post with no body named', () => {
  const opening =
    'AMBON - PT Sembada Larasindah membuka dua gudang pendingin baru untuk sagu dan ikan asap. ' +
    'Sembada Larasindah kini memasok toko swalayan di lima kabupaten.\n\n';
  const said = (post: string) => `Kiriman pertama berangkat pekan ini, ${post} Kinanthi Wirasena memastikan. “Stok aman sampai akhir tahun,” tuturnya.`;

  it('holds a capitalised post closed by an English head noun at the company the article is about', () => {
    expect(speakerLines(`${opening}${said('Regional Sales Manager')}`, 'ind')).toEqual([
      'Kinanthi Wirasena | Regional Sales Manager | PT Sembada Larasindah',
    ]);
  });

  it('gives no body when the article is about no company, or when the post is a lower-case description', () => {
    const agency =
      'AMBON - Dinas Perikanan Maluku membuka dua gudang pendingin baru untuk ikan asap. ' +
      'Dinas Perikanan Maluku kini mendata nelayan di lima kabupaten.\n\n';
    expect(speakerLines(`${agency}${said('Regional Sales Manager')}`, 'ind')).toEqual(['Kinanthi Wirasena | Regional Sales Manager | null']);
    expect(speakerLines(`${opening}${said('manajer gudang sewaan')}`, 'ind')).toEqual(['Kinanthi Wirasena | manajer gudang sewaan | null']);
  });
});

const quotes = (text: string) => directQuotes(text);

describe('speaker organisation: the words after a legal form opening a company name are the company, not a person', () => {
  it('a title of `PT <words>` named in passing is nobody a later `katanya` quotes', () => {
    const text =
      'Penyidik sudah memeriksa Direktur PT Sarimbit Tirtalaras Abadi pekan lalu.\n\nMantan bendahara dinas, Wirasti Pradnyawati, mengaku tak pernah ikut memilih PT Sarimbit Tirtalaras Abadi sebagai pemasok pompa.\n\n“Saya hanya menandatangani berkas yang sudah disiapkan panitia,” katanya.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Wirasti Pradnyawati']);
  });

  it('must not fire in an attribution: `kata Direktur PT <company> <person>` keeps a speaker', () => {
    const text = '“Gudang kedua kami buka bulan depan,” kata Direktur PT Sarimbit Tirtalaras Gandi Wirasena.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Sarimbit Tirtalaras Gandi Wirasena']);
  });

  it('must not fire in an attribution under a longer title (`kata Direktur Utama PT <company> <person>`)', () => {
    const text = '“Kapal tambahan baru tiba akhir tahun,” ucap Direktur Utama PT Sarimbit Gandi Wirasena.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Sarimbit Gandi Wirasena']);
  });

  it('must not fire on a narrative subject quoted later by a pronoun verb', () => {
    const text =
      'Direktur PT Sarimbit Tirtalaras Gandi Wirasena menuturkan, permintaan semen naik sejak musim kemarau.\n\n“Stok di gudang tinggal untuk dua minggu,” ujarnya.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Sarimbit Tirtalaras Gandi Wirasena']);
  });

  it('must not fire when the article names the company alone, so the name after it is a person', () => {
    const text =
      'Sarimbit Tirtalaras membuka gudang baru di pelabuhan.\n\n“Pompa itu kami kirim tepat waktu dan sesuai pesanan,” kata Direktur PT Sarimbit Tirtalaras Gandi Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Gandi Wirasena');
  });

  it('must not fire without a legal form before the name', () => {
    const text = '“Pompa itu kami kirim tepat waktu dan sesuai pesanan,” kata Direktur Gandi Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Gandi Wirasena');
  });
});

/** The first direct quote's speaker. */
function speaker(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.find((q) => q.kind === 'direct')?.speaker;
}

describe('speaker company: a company post with no company named is held at the company the article is about', () => {
  it('speaker company: Malay `Ketua Pegawai Eksekutif Kumpulan, X berkata` → the company the article names most', () => {
    const text = [
      'KUALA LUMPUR: Penerbangan Contoh Bhd (PCB) menyasarkan keuntungan tahun ini selepas menambah laluan baharu ke Asia Barat.',
      'Penerbangan Contoh Bhd turut menerima dua pesawat baharu bulan lalu.',
      'Ketua Pegawai Eksekutif Kumpulan, Datuk Rina Wulandari Ahmad berkata, sasaran itu boleh dicapai dengan disiplin kos.',
      '“Kami yakin permintaan akan terus meningkat pada suku ketiga,” katanya.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')).toMatchObject({ name: 'Rina Wulandari Ahmad', role: 'Ketua Pegawai Eksekutif Kumpulan', organisation: 'Penerbangan Contoh Bhd' });
  });

  it('speaker company: two companies named alike often → no organisation guessed', () => {
    const text = [
      'KUALA LUMPUR: Penerbangan Contoh Bhd (PCB) dan Kapal Laut Sejahtera Bhd (KLS) menandatangani perjanjian kerjasama.',
      'Penerbangan Contoh Bhd dan Kapal Laut Sejahtera Bhd akan berkongsi pusat latihan.',
      'Ketua Pegawai Eksekutif Kumpulan, Datuk Rina Wulandari Ahmad berkata, kerjasama itu menjimatkan kos.',
      '“Kami yakin permintaan akan terus meningkat pada suku ketiga,” katanya.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')?.organisation).toBeNull();
  });

  it('speaker company: a connector written in capitals opens the organisation (`CEO DAN Contoh`)', () => {
    const text = [
      'Jakarta - Agensi periklanan DAN Contoh menunjuk pimpinan baru.',
      '"Kami akan memperkuat layanan digital tahun depan," kata CEO DAN Contoh Rina Wulandari di Surabaya, Selasa (4/3/2025).',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Rina Wulandari', role: 'CEO', organisation: 'DAN Contoh' });
  });
});

describe('speaker company: the full stop of a legal form stays inside the speaker phrase', () => {
  it('speaker company: `Direktur PT Contoh Tbk. Budi Santoso mengatakan` keeps role and company for later quotes', () => {
    const text = [
      'Jakarta - Penghimpunan dana bank kecil naik tahun ini.Direktur PT Bank Contoh Sejahtera Tbk. Budi Santoso mengatakan, bunga simpanan tetap.',
      '"Kami menjaga biaya dana tetap rendah," kata Budi.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Santoso', role: 'Direktur', organisation: 'PT Bank Contoh Sejahtera Tbk' });
  });
});

describe('speaker company: a legal form’s full stop does not end the subject of a speech verb', () => {
  it('speaker company: `…, ekonom PT Contoh Tbk. Budi Santoso mengatakan bahwa …` → role and company for a later quote', () => {
    const text = [
      'Senada dengan itu, ekonom PT Bank Contoh Sejahtera (Persero) Tbk. Budi Santoso mengatakan bahwa modal bank kecil perlu ditambah.',
      '“Bank kecil harus memperkuat modalnya,” katanya.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Santoso', role: 'ekonom', organisation: 'PT Bank Contoh Sejahtera (Persero) Tbk' });
  });
});

describe('speaker company: hyphenated English titles in Indonesian text', () => {
  it('speaker company: `Co-Founder Contohmodal Budi Santoso mengatakan` → role and company for a later quote', () => {
    const text = [
      'Jakarta - Perusahaan rintisan itu menawarkan bunga 0%.Co-Founder Contohmodal Budi Santoso mengatakan layanan itu untuk usaha kecil.',
      '"Kami ingin membantu usaha kecil tumbuh," ujar Budi.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Santoso', role: 'Co-Founder', organisation: 'Contohmodal' });
  });
});

describe('English organisation names inside Indonesian text', () => {
  const LEAD = 'The committee met in the capital on Monday to discuss new rules for traders, and the markets reacted calmly.';

  /** The quotes (direct and reported) of English `text` after a lead paragraph. */
  function quotes(...paragraphs: string[]): Quote[] {
    return extractQuotes([LEAD, ...paragraphs].join('\n\n'), { language: 'eng' }).quotes;
  }

  it('`and` inside a cited English name keeps the whole name (`Institute for Trade and Finance`)', () => {
    const text = [
      'Harga pangan naik tajam pada bulan ini di seluruh wilayah menurut data resmi pemerintah.',
      'Peneliti Contoh Institute for Trade and Finance (CITF) Dimas Kurniawan menilai, ongkos angkut akan turun bulan depan.',
      '"Sistem pangan harus beradaptasi dengan cepat," kata Tom Hadley, seorang pakar di Centre for Food and Farming Studies.',
    ].join('\n\n');
    const qs = extractQuotes(text, { language: 'ind' }).quotes;
    expect(qs[0]?.speaker).toMatchObject({ name: 'Dimas Kurniawan', organisation: 'Contoh Institute for Trade and Finance (CITF)' });
    expect(qs[1]?.speaker).toMatchObject({ name: 'Tom Hadley', organisation: 'Centre for Food and Farming Studies' });
  });
});

describe('speaker organisation: companies are not people', () => {
  /** The direct quotes of `text`, read in `language`. */
  function quotes(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  it('a name run before `Sdn Bhd` names the company, so a later `katanya` does not point to it', () => {
    const text = [
      'Kontrak membaiki jeti nelayan dimenangi Tovadin Marvena Sdn Bhd pada awal tahun.',
      'Kerja membaiki jeti itu masih belum bermula hingga kini.',
      '“Bot kami terpaksa berlabuh jauh dari kampung,” katanya.',
    ].join('\n\n');
    expect(quotes(text, 'zlm').map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it('a person named away from any legal form is still the one `katanya` points to', () => {
    const text = [
      'Kontrak membaiki jeti nelayan dimenangi Tovadin Marvena Sdn Bhd pada awal tahun.',
      'Menurut nelayan Varnessa Oskwell, kerja membaiki jeti itu masih belum bermula.',
      '“Bot kami terpaksa berlabuh jauh dari kampung,” katanya.',
    ].join('\n\n');
    expect(quotes(text, 'zlm').map((q) => q.speaker?.name ?? null)).toEqual(['Varnessa Oskwell']);
  });
});

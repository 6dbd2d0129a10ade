/** Boilerplate: junk lines recognised by their shape. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import type { SupportedLanguage, BoilerplateKind } from '../../src/types.js';
import { checkInvariants } from '../support/invariants.js';
import { BODY, itRemovesJunkLines, MORE, texts, junk } from '../support/page-lines.js';
import { unlistedOutletFixtures } from '../support/page-fixtures.js';

describe('boilerplate: a syndication notice run into the last paragraph', () => {
  const body = (text: string, language: SupportedLanguage = 'ind') => parseArticle(text, { language }).paragraphs.map((p) => p.text);
  const lead = 'BOGOR - Harga gabah di tingkat petani naik lagi pekan ini.\n\n';

  it('boilerplate: the notice after the last sentence is cut off, the paragraph stays', () => {
    const text = `${lead}Kenaikan itu mencapai 4 persen dibanding bulan lalu. Artikel ini sudah tayang di Contohwarta.co.id dengan judul Gabah naik lagi`;
    const article = parseArticle(text, { language: 'ind' });
    expect(article.paragraphs.map((p) => p.text).join('\n')).not.toContain('sudah tayang');
    expect(article.boilerplate.map((b) => b.text)).toContain('Artikel ini sudah tayang di Contohwarta.co.id dengan judul Gabah naik lagi');
    expect(body(text)[1]).toBe('Kenaikan itu mencapai 4 persen dibanding bulan lalu.');
    // With nothing after the site, after a bracketed byline the credit stage does not read.
    const bare = `${lead}Gudang desa mulai penuh. (Agus Salim, Wati) Berita ini telah terbit di Contohkabar.id.`;
    expect(body(bare)[1]).toBe('Gudang desa mulai penuh. (Agus Salim, Wati)');
    // The headline's word after another than `dengan`, as a scraper may misspell it.
    const typo = `${lead}Gudang desa mulai penuh. Artikel ini telah terbit di Contohkabar.id dgn judul: Sawah baru dibuka`;
    expect(body(typo)[1]).toBe('Gudang desa mulai penuh.');
  });

  it('boilerplate: a sentence that says a report aired or first ran, with no notice to the block’s end, stays', () => {
    const kept = [
      'Ia menonton siaran itu. Berita ini juga tayang di televisi sejak pagi.',
      'Ia menyebut tayangan itu populer. Konten ini tayang di Contohflix.com sejak Maret dan ditonton jutaan orang.',
      'Naskahnya ditulis ulang. Tulisan ini terbit pertama kali di Contohblog.id dan kemudian dibukukan.',
      'Gudang desa mulai penuh. Artikel ini sudah tayang di Contohwarta.co.id sejak pagi dan dibaca ribuan petani.',
    ];
    for (const paragraph of kept) expect(body(lead + paragraph)[1]).toBe(paragraph);
    const english = 'The survey was small. This report first appeared in a survey by Contoh.org, the group said.';
    expect(body(`LONDON - Farm prices rose again this week.\n\n${english}`, 'eng')[1]).toBe(english);
  });
});
const MS_BODY = 'Kerajaan negeri akan menambah bekalan air bersih kepada penduduk kampung mulai minggu hadapan, kata pegawai itu.';
const MS_MORE = 'Para penduduk menyambut baik langkah tersebut kerana bekalan air sering terputus sejak bulan lalu.';

describe('boilerplate: more junk by its shape', () => {
  const lines: [string, BoilerplateKind][] = [
    ['Rina Kartika - Contohnews', 'editor'],
    ['Rina Kartika/Contohnews', 'editor'],
    ['Editor Budi Santoso', 'editor'],
    ['Kontributor Bogor, Rina Kartika', 'editor'],
    ['Piala Dunia Wartawan: Rina Kartika', 'editor'],
    ['Publisher: Rina Kartika', 'editor'],
    ['#cabai #harga #pasar', 'navigation'],
    ['Halaman: 1 2 3', 'navigation'],
    ['1 2 3 Selanjutnya', 'navigation'],
    ['Halaman selanjutnya', 'navigation'],
    ['Topik Menarik', 'related-link'],
    ['Dapatkan berita terbaru setiap hari dari kami. Bergabunglah di grup Telegram kami, caranya klik link https://t.me/contoh, lalu join.', 'other'],
    ['Apa Reaksi Anda? 80% Suka 10% Lucu 10% Sedih', 'comments'],
    ['Ilustrasi cabai rawit (Shutterstock)', 'caption'],
    ['Pedagang menata cabai di pasar. (ANTARA FOTO/Budi Santoso/abc.)', 'caption'],
  ];
  itRemovesJunkLines(lines);

  it('boilerplate: a prompt-like paragraph of prose stays (its later sentence names no platform)', () => {
    const s = `${BODY}\nLihat saja data terbaru dari dinas perdagangan. Informasi itu menunjukkan harga naik dua kali lipat.\n${MORE}`;
    expect(parseArticle(s).boilerplate).toEqual([]);
  });

  it('boilerplate: bulleted links in sentence case between paragraphs, and after a label without a colon', () => {
    const s = `${BODY}\n- Harga bawang merah ikut naik di pasar induk\n- Pemerintah siapkan operasi pasar murah pekan depan\n${MORE}`;
    expect(parseArticle(s).paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
    const t = `${BODY}\nBaca Juga\n- Harga bawang merah ikut naik di pasar induk\n- Pemerintah siapkan operasi pasar murah pekan depan\n${MORE}`;
    expect(parseArticle(t).paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
  });

  it('boilerplate: a list the article introduces with a colon, or whose items end like sentences, stays', () => {
    const s = `${BODY}\nLangkah yang disiapkan pemerintah:\n- Operasi pasar di tiga kota besar\n- Impor cabai dari negara tetangga\n${MORE}`;
    expect(parseArticle(s).boilerplate).toEqual([]);
    const t = `${BODY}\n- Operasi pasar digelar di tiga kota besar.\n- Cabai diimpor dari negara tetangga.\n${MORE}`;
    expect(parseArticle(t).boilerplate).toEqual([]);
  });

  it('boilerplate: `Related story:` and its linked headline in sentence case', () => {
    const s = `The ministry will add clean water supplies next week, an official said.\nResidents welcomed the move after weeks of cuts.\nRelated story:\nWater cuts to end in three districts by Friday\nThe utility will publish a schedule tomorrow.`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => b.text)).toEqual(['Related story: Water cuts to end in three districts by Friday']);
    checkInvariants(s, a);
  });

  it('boilerplate: a section kicker before the first sentence, and the writer note at the end', () => {
    const s = `ULASAN | ${MS_BODY}\n${MS_MORE}\nRINA KARTIKA ialah pensyarah kanan ekonomi di sebuah universiti awam.`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ['navigation', 'ULASAN |'],
      ['editor', 'RINA KARTIKA ialah pensyarah kanan ekonomi di sebuah universiti awam.'],
    ]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([MS_BODY, MS_MORE]);
    checkInvariants(s, a);
    // The bar may be printed as a lower-case `l`.
    expect(parseArticle(`KATA MP l ${MS_BODY}\n${MS_MORE}`).paragraphs[0]!.text).toBe(MS_BODY);
  });

  it('boilerplate: a paragraph that opens with an acronym is no writer note', () => {
    const s = `${MS_BODY}\n${MS_MORE}\nPAS menafikan dakwaan itu dalam satu kenyataan semalam.`;
    expect(parseArticle(s).boilerplate).toEqual([]);
  });
});
const { ID_1, ID_2, ID_3, ID, MS_1, MS_2, MS, EN } = unlistedOutletFixtures;

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

describe('boilerplate: junk lines of new outlets, by their shape', () => {
  it('boilerplate: a reminder before a prompt, share and comment counts', () => {
    const cases: [string, string, string][] = [
      [ID, 'Jangan lupa ikuti akun Instagram @wartasukamaju untuk berita terbaru.', 'other'],
      [MS, 'Jangan lupa ikuti kami di media sosial.', 'other'],
      [EN, "Don't forget to follow us on Instagram for more updates.", 'other'],
      [ID, '0 Shares', 'share'],
      [EN, '12 Comments', 'comments'],
    ];
    for (const [body, line, kind] of cases) {
      const s = `${body}\n\n${line}`;
      const a = parseArticle(s);
      expect(junkOf(a)).toEqual([[kind, line]]);
      checkInvariants(s, a);
    }
  });

  it('boilerplate: caption labels that print the photo source and caption as lines', () => {
    for (const line of ['Sumber gambar, Kantor Berita Sukamaju', 'Keterangan gambar, Pedagang melayani pembeli di Pasar Induk Sukamaju, Senin.', 'Image caption Traders at the Sukamaju market on Monday.']) {
      const s = `${ID_1}\n\n${line}\n\n${ID_2}\n\n${ID_3}`;
      const a = parseArticle(s);
      expect(junkOf(a)).toEqual([['caption', line]]);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    }
    // A long paragraph that opens with the same words is prose.
    const prose = `Keterangan gambar, menurut ahli hukum, ${ID_3.toLowerCase()} ${ID_1} ${ID_3}`;
    expect(texts(parseArticle(`${ID_1}\n\n${prose}\n\n${ID_2}`))).toContain(prose);
  });

  it('boilerplate: a list of sentence-case headlines under a label, and topics under a tag label, to the end', () => {
    const related = ['Petani bawang mengeluh soal harga pupuk', 'Operasi pasar digelar di tiga kecamatan'];
    const s = `${ID}\n\nBaca Juga:\n\n${related.join('\n\n')}\n\n(rin)`;
    const a = parseArticle(s);
    expect(junkOf(a)).toEqual([['related-link', `Baca Juga: ${related.join(' ')}`]]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    expect(a.credit?.text).toBe('rin');
    checkInvariants(s, a);
    const tags = parseArticle(`${MS}\n\nTOPIK:\n\nHarga Ayam\n\nPenternak`);
    expect(junkOf(tags)).toEqual([['navigation', 'TOPIK: Harga Ayam Penternak']]);
    expect(texts(tags)).toEqual([MS_1, MS_2]);
    // Under the label, the short lines with no sentence end are its links; the paragraph after them ends the list.
    const mid = `${ID_1}\n\nBaca Juga:\n\n${related.join('\n\n')}\n\n${ID_2}\n\n${ID_3}`;
    expect(texts(parseArticle(mid))).toEqual([ID_1, ID_2, ID_3]);
  });

  it('boilerplate: a byline alone above the lead, a caption ending with its photographer in parentheses', () => {
    const byline = `Harga Cabai Naik di Pasar Induk Sukamaju\n\nRina Wulandari\n\n${ID}`;
    const a = parseArticle(byline);
    expect(junkOf(a)).toEqual([['editor', 'Rina Wulandari']]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    const caption = 'Pedagang melayani pembeli di Pasar Induk Sukamaju. (Warta Sukamaju/Rina Wulandari)';
    const b = parseArticle(`${ID_1}\n\n${caption}\n\n${ID_2}\n\n${ID_3}`);
    expect(junkOf(b)).toEqual([['caption', caption]]);
  });

  it('boilerplate: a byline with its date and time is furniture, never the headline', () => {
    const line = 'Rina Wulandari/ Peneliti Lembaga Sukamaju 12 Jul 2018 - 7:00 422';
    const s = `${line}\n\n${ID}`;
    const a = parseArticle(s);
    expect(a.title).toBeNull();
    expect(junkOf(a)).toEqual([['other', line]]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });
});

/**
 * Page furniture of outlets warta has not seen, round 26 (issue 9): an unbracketed `Laporan tambahan oleh` line, a
 * byline naming its outlet after a slash, a reporter and outlet after a bar closing the story, a sign-off shaped
 * like a dateline under a short story, a short Title Case headline shaped like a name, and a listed agency in
 * capitals after the last sentence. Every outlet, person and sentence here is invented for these tests.
 */
describe('closing lines naming who reported', () => {
  const ID_1 = 'Harga cabai rawit di Pasar Tirtajaya naik dua kali lipat pekan ini setelah hujan deras merusak kebun di lereng bukit.';
  const ID_2 = 'Para pedagang menyebut pasokan dari desa sekitar turun hampir separuh, sementara pembeli mulai mengurangi belanja harian.';
  const ID_3 = '"Kami berharap harga kembali normal sebelum musim tanam berikutnya," kata Sumirah Rukmaningsih, pedagang di pasar itu.';

  describe('an unbracketed `Laporan tambahan oleh` line', () => {
    it('under the story is editor furniture, in Indonesian and Malay', () => {
      for (const line of ['Laporan tambahan oleh Ambarwati Gandasari', 'Laporan tambahan oleh Ambarwati Gandasari dan Gandung Wiratmaja.']) {
        const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${line}`;
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
        expect(junkOf(a)).toEqual([['editor', line]]);
      }
    });

    it('a paragraph about an additional report stays', () => {
      const prose = 'Laporan tambahan oleh dinas pasar menyebut harga bawang merah juga naik di tiga pasar lain sejak awal bulan.';
      const a = parseArticle(`${ID_1}\n\n${ID_2}\n\n${prose}`);
      expect(texts(a)).toContain(prose);
    });
  });

  describe('a listed agency in capitals after the last sentence', () => {
    it('`… kata dia. ANTARA` is the credit', () => {
      const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3} ANTARA`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit?.text).toBe('ANTARA');
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    });

    it('an acronym no list names as an agency stays in the sentence', () => {
      const last = `${ID_3} DPRD`;
      const a = parseArticle(`TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${last}`);
      expect(a.credit).toBeNull();
      expect(texts(a)).toContain(last);
    });
  });
});

describe('boilerplate: a block with no letter, digit or quote mark', () => {
  it('drops the comma an emptied embed left after the dateline', () => {
    const s = `Sukamaju, Koran Lintas -- ,\n\n${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(a.dateline?.outlet).toBe('Koran Lintas');
    expect(junk(a)).toEqual([['other', ',']]);
    expect(texts(a)).toEqual([BODY, MORE]);
    checkInvariants(s, a);
  });
  it('keeps a paragraph glued to the dateline, and a lone quote mark', () => {
    const s = `Sukamaju, Koran Lintas -- ${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(texts(a)).toEqual([BODY, MORE]);
    expect(a.boilerplate).toEqual([]);
    const q = `${BODY}\n\n"\n\n${MORE}`;
    expect(parseArticle(q).boilerplate.filter((b) => b.text === '"')).toEqual([]);
  });
});

describe('junk lines', () => {
  itRemovesJunkLines([
    ['Selengkapnya baca di sini.', 'related-link'],
    ['Scroll untuk melanjutkan', 'ad'],
    ['Image via Instagram', 'caption'],
    ['Pic credit: Facebook', 'caption'],
    ['Photo via Contoh Wire/Rina Putri', 'caption'],
    ['Story continues below', 'ad'],
  ]);

  it('a label and the site\'s account (`Instagram: @kabarlembah`) is junk; a sentence naming an account stays', () => {
    for (const line of ['Instagram: @kabarlembah', 'Twitter/X : @kabar_lembah', 'Ikuti kami: @kabarlembah, @kabarlembah.id']) {
      const text = `${BODY}\n${MORE}\n${line}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(junk(a)).toEqual([['other', line]]);
    }
    const said = 'Polisi menelusuri akun @kabarlembah yang menyebarkan kabar itu.';
    expect(texts(parseArticle(`${BODY}\n${MORE}\n${said}`))).toContain(said);
  });

  it('a credit opener followed by a sentence is a paragraph, not a caption', () => {
    const lead = 'Floodwater covered three villages along the Lelang river on Monday after two days of heavy rain.';
    const said = 'Image via satellite released by the agency showed the river had burst its banks in several places.';
    const more = 'Rescue teams moved more than four hundred residents to a school on higher ground, officials said.';
    const text = `${lead}\n${said}\n${more}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.boilerplate).toEqual([]);
    expect(texts(a)).toEqual([lead, said, more]);
  });

  it('`Selengkapnya baca di sini.` glued to the next item of a digest leaves the item in the story (the prompt alone is junk, round 35)', () => {
    const item = 'Koperasi petani kopi menargetkan penyaluran pinjaman Rp10 miliar tahun depan.';
    const text = `${BODY}\nSelengkapnya baca di sini.${item}\n${MORE}`;
    const a = parseArticle(text);
    expect(a.boilerplate.map((b) => [b.text, b.kind])).toEqual([['Selengkapnya baca di sini.', 'related-link']]);
    expect(texts(a)).toContain(item);
  });
});

describe('boilerplate: junk by its shape', () => {
  const lines: [string, BoilerplateKind][] = [
    ['Bagikan artikel ini', 'share'],
    ['Facebook Twitter WhatsApp Telegram Salin Link', 'share'],
    ['Bagikan melalui:', 'share'],
    ['Ikuti kami di Instagram @contohnews', 'other'],
    ['Follow us on Twitter for more updates', 'other'],
    ['(Ikuti ulasan lanjut dalam edisi cetak keluaran akan datang)', 'other'],
    ['Simak berita populer lainnya di kanal kami', 'related-link'],
    ['Tonton video selengkapnya di kanal YouTube kami', 'video-promo'],
    ['Artikel ini telah tayang di Contohwarta.com dengan judul "Harga Naik"', 'other'],
    ['This article first appeared on The Contoh Post.', 'other'],
    ['Oleh Rina Kartika', 'editor'],
    ['By Jane Contoh', 'editor'],
    ['Jane Contoh, Contoh News, Washington', 'editor'],
    ['Reporter/Editor: Budi Santoso', 'editor'],
    ['Selasa, 17 Maret 2020 | 08:42 WIB | Penulis: Rina', 'editor'],
    ['*) Penulis adalah peneliti di sebuah lembaga kajian.', 'editor'],
    ['(Laporan: Budi Santoso)', 'editor'],
    ['(Courtesy of Contoh Academy)', 'caption'],
    ['Warga antre minyak goreng di Pasar Baru. (ANTARA FOTO/Budi Santoso)', 'caption'],
    ['Pemain baharu itu (kanan) meraikan jaringan pertamanya bersama rakan sepasukan', 'caption'],
    ['Ketua kampung menyerahkan sumbangan kepada penduduk. - Foto Nama Jurugambar', 'caption'],
    ['Ilustrasi pasar tradisional. (Shutterstock)', 'caption'],
    ['Media playback tidak ada di perangkat Anda Warga menonton pertandingan di alun-alun.', 'video-promo'],
    ['Artikel Terkait : Harga Bawang Ikut Naik di Pasar Induk', 'related-link'],
    ['https://www.contohwarta.com/berita/123', 'other'],
    ['Tags: harga cabai, pasar, inflasi', 'navigation'],
  ];
  itRemovesJunkLines(lines);

  it('boilerplate: an end mark and an emptied embed after the last sentence are junk', () => {
    for (const mark of ['*', '[]']) {
      const a = parseArticle(`${BODY}\n${MORE} ${mark}`);
      expect(a.boilerplate.map((b) => b.text)).toEqual([mark]);
      expect(a.paragraphs.at(-1)!.text.endsWith('akhir tahun.')).toBe(true);
    }
  });

  it('boilerplate: bulleted headlines that end the article are related links; a footer menu is navigation', () => {
    const list = `${BODY}\n${MORE}\n• Harga bawang merah ikut naik di pasar induk\n• Pemerintah siapkan operasi pasar murah pekan depan`;
    expect(parseArticle(list).boilerplate.map((b) => b.kind)).toEqual(['related-link']);
    const menu = `${BODY}\n${MORE}\nTentang Kami\nRedaksi\nPedoman Media Siber\nKontak`;
    expect(parseArticle(menu).boilerplate.map((b) => b.kind)).toEqual(['navigation']);
  });

  it('boilerplate: a read prompt inside a related list keeps the list going', () => {
    const s = `${BODY}\nJANGAN LEWATKAN!!!\nHarga Bawang Merah Ikut Naik di Pasar Induk\nSimak Berita Populer Lainnya\nPemerintah Siapkan Operasi Pasar Murah Pekan Depan\n${MORE}`;
    const a = parseArticle(s);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
  });

  it('boilerplate: an embedded tweet whose text stands a blank line above its signature', () => {
    const s = `${BODY}\n\nWhat a night for the home side! #ContohCup pic.twitter.com/abc123\n\n— Contoh Sports (@contohsports) July 6, 2018\n\n${MORE}`;
    expect(parseArticle(s).paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import { findOrganisationsStage } from '../src/stages/10-organisations.js';
import { scanBlocks } from '../src/tokens/tokenize.js';
import { LANGUAGES } from '../src/lang/index.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: shapes of round 36', () => {
  it('`Tbk` after `(Persero)` closes a listed state company’s name', () => {
    const found = mentions('Laba PT Sinar Contoh (Persero) Tbk naik tipis, sedangkan PT Kebun Lestari (Persero) masih menunggu izin bursa.');
    expect(found).toContain('PT Sinar Contoh (Persero) Tbk');
    // Near miss: without `Tbk` the bracket still ends the name.
    expect(found).toContain('PT Kebun Lestari (Persero)');
  });

  it('a ministry after a named unit of it is a second body, the unit named on its own', () => {
    const found = mentions('Kepala Badan Kajian Pangan Kementerian Pertanian Budi Santoso meninjau gudang. Data Ditjen Sumber Tani Kementan mencatat stok turun.');
    expect(found).toContain('Badan Kajian Pangan');
    expect(found).toContain('Ditjen Sumber Tani');
    expect(found).toContain('Kementerian Pertanian');
    expect(found).toContain('Kementan');
    // Near misses: a unit with no name of its own (a rank, a numeral) keeps its body.
    const kept = mentions('Sekretariat Jenderal Kementerian Pertanian menolak berkomentar. Ketua Komisi IV DPR Rina Wulandari meninjau gudang.');
    expect(kept).toContain('Sekretariat Jenderal Kementerian Pertanian');
    expect(kept.some((m) => m.startsWith('Komisi IV DPR'))).toBe(true);
  });
});

describe('organisations: a Malaysian party with its state', () => {
  it('organisations: a known party then a place is one mention of the party, the place in it', () => {
    const found = mentions('Pasar tani itu dibuka oleh wakil PAS Pahang, Encik Hamdan Yusof, petang semalam.', 'zlm');
    expect(found).toContain('PAS Pahang');
    // Near miss: no place after the party, no change; Indonesian text names no branch so.
    expect(mentions('Pasar tani itu dianjurkan PAS setiap bulan.', 'zlm')).toContain('PAS');
    expect(mentions('Ketua DPD Golkar Jawa Barat Budi Santoso hadir.')).not.toContain('Golkar Jawa Barat');
  });
});

describe('speaker organisation: a field before a unit and its ministry', () => {
  it('speaker organisation: the field goes to the role, the unit with its ministry is the body', () => {
    const text = 'BOGOR - Saluran air sawah di tiga desa diperbaiki.\n\n"Saluran sudah kami perbaiki," ujar Direktur Irigasi Ditjen Sumber Tani Kementan Rudi Hartono di Bogor.';
    const speaker = parseArticle(text, { language: 'ind' }).quotes[0]?.speaker;
    expect(speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Direktur Irigasi', organisation: 'Ditjen Sumber Tani Kementan' });
  });
});

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

describe('organisations: the dateline outlet named again in a photo credit', () => {
  const names = (text: string) => parseArticle(text, { language: 'ind' }).organisations.map((o) => o.name);

  it('organisations: a caption credit that writes the outlet with its site suffix or a slash names it', () => {
    const text =
      'Warga menanam bibit jagung di lereng bukit, Kamis (12/5). (Foto: Contohwarta.com/ Rina Marlina)\n\nContohwarta - Pemerintah Kabupaten Sukamaju menyalurkan bibit jagung kepada empat puluh kelompok tani di lereng bukit itu, Kamis pagi.\n\nBibit dibagikan di balai desa setempat.';
    expect(names(text)).toContain('Contohwarta');
  });

  it('organisations: the outlet named only by the dateline, or as a word of a caption, is not listed', () => {
    const text =
      'Perahu ditambatkan di dermaga kayu dekat muara, Senin (3/2).\n\nDermaga.com - Nelayan Desa Sukamaju menunda melaut selama tiga hari karena ombak tinggi, Senin pagi.\n\nPerahu ditambatkan di tepi sungai.';
    expect(names(text)).not.toContain('Dermaga.com');
    // The same caption with the outlet's credit names it.
    expect(names(text.replace('dermaga kayu dekat muara, Senin (3/2).', 'tepi sungai, Senin (3/2). (Foto: Dermaga.com/ Yusuf)'))).toContain('Dermaga.com');
  });
});

describe('organisations stage: the outlet in captions and the credit', () => {
  it('organisations stage: the stage itself reads the outlet in the captions and credit it is given', () => {
    const caption = 'Perahu ditambatkan di tepi sungai. (Foto: Dermaga.com/ Yusuf)';
    const text = `${caption}\n\nNelayan menunda melaut selama tiga hari.`;
    const paragraphs = scanBlocks(text, [{ start: caption.length + 2, end: text.length }]);
    const input = { text, paragraphs, data: LANGUAGES.ind, outlet: 'Dermaga.com' };
    const names = (credited: { start: number; end: number }[]) => findOrganisationsStage({ ...input, credited }).organisations.map((o) => o.name);
    expect(names([{ start: 0, end: caption.length }])).toContain('Dermaga.com');
    // Near miss: no caption or credit given, nothing but the paragraphs is read.
    expect(names([])).not.toContain('Dermaga.com');
  });
});

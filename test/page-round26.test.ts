import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Page furniture of outlets warta has not seen, round 26 (issue 9): an unbracketed `Laporan tambahan oleh` line, a
 * byline naming its outlet after a slash, a reporter and outlet after a bar closing the story, a sign-off shaped
 * like a dateline under a short story, a short Title Case headline shaped like a name, and a listed agency in
 * capitals after the last sentence. Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Harga cabai rawit di Pasar Tirtajaya naik dua kali lipat pekan ini setelah hujan deras merusak kebun di lereng bukit.';
const ID_2 = 'Para pedagang menyebut pasokan dari desa sekitar turun hampir separuh, sementara pembeli mulai mengurangi belanja harian.';
const ID_3 = '"Kami berharap harga kembali normal sebelum musim tanam berikutnya," kata Sumirah Rukmaningsih, pedagang di pasar itu.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

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

describe('a byline with its outlet after a slash', () => {
  it('`Name/Outlet` alone over the lead is the byline', () => {
    const byline = 'Ambarwati Gandasari/Kabarsenja';
    const text = `Harga Cabai Rawit Melonjak di Tirtajaya\n\n${byline}\n\n${ID_1}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    expect(junkOf(a)).toEqual([['editor', byline]]);
  });

  it('a short slashed line over a short block is no byline', () => {
    const text = `Harga Cabai Rawit Melonjak di Tirtajaya\n\nSenin/Selasa\n\nJadwal pasar\n\n${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    expect(junkOf(a).map(([, t]) => t)).not.toContain('Senin/Selasa');
  });
});

describe('a reporter and outlet after a bar closing the story', () => {
  it('`Full Name | Outlet` on the last line is the credit', () => {
    const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\nAmbarwati Gandasari | Kabarsenja`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('Ambarwati Gandasari | Kabarsenja');
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('one word before the bar (a section bar) is no credit', () => {
    const a = parseArticle(`TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\nEkonomi | Pasar`);
    expect(a.credit).toBeNull();
  });
});

describe('a sign-off shaped like a dateline under a short story', () => {
  it('`Name, Outlet.com` closing the text is no dateline: the story above it stays', () => {
    const text = `${ID_1}\n\n${ID_2}\n\n${ID_3}\n\nAmbarwati Gandasari, Kabarsenja.com`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline).toBeNull();
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a dateline alone on its line over the story is still one', () => {
    const a = parseArticle(`Tirtajaya, Kabarsenja Online\n\n${ID_1}\n\n${ID_2}`);
    expect(a.dateline?.raw).toBe('Tirtajaya, Kabarsenja Online');
    expect(texts(a)).toEqual([ID_1, ID_2]);
  });
});

describe('a short Title Case headline shaped like a name', () => {
  it('is the title when the story writes its words in lower case', () => {
    const text = `Harga Cabai Naik\n\nTIRTAJAYA: ${ID_1}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title?.text).toBe('Harga Cabai Naik');
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a name alone on the first line is still no headline', () => {
    const a = parseArticle(`Ambarwati Gandasari\n\nTIRTAJAYA: ${ID_1}\n\n${ID_2}\n\n${ID_3}`);
    expect(a.title).toBeNull();
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

describe('a reader prompt after a lead-in that names a medium', () => {
  const EN_1 = 'The Larkmoor city council said on Tuesday it would double the budget for road repairs after weeks of heavy rain.';
  const EN_2 = 'Officials said more than forty roads in the northern district had been closed since the start of the month.';
  it('`For more news, follow us on …` closing the story is furniture, as is `Untuk berita terkini, ikuti …`', () => {
    for (const [body, prompt] of [
      [`${EN_1}\n\n${EN_2}`, 'For more news, follow us on Telegram and WhatsApp.'],
      [`${ID_1}\n\n${ID_2}`, 'Untuk berita terkini lainnya, ikuti kanal WhatsApp Kabarsenja.'],
    ] as const) {
      const text = `${body}\n\n${prompt}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(junkOf(a)).toEqual([['other', prompt]]);
      expect(texts(a)).toHaveLength(2);
    }
  });

  it('a lead-in that names no medium opens a sentence of the story', () => {
    const last = 'For that reason, follow the council road plan closely, officials said.';
    expect(texts(parseArticle(`${EN_1}\n\n${EN_2}\n\n${last}`))).toContain(last);
    const id = 'Untuk itu, ikuti aturan pasar yang berlaku di Tirtajaya.';
    expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${id}`))).toContain(id);
  });
});

describe("a photo's label alone on its line", () => {
  it('`File pic`, `Ilustrasi`, `Gambar hiasan` are captions, above the dateline or inside the story', () => {
    for (const [label, opening] of [
      ['File pic', 'LARKMOOR: '],
      ['Ilustrasi', 'TIRTAJAYA - '],
      ['Gambar hiasan', 'TIRTAJAYA: '],
    ] as const) {
      const text = `${label}\n\n${opening}${ID_1}\n\n${ID_2}\n\n${ID_3}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title).toBeNull();
      expect(junkOf(a)).toEqual([['caption', label]]);
    }
  });

  it('the word inside a sentence is text', () => {
    const line = 'Ilustrasi sampul buku itu dibuat oleh seorang pelukis muda dari Tirtajaya.';
    expect(texts(parseArticle(`${ID_1}\n\n${line}\n\n${ID_2}`))).toContain(line);
  });
});

describe('initials and credits closing a quoted last paragraph', () => {
  it('`(AGENCY/Full Name)` after quoted speech is the credit, not a caption: the paragraph stays', () => {
    const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3} (ANT/Ambarwati Gandasari)`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('ANT/Ambarwati Gandasari');
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a caption with that credit and no quote inside the story is still a caption', () => {
    const caption = 'Pedagang menata cabai rawit di lapak Pasar Tirtajaya. (KABARSENJA/Ambarwati Gandasari)';
    const a = parseArticle(`TIRTAJAYA - ${ID_1}\n\n${caption}\n\n${ID_2}\n\n${ID_3}`);
    expect(junkOf(a)).toEqual([['caption', caption]]);
  });

  it('a caption quoting a name or a term, with no speech, is still a caption', () => {
    const caption = 'Warga mengarak gunungan sayur dalam tradisi "Kirab Tirtajaya" di alun-alun kota. (KABARSENJA/Ambarwati Gandasari)';
    const text = `TIRTAJAYA - ${ID_1}\n\n${caption}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(junkOf(a)).toEqual([['caption', caption]]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a full stop after the closing bracket goes with the credit', () => {
    for (const end of [` (gdw/amb).`, `\n\n(gdw/amb).`]) {
      const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}${end}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit?.text).toBe('gdw/amb');
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    }
  });

  it('lower-case initials joined by slashes after a dash, on their own line or after the last sentence', () => {
    for (const end of ['\n\n- gdw/amb', ' –gdw/amb']) {
      const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}${end}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit?.text).toBe('gdw/amb');
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    }
  });

  it('a bracketed aside closing a sentence, or slashed words after a dash inside it, stay', () => {
    const aside = 'Ia menyebut kenaikan harga terjadi di semua pasar (lihat grafik).';
    const slashed = 'Harga naik di pasar kota/kabupaten -kata/frasa';
    expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${aside}`))).toContain(aside);
    expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${slashed}`))).toContain(slashed);
  });
});

describe('closing courtesy lines and urged prompts', () => {
  it('`Terima kasih telah membaca Outlet.` and `Segera dapatkan aplikasi …` under the story are furniture', () => {
    for (const line of ['Terima kasih telah membaca Kabarsenja.', 'Segera dapatkan aplikasi Kabarsenja di Play Store dan App Store.']) {
      const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${line}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toEqual([['other', line]]);
    }
  });

  it('a sentence of the story opening with the same words stays', () => {
    for (const line of [
      'Terima kasih sudah membaca surat kami, kata Sumirah kepada para pedagang yang hadir di balai desa Tirtajaya.',
      'Segera dapatkan pupuk bersubsidi di kantor desa sebelum musim tanam, ujar Sumirah kepada para petani.',
    ]) {
      expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${line}`))).toContain(line);
    }
  });
});

describe('a credit line naming the person first, right under the headline', () => {
  it('is the byline (editor furniture), not a photo credit', () => {
    const text = `Harga Cabai Rawit Melonjak di Tirtajaya\n\nAmbarwati Gandasari/Kabarsenja\n\nTIRTAJAYA, Kabarsenja.com - ${ID_1}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(junkOf(a)).toEqual([['editor', 'Ambarwati Gandasari/Kabarsenja']]);
  });

  it('under a caption it is still the caption’s credit', () => {
    const caption = 'Pedagang menata cabai rawit di lapak Pasar Tirtajaya.';
    const text = `Harga Cabai Rawit Melonjak di Tirtajaya\n\n${caption}\n\nAmbarwati Gandasari/Kabarsenja\n\nTIRTAJAYA, Kabarsenja.com - ${ID_1}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    expect(junkOf(a)).toEqual([
      ['caption', caption],
      ['caption', 'Ambarwati Gandasari/Kabarsenja'],
    ]);
  });
});

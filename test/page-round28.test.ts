import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts, junk } from './page-lines.js';

/**
 * Page furniture of outlets warta has not seen, round 28 (issue 9): share buttons and reading times above the
 * dateline, and the sign-offs closing a story. Every outlet, place and sentence here is invented for these tests.
 */
const HEAD = 'WANAJAYA, KABARLEMBAH.ID - Petani kopi di lereng utara mulai memetik buah lebih awal karena kemarau panjang.';
const LEAD = 'Petani kopi di lereng utara mulai memetik buah lebih awal karena kemarau panjang.';
const ID_2 = 'Ketua koperasi setempat menyebut hasil petik pekan ini lebih sedikit dibanding tahun lalu.';

describe('share buttons above the dateline', () => {
  it('`Share:` and the platforms one to a line are no bare place: the dateline under them is found', () => {
    const text = `Share:\nFacebook\nTwitter\nWhatsApp\n${HEAD}\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.place).toBe('WANAJAYA');
    expect(a.dateline?.outlet).toBe('KABARLEMBAH.ID');
    expect(texts(a)).toEqual([LEAD, ID_2]);
    expect(a.title).toBeNull();
  });

  it('a share bar on one line, with a label or three buttons, is no headline', () => {
    for (const bar of ['Bagikan ke: Facebook | X | WhatsApp | Telegram', 'Share on: Facebook, Email', 'Facebook Twitter WhatsApp']) {
      const text = `${bar}\n${HEAD}\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title).toBeNull();
      expect(junk(a)).toEqual([['share', bar]]);
      expect(texts(a)).toEqual([LEAD, ID_2]);
    }
  });

  it('a line naming two platforms, or a label that is a sentence, stays in the story', () => {
    const sub = 'Facebook dan WhatsApp';
    const text = `${HEAD}\n${sub}\n${ID_2}`;
    expect(texts(parseArticle(text))).toEqual([LEAD, sub, ID_2]);
    const said = 'Warga membagikan kabar itu lewat grup: WhatsApp';
    expect(texts(parseArticle(`${HEAD}\n${said}\n${ID_2}`))).toContain(said);
  });

  it('under `Share:`, buttons one to a line are skipped too: a bare place closed by a colon opens the story', () => {
    const lead = 'Pasar tani di pinggir bandar dibuka semula selepas dua minggu ditutup untuk kerja baik pulih.';
    const text = `Share:\nFacebook\nTwitter\nWhatsApp\nSERI TANJUNG: ${lead}\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.place).toBe('SERI TANJUNG');
    expect(junk(a).map(([kind]) => kind)).toEqual(['share', 'share', 'share', 'share']);
    expect(texts(a)).toEqual([lead, ID_2]);
  });

  it('a platform named alone on a line with no share label above is no button to skip', () => {
    const text = `WhatsApp\nSERI TANJUNG: Pasar tani di pinggir bandar dibuka semula.\n${ID_2}`;
    expect(parseArticle(text).boilerplate.map((b) => b.kind)).not.toContain('share');
  });

  it('a place closed by a colon on top still opens the story', () => {
    const text = `WANAJAYA: ${LEAD}\n${ID_2}`;
    expect(parseArticle(text).dateline?.place).toBe('WANAJAYA');
  });
});

describe('a reading time above the dateline', () => {
  it('`Dibaca 2 menit`, `Lama baca: 3 menit`, `Masa bacaan 4 minit` are junk, not the headline', () => {
    for (const line of ['Dibaca 2 menit', 'Lama baca: 3 menit', 'Masa bacaan 4 minit']) {
      const text = `${line}\n${HEAD}\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title).toBeNull();
      expect(junk(a)).toEqual([['other', line]]);
      expect(texts(a)).toEqual([LEAD, ID_2]);
    }
  });

  it('a count of readers is no reading time, but a view counter: junk all the same (round 32)', () => {
    const text = `Dibaca 2 kali\n${HEAD}\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(junk(a)).toEqual([['other', 'Dibaca 2 kali']]);
    expect(texts(a)).toEqual([LEAD, ID_2]);
  });
});

describe('sign-offs at the end', () => {
  const MS_1 = 'SERI TANJUNG: Harga sayur di pasar tani daerah ini turun sedikit minggu ini.';
  const MS_2 = '"Bekalan dari tanah tinggi sudah pulih," kata seorang peniaga.';

  it('agencies joined by a comma after a dash (`— AFP, Reuters`) are the credit', () => {
    const text = `${MS_1}\n${MS_2}\n— AFP, Reuters`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('AFP, Reuters');
    expect(texts(a)).toEqual(['Harga sayur di pasar tani daerah ini turun sedikit minggu ini.', MS_2]);
  });

  it('after a word, agencies joined by a comma behind a spaced dash are the credit too', () => {
    const text = `${MS_1}\n${MS_2}\nPeniaga lain menjangka harga stabil hingga hujung bulan - AFP, Reuters`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('AFP, Reuters');
    expect(texts(a).at(-1)).toBe('Peniaga lain menjangka harga stabil hingga hujung bulan');
  });

  it('a listed agency, a comma, then words of the sentence is no sign-off: the body keeps them', () => {
    const onLine = 'Pasar menunggu data baru. — Reuters, hari ini juga.';
    const first = `JAKARTA - Harga minyak naik tajam pekan ini.\n\n${onLine}`;
    const a = parseArticle(first);
    checkInvariants(first, a);
    expect(a.credit).toBeNull();
    expect(texts(a).at(-1)).toBe(onLine);
    const alone = '— AFP, dan kantor lain';
    const second = `JAKARTA - Harga minyak naik tajam pekan ini.\n\nPasar menunggu data baru.\n\n${alone}`;
    const b = parseArticle(second);
    checkInvariants(second, b);
    expect(b.credit).toBeNull();
    expect(texts(b).at(-1)).toBe(alone);
  });

  it('places joined by a comma after a dash are no agencies', () => {
    const text = `${MS_1}\n${MS_2}\n— Seri Tanjung, Kuala Lumpur`;
    expect(parseArticle(text).credit).toBeNull();
  });

  it('an outlet in capitals, a bar, then the date it ran (`– CONTOHDAILY | 7 Sep 2017`) is the credit', () => {
    const text = `${MS_1}\n${MS_2}\n– HARIANLEMBAH | 7 Sep 2017`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('HARIANLEMBAH | 7 Sep 2017');
    expect(texts(a)).toEqual(['Harga sayur di pasar tani daerah ini turun sedikit minggu ini.', MS_2]);
  });

  it('a date after a bar with no name before it is no sign-off', () => {
    const last = 'Pasar dibuka semula pada hujung minggu ini | 7 Sep 2017';
    const text = `${MS_1}\n${MS_2}\n${last}`;
    expect(parseArticle(text).credit).toBeNull();
  });
});

describe('a reader prompt at the end', () => {
  it('`Ayo baca …` naming a medium is a prompt to read more, like `Baca …`: the line is junk', () => {
    const prompt = 'Ayo baca artikel pilihan lain dari lereng utara di Kabarlembah';
    const text = `${HEAD}\n${ID_2}\n${prompt}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(junk(a)).toEqual([['related-link', prompt]]);
    expect(texts(a)).toEqual([LEAD, ID_2]);
  });

  it('`Ayo` opening a plea with no reading verb stays in the story', () => {
    const plea = 'Ayo bantu para pemetik kopi di lereng utara sebelum hujan turun.';
    expect(texts(parseArticle(`${HEAD}\n${ID_2}\n${plea}`))).toContain(plea);
  });
});

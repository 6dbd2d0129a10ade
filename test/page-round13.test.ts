import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Page furniture and datelines of outlets warta has not seen, round 13 (issue 9): an English daily's `Jakarta.`
 * dateline, a short date in parentheses (`KUCHING (Dec 3):`), a footer menu on one line, a byline with its posting
 * day, a share plea after a question, a photo credit glued to the caption's last sentence.
 * Every outlet, person and sentence here is invented for these tests.
 */
const EN_1 = 'The Contohland Water Board will replace 40 kilometres of old pipes in the northern districts before the end of next year, an official said on Monday.';
const EN_2 = '"Leaks cost us almost a third of the water we treat," board director Daniel Tan told reporters.';
const ID_1 = 'Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat sampah sejak dua pekan lalu.';
const ID_2 = '"Kami ingin petani bisa kembali menanam bulan depan," kata Kepala Desa Sukamaju, Rina Wulandari.';
const ID_3 = 'Pemerintah desa juga menyiapkan anggaran untuk memperbaiki pintu air yang rusak di hulu saluran.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);
const datelineOf = (a: ReturnType<typeof parseArticle>) => (a.dateline ? [a.dateline.raw, a.dateline.place, a.dateline.outlet] : null);

describe('an English dateline that ends in a full stop', () => {
  it('`Jakarta.` and `KUALA LUMPUR.` open an English story', () => {
    for (const place of ['Jakarta', 'KUALA LUMPUR']) {
      const text = `${place}. ${EN_1}\n\n${EN_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(datelineOf(a)).toEqual([`${place}.`, place, null]);
      expect(texts(a)).toEqual([EN_1, EN_2]);
    }
  });

  it('a title abbreviation, a short rest of the line or an Indonesian story is no such dateline', () => {
    expect(parseArticle(`Prof. Rina Wulandari of the Contoh Institute said on Monday that the board had waited too long.\n\n${EN_2}`).dateline).toBeNull();
    expect(parseArticle(`Update. Pipes replaced\n\n${EN_1}\n\n${EN_2}`).dateline).toBeNull();
    expect(parseArticle(`Alhamdulillah. ${ID_1}\n\n${ID_2}\n\n${ID_3}`).dateline).toBeNull();
  });
});

describe('a short date in parentheses before the colon', () => {
  it('`KUCHING (Dec 3):` is a dateline with no year', () => {
    const text = `KUCHING (Dec 3): ${EN_1}\n\n${EN_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(datelineOf(a)).toEqual(['KUCHING (Dec 3):', 'KUCHING', null]);
    expect(a.dateline?.date).toBeNull();
    expect(parseArticle(text, { referenceDate: '2019-12-05' }).dateline?.date).toBe('2019-12-03');
  });
});

describe('a footer menu on one line', () => {
  it('three or more short capitalised items between bars or dots go', () => {
    for (const menu of ['Tentang Kami | Redaksi | Pedoman Media Siber | Kontak', 'Beranda · Redaksi · Iklan · Karier']) {
      const text = `${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${menu}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toContainEqual(['navigation', menu]);
    }
  });

  it('two items, or a sentence with bars, stay', () => {
    const two = 'Rina Wulandari | Sukamaju';
    const sentence = 'Harga cabai naik | harga bawang turun | harga beras tetap, kata pedagang.';
    expect(texts(parseArticle(`${ID_1}\n\n${ID_3}\n\n${sentence}`))).toContain(sentence);
    expect(parseArticle(`${ID_1}\n\n${ID_3}\n\n${two}`).boilerplate.some((b) => b.kind === 'navigation')).toBe(false);
  });
});

describe('a byline with the day it was posted', () => {
  it('`Posted by … on 3 December 2019` and `Ditulis oleh … | Diterbitkan …` above the story go', () => {
    for (const byline of ['Posted by Rina Wulandari on 3 December 2019', 'Ditulis oleh Rina Wulandari pada 3 Desember 2019', 'Ditulis oleh Rina Wulandari | Diterbitkan 3 Desember 2019']) {
      const text = `${byline}\n\nSUKAMAJU - ${ID_1}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title).toBeNull();
      expect(junkOf(a)).toContainEqual(['editor', byline]);
      expect(a.dateline?.place).toBe('SUKAMAJU');
    }
  });

  it('a sentence that opens with `By` and ends in a date stays', () => {
    const prose = 'By the end of the dry season the reservoir held less water than on 3 December 2019';
    expect(texts(parseArticle(`${EN_1}\n\n${prose}\n\n${EN_2}`))).toContain(prose);
  });
});

describe('a share plea after a question to the reader', () => {
  it('`Suka dengan artikel ini? Bagikan …` goes', () => {
    for (const plea of ['Suka dengan artikel ini? Bagikan ke teman-temanmu.', 'Did you like this story? Share it with your friends.']) {
      const text = `${ID_1}\n\n${ID_2}\n\n${plea}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2]);
      expect(junkOf(a)).toContainEqual(['share', plea]);
    }
  });

  it('two sentences of prose whose second opens with a share verb stay', () => {
    const prose = 'Warga menulis tentang artikel ini di grup desa. Bagikan bantuan dengan adil, pinta mereka.';
    expect(texts(parseArticle(`${ID_1}\n\n${prose}\n\n${ID_3}`))).toContain(prose);
  });
});

describe('a photo credit glued to the caption', () => {
  it('`… (9/4).Foto: Dimas/kabarcontoh` above the dateline is a caption', () => {
    const caption = 'Petani memanen padi di sawah Desa Sukamaju, Selasa (9/4).Foto: Dimas/kabarcontoh';
    const text = `${caption}\n\nSUKAMAJU - ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title).toBeNull();
    expect(junkOf(a)).toContainEqual(['caption', caption]);
    expect(texts(a)).toEqual([ID_1, ID_2]);
  });
});

describe('a run-together outlet name in title case after the place', () => {
  it('`Jakarta, Contohnews --`: the name ends in a brand word, so it is the outlet', () => {
    const text = `Sukamaju, Kabarpantainews -- ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(datelineOf(a)).toEqual(['Sukamaju, Kabarpantainews --', 'Sukamaju', 'Kabarpantainews']);
  });

  it('a title-case word that only ends like a brand word (`Sometimes`, `Multimedia`, `Keseharian`) names no outlet', () => {
    for (const word of ['Sometimes', 'Multimedia', 'Keseharian']) {
      const text = `Sukamaju, ${word} -- ${ID_1}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.dateline?.outlet).toBeNull();
    }
  });

  it('a place and its region in title case stay one place', () => {
    expect(datelineOf(parseArticle(`Praya, Lombok Tengah -- ${ID_1}\n\n${ID_2}`))).toEqual(['Praya, Lombok Tengah --', 'Praya, Lombok Tengah', null]);
  });
});

describe('desk initials with a trainee number or after the end mark', () => {
  it('`(mg1)` and `(*/rin)` close the story as its credit', () => {
    for (const [mark, credit] of [['(mg2)', 'mg2'], ['(*/rin)', '*/rin'], ['(cr3/bud)', 'cr3/bud']] as const) {
      for (const text of [`${ID_1}\n\n${ID_3}\n\n${mark}`, `${ID_1}\n\n${ID_3} ${mark}`]) {
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(a.credit?.text).toBe(credit);
        expect(texts(a)).toEqual([ID_1, ID_3]);
      }
    }
  });

  it('a number in parentheses after the last sentence is no credit', () => {
    expect(parseArticle(`${ID_1}\n\n${ID_3} (2)`).credit).toBeNull();
  });

  it('a name with a number in parentheses after the last sentence (`(Covid19)`, `(Asean22)`) is no credit', () => {
    for (const mark of ['(Covid19)', '(Asean22)', '(Rw05)']) expect(parseArticle(`${ID_1}\n\n${ID_3} ${mark}`).credit).toBeNull();
  });
});

describe('a caption ending in a photo credit in ordinary case', () => {
  const EN_CAP = 'Workers lay new water pipes along Jalan Contoh on Tuesday.';
  const ID_CAP = 'Petani memanen padi di sawah Desa Sukamaju, Selasa (9/4/2019).';

  it('above the dateline: a source and a full name, in brackets or bare, or a picture byline after a dash', () => {
    for (const [cap, body] of [
      [`${ID_CAP} (Kabarsukamaju/Rina Wulandari)`, `SUKAMAJU - ${ID_1}\n\n${ID_2}`],
      [`${ID_CAP} Tribun Contoh/Dedi Kurniawan`, `SUKAMAJU - ${ID_1}\n\n${ID_2}`],
      [`${EN_CAP} — Picture by Ahmad Zaki`, `KUALA LUMPUR, Dec 3 — ${EN_1}\n\n${EN_2}`],
      [`${EN_CAP} (Contoh Post/Ahmad Zaki)`, `KUALA LUMPUR, Dec 3 — ${EN_1}\n\n${EN_2}`],
    ] as const) {
      const text = `${cap}\n\n${body}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title).toBeNull();
      expect(junkOf(a)).toContainEqual(['caption', cap]);
      expect(a.dateline).not.toBeNull();
    }
  });

  it('inside the story: bare, after a bar, or a source and a credit word after a dash', () => {
    for (const [cap, first, last] of [
      [`${ID_CAP} Kabarsukamaju/Rina Wulandari`, ID_1, ID_3],
      [`${ID_CAP} | Kabarsukamaju/Rina`, ID_1, ID_3],
      [`${EN_CAP} — Contoh Post pic`, EN_1, EN_2],
      [`${EN_CAP} — Bernama photo`, EN_1, EN_2],
    ] as const) {
      const text = `${first}\n\n${cap}\n\n${last}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([first, last]);
      expect(junkOf(a)).toContainEqual(['caption', cap]);
    }
  });

  it('at the story\'s end the same mark is the credit, and a quote with such a mark stays', () => {
    const a = parseArticle(`${ID_1}\n\n${ID_3} (Kabarsukamaju/Rina Wulandari)`);
    expect(texts(a)).toEqual([ID_1, ID_3]);
    expect(a.credit?.text).toBe('Kabarsukamaju/Rina Wulandari');
    const quoted = `${ID_2} Kabarsukamaju/Rina Wulandari`;
    expect(texts(parseArticle(`${ID_1}\n\n${quoted}\n\n${ID_3}`))).toContain(quoted);
  });
});

describe('a bare place, its dash, then the outlet and a dash of its own', () => {
  it('`Sukamaju - kabarcontoh.id -` is one dateline naming the outlet', () => {
    const text = `Sukamaju - kabarsukamaju.id - ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(datelineOf(a)).toEqual(['Sukamaju - kabarsukamaju.id -', 'Sukamaju', 'kabarsukamaju.id']);
    expect(texts(a)).toEqual([ID_1, ID_2]);
  });

  it('a place and a dash before a sentence that only names a site stays a bare place', () => {
    const a = parseArticle(`Sukamaju - kabarsukamaju.id melaporkan warga mulai menanam padi. ${ID_1}\n\n${ID_2}`);
    expect(datelineOf(a)).toEqual(['Sukamaju -', 'Sukamaju', null]);
  });
});

describe('author lines in more forms', () => {
  it('`Jurnalis:` and `Koresponden:` label a byline like `Reporter:`', () => {
    for (const line of ['Jurnalis: Dewi Anggraini', 'Koresponden: Dewi Anggraini']) {
      const a = parseArticle(`${ID_1}\n\n${ID_3}\n\n${line}`);
      expect(texts(a)).toEqual([ID_1, ID_3]);
      expect(junkOf(a)).toContainEqual(['editor', line]);
    }
  });

  it('bylines joined on one line, and a name with its byline in brackets', () => {
    for (const [line, first, last] of [
      ['By DEWI ANGGRAINI and BUDI SANTOSO', EN_1, EN_2],
      ['Story by Dewi Anggraini; photos by Budi Santoso', EN_1, EN_2],
      ['Dewi Anggraini (Kontributor Sukamaju)', ID_1, ID_3],
    ] as const) {
      for (const text of [`${line}\n\n${first}\n\n${last}`, `${first}\n\n${last}\n\n${line}`]) {
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(a.title).toBeNull();
        expect(texts(a)).toEqual([first, last]);
        expect(junkOf(a)).toContainEqual(['editor', line]);
      }
    }
  });

  it('a name alone on the line above a byline line is the byline\'s', () => {
    const text = `${ID_1}\n\n${ID_3}\n\nDewi Anggraini\nKontributor Sukamaju`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([ID_1, ID_3]);
    expect(junkOf(a)).toContainEqual(['editor', 'Dewi Anggraini']);
  });

  it('a name above a role that is no byline (a statement\'s signature) stays', () => {
    const a = parseArticle(`${ID_1}\n\n${ID_3}\n\nDewi Anggraini\nKetua Persatuan Petani Sukamaju`);
    expect(texts(a)).toContain('Dewi Anggraini');
  });
});

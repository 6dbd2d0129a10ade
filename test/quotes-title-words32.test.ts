/**
 * Speaker titles in Malay read on unlabelled text (issue 9, round 32), written with invented people and bodies: the
 * relative `yang` is no title word, and `Felo` (a fellow of an institute) is a title.
 */
import { describe, expect, it } from 'vitest';
import { speakerLines } from './speaker-lines.js';

const QUOTE = '“Kita perlu bergerak cepat sebelum musim tengkujuh,” katanya.';

describe('quotes (Malay speaker titles): the relative `yang` is no title word', () => {
  it('`Menyuarakan pendapat yang sama, X berkata`: an opening clause with `yang` is no role of the speaker', () => {
    const text = ['KUANTAN: Menyuarakan pendapat yang sama, Rahman Ali Hassan berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Rahman Ali Hassan | null | null');
  });

  it('must not fire: `Yang Dipertua` opening a title stays the role', () => {
    const text = ['KUANTAN: Yang Dipertua Majlis Perbandaran Contoh, Rahman Ali Hassan berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Rahman Ali Hassan | Yang Dipertua | Majlis Perbandaran Contoh');
  });
});

describe('quotes (Malay speaker titles): `Felo` opens a title', () => {
  it('`Felo Utama Institut X, Y berkata`: role `Felo Utama`, organisation the institute', () => {
    const text = ['KUANTAN: Felo Utama Institut Kajian Contoh, Lim Kok Wah berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Lim Kok Wah | Felo Utama | Institut Kajian Contoh');
  });

  it('must not fire: a name that opens with the letters of the title (`Felora`) stays a name', () => {
    const text = ['KUANTAN: Pengurus Kilang Cahaya Sdn Bhd, Felora Hassan berkata keputusan itu tepat pada masanya.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toBe('Felora Hassan | Pengurus | Kilang Cahaya Sdn Bhd');
  });
});

describe('quotes (Malay speaker names): a run closed by a title is a place, no person', () => {
  it('`… katanya selaku Ahli Parlimen Parit Kenari Datuk.`: the seat named after the pronoun’s verb is no one new, `katanya` stays with the subject before', () => {
    const text = [
      'KOTA BHARU: Datuk Kamil Razak menyerahkan bantuan banjir kepada 40 keluarga di Pasir Hijau pagi tadi.',
      '“Kami akan hantar satu lagi lori makanan sebelum Jumaat,” katanya selaku Ahli Parlimen Parit Kenari Datuk.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Kamil Razak | null | null']);
  });

  it('must not fire: a title before the name (`Ahli Parlimen Teluk Contoh Datuk X`) still titles the person', () => {
    const text = ['KUALA LUMPUR: Ahli Parlimen Teluk Contoh, Datuk Rahman Ali Hassan berkata spekulasi itu tidak benar.', QUOTE].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toMatch(/^Rahman Ali Hassan \| Ahli Parlimen\b/);
  });
});

describe('quotes (speaker names): the full stop of an abbreviated title opens no sentence', () => {
  it('`dipimpin Dr. Ir. X Y Z.` then `ujar X-short`: the name after the title keeps its first word, so the short form (`Hendra`) finds it', () => {
    const text = [
      'BANDUNG - Purwarupa pengering gabah bertenaga surya itu dirakit tim peneliti yang dipimpin Dr. Ir. Hendrawan Tirta Saputro. Mesin tersebut sudah dicoba di tiga desa.',
      '"Petani bisa memangkas biaya bahan bakar hingga separuh," ujar Hendra seusai uji coba.',
    ].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Hendrawan Tirta Saputro | null | null']);
  });

  it('must not fire: a sentence ending on a plain word still opens the next with a capitalised word that is no name', () => {
    const text = [
      'BANDUNG - Mesin itu dirakit di bengkel kampus. Sepengetahuan Rina Wulandari, mesin itu belum dipasarkan.',
      '"Harga jualnya masih kami susun," ujar Rina seusai uji coba.',
    ].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Rina Wulandari | null | null']);
  });
});

describe('quotes (Malay speech verbs): `menafikan` reports what its subject says', () => {
  it('`X menafikan dakwaan bahawa Y …` then `“…,” katanya`: the one who denies speaks, not the person the claim names', () => {
    const text = [
      'IPOH: Datuk Kamil Razak menafikan dakwaan bahawa Encik Faizal Harun akan dilantik sebagai pengurus pasukan negeri musim depan.',
      'Bekas penjaga gol kebangsaan itu ditemui selepas merasmikan padang latihan baharu di Chemor.',
      '“Saya belum berbincang soal jawatan dengan sesiapa pun,” katanya kepada wartawan.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm').at(-1)).toMatch(/^Kamil Razak \|/);
  });
});

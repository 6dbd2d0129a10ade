import { describe, expect, it } from 'vitest';
import { speakerLines as speakers } from './speaker-lines.js';

describe('speaker organisation: the body a person works at, named in an apposition with a workplace link', () => {
  it('speaker organisation: `X, seorang peneliti di Lembaga Y` gives the body the person speaks for', () => {
    const text = [
      'Lembaga Kajian Pesisir Nusantara merilis laporan tentang abrasi pantai utara.',
      'Laporan itu disusun oleh Rina Wulandari, seorang peneliti di Lembaga Kajian Pesisir Nusantara, bersama tim lapangan.',
      '"Garis pantai mundur hingga dua meter setiap tahun," kata Rina Wulandari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | peneliti | Lembaga Kajian Pesisir Nusantara']);
  });

  it('speaker organisation: `X, an economist at Y` in English, after the quote', () => {
    const text = [
      'Contoh Securities Group cut its growth forecast for the region on Monday.',
      '"Investors are waiting for the central bank to act," said Daniel Hartono, an economist at Contoh Securities Group, in a note.',
    ].join('\n\n');
    expect(speakers(text, 'eng')).toEqual(['Daniel Hartono | economist | Contoh Securities Group']);
  });

  it('speaker organisation: an apposition that is no title (`X, ketika berkunjung di Y`) names no workplace', () => {
    const text = [
      'Lembaga Kajian Pesisir Nusantara merilis laporan tentang abrasi pantai utara.',
      '"Garis pantai mundur setiap tahun," kata Rina Wulandari, ketika berkunjung di Lembaga Kajian Pesisir Nusantara.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | null | null']);
  });

  it('speaker organisation: the apposition stays on one line (a comma before a paragraph break opens no workplace)', () => {
    const text = [
      'Lembaga Kajian Pesisir Nusantara merilis laporan tentang abrasi pantai utara, disusun bersama Rina Wulandari,',
      'peneliti di Lembaga Kajian Pesisir Nusantara sejak lama menolak reklamasi.',
      '"Garis pantai mundur setiap tahun," kata Rina Wulandari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | null | null']);
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

import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lang/index.js';
import { compileOrganisations } from '../src/organisations/compile.js';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import { paragraphWords } from '../src/organisations/words.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'eng'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: names joined to grammar or to each other', () => {
  it('organisations joins: an English possessive ends the name it closes', () => {
    expect(mentions('Ferry timetables printed by the Coastal Ministry’s press were withdrawn after a typo.')).toEqual(['Coastal Ministry']);
    expect(mentions("Looms went quiet as the Kaliandra Weavers Union's strike entered a third week.")).toEqual(['Kaliandra Weavers Union']);
    // Its short form in brackets after the possessive is still the name's.
    const text = "Auditors questioned the Syarikat Seroja Lantera Berhad's (Serolan) fuel bills. Two Serolan barges stayed docked.";
    expect(extractOrganisations(text, { language: 'eng' }).organisations.map((o) => o.mentions.length)).toEqual([3]);
    // Before a capitalised word the possessive is inside the name.
    expect(mentions('Plans for the dam went back to a Prime Minister’s Department panel late on Friday.')).toEqual(['Prime Minister’s Department']);
  });

  it('organisations joins: a one-word name holding a possessive stays whole unless it is a head noun', () => {
    const d = LANGUAGES.eng;
    const c = compileOrganisations(d.organisations, d.speech, d.outlets);
    const words = (text: string): string[] => paragraphWords(c, text).tokens.map((t) => t.text);
    // A brand's own `'s`: no name word before it (a lower-case word, an opener, a comma).
    expect(words("Queues formed at Marisol's counters before noon.")).toContain("Marisol's");
    expect(words("At Halloran's bakery the ovens cooled.")).toContain("Halloran's");
    expect(words("Vendors, Marisol's cooks among them, left early.")).toContain("Marisol's");
    // A head noun alone, or a name of two words, is cut from it.
    expect(words("Pickets said the Union's ballot was void.")).toContain('Union');
    expect(words("Auditors counted the Seroja Lantera's idle barges.")).toContain('Lantera');
  });

  it('organisations joins: two known forms joined by a hyphen are two organisations', () => {
    expect(mentions('Rundingan kerusi MCA-MIC bagi pilihan raya kecil itu tamat lewat malam.', 'zlm')).toEqual(['MCA', 'MIC']);
    // A name word after the hyphen keeps the word whole.
    expect(mentions('Rundingan kerusi MCA-Wirasena bagi pilihan raya kecil itu tamat lewat malam.', 'zlm')).toEqual([]);
  });

  it('organisations joins: a known name goes on with a body’s words or a place, not a person', () => {
    expect(mentions('Garis panduan vaksin itu dikeluarkan oleh Kementerian Kesihatan Awam minggu ini.', 'zlm')).toEqual(['Kementerian Kesihatan Awam']);
    expect(mentions('Berkas tiga kontraktor jembatan dilimpahkan ke Pengadilan Tipikor Kupang kemarin.', 'ind')).toEqual(['Pengadilan Tipikor Kupang']);
    // A person after it, or a place after a small word, stays out.
    expect(mentions('Bibit jagung dibagikan Kementerian Pertanian Jumantoro Wiradikarta di lapangan desa.', 'ind')).toEqual(['Kementerian Pertanian']);
    expect(mentions('Laporan tahunan Bank Dunia untuk Asia Selatan dibahas para nelayan di balai desa.', 'ind')).toEqual(['Bank Dunia']);
  });

  it('organisations joins: a company name goes on past a word that only starts a known form', () => {
    expect(mentions('Gudang kayu milik PT Indonesia Rimbaraya Perkasa terbakar semalam.', 'ind')).toEqual(['PT Indonesia Rimbaraya Perkasa']);
    // Past a whole known form, a person's name stays out.
    expect(mentions('Beras itu diserahkan Perum Bulog Sulawesi Utara Tarsih Wiranegari kepada warga.', 'ind')).toEqual(['Perum Bulog Sulawesi Utara']);
  });

  it('organisations joins: an acronym in brackets after an event’s name is the event’s', () => {
    const text = 'Regu dayung dari Adonara juara di Lembata Rowing Federation Cup (LRFC) musim lalu. Tahun depan LRFC dibantu Koperasi Nelayan Tanjung Barutama (KNTB).';
    expect(mentions(text, 'ind')).toEqual(['Koperasi Nelayan Tanjung Barutama', 'KNTB']);
  });

  it('organisations joins: a given name that only starts a known form is still a person’s', () => {
    expect(mentions('Lumbung padi itu diresmikan Dinas Ketahanan Pangan Maluku Utara Boko Sasmitadirja.', 'ind')).toEqual(['Dinas Ketahanan Pangan Maluku Utara']);
  });
});

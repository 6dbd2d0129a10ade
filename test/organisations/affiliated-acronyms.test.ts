/** organisations affiliated acronyms: an acronym no rule read, named as the body a person comes from or heads. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations affiliated acronyms: the body a person comes from', () => {
  it('organisations affiliated acronyms: a role before the name, `dari` before the acronym', () => {
    const text = 'Hal itu disampaikan Wakil Menteri Pertanian Rina Wulandari dari PKTN dalam keterangannya, Senin.';
    expect(mentions(text)).toEqual(['PKTN']);
  });

  it('organisations affiliated acronyms: Malay `daripada` after an honorific and a name', () => {
    const text = 'Menurutnya, Datuk Seri Ahmad Zakwan daripada PRKM telah menolak cadangan itu.';
    expect(mentions(text, 'zlm')).toEqual(['PRKM']);
  });

  it('organisations affiliated acronyms: a name the text writes alone says a person', () => {
    const text = 'Pertemuan itu dihadiri Sulastri Hendrawan dari LBTK. "Kami mendukung rencana itu," kata Sulastri.';
    expect(mentions(text)).toEqual(['LBTK']);
  });

  it('organisations affiliated acronyms: English `of` after a name', () => {
    const text = 'Ahmad Zakwan of PRKM said the plan was unfair to smallholders.';
    expect(mentions(text, 'eng')).toEqual(['PRKM']);
  });
});

describe('organisations affiliated acronyms: the body between a post with its field and the holder’s name', () => {
  it('organisations affiliated acronyms: a director of a service line and region', () => {
    const text = 'Direktur Layanan Nasabah Wilayah Timur PKTN Sulastri Hendrawan mengatakan antrean berkurang.';
    expect(mentions(text)).toEqual(['PKTN']);
  });

  it('organisations affiliated acronyms: an English post in an Indonesian report, `&` in the field', () => {
    const text = 'Hal itu disampaikan Vice President Riset & Inovasi PKTN Rina Wulandari, Senin.';
    expect(mentions(text)).toEqual(['PKTN']);
  });

  it('organisations affiliated acronyms: a coordinator of a district, the field words of no role', () => {
    const text = 'Koordinator Lapangan Sektor Selatan PKTN Jonas Ferrel mengumumkan jadwal baru itu.';
    expect(mentions(text)).toEqual(['PKTN']);
  });
});

describe('organisations affiliated acronyms: the body a post heads, written before the post', () => {
  it('organisations affiliated acronyms: English `chairman` and a name after the acronym', () => {
    const text = 'PRKM chairman Datuk Lim Kok Seng opened the meeting with local leaders.';
    expect(mentions(text, 'eng')).toEqual(['PRKM']);
  });

  it('organisations affiliated acronyms: a post of two words, `president` the last', () => {
    const text = 'PRKM vice president Lim Kok Seng said the party would contest the seat.';
    expect(mentions(text, 'eng')).toEqual(['PRKM']);
  });
});

describe('organisations affiliated acronyms: near misses stay unreported', () => {
  it('organisations affiliated acronyms: funds, plans and places things come from', () => {
    expect(mentions('Dana itu berasal dari APBX dan dipakai untuk jalan desa.')).toEqual([]);
    expect(mentions('Proyek Jalan Tol Contoh dari RPJMX dimulai tahun depan.')).toEqual([]);
    expect(mentions('Penerbangan Contoh Air dari CGX tertunda dua jam.')).toEqual([]);
  });

  it('organisations affiliated acronyms: a person’s initials after `dari` are short', () => {
    expect(mentions('Wakil Menteri Rina Wulandari dari RW setempat hadir.')).toEqual([]);
  });

  it('organisations affiliated acronyms: a name with nothing that says a person', () => {
    expect(mentions('Sumber Makmur dari KPMX itu dijual murah.')).toEqual([]);
  });

  it('organisations affiliated acronyms: a post that heads no body (a minister of a country, a product’s owner)', () => {
    expect(mentions('UAX minister Ahmad Zakwan led the talks on Monday.', 'eng')).toEqual([]);
    expect(mentions('A KTPX owner Ahmad Zakwan complained about the fee.', 'eng')).toEqual([]);
  });

  it('organisations affiliated acronyms: a minister’s portfolio right after the title, a governor’s province', () => {
    expect(mentions('Menteri PKTX Rina Wulandari meninjau proyek itu.')).toEqual([]);
    expect(mentions('Gubernur Sulawesi Contoh NTX Rina Wulandari meninjau proyek itu.')).toEqual([]);
  });

  it('organisations affiliated acronyms: a field word that names a project, a programme or a campaign before the acronym', () => {
    expect(mentions('Manajer Proyek PKTX Hendra Wiratama mengatakan pipa mulai dipasang.')).toEqual([]);
    expect(mentions('Ketua Tim Pemenangan BRTX Yosef Kandara menyebut relawan bertambah.')).toEqual([]);
    expect(mentions('Manager Project KLTX Hendra Wiratama said the pipes were laid.', 'eng')).toEqual([]);
    // Near miss: the word before the acronym is no undertaking's (a region of the body's, a service line).
    expect(mentions('Manajer Proyek Wilayah Timur PKTN Hendra Wiratama mengatakan pipa mulai dipasang.')).toEqual(['PKTN']);
    expect(mentions('Direktur Layanan Nasabah PKTN Rina W. mengatakan antrean berkurang.')).toEqual(['PKTN']);
  });

  it('organisations affiliated acronyms: a post’s field with no holder’s name after the acronym', () => {
    expect(mentions('Direktur Keuangan dan KPIX menyampaikan laporan tahunan.')).toEqual([]);
  });

  it('organisations affiliated acronyms: an acronym ending a longer name before a post', () => {
    expect(mentions('Contoh GMX managing director Rina Wulandari said the plant was ready.', 'eng')).not.toContain('GMX');
  });
});

/** Speaker titles that are not the speaker's own post now: another person's (through a relation noun) or a past one. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { speakerLines } from '../support/speaker-lines.js';

describe('speaker role: a title reached through a relation noun names someone else', () => {
  it('Malay `kata X, yang juga isteri kepada Menteri Besar Y` gives X no role and no organisation', () => {
    const text = 'KOTA SERAI: "Kami akan terus membantu keluarga nelayan," kata Aminah Salleh, yang juga isteri kepada Menteri Besar Tanjung Pura.\n\nProgram itu bermula bulan lalu.';
    expect(speakerLines(text, 'zlm')).toEqual(['Aminah Salleh | null | null']);
  });

  it('Malay `Menurut X, yang juga anak saudara Pengerusi Persatuan Y, …`: no organisation from the relative’s body', () => {
    const text =
      'KOTA SERAI: Menurut Rahim Osman, yang juga anak saudara Pengerusi Persatuan Nelayan Pantai Timur, program itu akan diteruskan.\n\n' +
      '"Kami akan terus membantu keluarga nelayan," katanya.';
    expect(speakerLines(text, 'zlm')).toEqual(['Rahim Osman | null | null', 'Rahim Osman | null | null']);
  });

  it('Indonesian `kata X, yang juga keponakan Ketua DPRD Y` gives X no role', () => {
    const text = 'SUKAMAJU - "Kami akan terus membantu warga," kata Budi Santoso, yang juga keponakan Ketua DPRD Sukamaju.\n\nBantuan disalurkan pekan ini.';
    expect(speakerLines(text, 'ind')).toEqual(['Budi Santoso | null | null']);
  });

  it('must stay: `kata X, yang juga Ketua Pemuda Parti Y` is X’s own post', () => {
    const text = 'KOTA SERAI: "Kami akan terus membantu keluarga nelayan," kata Rahim Osman, yang juga Ketua Pemuda Parti Bunga Raya.\n\nProgram itu bermula bulan lalu.';
    expect(speakerLines(text, 'zlm')).toEqual(['Rahim Osman | Ketua Pemuda | Parti Bunga Raya']);
  });

  it('must stay: `isteri` as the speaker’s own description when no title follows it', () => {
    const text = 'KOTA SERAI: "Kami hanya mahu dia pulang dengan selamat," kata isteri mangsa, Aminah Salleh.\n\nPencarian diteruskan esok.';
    expect(speakerLines(text, 'zlm')).toEqual(['Aminah Salleh | isteri mangsa | null']);
  });
});

describe('speaker role: a past post keeps its former word and names no organisation the speaker speaks for now', () => {
  it('Malay `kata X, yang juga bekas Ketua Pemuda Parti Y` gives `bekas Ketua Pemuda`, not the bare title', () => {
    const text = 'KOTA SERAI: "Kami akan terus membantu keluarga nelayan," kata Rahim Osman, yang juga bekas Ketua Pemuda Parti Bunga Raya.\n\nProgram itu bermula bulan lalu.';
    expect(speakerLines(text, 'zlm')).toEqual(['Rahim Osman | bekas Ketua Pemuda | null']);
  });

  it('Indonesian `kata X, yang juga mantan Kapolda Y`: a title that takes a place keeps `mantan` too', () => {
    const text = 'SUKAMAJU - "Kami akan terus membantu warga," kata Budi Santoso, yang juga mantan Kapolda Jawa Timur.\n\nBantuan disalurkan pekan ini.';
    expect(speakerLines(text, 'ind')).toEqual(['Budi Santoso | mantan Kapolda Jawa Timur | null']);
  });

  it('Indonesian `kata mantan Menteri Y X` before the name keeps `mantan` in the role', () => {
    const text = 'SUKAMAJU - "Kami akan terus membantu warga," kata mantan Menteri Perdagangan Budi Santoso.\n\nBantuan disalurkan pekan ini.';
    expect(speakerLines(text, 'ind')).toEqual(['Budi Santoso | mantan Menteri Perdagangan | null']);
  });

  it('Indonesian narrative `Menanggapi …, eks Kepala Dinas Y X menyebut …` keeps `eks Kepala` for the quote after it', () => {
    const text =
      'SUKAMAJU - Menanggapi tudingan itu, eks Kepala Dinas Pertanian Budi Santoso menyebut stok beras aman.\n\n' +
      '"Gudang kami masih penuh sampai akhir tahun," ujarnya.';
    expect(speakerLines(text, 'ind')).toEqual(['Budi Santoso | eks Kepala | null']);
  });

  it('must stay: the same narrative without the former word gives the bare title', () => {
    const text =
      'SUKAMAJU - Menanggapi tudingan itu, Kepala Dinas Pertanian Budi Santoso menyebut stok beras aman.\n\n' +
      '"Gudang kami masih penuh sampai akhir tahun," ujarnya.';
    expect(speakerLines(text, 'ind')).toEqual(['Budi Santoso | Kepala | Dinas Pertanian']);
  });

  it('extractQuotes drops a past post\'s organisation as parseArticle does', () => {
    const text = 'SUKAMAJU - "Kami akan terus membantu warga," kata mantan Menteri Perdagangan Budi Santoso di Kementerian Perdagangan.';
    const speaker = extractQuotes(text, { language: 'ind' }).quotes[0]?.speaker;
    expect([speaker?.name, speaker?.role, speaker?.organisation]).toEqual(['Budi Santoso', 'mantan Menteri Perdagangan', null]);
  });
});

describe('speaker role: an English past post keeps `former`', () => {
  const said = (phrase: string) => `PORT CONTOH: "We will keep the plant open," said John Tan, ${phrase}.\n\nThe plant opened in 1990.`;

  it.each([
    'who is also a former chairman of Contoh Berhad',
    'who is a former chairman of Contoh Berhad',
    'who is also former chairman of Contoh Berhad',
    'a former chairman of Contoh Berhad',
  ])('`…, %s` gives `former chairman` and no organisation', (phrase) => {
    expect(speakerLines(said(phrase), 'eng')).toEqual(['John Tan | former chairman | null']);
  });

  it.each(['who is also chairman of Contoh Berhad', 'a chairman of Contoh Berhad'])('must stay: `…, %s` is the speaker’s post and body now', (phrase) => {
    expect(speakerLines(said(phrase), 'eng')).toEqual(['John Tan | chairman | Contoh Berhad']);
  });

  it('must stay: `…, son of a former minister` gives no post of the father’s', () => {
    expect(speakerLines(said('son of a former minister'), 'eng')[0]).not.toMatch(/minister/);
  });
});

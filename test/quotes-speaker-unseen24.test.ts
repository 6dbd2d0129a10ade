/**
 * Speaker shapes read on unlabelled text (issue 9, round 24), written with invented people, organisations and stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The quotes of `text` of one kind, read in `language`. */
function quotes(text: string, language: SupportedLanguage, kind: Quote['kind'] = 'direct'): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === kind);
}

describe('speaker unseen 24: whole words and name runs', () => {
  it('speaker unseen 24: `tutur Randa` with `Opik Randa` named is not a nickname cut from inside `Wirandaru`', () => {
    const text = [
      'Rapat di balai desa dibuka oleh juru bicara paguyuban nelayan pesisir. "Solar untuk perahu kecil harus dijual dengan harga subsidi," ujar Wirandaru Sembada.',
      'Opik Randa, pemilik bengkel perahu di dermaga timur, sejak subuh menambal lambung kapal yang bocor.',
      '"Mesin tempel di sini rata-rata sudah berumur belasan tahun," tutur Randa.',
    ].join('\n\n');
    const name = quotes(text, 'ind')[1]!.speaker?.name ?? '';
    expect(name).not.toBe('Wirandaru Sembada');
    expect(name.split(' ')).toContain('Randa');
  });

  it('speaker unseen 24: a workplace apposition after `LaVerna Kewuan` is not read for `Verna Kewuan` (whole-word name search)', () => {
    const text = [
      'Kapal feri bertenaga baterai pertama berlayar dari Pelabuhan Contoh pada Kamis subuh.',
      'LaVerna Kewuan, dosen di Politeknik Pelayaran Contoh, memimpin pelayaran uji itu dari anjungan.',
      '"Anak saya tidak mabuk laut sama sekali kali ini," tutur Verna Kewuan, penumpang asal Pulau Lain.',
    ].join('\n\n');
    const speaker = parseArticle(text).quotes[0]!.speaker;
    expect(speaker?.name).toBe('Verna Kewuan');
    expect(speaker?.organisation).toBeNull();
  });

  it('speaker unseen 24: `According to an update from X, …` is X speaking, not `an update`', () => {
    const text = [
      'Two pumping stations of Riverbend Water Board stopped after the storm, and tap water on the east bank ran brown for days.',
      'According to an update from Riverbend Water Board, both stations should pump clean water again before the weekend.',
    ].join('\n\n');
    const last = quotes(text, 'eng', 'indirect').at(-1)!;
    expect(last.speaker?.name).toBe('Riverbend Water Board');
  });

  it('speaker unseen 24: `Lalu` before a name is a Lombok honorific, after a comma too; `Lalu Lintas` stays a field', () => {
    const after = quotes('"Benih padi untuk musim tanam sudah kami bagikan ke semua kelompok tani," ucap Sekretaris Dinas Ketahanan Pangan Kabupaten Contoh, Lalu Gempar Wiradinata di gudang benih.', 'ind')[0]!;
    expect(after.speaker?.name).toBe('Gempar Wiradinata');
    const inside = quotes('"Benih padi untuk musim tanam sudah kami bagikan ke semua kelompok tani," ucap Sekretaris Dinas Ketahanan Pangan Kabupaten Contoh Lalu Gempar Wiradinata.', 'ind')[0]!;
    expect(inside.speaker?.organisation).toBe('Dinas Ketahanan Pangan Kabupaten Contoh');
    const field = quotes('"Arus balik diperkirakan memuncak pada Minggu malam," tutur Kasat Lalu Lintas Polres Contoh AKP Hardiman Tjokro.', 'ind')[0]!;
    expect(field.speaker?.role).toBe('Kasat Lalu Lintas');
  });

  it('speaker unseen 24: a speech verb in a relative clause (`… yang juga menyatakan …`) makes no organisation list the next speaker', () => {
    const text = [
      'Presiden Kesatuan Penjaja Contoh, Zulhasri Halimi menyerahkan memorandum kepada majlis perbandaran petang semalam. "Kami mahu tapak niaga yang selamat dan berbumbung," tegasnya.',
      'Zulhasri turut memuji persatuan KPJ, KPR dan KPS yang juga menyatakan sokongan terhadap memorandum tersebut. "Perjuangan ini milik semua peniaga kecil," katanya.',
    ].join('\n\n');
    expect(quotes(text, 'zlm')[1]!.speaker?.name).toBe('Zulhasri Halimi');
  });

  it('speaker unseen 24: after a person (`Harsojo Firmanto, who said …`) the relative clause still notes its speaker', () => {
    const text = [
      '"The new pier will open in May," said Jaelani Tumewu, the port manager.',
      'Harsojo Firmanto, who said the ferry timetable would change in March, chairs the harbour users forum.',
      '"Fishermen need the early boats," he said.',
    ].join('\n\n');
    expect(quotes(text, 'eng').at(-1)!.speaker?.name).toBe('Harsojo Firmanto');
  });

  it('speaker unseen 24: a degree written with full stops after the name (`…, M.Kes,`, `…, S.H., M.H.,`) is no name', () => {
    const kes = quotes('Dalam rapat gizi itu, Ketua Tim Gizi Rumah Sakit Contoh dr Marsela Tjandrawinata, M.Kes, mengatakan porsi sayur bagi pasien anak akan ditambah.', 'ind', 'indirect')[0]!;
    expect(kes.speaker?.name).toBe('Marsela Tjandrawinata');
    const law = quotes('Pakar hukum agraria Universitas Contoh Dr. Benedikta Saragi, S.H., M.H., mengatakan sengketa lahan pesisir itu sebaiknya diselesaikan lewat mediasi.', 'ind', 'indirect')[0]!;
    expect(law.speaker?.name).toBe('Benedikta Saragi');
  });

  it('speaker unseen 24: `Mantan Ketua Dewan Kopi Contoh ini mengatakan` points back to the person spoken of, not to `Contoh`', () => {
    const text = [
      '"Harga biji kopi memang naik," tutur Pujiharto Leksono di kebunnya.',
      'Ia menambahkan, ongkos petik naik lebih cepat daripada harga biji.',
      'Mantan Ketua Dewan Kopi Contoh ini mengatakan koperasi harus membangun gudang pengering sendiri.',
    ].join('\n\n');
    expect(quotes(text, 'ind', 'indirect').at(-1)!.speaker?.name).toBe('Pujiharto Leksono');
  });

  it('speaker unseen 24: an opener glued to the previous sentence (`tahun ini." Air`) pairs with a closer glued to its verb (`purnama,"tutur`)', () => {
    const text = 'Peneliti pesisir Ardhana Kusumaningrat memetakan kampung nelayan yang tenggelam saat pasang tinggi. Tanggul di kampung itu harus ditinggikan tahun ini." Air laut sekarang masuk ke dapur warga setiap bulan purnama,"tutur Ardhana saat lokakarya di Semarang.';
    const q = quotes(text, 'ind')[0]!;
    expect(q.text.startsWith('Air laut sekarang masuk')).toBe(true);
    expect(q.speaker?.name).toBe('Ardhana Kusumaningrat');
  });
});

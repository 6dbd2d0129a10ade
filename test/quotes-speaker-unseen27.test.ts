import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Every quote's speaker as `name | role | organisation`. */
function speakers(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
}

describe('speaker organisation: a title held for a client', () => {
  it('the person a counsel acts for is no organisation', () => {
    const text = [
      'Sidang gugatan sengketa kebun cengkih di Lembah Kiranawe kembali ditunda pekan ini.',
      '"Bukti baru sudah kami serahkan kepada majelis," kata Pengacara Harsono Wibiseno, Lintang Prameswari, di Kiranawe.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lintang Prameswari | Pengacara | null']);
  });

  it('a body the counsel acts for stays the organisation', () => {
    const text = [
      'Sidang gugatan sengketa kebun cengkih di Lembah Kiranawe kembali ditunda pekan ini.',
      '"Bukti baru sudah kami serahkan kepada majelis," kata Kuasa Hukum PT Sumber Kencana Lestari, Lintang Prameswari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lintang Prameswari | Kuasa Hukum | PT Sumber Kencana Lestari']);
  });
});

describe('speaker role: a member of a legislature holds a seat, not an organisation', () => {
  it('`Ahli Parlimen <seat>` is the role, the seat no organisation', () => {
    const text = [
      'Projek jeti nelayan di pesisir Teluk Sirihanta tertangguh sejak awal tahun.',
      '"Nelayan di kawasan ini sudah menunggu terlalu lama," kata Ahli Parlimen Teluk Sirihanta, Hamidun Zulkarnawi.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Hamidun Zulkarnawi | Ahli Parlimen Teluk Sirihanta | null']);
  });

  it('a village head still speaks for the village the post names', () => {
    const text = [
      'Jalan desa di lereng bukit itu longsor setelah hujan deras semalam.',
      '"Warga sudah kami ungsikan ke balai desa," kata Kepala Desa Sukarimbun Darto Wiyonggo.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Darto Wiyonggo | Kepala Desa | Sukarimbun']);
  });
});

describe('speaker: a ruler’s speech', () => {
  it('`titah baginda` is the ruler just named speaking, not the speaker before', () => {
    const text = [
      'Sebuah taman orkid liar seluas lima hektar di Bukit Seramba dibuka kepada orang ramai pagi tadi.',
      '"Lebih tiga ratus spesies sudah kami tanam semula di lereng ini," kata Kurator Taman, Nurfadzilah Omarudin.',
      'Sultan Zarminsyah Kaharudin yang merasmikan taman itu berharap lebih ramai pelajar datang belajar di situ.',
      '"Beta ingin anak muda mengenali bunga hutan negeri sendiri," titah baginda.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')[1]).toBe('Sultan Zarminsyah Kaharudin | null | null');
  });

  it('`titah` before a ruler’s name attributes the quote to that ruler', () => {
    const text = [
      'Sebuah taman orkid liar seluas lima hektar di Bukit Seramba dibuka kepada orang ramai pagi tadi.',
      '"Lebih tiga ratus spesies sudah kami tanam semula di lereng ini," kata Kurator Taman, Nurfadzilah Omarudin.',
      '"Beta ingin anak muda mengenali bunga hutan negeri sendiri," titah Sultan Zarminsyah Kaharudin.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')[1]).toMatch(/^Sultan Zarminsyah Kaharudin \|/u);
  });
});

describe('speaker organisation: a body whose name is also a post', () => {
  it('`Ketua Ombudsman <place>`: the post word after a title is the body', () => {
    const text = [
      'Keluhan soal layanan air bersih di Kota Larangbumi naik dua kali lipat tahun ini.',
      '"Kami minta perusahaan daerah membuka data gangguan," kata Ketua Ombudsman RI Perwakilan Larangbumi Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | Ketua | Ombudsman RI Perwakilan Larangbumi']);
  });

  it('a lower-case member’s title keeps the body it is written before', () => {
    const text = [
      'Keluhan soal layanan air bersih di Kota Larangbumi naik dua kali lipat tahun ini.',
      '"Kami minta perusahaan daerah membuka data gangguan," kata anggota Ombudsman RI Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | anggota | Ombudsman RI']);
  });

  it('the body the article names does not become a paragraph’s speaker', () => {
    const text = [
      'Ombudsman RI menerima tiga ratus laporan soal layanan air bersih di Kota Larangbumi.',
      '"Kami minta perusahaan daerah membuka data gangguan," kata Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | null | null']);
  });

  it('a post word before another post word stays in the title (`Group Head`)', () => {
    const text = [
      'Penyaluran kredit rumah di Larangbumi naik tipis pada kuartal ketiga.',
      '"Permintaan masih ditopang pembeli rumah pertama," kata Group Head Riset Bank Sentosa Mulia, Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')[0]).toMatch(/^Sekar Ayuningrum \| Group Head/u);
  });
});

describe('speaker role: an acting post written with a full stop', () => {
  it('`Name, Plt. <title> <body>,` keeps the name whole and reads the title', () => {
    const text = [
      'Harga gabah di tingkat petani Larangbumi turun dalam dua pekan terakhir.',
      'Sekar Ayuningrum, Plt. Direktur Jenderal Tanaman Pangan Kementerian Pertanian, mengatakan stok gabah masih cukup. "Kami terus memantau harga," ujarnya.',
    ].join('\n\n');
    expect(speakers(text, 'ind').at(-1)).toBe('Sekar Ayuningrum | Plt. Direktur Jenderal Tanaman Pangan | Kementerian Pertanian');
  });

  it('`Plt. Kepala Dinas <field>`: the acting post keeps its title', () => {
    const text = [
      'Harga gabah di tingkat petani Larangbumi turun dalam dua pekan terakhir.',
      '"Kami terus memantau harga," kata Plt. Kepala Dinas Pertanian Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | Plt. Kepala | Dinas Pertanian']);
  });
});

/** Speaker names: whole words, name runs and full names. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { directQuotes, speakerLines } from '../support/speaker-lines.js';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';

/** The first direct quote's speaker. */
function speaker(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.find((q) => q.kind === 'direct')?.speaker;
}

describe('speaker name runs: a field-ending surname is part of the name, not of the title', () => {
  it('name runs: a surname closing the phrase before any verb (`… Sandaru Wirastion menjanjikan`) keeps the title', () => {
    const text = [
      'BITUNG - Menko Kemaritiman Sandaru Wirastion menjanjikan dermaga kapal ikan kedua rampung sebelum musim angin barat.',
      '"Nelayan tidak perlu lagi antre bongkar muat sampai malam," kata Sandaru.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Sandaru Wirastion', role: 'Menko Kemaritiman' });
  });

  it('name runs: two first names before the surname (`Kepala BPS Maluku Tegarsa Lumindo Kelastion`) keep the title', () => {
    const text = [
      'AMBON - Kepala Badan Pusat Statistik Maluku Tegarsa Lumindo Kelastion merilis angka inflasi bulanan yang melandai.',
      '"Harga ikan segar menjadi penyumbang penurunan terbesar," ujar Tegarsa.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Tegarsa Lumindo Kelastion', role: 'Kepala' });
  });

  it('name runs: after a rank, a surname between name words (`Datuk Harzami Wirastion Kamarolzam`) keeps the title', () => {
    const text = [
      'IPOH - Bendahari Persatuan Peladang Contoh Datuk Harzami Wirastion Kamarolzam menegaskan yuran ahli tidak dinaikkan tahun ini.',
      '"Ahli boleh menjelaskan yuran secara ansuran," kata Harzami.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')).toMatchObject({ name: 'Harzami Wirastion Kamarolzam', role: 'Bendahari' });
  });
});

describe('speaker name runs: after a rank, a title field word between name words is a name word', () => {
  it('name runs: `Kombes (Pol) Utama Sarwendo` after the post → the whole name, the post as role', () => {
    const text = [
      'PALU - Direktur Reserse Narkoba Polda Contoh Kombes (Pol) Utama Sarwendo menyebut gudang di pinggir kota itu diintai sejak Maret.',
      '"Dua kurirnya masih kami buru," kata Utama.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Utama Sarwendo', role: 'Direktur Reserse Narkoba' });
  });

  it('name runs: `…, AKP Danuarsa Utama Pertiwano, di markasnya` then `kata Danuarsa` → the three-word name with the post', () => {
    const text = [
      'KUPANG - "Barang bukti sudah dititipkan di gudang kejaksaan," tutur Kanit II Satreskrim Polres Contoh, AKP Danuarsa Utama Pertiwano, di markasnya.',
      '"Pemiliknya kami periksa sebagai saksi," kata Danuarsa.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Danuarsa Utama Pertiwano', role: 'Kanit II' });
  });

  it('name runs: without a rank an English field stays in the organisation (`Direktur Contoh Wealth Management Larasita Wulanratri`)', () => {
    const text = 'SURABAYA - "Nasabah ritel mulai melirik obligasi lagi," ucap Direktur Contoh Wealth Management Larasita Wulanratri.';
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Larasita Wulanratri', role: 'Direktur' });
  });
});

describe('speaker name runs: a rank that is also a title word opens no name', () => {
  it('name runs: `Direktur Jenderal Kekayaan Negara Kastowo Jatmirka` keeps the whole post', () => {
    const text = [
      'BANDUNG - Direktur Jenderal Kekayaan Negara Kastowo Jatmirka menyatakan lelang gedung bekas pabrik tekstil itu diulang bulan depan.',
      '"Nilai limitnya kami turunkan sedikit," kata Kastowo.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Kastowo Jatmirka', role: 'Direktur Jenderal Kekayaan Negara' });
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker unseen: a name set off by an honorific or a comma keeps its first words', () => {
  it('speaker unseen: Malay `Naib Presiden Parti Datuk Seri X Tun Y`, the article later writing `X` alone', () => {
    const text = [
      'Naib Presiden Parti Contoh Datuk Seri Hamdan Tun Rosli berkata calon perlu berjumpa pengundi.',
      '“Kami akan turun ke setiap kampung sebelum hari mengundi,” katanya.',
      'Hamdan juga yakin pengundi muda akan keluar beramai-ramai.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Hamdan Tun Rosli', role: 'Naib Presiden', organisation: 'Parti Contoh' });
  });

  it('speaker unseen: Malay `Naib Presidennya, X Y Z`, the article later writing `X Y` alone', () => {
    const text = [
      'Naib Presidennya, Rina Wulandari Ahmad berkata, kegagalan itu hanya muslihat politik.',
      '“Ikrar itu hanya ungkapan kosong untuk memancing undi,” katanya.',
      'Rina Wulandari, dalam kenyataan sama, turut mengingatkan kerajaan tentang janji itu.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari Ahmad', role: 'Naib Presiden' });
  });

  it('speaker unseen: Indonesian `Kapolres X AKBP A B C`, the article later writing `A` alone', () => {
    const text = [
      'Kapolres Contoh Barat AKBP Danu Aditya Pratama mengatakan dua tersangka masih diburu.',
      '“Kami sudah memetakan lokasi persembunyian keduanya,” ujarnya.',
      'Danu memimpin langsung pengejaran di kawasan hutan itu.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Danu Aditya Pratama', role: 'Kapolres Contoh Barat', organisation: 'Polres Contoh Barat' });
  });

  it('speaker unseen: a rank-like word closing a title does not set the name off (`Sekretaris Jenderal (Sekjen) APTB X`)', () => {
    const text = [
      'Aliansi Petani Tangguh Bersatu (APTB) menilai harga pupuk terlalu tinggi.',
      'Sekretaris Jenderal (Sekjen) APTB Budi Santoso menilai harga itu memberatkan.',
      '“Petani kami sudah lama mengeluhkan harga pupuk,” kata Budi.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'APTB' });
  });
});

describe('speaker unseen: a place closing a title is no name', () => {
  it('speaker unseen: Malay `Jurucakap Kementerian X (KX) Selangor berkata` names nobody', () => {
    const text = 'Jurucakap Kementerian Contoh Dalam Negeri (KCDN) Selangor berkata, pemeriksaan akan diperketat.\n\n“Syarikat yang ingkar akan dikenakan tindakan,” katanya.';
    const quote = direct(text, 'zlm')[0];
    expect(quote?.speaker?.name ?? null).not.toBe('Selangor');
  });
});

/**
 * Speaker shapes read on unlabelled text (issue 9, round 24), written with invented people, organisations and stories.
 */

/** The quotes of `text` of one kind, read in `language`. */
function quotes(text: string, language: SupportedLanguage, kind: Quote['kind'] = 'direct'): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === kind);
}

describe('speaker names: whole words and name runs', () => {
  it('`tutur Randa` with `Opik Randa` named is not a nickname cut from inside `Wirandaru`', () => {
    const text = [
      'Rapat di balai desa dibuka oleh juru bicara paguyuban nelayan pesisir. "Solar untuk perahu kecil harus dijual dengan harga subsidi," ujar Wirandaru Sembada.',
      'Opik Randa, pemilik bengkel perahu di dermaga timur, sejak subuh menambal lambung kapal yang bocor.',
      '"Mesin tempel di sini rata-rata sudah berumur belasan tahun," tutur Randa.',
    ].join('\n\n');
    const name = quotes(text, 'ind')[1]!.speaker?.name ?? '';
    expect(name).not.toBe('Wirandaru Sembada');
    expect(name.split(' ')).toContain('Randa');
  });

  it('a workplace apposition after `LaVerna Kewuan` is not read for `Verna Kewuan` (whole-word name search)', () => {
    const text = [
      'Kapal feri bertenaga baterai pertama berlayar dari Pelabuhan Contoh pada Kamis subuh.',
      'LaVerna Kewuan, dosen di Politeknik Pelayaran Contoh, memimpin pelayaran uji itu dari anjungan.',
      '"Anak saya tidak mabuk laut sama sekali kali ini," tutur Verna Kewuan, penumpang asal Pulau Lain.',
    ].join('\n\n');
    const speaker = parseArticle(text).quotes[0]!.speaker;
    expect(speaker?.name).toBe('Verna Kewuan');
    expect(speaker?.organisation).toBeNull();
  });

  it('`According to an update from X, …` is X speaking, not `an update`', () => {
    const text = [
      'Two pumping stations of Riverbend Water Board stopped after the storm, and tap water on the east bank ran brown for days.',
      'According to an update from Riverbend Water Board, both stations should pump clean water again before the weekend.',
    ].join('\n\n');
    const last = quotes(text, 'eng', 'indirect').at(-1)!;
    expect(last.speaker?.name).toBe('Riverbend Water Board');
  });

  it('`Lalu` before a name is a Lombok honorific, after a comma too; `Lalu Lintas` stays a field', () => {
    const after = quotes('"Benih padi untuk musim tanam sudah kami bagikan ke semua kelompok tani," ucap Sekretaris Dinas Ketahanan Pangan Kabupaten Contoh, Lalu Gempar Wiradinata di gudang benih.', 'ind')[0]!;
    expect(after.speaker?.name).toBe('Gempar Wiradinata');
    const inside = quotes('"Benih padi untuk musim tanam sudah kami bagikan ke semua kelompok tani," ucap Sekretaris Dinas Ketahanan Pangan Kabupaten Contoh Lalu Gempar Wiradinata.', 'ind')[0]!;
    expect(inside.speaker?.organisation).toBe('Dinas Ketahanan Pangan Kabupaten Contoh');
    const field = quotes('"Arus balik diperkirakan memuncak pada Minggu malam," tutur Kasat Lalu Lintas Polres Contoh AKP Hardiman Tjokro.', 'ind')[0]!;
    expect(field.speaker?.role).toBe('Kasat Lalu Lintas');
  });

  it('a speech verb in a relative clause (`… yang juga menyatakan …`) makes no organisation list the next speaker', () => {
    const text = [
      'Presiden Kesatuan Penjaja Contoh, Zulhasri Halimi menyerahkan memorandum kepada majlis perbandaran petang semalam. "Kami mahu tapak niaga yang selamat dan berbumbung," tegasnya.',
      'Zulhasri turut memuji persatuan KPJ, KPR dan KPS yang juga menyatakan sokongan terhadap memorandum tersebut. "Perjuangan ini milik semua peniaga kecil," katanya.',
    ].join('\n\n');
    expect(quotes(text, 'zlm')[1]!.speaker?.name).toBe('Zulhasri Halimi');
  });

  it('after a person (`Harsojo Firmanto, who said …`) the relative clause still notes its speaker', () => {
    const text = [
      '"The new pier will open in May," said Jaelani Tumewu, the port manager.',
      'Harsojo Firmanto, who said the ferry timetable would change in March, chairs the harbour users forum.',
      '"Fishermen need the early boats," he said.',
    ].join('\n\n');
    expect(quotes(text, 'eng').at(-1)!.speaker?.name).toBe('Harsojo Firmanto');
  });

  it('a degree written with full stops after the name (`…, M.Kes,`, `…, S.H., M.H.,`) is no name', () => {
    const kes = quotes('Dalam rapat gizi itu, Ketua Tim Gizi Rumah Sakit Contoh dr Marsela Tjandrawinata, M.Kes, mengatakan porsi sayur bagi pasien anak akan ditambah.', 'ind', 'indirect')[0]!;
    expect(kes.speaker?.name).toBe('Marsela Tjandrawinata');
    const law = quotes('Pakar hukum agraria Universitas Contoh Dr. Benedikta Saragi, S.H., M.H., mengatakan sengketa lahan pesisir itu sebaiknya diselesaikan lewat mediasi.', 'ind', 'indirect')[0]!;
    expect(law.speaker?.name).toBe('Benedikta Saragi');
  });

  it('`Mantan Ketua Dewan Kopi Contoh ini mengatakan` points back to the person spoken of, not to `Contoh`', () => {
    const text = [
      '"Harga biji kopi memang naik," tutur Pujiharto Leksono di kebunnya.',
      'Ia menambahkan, ongkos petik naik lebih cepat daripada harga biji.',
      'Mantan Ketua Dewan Kopi Contoh ini mengatakan koperasi harus membangun gudang pengering sendiri.',
    ].join('\n\n');
    expect(quotes(text, 'ind', 'indirect').at(-1)!.speaker?.name).toBe('Pujiharto Leksono');
  });

  it('an opener glued to the previous sentence (`tahun ini." Air`) pairs with a closer glued to its verb (`purnama,"tutur`)', () => {
    const text = 'Peneliti pesisir Ardhana Kusumaningrat memetakan kampung nelayan yang tenggelam saat pasang tinggi. Tanggul di kampung itu harus ditinggikan tahun ini." Air laut sekarang masuk ke dapur warga setiap bulan purnama,"tutur Ardhana saat lokakarya di Semarang.';
    const q = quotes(text, 'ind')[0]!;
    expect(q.text.startsWith('Air laut sekarang masuk')).toBe(true);
    expect(q.speaker?.name).toBe('Ardhana Kusumaningrat');
  });
});

describe('speaker names: a place set off by commas before a full name', () => {
  it('Malay `penjaja … di Taman Contoh, Sukamaju, Rina Wulandari berkata` names Rina, not the town', () => {
    const text = [
      'Dalam pada itu, penjaja kuih di Taman Contoh Indah, Sukamaju, Rina Wulandari berkata, jualan bulan ini merosot.',
      '“Pembeli datang hanya pada hujung minggu,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rina Wulandari');
  });
});

const speakers = (text: string) => directQuotes(text).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker names: a short form cuts a first name, not a surname', () => {
  it('a one-word speaker that begins the surname closing someone else’s name is a person of its own', () => {
    const text =
      'WANAJAYA - Kebakaran gudang pupuk di Kampung Sentosa diselidiki.\n\n"Penyebabnya masih kami dalami," kata Kasat Reskrim Polres Wanajaya AKP Wiro Adi Purnomojati, Selasa (4/2).\n\nSalah satu saksi, Purno, bercerita soal api yang muncul dari atap gudang.\n\n"Asapnya hitam sekali," kata Purno.';
    // `Salah satu saksi, Purno`: the description is Purno's role (`described-before.ts`).
    expect(speakers(text)).toEqual(['Wiro Adi Purnomojati | Kasat Reskrim | Polres Wanajaya', 'Purno | saksi | null']);
  });

  it('must not fire: the start of a first name still stands for the person (`Danur`)', () => {
    const text = 'WANAJAYA - Kunjungan wisata naik.\n\n"Hotel kita penuh," kata Menteri Pariwisata Danurwenda Kalista.\n\n"Kami tambah rute," kata Danur.';
    expect(speakers(text)).toEqual([
      'Danurwenda Kalista | Menteri Pariwisata | Kementerian Pariwisata',
      'Danurwenda Kalista | Menteri Pariwisata | Kementerian Pariwisata',
    ]);
  });

  it('must not fire: after an initial the first full word is still the name a short form cuts', () => {
    const text = 'WANAJAYA - Pelabuhan diperluas.\n\n"Dermaga baru rampung tahun ini," kata Menteri Perhubungan S. Gandarwati Pramesti.\n\n"Kami sudah menghitung," kata Gandar.';
    expect(speakers(text).map((s) => s?.split(' | ')[0])).toEqual(['S. Gandarwati Pramesti', 'S. Gandarwati Pramesti']);
  });
});

/** Every organisation name `extractOrganisations` reports for `text` read in `language`. */
function organisationNames(text: string, language: 'zlm' | 'eng'): string[] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.name);
}

describe('`Sri`/`Seri`: part of an honorific only after a word that takes it, else a name word', () => {
  it('`Sri` opening a person’s name in Malay text stays in the name', () => {
    const text = [
      'KUANTAN: Pengarah Urusan Kilang Cahaya Sdn Bhd, Sri Wulandari Kusnadi berkata syarikat itu akan membuka dua kilang baharu tahun depan.',
      '“Kami yakin permintaan akan terus meningkat,” katanya.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(Array(2).fill('Sri Wulandari Kusnadi | Pengarah Urusan | Kilang Cahaya Sdn Bhd'));
  });

  it('`Seri` opening a club’s or a council’s name is no honorific breaking it', () => {
    expect(organisationNames('Jurulatih itu tiba semalam untuk melatih Seri Kenanga FC menjelang musim baharu.', 'zlm')).toContain('Seri Kenanga FC');
    expect(organisationNames('Residents wrote to the Seri Meranti Council last week about the new bus depot.', 'eng')).toContain('Seri Meranti Council');
  });

  it('must not fire: `Tan Sri`, `Datuk Seri`, `Datin Seri`, `Dato’ Sri` stay honorifics, kept out of the name', () => {
    const scene = (title: string) => [
      `KUANTAN: Pengerusi Kilang Cahaya Sdn Bhd, ${title} Rosnah Idris berkata syarikat itu akan membuka dua kilang baharu tahun depan.`,
      '“Kami yakin permintaan akan terus meningkat,” katanya.',
    ].join('\n\n');
    for (const title of ['Tan Sri', 'Datuk Seri', 'Datin Seri']) {
      expect(speakerLines(scene(title), 'zlm')).toEqual(Array(2).fill('Rosnah Idris | Pengerusi | Kilang Cahaya Sdn Bhd'));
    }
    // The apostrophe of `Dato’` stands between the title's two words.
    for (const title of ['Dato’ Sri', "Dato' Seri"]) {
      const lines = speakerLines(scene(title), 'zlm');
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line?.split(' | ')[0]).toBe('Rosnah Idris');
    }
  });

  it('the apostrophe closing `Dato’` / `Dato\'` is the title’s: `kata Dato’ X, Pengerusi Y` names X with the post, and `Dato’ Paduka` is one title', () => {
    const scene = (title: string) => [
      'SEREMBAN: Kerja menaik taraf jalan di pekan itu akan siap awal tahun depan.',
      `“Kami akan memastikan semua kerja disiapkan mengikut jadual,” kata ${title} Rosnah Idris, Pengerusi Lembaga Air Sungai Mawar.`,
      '“Penduduk tidak perlu bimbang tentang bekalan air,” katanya.',
    ].join('\n\n');
    for (const title of ['Dato’', "Dato'", 'Dato’ Sri', "Dato' Paduka"]) {
      expect(speakerLines(scene(title), 'zlm')).toEqual(Array(2).fill('Rosnah Idris | Pengerusi | Lembaga Air Sungai Mawar'));
    }
    const before = [
      'SEREMBAN: Kerja menaik taraf jalan di pekan itu akan siap awal tahun depan.',
      'Dato’ Paduka Kamal Yusri berkata kontraktor sudah dilantik bulan lalu.',
      '“Kos projek tidak akan meningkat,” kata Dato’ Paduka Kamal.',
    ].join('\n\n');
    expect(speakerLines(before, 'zlm')).toEqual(Array(2).fill('Kamal Yusri | null | null'));
  });

  it('must not fire: an apostrophe inside a name (`Ma’ruf`) or after a word that no title writes with one stays the name’s', () => {
    const text = [
      'SEREMBAN: Kerja menaik taraf jalan di pekan itu akan siap awal tahun depan.',
      '“Kami akan memastikan semua kerja disiapkan mengikut jadual,” kata Ma’ruf Idris, Pengerusi Lembaga Air Sungai Mawar.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Ma’ruf Idris | Pengerusi | Lembaga Air Sungai Mawar']);
  });

  it('must not fire: a listed person after `Tan Sri` is not named with the title', () => {
    const text = [
      'PUTRAJAYA: Perdana Menteri hari ini melantik tiga penasihat baharu.',
      'Mereka ialah bekas Menteri Pertanian, Tun Halim Zakaria; tokoh perniagaan, Tan Sri Kelvin Ong dan pakar sejarah, Prof Dr Farid Osman.',
      '“Majlis ini akan bermesyuarat setiap minggu,” katanya pada sidang media hari ini.',
    ].join('\n\n');
    for (const line of speakerLines(text, 'zlm')) expect(line ?? '').not.toMatch(/\bSri\b/);
  });

  it('a name run starts after the whole honorific: `Tan Sri X Tun Y`, `Datuk Seri X Tun Y` keep the father’s name, and a later `katanya` / `he said` goes to the full name', () => {
    for (const title of ['Tan Sri', 'Datuk Seri', 'Dato’ Sri', 'Datin Seri']) {
      const malay = [
        `KUANTAN: ${title} Rahimah Tun Kassim berkata kerajaan negeri akan membina dua hospital baharu tahun ini.`,
        '“Kami mahu rakyat di kawasan pedalaman mendapat rawatan segera,” katanya.',
      ].join('\n\n');
      expect(speakerLines(malay, 'zlm').at(-1)).toBe('Rahimah Tun Kassim | null | null');
      const english = [
        `KUANTAN: ${title} Rahimah Tun Kassim said the state would build two new hospitals this year.`,
        '“We want people in the interior treated quickly,” she said.',
      ].join('\n\n');
      expect(speakerLines(english, 'eng').at(-1)).toBe('Rahimah Tun Kassim | null | null');
    }
  });

  it('must not fire: `Tan` not followed by `Sri` is a surname, kept in the name', () => {
    const text = [
      'KUANTAN: Pengarah Urusan Kilang Cahaya Sdn Bhd, Kelvin Tan Wei Ming berkata syarikat itu akan membuka dua kilang baharu tahun depan.',
      '“Kami yakin permintaan akan terus meningkat,” katanya.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(Array(2).fill('Kelvin Tan Wei Ming | Pengarah Urusan | Kilang Cahaya Sdn Bhd'));
  });
});

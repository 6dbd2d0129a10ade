import { describe, expect, it } from 'vitest';
import { extractQuotes as extractAll } from '../../src/quotes/extract-quotes.js';
import { lexicon, tokenize } from '../../src/quotes/speech-words.js';
import { backReference } from '../../src/quotes/back-reference.js';
import { paragraphSubject } from '../../src/quotes/paragraph-subject.js';
import { appositiveTitle, demonstrativeAt, honorificAt } from '../../src/quotes/references.js';
import { LANGUAGES } from '../../src/lang/index.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractAll(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

const idLex = lexicon(LANGUAGES.ind);
const msLex = lexicon(LANGUAGES.zlm);
const enLex = lexicon(LANGUAGES.eng);

describe('references: reference words', () => {
  it('references: an honorific for a ruler, as written', () => {
    const tokens = tokenize('His Majesty said the state was strong.', enLex);
    expect(honorificAt(tokens, 0, enLex.references)).toBe(2);
    expect(honorificAt(tokenize('his majesty', enLex), 0, enLex.references)).toBe(0);
    expect(honorificAt(tokenize('Baginda bertitah semalam.', msLex), 0, msLex.references)).toBe(1);
  });

  it('references: a demonstrative closes a description', () => {
    const tokens = tokenize('mantan kepala dinas ini', idLex);
    expect(demonstrativeAt(tokens, 3, idLex.references)).toBe(true);
    expect(demonstrativeAt(tokens, 2, idLex.references)).toBe(false);
  });

  it('references: a title after `yang juga` describes the name before it', () => {
    const tokens = tokenize('Ahmad yang juga Anggota Parlimen Contoh berkata', msLex);
    expect(appositiveTitle(tokens, 3, msLex.references)).toBe(true);
    // No name before the relative: `warga yang juga Ketua RT` is not an appositive of a name.
    expect(appositiveTitle(tokenize('warga yang juga Ketua RT berkata', msLex), 3, msLex.references)).toBe(false);
  });
});

describe('references: speakers referred to without their name', () => {
  it('references: `tutur mantan Panglima Kodam itu` is the speaker named before', () => {
    const text =
      'Ketua Umum Himpunan Nelayan Contoh (HNC) Suryo Wibowo menilai ada tiga persoalan nelayan.\n\n' +
      '"Harga ikan jatuh setiap kali panen melimpah di pelabuhan," tutur mantan Panglima Kodam itu.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Suryo Wibowo', role: 'Ketua Umum', resolved: true });
  });

  it('references: `ujar pengemudi ojek itu` stays an unnamed source (no capitalised title)', () => {
    const text =
      'Warung itu milik Sutrisno Hadi. "Saya buka setiap hari," kata Sutrisno Hadi.\n\n' +
      'Seorang pengemudi ojek sedang beristirahat. "Harganya tidak pernah naik sejak dulu," ujar pengemudi ojek itu.';
    expect(direct(text, 'ind')[1]!.speaker?.name).toBe('pengemudi ojek');
  });

  it('references: `His Majesty said …` and `he added` stay with the ruler', () => {
    const text =
      'ALOR SETAR: The Ruler Sultan Rashidin Mahadi Ibni Almarhum Sultan Zahiruddin opened a rebuilt village library on Saturday morning.\n\n' +
      '“A child who reads tonight will lead this state tomorrow,” Sultan Rashidin Mahadi said in his speech.\n\n' +
      'His Majesty said the library would lend books to every school in the district.\n\n' +
      '“I hope to find these shelves half empty each time I visit,” he added.';
    const qs = direct(text, 'eng');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Sultan Rashidin Mahadi Ibni Almarhum Sultan Zahiruddin', 'Sultan Rashidin Mahadi Ibni Almarhum Sultan Zahiruddin']);
    expect(qs[0]!.speaker?.role).toBe('Ruler');
  });

  it('references: `X yang juga Anggota Parlimen Y berkata` is X, and `kata beliau` after it too', () => {
    const text =
      'Menteri Luar Datuk Seri Rosli Darwisy menjelaskan bahawa kedutaan akan membuka kaunter khas untuk pelajar.\n\n' +
      'Rosli yang juga Anggota Parlimen Bukit Cendana berkata dakwaan itu tidak menggambarkan keadaan sebenar.\n\n' +
      '"Pegawai kita sudah menghubungi setiap pelajar yang berdaftar," kata beliau dalam kenyataan semalam.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rosli Darwisy', role: 'Menteri Luar' });
  });

  it('references: Malay `Menteri X kata …` speaks, so the next `katanya` is theirs', () => {
    const text =
      'Mesyuarat itu dipengerusikan oleh Perdana Menteri Datuk Seri Hasan Basri Omar.\n\n' +
      'Timbalan Menteri Kewangan Datuk Ong Siew Lan kata kementerian sedang meneliti permohonan peruntukan sekolah daif.\n\n' +
      '"Kertas cadangan itu dijangka siap bulan depan," katanya.';
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Ong Siew Lan');
  });
});

describe('references: paragraphs that are all quote', () => {
  it('references: the next paragraph opening `Hal itu disampaikan X` names the speaker', () => {
    const tokens = tokenize('Hal itu disampaikan Kepala Dinas Perikanan Rudi Hartono saat meninjau pelabuhan.', idLex);
    expect(backReference('Hal itu disampaikan Kepala Dinas Perikanan Rudi Hartono saat meninjau pelabuhan.', tokens, idLex)?.speaker?.name).toBe('Rudi Hartono');
    expect(backReference('Hal itu penting bagi nelayan.', tokenize('Hal itu penting bagi nelayan.', idLex), idLex)).toBeNull();
    const text =
      'Ketua Kelompok Nelayan Ani Wulandari mengatakan anggotanya tidak melaut.\n\n' +
      '"Kami akan mengawal bantuan ini sampai diterima keluarga nelayan."\n\n' +
      'Hal itu disampaikan Kepala Dinas Perikanan Kabupaten Contoh Rudi Hartono saat meninjau pelabuhan.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Kepala' });
  });

  it('references: a quote after a paragraph that opens with a titled person doing something is theirs', () => {
    const para = 'Meanwhile, Health Minister Dr Lee Chong Wei launched a vaccination campaign on Monday.';
    expect(paragraphSubject(para, tokenize(para, enLex), enLex)?.name).toBe('Lee Chong Wei');
    const text =
      'KUALA LUMPUR: Police have arrested three men over the robbery of a goldsmith shop last week.\n\n' +
      '“We believe they belong to a larger syndicate,” said district police chief Rahim Osman.\n\n' +
      `${para}\n\n` +
      '“We want every child to be protected before the school term starts,” he said.';
    expect(direct(text, 'eng')[1]!.speaker).toMatchObject({ name: 'Lee Chong Wei', role: 'Health Minister' });
  });

  it('references: a sentence-initial honorific or a lone word opens no paragraph subject', () => {
    const para = 'His Majesty said the state was strong.';
    expect(paragraphSubject(para, tokenize(para, enLex), enLex)).toBeNull();
    const other = 'Jakarta tidak pernah tidur.';
    expect(paragraphSubject(other, tokenize(other, idLex), idLex)).toBeNull();
  });
});

describe('references: English titles beside the name', () => {
  it('references: `said X, the <title> of <Org>` and `X, a <title> at <Org>, said`', () => {
    const text =
      'JAKARTA: Prices of rice and cooking oil rose again in March, and the central bank said it was watching the market.\n\n' +
      '“We expect growth to slow a little this year,” said Sarah Tan, the chief economist of Contoh Investment Bank.\n\n' +
      'John Doe, a senior analyst at Contoh Ratings, said the outlook was stable.\n\n' +
      '“There is no reason for alarm at this point,” Doe told reporters.';
    const qs = direct(text, 'eng');
    expect(qs[0]!.speaker).toMatchObject({ name: 'Sarah Tan', role: 'chief economist', organisation: 'Contoh Investment Bank' });
    expect(qs[1]!.speaker).toMatchObject({ name: 'John Doe', role: 'senior analyst', organisation: 'Contoh Ratings' });
  });

  it('references: Malaysian titles are honorifics in English text, not organisations', () => {
    const text =
      'KUALA LUMPUR: Prime Minister Datuk Seri Hasan Basri Omar today said fuel prices would not rise this month.\n\n' +
      '“We will not burden the people with higher prices now,” Hasan said after a programme in Putrajaya.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Hasan Basri Omar', role: 'Prime Minister', organisation: null });
  });
});

describe('references: a name closing the sentence after a description', () => {
  it('references: `kata seorang ibu … , Siti Aminah.` is Siti Aminah, the description her role', () => {
    const text =
      'Banjir merendam ratusan rumah di Kecamatan Contoh sejak Senin malam.\n\n' +
      '"Kami sudah tiga hari tidur di masjid bersama anak-anak," kata seorang ibu rumah tangga yang tinggal di tepi sungai, Siti Aminah.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Siti Aminah', role: 'ibu rumah tangga' });
  });

  it('references: a description that seemed to hold a one-word name yields to the full name', () => {
    const text =
      'Rombongan paduan suara itu berlatih lagu berbahasa Jepang selama sebulan penuh.\n\n' +
      '"Lafal bait kedua paling sulit," kata seorang wartawan BBC Contoh yang fasih berbahasa Jepang, Maria Ndoen.';
    expect(direct(text, 'ind')[0]!.speaker?.name).toBe('Maria Ndoen');
  });
});

describe('references: short forms the article uses', () => {
  it('references: `According to Hasan` keeps `Hasan Basri Omar` whole', () => {
    const text =
      'KUALA LUMPUR: Home Minister Datuk Seri Hasan Basri Omar said the government would not compromise with smuggling syndicates.\n\n' +
      'According to Hasan, 12 officers had been suspended since January.\n\n' +
      '“We will act without fear or favour against anyone involved,” he said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Hasan Basri Omar', role: 'Home Minister' });
  });
});

describe('references: indefinite descriptions', () => {
  it('references: `seorang juru bicara Asosiasi X` names nobody; `anggota Komisi IX DPR Budi` does', () => {
    const text =
      'Tim bulu tangkis itu menginap di asrama atlet selama kejuaraan berlangsung.\n\n' +
      '"Jadwal latihan kami umumkan setiap pagi," kata seorang juru bicara Asosiasi Bulu Tangkis Contoh.\n\n' +
      '"Kami akan memanggil menteri pekan depan," kata anggota Komisi IX DPR Budi Santoso.';
    const qs = direct(text, 'ind');
    expect(qs[0]!.speaker?.name).toBe('seorang juru bicara Asosiasi Bulu Tangkis Contoh');
    expect(qs[1]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'anggota' });
  });
});

/**
 * Speakers introduced by what they do rather than by an office: a player's position, a band member's instrument,
 * a vocation, a resident's place. Invented people, teams, bands and bodies.
 */
import { describe, expect, it } from 'vitest';
import { speakerLines } from '../support/speaker-lines.js';

describe('speaker occupations: positions, instruments and vocations as roles', () => {
  it('English `<Club> striker <Name>` after the verb: the club is the organisation, never the name', () => {
    const text = ['LONDON: Kelvin Rovers lost again on Sunday.', '"We are ready for the next match," said Kelvin Rovers striker Owen Maddox.'].join('\n\n');
    expect(speakerLines(text, 'eng')).toEqual(['Owen Maddox | striker | Kelvin Rovers']);
  });

  it('English `<Club> midfielder <Name>` in narrative gives the role to a later `Name said`', () => {
    const text = ['LONDON: Kelvin Rovers midfielder Owen Maddox was upbeat after the draw.', '"We played well in the second half," Maddox said.'].join('\n\n');
    expect(speakerLines(text, 'eng')).toEqual(['Owen Maddox | midfielder | Kelvin Rovers']);
  });

  it('English `<Name>, a goalkeeper for <Club>` and `<Name>, a nurse at <Hospital>`', () => {
    const keeper = ['LONDON: The club lost again on Sunday.', '"We deserved more," said Owen Maddox, a goalkeeper for Kelvin Rovers.'].join('\n\n');
    expect(speakerLines(keeper, 'eng')).toEqual(['Owen Maddox | goalkeeper | Kelvin Rovers']);
    const nurse = ['LEEDS: The ward was full all week.', '"Prices keep rising," said Ruth Calloway, a nurse at Brindle Hospital.'].join('\n\n');
    expect(speakerLines(nurse, 'eng')).toEqual(['Ruth Calloway | nurse | Brindle Hospital']);
  });

  it('Indonesian `gitaris band <Band>, <Name>`: the band is the calling’s, the name follows the comma', () => {
    const text = ['BANDUNG - Konser amal digelar di alun-alun kota.', '"Lagu ini untuk ibu saya," kata gitaris band Cahaya Senja, Dimas Prakoso.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Dimas Prakoso | gitaris band | Cahaya Senja']);
  });

  it('Indonesian `Suster <Name>, biarawati …`: the nun’s title is no organisation, her calling is the role', () => {
    const text = [
      'SALATIGA - Setiap Jumat pagi, Suster Agnes Widyastuti, biarawati yang mengelola dapur umum di Kampung Tegalrejo, membagikan nasi bungkus kepada para pemulung.',
      '"Kami memasak sejak pukul tiga," ujar Suster Agnes.',
    ].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Agnes Widyastuti | biarawati | null']);
  });

  it('Indonesian `<Name>, kasir di <Shop>` and `<Name>, pegawai <Body>`: staff named by their work', () => {
    const cashier = ['MEDAN - Antrean panjang terlihat sejak pagi.', '"Pembeli ramai sejak subuh," kata Sekar Ayuningtyas, kasir di Toko Sinar Jaya.'].join('\n\n');
    expect(speakerLines(cashier, 'ind')).toEqual(['Sekar Ayuningtyas | kasir | Toko Sinar Jaya']);
    const clerk = ['MEDAN - Antrean panjang terlihat sejak pagi.', '"Berkasnya sudah lengkap," kata Dimas Prakoso, pegawai Dinas Kependudukan Kota Sukamaju.'].join('\n\n');
    expect(speakerLines(clerk, 'ind')).toEqual(['Dimas Prakoso | pegawai | Dinas Kependudukan Kota Sukamaju']);
  });

  it('Malay `<Name>, penduduk Kampung <Place>`: the resident’s calling is the role', () => {
    const text = ['KUALA KANGSAR: Hujan lebat sejak pagi menenggelamkan jalan kampung.', '“Air naik dengan cepat sekali,” kata Zulkifli Hamdan, penduduk Kampung Sungai Lebam.'].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Zulkifli Hamdan | penduduk | Kampung Sungai Lebam']);
  });

  it('Malay near-miss: residents named after the quote’s sentence give its speaker no role', () => {
    const text = [
      'KUALA KANGSAR: Hujan lebat sejak pagi menenggelamkan jalan kampung.',
      '“Air naik dengan cepat sekali,” kata Zulkifli Hamdan. Penduduk Kampung Sungai Lebam terpaksa berpindah ke dewan orang ramai.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Zulkifli Hamdan | null | null']);
  });
});

describe('speaker occupations: `<calling> <Team or body>, <Name>` after the verb', () => {
  it('Malay `kata penyerang <Team>, <Name>`: an unlisted calling, the team its organisation, the person the name', () => {
    const text = ['KUALA LUMPUR: Pasukan negara akan beraksi di Stadium Seri Bayu malam ini.', '“Kami sudah bersedia untuk perlawanan ini,” kata penyerang Harimau Tenggara FC, Amin Harun.'].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Amin Harun | penyerang | Harimau Tenggara FC']);
  });

  it('Malay near-miss: a team with no word of a body stays in the role as written (`penyerang Harimau Tenggara, <Name>`)', () => {
    const text = ['KUALA LUMPUR: Pasukan negara akan beraksi di Stadium Seri Bayu malam ini.', '“Kami sudah bersedia untuk perlawanan ini,” kata penyerang Harimau Tenggara, Amin Harun.'].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Amin Harun | penyerang Harimau Tenggara | null']);
  });

  it('near-miss: a place after an unlisted calling is no organisation (`pengunjung Pantai <Place>, <Name>`, `nelayan Pulau …`)', () => {
    const beach = ['GARUT - Ombak setinggi dua meter menerjang pesisir selatan sejak pagi.', '"Anak-anak kami larang berenang," kata pengunjung Pantai Karang Sari, Sinta Larasati.'].join('\n\n');
    expect(speakerLines(beach, 'ind')).toEqual(['Sinta Larasati | pengunjung Pantai Karang Sari | null']);
    const island = ['SERANG - Solar langka di dermaga sejak awal bulan.', '"Perahu kami tidak bisa melaut," kata nelayan Pulau Tunda Kecil, Samsul Arifin.'].join('\n\n');
    expect(speakerLines(island, 'ind')).toEqual(['Samsul Arifin | nelayan Pulau Tunda Kecil | null']);
    const malay = ['KUALA PERLIS: Jeti penumpang ditutup kerana air surut.', '“Kami menunggu sejak tengah hari,” kata pengunjung Pantai Teluk Biru, Ali Hassan.'].join('\n\n');
    expect(speakerLines(malay, 'zlm')).toEqual(['Ali Hassan | pengunjung Pantai Teluk Biru | null']);
  });

  it('near-miss: a person after an unlisted calling is no organisation (`pendukung <Name>, <Name>`)', () => {
    const text = ['KLATEN - Lapangan kecamatan penuh sejak siang menjelang debat calon bupati.', '"Kami datang naik truk," kata pendukung Hendra Gunawan, Dedi Kurniawan.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Dedi Kurniawan | pendukung Hendra Gunawan | null']);
  });

  it('Indonesian `ujar penjaga gawang <Club>, <Name>`: two words of an unlisted calling, a club named with `FC` its body', () => {
    const text = ['SOLO - Bintang Timur FC menang tipis di kandang lawan.', '"Kami bermain disiplin sampai menit akhir," ujar penjaga gawang Bintang Timur FC, Dimas Prakoso.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Dimas Prakoso | penjaga gawang | Bintang Timur FC']);
  });

  it('Indonesian `kata istri <Name>, <Name>`: a relation’s person is the role’s, never the name or a body', () => {
    const text = ['SOLO - Warung bakso di ujung gang itu kembali buka setelah sebulan tutup.', '"Resepnya tidak kami ubah," kata istri Dimas Prakoso, Sekar Ayuningtyas.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Sekar Ayuningtyas | istri Dimas Prakoso | null']);
  });

  it('a one-word name after the comma is the holder’s too (`…, Dimas.`)', () => {
    const text = ['SOLO - Bintang Timur FC menang tipis di kandang lawan.', '"Kami bermain disiplin sampai menit akhir," ujar penjaga gawang Bintang Timur FC, Dimas.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Dimas | penjaga gawang | Bintang Timur FC']);
  });

  it('near-miss: a day after the comma of an unlisted calling is the date of the saying, no holder', () => {
    const text = ['SOLO - Bintang Timur FC menang tipis di kandang lawan.', '"Kami bermain disiplin sampai menit akhir," ujar penjaga gawang Bintang Timur FC, Senin (3/4).'].join('\n\n');
    expect(speakerLines(text, 'ind').some((s) => s?.startsWith('Senin'))).toBe(false);
  });

  it('near-miss: a listed calling keeps its reading (`kata pelatih <Club>, <Name>`)', () => {
    const text = ['SOLO - Persikota menang tipis di kandang lawan.', '"Kami akan evaluasi permainan tim," kata pelatih Persikota, Budi Hartono.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Budi Hartono | pelatih | Persikota']);
  });
});

describe('speaker occupations: a company’s bracketed acronym before the name', () => {
  it('`Satpam PT <Name> Group (<ACR>) <Person>`: the role ends before the company, which keeps its `Group` and acronym', () => {
    const text = ['Surabaya - Satpam PT Cahaya Timur Group (CTG) Rudi Hartono mengatakan mobil itu masuk lewat gerbang belakang gudang.', '"Mobilnya masuk jam dua dini hari," kata Rudi.'].join('\n\n');
    const [line] = speakerLines(text, 'ind');
    expect(line).toBe('Rudi Hartono | Satpam | PT Cahaya Timur Group');
  });

  it('a role or organisation never starts or ends inside a bracket pair, whatever calling opens the title', () => {
    for (const calling of ['Juru masak', 'Kasir', 'Satpam']) {
      for (const body of ['PT Cahaya Timur Group (CTG)', 'Cahaya Timur Group (CTG)', 'Toko Sumber Rejeki Baru (XYZ)']) {
        // Read where the phrase is said, and from the context for a later quote (`menunjukkan …` says nothing).
        for (const rest of ['mengatakan mobil itu masuk lewat gerbang belakang gudang.', 'menunjukkan rekaman kamera pengawas kepada wartawan.']) {
          const text = [`Surabaya - ${calling} ${body} Rudi Hartono ${rest}`, '"Mobilnya masuk jam dua dini hari," kata Rudi.'].join('\n\n');
          for (const line of speakerLines(text, 'ind')) {
            // Nor is the word closing the company's name (`Group`) read as the role.
            expect(line).not.toMatch(/ \| Group/);
            for (const part of line!.split(' | ')) expect(part.split('(').length, `${calling} ${body} ${rest}: ${line}`).toBe(part.split(')').length);
          }
        }
      }
    }
  });

  it('near-miss: a title’s own short form in brackets stays in the title (`Kuasa Usaha Ad Interim (KUAI) KBRI …`)', () => {
    const text = ['WELLINGTON - Kelas tari Jawa untuk anak-anak diaspora dimulai Sabtu depan.', '"Pendaftarannya gratis," kata Kuasa Usaha Ad Interim (KUAI) KBRI Wellington, Rudi Hartawan.'].join('\n\n');
    expect(speakerLines(text, 'ind')[0]).toMatch(/^Rudi Hartawan \| Kuasa Usaha/);
  });
});

describe('speaker occupations: a person introduced by a quantifier and a description', () => {
  it('`Salah satu pedagang sayur, <Name> mengatakan …` then `kata <Name>`: the description is the role', () => {
    const text = ['BOGOR - Los sayur Pasar Cibeureum dibongkar untuk diperluas.', 'Salah satu pedagang sayur, Wati Suryani mengatakan lapak sementaranya terlalu sempit.', '"Tomat saya banyak yang busuk," kata Wati.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toContain('Wati Suryani | pedagang sayur | null');
  });

  it('`Seorang nelayan tua, <Name>, 61, …` (Malay): the description is the role of a later `katanya`', () => {
    const text = ['MARANG: Angin kencang sejak Isnin menahan bot di jeti.', 'Seorang nelayan tua, Ahmad Rosli, 61, terpaksa menjual jaringnya untuk membeli beras.', '“Sudah lima hari saya tidak turun ke laut,” katanya.'].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(['Ahmad Rosli | nelayan tua | null']);
  });

  it('`kata salah satu penghuni rusun, <Name>`: the whole quantifier leaves the role (no `satu`)', () => {
    const text = ['BEKASI - Pompa air rumah susun di Jalan Kenari mati sejak Kamis.', '"Kami menimba dari lantai dasar," kata salah satu penghuni rusun, Wati Suryani.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Wati Suryani | penghuni rusun | null']);
  });

  it('near-miss: a time quantifier before the name (`Beberapa hari kemudian, <Name> …`) gives no role', () => {
    const text = ['BOGOR - Los sayur Pasar Cibeureum dibongkar untuk diperluas.', 'Beberapa hari kemudian, Wati Suryani mengatakan lapak sementaranya terlalu sempit.', '"Tomat saya banyak yang busuk," kata Wati.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Wati Suryani | null | null']);
  });
});

describe('speaker occupations: a team glued between the calling and the name in narrative', () => {
  it('`pelatih <Club> <Name> yakin …` then `kata <Given>`: the club is the organisation, the calling the role', () => {
    const text = ['MADIUN - Usai latihan sore, pelatih Persikota Budi Hartono memanggil tiga pemain muda ke tim utama.', '"Mereka sudah siap main penuh," kata Budi.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Budi Hartono | pelatih | Persikota']);
  });

  it('a team of several words glued there stays in the role as written (where its name starts is not sure)', () => {
    const text = ['MADIUN - Usai latihan sore, pelatih Skuad Rajawali Budi Hartono memanggil tiga pemain muda ke tim utama.', '"Mereka sudah siap main penuh," kata Budi.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Budi Hartono | pelatih Skuad Rajawali | null']);
  });

  it('near-miss: a quote by someone else takes nothing from that phrase', () => {
    const text = ['MADIUN - Usai latihan sore, pelatih Persikota Budi Hartono memanggil tiga pemain muda ke tim utama.', '"Mereka sudah siap main penuh," kata Siti Aminah.'].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Siti Aminah | null | null']);
  });
});

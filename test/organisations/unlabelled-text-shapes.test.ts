/** Organisation shapes met in unlabelled articles, each with a near miss. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text', () => {
  it('organisations fresh: English news names Malaysian and Indonesian bodies in their own language', () => {
    const text =
      'The Dewan Kajian Bahasa dan Sastera said the Persatuan Penulis Muda Sabah (PPMS) would appeal. ' +
      'PKR and Barisan Nasional leaders met on Monday, as did the Badan Riset Pesisir.';
    const found = mentions(text, 'eng');
    for (const name of ['Dewan Kajian Bahasa dan Sastera', 'Persatuan Penulis Muda Sabah', 'PPMS', 'PKR', 'Barisan Nasional', 'Badan Riset Pesisir']) {
      expect(found).toContain(name);
    }
    // English words stay English: `Bank` and `Hospital` follow the English rules.
    expect(mentions('He was taken to the hospital near the Unit of the mall.', 'eng')).toEqual([]);
  });

  it('organisations fresh: a common given name after the name words starts a person, not the name', () => {
    const id = mentions('Peneliti Pusat Kajian Peradaban Bahari Muhammad Rizal Hakim menilai laut makin keruh. Menurut Rizal, ikan berkurang.');
    expect(id).toContain('Pusat Kajian Peradaban Bahari');
    const ms = mentions('Ahli Majlis Pimpinan Tertinggi PBKM Mohd Zaki Md Amin berkata demikian.', 'zlm');
    expect(ms).toContain('Majlis Pimpinan Tertinggi PBKM');
    // A body named after a person keeps the name when nothing says the person speaks.
    expect(mentions('Dana itu disalurkan Universitas Islam Sultan Ahmad Rahmat kepada mahasiswa.')).toContain('Universitas Islam Sultan Ahmad Rahmat');
  });

  it('organisations fresh: a role that goes on before a company name stays out of it', () => {
    const ms = mentions('Ketua Pegawai Eksekutif Sinar Kelapa Holdings Berhad, Rahim Osman, berkata demikian.', 'zlm');
    expect(ms).toContain('Sinar Kelapa Holdings Berhad');
    expect(ms.some((m) => m.includes('Eksekutif'))).toBe(false);
    expect(mentions('Pengarah Urusan Teratai Niaga Bhd berkata jualan naik.', 'zlm')).toEqual(['Teratai Niaga Bhd']);
    // A place after the role is the company's own word (`Pengarah Malaysia Contoh Holdings`).
    expect(mentions('Menurut Pengarah Malaysia Pelita Holdings Bhd, jualan naik.', 'zlm')).toEqual(['Malaysia Pelita Holdings Bhd']);
  });

  it('organisations fresh: a possessive or a clitic glued to an acronym or a known name is no part of it', () => {
    expect(mentions('Analysts doubt the APTB’s plan, and OJK\'s rule stands.', 'eng')).toEqual(['APTB', 'OJK']);
    expect(mentions('Kasus itu ditangani KPK-nya sendiri.')).toEqual(['KPK']);
    // The apostrophe of a known form may be written curly.
    expect(mentions('Ratings from Moody’s Investors Service fell.', 'eng')).toEqual(['Moody’s Investors Service']);
  });

  it('organisations fresh: more head nouns and tails in the three languages', () => {
    const ms = mentions('Klinik Kesihatan Tanjung Rimau, Kelab Belia Cahaya dan Briged Sukarelawan Desa Murni membantu. Menteri di Jabatan Perdana Menteri Datuk Seri Rahim Osman hadir.', 'zlm');
    for (const name of ['Klinik Kesihatan Tanjung Rimau', 'Kelab Belia Cahaya', 'Briged Sukarelawan Desa Murni', 'Jabatan Perdana Menteri']) expect(ms).toContain(name);
    const en = mentions('Teachers from Cempaka Mawar International School were treated at Bukit Indah Hospital, said the Lembah Housing Board.', 'eng');
    for (const name of ['Cempaka Mawar International School', 'Bukit Indah Hospital', 'Lembah Housing Board']) expect(en).toContain(name);
    const id = mentions('Federasi Buruh Pelabuhan Nusantara mengadu ke Kantor Imigrasi Kelas I Semarang.');
    for (const name of ['Federasi Buruh Pelabuhan Nusantara', 'Kantor Imigrasi Kelas I Semarang']) expect(id).toContain(name);
  });

  it('organisations fresh: a body named by a list of portfolios is one name when its short form spells the list out', () => {
    const text = 'Kementerian Perikanan, Koperasi dan Pelancongan (KPKP) memantau harga. KPKP juga menyita.';
    const orgs = extractOrganisations(text, { language: 'zlm' }).organisations;
    expect(orgs.map((o) => o.name)).toEqual(['Kementerian Perikanan, Koperasi dan Pelancongan']);
    expect(orgs[0]!.acronym).toBe('KPKP');
    // A list of bodies is no portfolio list: the short form in brackets does not spell it out.
    expect(mentions('Kementerian Keuangan, Bank Indonesia dan OJK (KSSK) rapat.')).toEqual(['Kementerian Keuangan', 'Bank Indonesia', 'OJK']);
    const listed = mentions('Hadir Serikat Nelayan Teluk, dan Jaringan Koperasi Pantai (JKP) kemarin.');
    expect(listed).toContain('Serikat Nelayan Teluk');
    expect(listed.some((m) => m.includes(','))).toBe(false);
  });

  it('organisations fresh: an outlet the text cites is a media organisation, listed or not', () => {
    const id = extractOrganisations('Harga naik, seperti dilansir Pelita Pagi Times. Dikutip dari Warta Cendana, stok aman.', { language: 'ind' }).organisations;
    expect(id.map((o) => [o.name, o.kind])).toEqual([['Pelita Pagi Times', 'media'], ['Warta Cendana', 'media']]);
    expect(mentions('The plan was first reported by Harbour Ledger on Monday.', 'eng')).toEqual(['Harbour Ledger']);
    expect(mentions('Menurut laporan yang dipetik dari Suara Teratai, harga naik.', 'zlm')).toEqual(['Suara Teratai']);
    // A capitalised cue is part of a name, and a place after the cue is no outlet.
    expect(mentions('Kantor Berita Contoh menolak. Hal itu dilansir Jakarta kemarin.')).toEqual([]);
    // A person cited is no outlet: the text writes the surname alone.
    expect(mentions('Angka itu dilansir Rina Wulandari di blognya. Menurut Wulandari, harga naik.')).toEqual([]);
  });

  it('organisations fresh: a legislature under its short name counts standing alone only', () => {
    expect(mentions('RUU itu disahkan Kongres dan ditolak di Senat pekan lalu.')).toEqual(['Kongres', 'Senat']);
    expect(mentions('The bill passed Congress but stalled in the Senate.', 'eng')).toEqual(['Congress', 'Senate']);
    // Before a name word or a number it names an event or another body.
    expect(mentions('Kongres Pemuda Tani digelar, dan Senat Mahasiswa menolak. Kongres V usai.')).toEqual([]);
  });

  it('organisations fresh: an acronym after a role phrase that heads a unit is an organisation', () => {
    expect(mentions('Hal itu dikatakan Ketua Umum APTB Rina Wulandari kemarin.')).toEqual(['APTB']);
    expect(mentions('Hal itu dikatakan Direktur Eksekutif APTB Rina Wulandari kemarin.')).toEqual(['APTB']);
    // A thing after a role stays out (`Menteri BUMN`: a portfolio).
    expect(mentions('Hal itu dikatakan Menteri BUMN kemarin.')).toEqual([]);
  });

  it('organisations fresh: a lead written with its first word in capitals still starts a name', () => {
    expect(mentions('KERAJAAN Negeri Teratai akan membincangkan isu itu.', 'zlm')).toEqual(['KERAJAAN Negeri Teratai']);
    expect(mentions('DEWAN Pemuda Cahaya Malaysia (DPCM) membantah.', 'zlm')).toEqual(['DEWAN Pemuda Cahaya Malaysia', 'DPCM']);
    // A capitalised role is no name.
    expect(mentions('PERDANA Menteri berkata begitu.', 'zlm')).toEqual([]);
  });

  it('organisations fresh: Malaysian parties under their short names in capitals', () => {
    const orgs = extractOrganisations('Calon WARISAN dan AMANAH bertanding, manakala HARAPAN dan BERSATU diam.', { language: 'zlm' }).organisations;
    expect(orgs.map((o) => o.kind)).toEqual(['party', 'party', 'party', 'party']);
  });
});

describe('organisations on new text: shapes counted on unlabelled articles', () => {
  it('organisations new text: a person after a known body at the end of a unit name is no part of it', () => {
    const two = mentions('Kepala Badan Kajian Pesisir Kementerian Keuangan Rina Wulandari menyebut angka naik.');
    // The unit and its ministry are two bodies (round 36).
    expect(two).toContain('Badan Kajian Pesisir');
    expect(two).toContain('Kementerian Keuangan');
    expect(two.some((m) => m.includes('Rina'))).toBe(false);
    // One word is a person only when the text writes it alone too.
    const one = mentions('Direktur Jenderal Tata Niaga Kemenkeu Sutarno membuka acara. Menurut Sutarno, harga turun.');
    expect(one.some((m) => m.includes('Sutarno'))).toBe(false);
    // A company's name goes on past a known form with any words.
    expect(mentions('Saham PT Bank Mandiri Sejahtera Abadi naik.')).toContain('PT Bank Mandiri Sejahtera Abadi');
  });
});

describe('organisations unseen: shapes read from unlabelled text', () => {
  it('organisations unseen: English names ending in a tail inside Indonesian and Malay text', () => {
    const id = mentions('Studi itu dibuat Lestari Business School bersama Rimbun Medika Hospital dan disetujui Harbour Standing Committee.');
    for (const name of ['Lestari Business School', 'Rimbun Medika Hospital', 'Harbour Standing Committee']) expect(id).toContain(name);
    const ms = mentions('Pesakit dihantar ke Seri Cahaya Hospital semalam.', 'zlm');
    expect(ms).toContain('Seri Cahaya Hospital');
    // Indonesian words before an English loan are no English name.
    expect(mentions('Harga di pasar naik, kata pedagang sekolah itu.')).toEqual([]);
  });

  it('organisations unseen: a role before a company name with a tail stays out of it', () => {
    expect(mentions('Hal itu disampaikan CEO Rimbawan Jaya Holdings dalam jumpa pers.')).toEqual(['Rimbawan Jaya Holdings']);
    expect(mentions('Menurut Direktur Sinar Laut Sekuritas, pasar akan pulih.')).toEqual(['Sinar Laut Sekuritas']);
    // A known name that starts with a role word keeps it.
    expect(mentions('Saham General Motors turun tajam.')).toEqual(['General Motors']);
  });

  it('organisations unseen: a person named with initials in brackets is no organisation', () => {
    // After the body the person sits in, after a role, or with a name the text writes alone.
    const id = mentions('Anggota Komisi IX DPR RI Rina Wulan Sari (RWS) menyoroti jalan itu. Dilansir Kompas.com, RWS menyebut biaya naik.');
    expect(id).toContain('Komisi IX DPR RI');
    expect(id.some((m) => m.includes('Rina') || m === 'RWS')).toBe(false);
    const list = mentions('Saksi itu Kepala Dinas Kominfo, Budi Harsono (BH), dan Direktur Rimbun Digital Holdings, Sari Lestari (SL).');
    expect(list.some((m) => m.includes('Harsono') || m === 'BH' || m === 'SL')).toBe(false);
    // A body's name spelled out keeps its acronym: it has a head, a place or a known word in it.
    expect(mentions('Laporan itu dibuat Badan Kajian Pesisir (BKP) di sana.')).toEqual(['Badan Kajian Pesisir', 'BKP']);
  });

  it('organisations unseen: a known form does not start inside brackets and run past them', () => {
    const found = mentions('Badan Anggaran Dewan Perwakilan Rakyat (DPR) RI sepakat dengan pemerintah.');
    expect(found).toContain('DPR');
    expect(found.some((m) => m.includes(')'))).toBe(false);
  });

  it('organisations unseen: party people and officers before an acronym in the three languages', () => {
    expect(mentions('Hal itu dikatakan politikus PKRB di Jakarta.')).toContain('PKRB');
    expect(mentions('Sekretaris PKRB membantah tudingan itu.')).toContain('PKRB');
    expect(mentions('Menurut Setiausaha PBKM, mesyuarat ditangguhkan.', 'zlm')).toContain('PBKM');
    expect(mentions('Ahli PBKM hadir beramai-ramai.', 'zlm')).toContain('PBKM');
    expect(mentions('A spokesman PRKB said nothing.', 'eng')).toContain('PRKB');
  });

  it('organisations unseen: a name that runs on into an event word names the event', () => {
    const en = mentions('A team from Cahaya Hati School won the ZYX Robotics National Championship, and ZYX judges praised them.', 'eng');
    expect(en).toContain('Cahaya Hati School');
    expect(en).not.toContain('ZYX');
    expect(mentions('Pameran Rimbawan Motor Show 2025 dibuka Asosiasi Industri Otomotif Contoh.')).toEqual(['Asosiasi Industri Otomotif Contoh']);
    // A known name before an event word is still the organisation (a sponsor).
    expect(mentions('Turnamen Bank Indonesia Cup digelar di Bandung.')).toContain('Bank Indonesia');
  });

  it('organisations unseen: a party short name before a person keeps the person out', () => {
    expect(mentions('Ketua DPP Partai PKRB Rina Wulan menyebut itu.')).toEqual(['Partai PKRB']);
  });

  it('organisations unseen: a head with only a generic word is no name', () => {
    expect(mentions('Dana itu dari Pemerintah Pusat dan Pemerintah Daerah, bukan Bank Swasta.')).toEqual([]);
    expect(mentions('Pegawai Kerajaan Negeri dan Kerajaan Pusat hadir bersama wakil Universiti Tempatan.', 'zlm')).toEqual([]);
    // A named one keeps its words (`Pemerintah Daerah Contoh` is no generic reference).
    expect(mentions('Bantuan Pemerintah Daerah Sukamaju tiba kemarin.')).toEqual(['Pemerintah Daerah Sukamaju']);
    // A board named by its task alone belongs to some body the text names elsewhere.
    expect(mentions('Ketua Dewan Pembina partai itu menolak, kata anggota Dewan Komisaris.')).toEqual([]);
    expect(mentions('Ahli Lembaga Pengarah syarikat itu bermesyuarat.', 'zlm')).toEqual([]);
  });

  it('organisations unseen: an acronym that is the initials of a name the text spells out elsewhere', () => {
    const text = 'PT Sinar Cahaya Abadi (Persero) menyalurkan kredit. Menurut Direktur Pembiayaan SCA Budi Santoso, kredit naik.';
    const orgs = extractOrganisations(text, { language: 'ind' }).organisations;
    const sca = orgs.find((o) => o.mentions.some((m) => text.slice(m.start, m.end) === 'SCA'));
    expect(sca?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['PT Sinar Cahaya Abadi (Persero)', 'SCA']);
    // Two letters are no link (`SC` is someone else as often).
    expect(mentions('Sinar Cahaya Group tumbuh. Kata SC, pasar lesu.')).toEqual(['Sinar Cahaya Group']);
  });

  it('organisations unseen: an association spelled out before an acronym that also names a thing is still an association', () => {
    // `ASI` is also a thing (breast milk); `Asosiasi` names only organisations, `Badan Usaha` a kind of firm.
    expect(mentions('Budi, Ketua Asosiasi Sagu Indonesia (ASI), menuturkan panen turun.')).toEqual(['Asosiasi Sagu Indonesia']);
    expect(mentions('Saham Badan Usaha Milik Negara (BUMN) turun.')).toEqual([]);
  });

  it('organisations unseen: a known name glued to the small word after it where a link was', () => {
    expect(mentions('Figures given to The Jakarta Poston Friday were revised.', 'eng')).toEqual(['The Jakarta Post']);
    expect(mentions('Hal itu dikatakan kepada Jakarta Postpada Senin.')).toEqual(['Jakarta Post']);
    // A word that only ends like one stays whole (`Martin`, not `Mart` + `in`).
    expect(mentions('Budi Martin said the Contoh Mart plan is dead.', 'eng')).not.toContain('Budi Mart');
  });

  it('organisations unseen: a person between a name and a speech verb leaves the name when the text names them alone too', () => {
    expect(mentions('Direktur Perum Pangan Lestari Sari Dewi mengatakan stok aman. Menurut Dewi, harga turun.')).toEqual(['Perum Pangan Lestari']);
    // A body speaks too, and one word the text writes alone may be a place.
    expect(mentions('Universitas Islam Sultan Ahmad Rahmat mengatakan kampus dibuka.')).toEqual(['Universitas Islam Sultan Ahmad Rahmat']);
    expect(mentions('Asosiasi Sepakbola Wakanda mengatakan laga ditunda. Wakanda kalah.')).toEqual(['Asosiasi Sepakbola Wakanda']);
  });

  it('organisations unseen: a known body with the state suffix RI is that body as written', () => {
    expect(mentions('Laporan itu dikirim ke Bawaslu RI dan Kemenkes RI kemarin.')).toEqual(['Bawaslu RI', 'Kemenkes RI']);
  });

  it('organisations unseen: a royal title right after a school or hospital head opens its namesake', () => {
    expect(mentions('Pelajar Universiti Tun Cahaya Bakti dan pesakit Hospital Tuanku Seri Dewi hadir.', 'zlm')).toEqual(['Universiti Tun Cahaya Bakti', 'Hospital Tuanku Seri Dewi']);
  });

  it('organisations unseen: English news from Malaysia writes Malaysian taxes and exams as acronyms', () => {
    expect(mentions('The GST was replaced, and SPM results for the PBKM members improved, said the party.', 'eng')).not.toContain('GST');
  });
});

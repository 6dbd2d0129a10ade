import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

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


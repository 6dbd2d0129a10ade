import { describe, expect, it } from 'vitest';
import { speakerLines } from './speaker-lines.js';

const speakers = (text: string) => speakerLines(text, 'zlm');

const OPENING = 'SEREMBAN: Seorang pemimpin Parti Contoh Rakyat menegur Ahli Parlimen Sungai Lembing Tua, Azrul Fitrizal Kamaruddin kerana tidak hadir ke mesyuarat jawatankuasa.';
const CRITIC = 'Selvakumar Arumugam | Naib Ketua Pemuda | Parti Contoh Rakyat';
const MEMBER = 'Azrul Fitrizal Kamaruddin | Ahli Parlimen Sungai Lembing Tua | null';

describe('speaker choice: a name inside a report is an object from its first word', () => {
  it('`katanya` stays with the speaker when a later word of another’s name follows a lower-case word (`alasan Azrul Fitrizal`)', () => {
    const text = [
      OPENING,
      'Naib Ketua Pemuda Parti Contoh Rakyat, Datuk Selvakumar Arumugam berkata, alasan Azrul Fitrizal tidak munasabah.',
      'Mesyuarat itu dijadualkan semula minggu depan.',
      '"Kami tidak akan berdiam diri jika perkara ini berulang," katanya.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([CRITIC, CRITIC]);
  });

  it('a name opening a sentence, with or without a one-word title, is still the subject a later `katanya` quotes', () => {
    for (const subject of ['Azrul Fitrizal', 'Datuk Azrul Fitrizal']) {
      const text = [
        OPENING,
        'Naib Ketua Pemuda Parti Contoh Rakyat, Datuk Selvakumar Arumugam berkata, alasan itu tidak munasabah.',
        `${subject} menafikan dakwaan tersebut.`,
        '"Saya ada urusan keluarga yang tidak dapat dielakkan," katanya.',
      ].join('\n\n');
      expect(speakers(text)).toEqual([CRITIC, MEMBER]);
    }
  });
});

/**
 * A speaker as written in one attribution, and the record built once a phrase's name, role and organisation are
 * found (`parsePhrase`).
 */
import { slice, type Token } from './speech-words.js';

/** A speaker as written in one attribution. */
export interface ParsedSpeaker {
  name: string | null;
  role: string | null;
  organisation: string | null;
  /** The whole speaker phrase, in paragraph offsets. */
  start: number;
  end: number;
  /** Offsets of the name itself (or of the phrase when there is no name). */
  nameStart: number;
  nameEnd: number;
  /** A description rather than a name (`seorang warga`). */
  unnamed: boolean;
  /** A document speaking for its issuer (`keterangan BoK`, `bunyi keterangan tersebut`); `organisation` holds the issuer when written. */
  document?: boolean;
  /** A law quoted (`Article 12 states: "…"`), named in `organisation` as written: it speaks for no organisation. */
  law?: boolean;
  /** The title phrase as written (role and organisation together, `Direktur Utama PT Contoh`), when the phrase has one. */
  title?: string;
  /**
   * The name's first word is marked as such: an honorific or rank stands right before it (`Umno Datuk Seri
   * Hamdan Rosli`), or a comma sets it off from the title (`Naib Presidennya, Rina Wulandari Ahmad`). Nothing of
   * an organisation or a place is glued before such a name, however often the article uses its first words alone.
   */
  setOff?: boolean;
  /**
   * The title followed the name through `yang juga` (`Budi yang juga Ketua Koperasi Contoh`): a post held besides
   * another, so someone met before with a post keeps that one.
   */
  linked?: boolean;
}

/** A parsed speaker over the phrase `[phraseStart, phraseEnd)` with the name at tokens `name`. */
export function makeSpeaker(
  text: string,
  tokens: readonly Token[],
  phraseStart: number,
  phraseEnd: number,
  name: [number, number] | null,
  role: string | null,
  organisation: string | null,
  unnamed: boolean,
): ParsedSpeaker {
  return {
    name: name ? slice(text, tokens, name[0], name[1]) : unnamed ? text.slice(phraseStart, phraseEnd) : null,
    role,
    organisation,
    start: phraseStart,
    end: phraseEnd,
    nameStart: name ? tokens[name[0]]!.start : phraseStart,
    nameEnd: name ? tokens[name[1] - 1]!.end : phraseEnd,
    unnamed,
  };
}

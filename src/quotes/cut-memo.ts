/**
 * The cuts of names the speaker book has worked out (`SpeakerBook.trim`), kept while what they read
 * stays the same. A cut reads the article's words (`refs`, `refPhrases`: while their sizes stay the
 * same, so do they) and of the people met so far only whether one has the name's last word in their
 * name (`known`): a cut worked out with another number of people still holds when that answer is the same.
 */
interface Cut {
  /** Where the name starts once cut: -1 when nothing of a name is left, 0: as written. */
  at: number;
  /** The number of people the cut was worked out (or last confirmed) with. */
  people: number;
  /** The word the cut asked `known` about (null: none), and the answer. */
  asked: string | null;
  answer: boolean;
}

export class CutMemo {
  private readonly cuts = new Map<string, Cut>();
  /** The sizes of `refs` and `refPhrases` the cuts were worked out with. */
  private words = -1;
  private asked: string | null = null;
  private answer = false;

  /** The cut of `key` worked out before that still holds (`words`, `people`: the sizes now), or undefined. */
  get(key: string, words: number, people: number, known: (word: string) => boolean): number | undefined {
    if (this.words !== words) {
      this.cuts.clear();
      this.words = words;
    }
    const cut = this.cuts.get(key);
    if (cut === undefined || (cut.people !== people && cut.asked !== null && known(cut.asked) !== cut.answer)) return undefined;
    cut.people = people;
    return cut.at;
  }

  /** Start working out a cut: nothing asked of the people yet. */
  begin(): void {
    this.asked = null;
  }

  /** The cut being worked out asked `known(word)` and got `answer`; returns it. */
  note(word: string, answer: boolean): boolean {
    this.asked = word;
    this.answer = answer;
    return answer;
  }

  /** Keep the cut of `key` just worked out, with the number of people now. */
  set(key: string, at: number, people: number): void {
    this.cuts.set(key, { at, people, asked: this.asked, answer: this.answer });
  }
}

/**
 * People named anywhere in an article (not necessarily speaking), in reading order: the last resort
 * for a `katanya` with nobody seen speaking before it.
 */
import type { Person } from './person.js';
import type { Vocabulary } from './vocabulary.js';
import { MAX_NAMED_CONSIDERED } from '../options.js';
import { firstIndex } from '../util/first-index.js';

/** Where each person was named, kept in position order. */
export class NamedPeople {
  private readonly named: { pos: number; person: Person }[] = [];
  /** Where each person is first named. */
  private readonly first = new Map<Person, number>();

  /** Note that `person` is named at `pos` (outside any attribution). */
  add(pos: number, person: Person): void {
    const known = this.first.get(person);
    if (known === undefined || pos < known) this.first.set(person, pos);
    // Names arrive in reading order; keep `named` sorted by position either way.
    let i = this.named.length;
    while (i > 0 && this.named[i - 1]!.pos > pos) i--;
    this.named.splice(i, 0, { pos, person });
  }

  /** The article names `person` only after `pos` (false for a person it never names outside an attribution). */
  namedOnlyAfter(pos: number, person: Person): boolean {
    const at = this.first.get(person);
    return at !== undefined && at > pos;
  }

  /**
   * The person the article is about so far: of the people named before `pos`, the one whose name the
   * article repeats most (`Nadira Putri` over the producer named once in passing), the latest on a tie.
   */
  lastNamed(pos: number, vocab: Vocabulary | null): Person | null {
    // `named` is in position order (see `add`): walk back from the last one before `pos`, over a
    // bounded number, keeping the first (latest) of the best score.
    const { named } = this;
    const lo = firstIndex(named.length, (k) => named[k]!.pos >= pos);
    let best: Person | null = null;
    let bestScore = 0;
    for (let i = lo - 1; i >= 0 && i >= lo - MAX_NAMED_CONSIDERED; i--) {
      const n = named[i]!;
      // Named only, in one word (`Taman Contoh West` cut to `West`): too weak a guess for a quote nobody introduced.
      if (n.person.words.length < 2 && !n.person.confirmed) continue;
      let score = 0;
      if (vocab) for (const w of n.person.name.split(' ')) score = Math.max(score, vocab.count(w));
      if (!best || score > bestScore) {
        best = n.person;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Everyone named before `pos` is `person` (and someone is): the article has had one person so far. Past the
   * bound the answer is no (a guess made on one person must not cost a walk over a long article).
   */
  onlyNamed(pos: number, person: Person): boolean {
    const { named } = this;
    const lo = firstIndex(named.length, (k) => named[k]!.pos >= pos);
    if (lo === 0 || lo > MAX_NAMED_CONSIDERED) return false;
    for (let i = 0; i < lo; i++) if (named[i]!.person !== person) return false;
    return true;
  }
}

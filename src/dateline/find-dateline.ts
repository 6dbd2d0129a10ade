/**
 * The dateline engine: where a story was filed, by which outlet, and when.
 *
 * It works on normalized text (NBSPs are spaces, `&#8211;` is `–`) and looks only at the
 * first lines after `from`, with anchored (sticky) regexes at line starts, so its cost does
 * not grow with the article. The shapes it reads:
 *
 * - place first: `JAKARTA, KOMPAS.com -`, `Jakarta, CNN Indonesia --`, `Jakarta (ANTARA) -`,
 *   `Mataram, NTB (ANTARA News) -`, `ISTANBUL, 14 Maret 2018 (Antara/PRNewswire) --`,
 *   `Ubud (12/4/2021) –`, `Jakarta, Senin (25/11/2019) -`, `KUALA LUMPUR:`, `GEORGE TOWN –`,
 *   `DHAKA (Bangladesh):`, detik/okezone `Jakarta -`
 * - outlet first: `Bisnis.com, JAKARTA --`, `TEMPO.CO, Jakarta -`, `Liputan6.com, Jakarta` (no dash),
 *   `KONTAN.CO.ID - JAKARTA.`, `KONTAN.CO.ID - WASHINGTON -`, `KOMPAS.com —`, `VIVA.co.id -`
 *
 * A place with nothing else (`Jakarta -`, `KUALA LUMPUR:`) is a weak shape, accepted only on
 * the first line (or the line after a title-like first line); shapes with an outlet or a
 * date are accepted on any of the first lines, which is where tempo puts its dateline after
 * breadcrumbs, title, publication line and caption.
 */
import type { DatelineLanguageData } from '../lang/types.js';
import { matchDateAt } from '../dates/absolute.js';
import { readReference, type Reference } from '../dates/calendar.js';
import type { DateHit } from '../dates/hit.js';
import { isDomain } from '../organisations/shapes.js';
import { type Compiled, compile } from './compiled.js';
import type { DatelineHit, DateOptions } from './hit-types.js';
import { countryAfter, isCountryName } from './country.js';
import { gluedPlaceAt } from './glued-place.js';
import { selfNamedAt } from './self-named.js';
import { filedBy, shortMonthDayAt } from './short-date.js';
import { STOP_THEN_STORY, bareEnd, isAllCaps, parenShortDateAt, slashDateAt } from './stop-place.js';
import { type Outlet, at, brandOutletAt, namedParenOutletAt, outletAt, outletKey, parenOutletAt } from './outlets.js';
import { SPACES, STANDFIRST_MAX_LENGTH, labelAbove, lineStarts, oneWordPlaceOpens, publishedLineEnd, separatorAt, standfirst, titleLike } from './lines.js';

export { DATELINE_MAX_LINES, DATELINE_WINDOW, lineStarts } from './lines.js';
export type { DatelineHit, DateOptions, Hit, PublishedHit } from './hit-types.js';

// Anchored pieces of a dateline. Every repetition is bounded, so each is linear.
/** A place: up to four capitalised words (`KUALA LUMPUR`, `Al-RAYYAN`, `Los Angeles`). */
const PLACE =
  /\p{Lu}[\p{L}\p{M}]{0,30}(?:[-'’]\p{L}{1,30}){0,3}(?:[ ]\p{Lu}[\p{L}\p{M}]{0,30}(?:[-'’]\p{L}{1,30}){0,3}){0,3}(?![\p{L}\p{N}])/uy;
/** A comma between dateline parts. */
const COMMA = /[ ]{0,2},[ ]{0,3}/y;
/** `KABARCONTOH.COM | SUKAMAJU –`, `SUKAMAJU / KABARCONTOH.COM -`: a bar or a slash between outlet and place. */
const BAR = /[ ]{1,2}[|/][ ]{1,3}/y;
/** Kontan's `- JAKARTA.`: the place ends with a full stop. */
const FULL_STOP = /\.(?=[ \n]|$)/y;
/** After an outlet read by its shape alone, the story runs on for at least this much on the same line (a headline does not). */
const MIN_STORY_AFTER_BRAND = 60;

interface Place {
  text: string;
  end: number;
}

function placeAt(text: string, pos: number, c: Compiled): Place | null {
  const m = at(PLACE, text, pos);
  if (!m) return null;
  const words = m[0].toLowerCase();
  // Day and month names, and labels like `Foto:`, `Simak Video:` or `… Wartawan:`, are never places (the words split once).
  if (c.notPlaces.has(words)) return null;
  const split = words.split(' ');
  if (split.some((w) => c.notPlaces.has(w)) || c.dates.calendarWords.has(split[0]!)) return null;
  return { text: m[0], end: pos + m[0].length };
}

function hit(
  start: number,
  end: number,
  place: string | null,
  outlet: Outlet | null,
  date: DateHit | null,
): DatelineHit {
  return {
    start,
    end,
    place,
    outlet: outlet?.text ?? null,
    outletId: outlet?.id ?? null,
    date: date?.date ?? null,
    time: date?.time ?? null,
    timezone: date?.timezone ?? null,
    warnings: [...(date?.warnings ?? [])],
    yearMissing: date !== null && date.date === null && date.written?.yearWritten === false,
  };
}

/**
 * Outlet-first shapes at `p`: `Bisnis.com, JAKARTA --`, `KONTAN.CO.ID - JAKARTA.`, `KOMPAS.com —`,
 * and outlets the data lacks: a news domain (`contohberita.co.id, Seorang …`) or, where a weak
 * shape is allowed, a capitalised name holding a brand word (`Kabar Priangan – …`).
 */
function outletFirst(text: string, p: number, c: Compiled, weakAllowed: boolean): DatelineHit | null {
  // `(Bernama) -- …`: the agency in parentheses, no place.
  const paren = text.charAt(p) === '(' || text.charAt(p) === '[' ? parenOutletAt(text, p, c) : null;
  if (paren) {
    const sep = separatorAt(text, paren.end);
    if (sep) return sep.colon ? null : hit(p, sep.end, null, paren, null);
    // `[KABARCONTOH] SUKAMAJU -`: the outlet in brackets, then its place in capitals and a dash.
    const sp = at(SPACES, text, paren.end)![0].length;
    const place = sp > 0 ? placeAt(text, paren.end + sp, c) : null;
    const after = place && isAllCaps(place.text) ? separatorAt(text, place.end) : null;
    return after && !after.colon ? hit(p, after.end, place!.text, paren, null) : null;
  }
  const known = outletAt(text, p, c);
  let o = known ?? brandOutletAt(text, p, c);
  if (!o) return null;
  // `UTUSAN SUKAJAYA, SUKAMAJU -`: a listed name opening a longer one (a sister paper), read by its brand word.
  const longer = known ? brandOutletAt(text, p, c) : null;
  const found = afterOutlet(text, p, o, c) ?? (longer && longer.end > o.end ? afterOutlet(text, p, (o = longer), c) : null);
  if (!found || o.by !== 'brand') return found;
  // A name read by its brand word alone must open a story, not a headline (`Kabar Baik – Harga BBM Turun`);
  // without a place (`Kabar Priangan –`) it is a weak shape, read only where a bare place would be.
  if (!storyFollows(text, found.end)) return null;
  return found.place !== null || weakAllowed ? found : null;
}

/** The story runs on after a dateline that ends at `end`: a long rest of the line, or a finished sentence. */
function storyFollows(text: string, end: number): boolean {
  const nl = text.indexOf('\n', end);
  const rest = text.slice(end, nl < 0 ? Math.min(text.length, end + 400) : nl).trim();
  return rest.length >= MIN_STORY_AFTER_BRAND || /[.!?]["”’]?$/.test(rest);
}

function afterOutlet(text: string, p: number, o: Outlet, c: Compiled): DatelineHit | null {
  // A bar or a slash after a domain or a known outlet works as the comma (`KABARCONTOH.COM | SUKAMAJU –`).
  const comma = at(COMMA, text, o.end) ?? (o.by !== 'brand' ? at(BAR, text, o.end) : null);
  if (comma) {
    const place = placeAt(text, o.end + comma[0].length, c);
    const sep = place ? separatorAt(text, place.end) : null;
    if (place && sep) return hit(p, sep.end, place.text, o, null);
    if (place && !sep) {
      // Liputan6 sometimes drops the dash: `Liputan6.com, Jakarta Festival Film Contoh Dibuka…`. Only a
      // known outlet, and the place is its first word (the rest starts the story).
      if (o.by === 'known') {
        const first = /^[^ ]+/.exec(place.text)![0];
        const afterFirst = o.end + comma[0].length + first.length;
        if (text.charAt(afterFirst) === ' ') return hit(p, afterFirst, first, o, null);
      }
      // `contohberita.co.id, MAKASSAR Warga …`: a place in capitals needs no dash.
      const caps = o.by === 'domain' ? /^\p{Lu}{2,30}(?: \p{Lu}{2,30}){0,3}(?![\p{L}\p{N}])/u.exec(place.text) : null;
      if (caps) return hit(p, o.end + comma[0].length + caps[0].length, caps[0], o, null);
    }
    // `contohberita.co.id, Seorang warga …`: a domain and a comma, then the story's first sentence.
    if (o.by === 'domain' && /^\p{Lu}\p{Ll}/u.test(text.slice(o.end + comma[0].length, o.end + comma[0].length + 2))) {
      return hit(p, o.end + comma[0].indexOf(',') + 1, null, o, null);
    }
    return null;
  }
  // `kabarcontoh.com SUKAMAJU -`: a domain, one space, then its place in capitals and a dash.
  // An outlet written as a web address (`Contoh.co.id`, `KABARCONTOH.COM`) is a site's name, never a word of the story.
  const siteName = isDomain(o.text);
  if (siteName && text.charAt(o.end) === ' ') {
    const place = placeAt(text, o.end + 1, c);
    const sep = place && isAllCaps(place.text) ? separatorAt(text, place.end) : null;
    if (sep && !sep.colon) return hit(p, sep.end, place!.text, o, null);
  }
  const sep = separatorAt(text, o.end);
  if (!sep || sep.colon) return null;
  // `KONTAN.CO.ID - JAKARTA.` / `KONTAN.CO.ID - WASHINGTON -`: a capitals-only place after the dash.
  const sp = at(SPACES, text, sep.end)![0].length;
  const place = placeAt(text, sep.end + sp, c);
  if (place && isAllCaps(place.text)) {
    const stop = at(FULL_STOP, text, place.end);
    if (stop) return hit(p, place.end + 1, place.text, o, null);
    const sep2 = separatorAt(text, place.end);
    if (sep2) return hit(p, sep2.end, place.text, o, null);
  }
  // `kabarcontoh.com - Sukamaju. Warga …`: after a domain's dash, a place of up to three words closed by a full stop.
  if (siteName && place && place.text.split(' ').length <= 3 && at(STOP_THEN_STORY, text, place.end)) return hit(p, place.end + 1, place.text, o, null);
  // `Kabar Contoh – Sukamaju Raya – Warga …`: a town in title case (three words at most) set off by the outlet's dash.
  const sep2 = place && !isAllCaps(place.text) && place.text.split(' ').length <= 3 ? separatorAt(text, place.end) : null;
  const same = sep2 && !sep2.colon && text.slice(place!.end, sep2.end).trim() === text.slice(o.end, sep.end).trim();
  if (same && /^ \p{Lu}/u.test(text.slice(sep2.end, sep2.end + 2))) return hit(p, sep2.end, place!.text, o, null);
  return hit(p, sep.end, null, o, null);
}

/**
 * Place-first shapes at `p`; `weak` lets a bare `Place -` / `PLACE:` count (`caps`: as after a standfirst sentence,
 * a place in capitals, or see `oneWordPlaceOpens`).
 */
function placeFirst(text: string, p: number, c: Compiled, weak: Weak, ref: Reference | null): DatelineHit | null {
  const first = placeAt(text, p, c);
  if (!first) return null;
  let placeEnd = first.end;
  let q = first.end;
  let outlet: Outlet | null = null;
  let date: DateHit | null = null;

  // `SUKAMAJU | KABARCONTOH.COM -`: a bar or a slash before a known outlet or a domain, and its dash.
  const bar = at(BAR, text, q);
  if (bar) {
    const o = outletAt(text, q + bar[0].length, c);
    const sep = o ? separatorAt(text, o.end) : null;
    if (o && sep && !sep.colon) return hit(p, sep.end, text.slice(p, placeEnd), o, null);
  }
  const comma = at(COMMA, text, q);
  if (comma) {
    const r = q + comma[0].length;
    // `TEGAL, KABARPANTURA -`: an outlet the list lacks, in capitals, holding a brand word.
    // `Jakarta, CNBC Indonesia -`: an acronym and a name in the outlet's place.
    outlet = outletAt(text, r, c) ?? brandOutletAt(text, r, c, true);
    if (outlet) {
      // `JAKARTA, KOMPAS.com -`, `JAKARTA, Contoh.id:`: nothing may come between the outlet and its dash or colon;
      // `Jakarta, Contoh Online` alone on its line needs neither.
      const sep = separatorAt(text, outlet.end);
      if (sep) return hit(p, sep.end, text.slice(p, placeEnd), outlet, null);
      return /^[ \t]*(?:\n|$)/.test(text.slice(outlet.end, outlet.end + 20)) ? hit(p, outlet.end, text.slice(p, placeEnd), outlet, null) : null;
    }
    date = matchDateAt(text, r, c.dates, ref) ?? shortMonthDayAt(text, r, c.dates, ref) ?? slashDateAt(text, r, c.dates, ref);
    if (date) q = date.end;
    else {
      // `Mataram, NTB (ANTARA News) -`, `Al-RAYYAN, Qatar:`.
      const second = placeAt(text, r, c);
      if (!second) return null;
      // `WARTAKITA, Bandung -`: one word in capitals, then a place in ordinary case: an outlet the data lacks before its
      // city (a place and its province share a casing, or the province is an acronym); `MANILA, Philippines —` is a city and its country.
      if (isAllCaps(first.text) && !first.text.includes(' ') && first.text.length >= 4 && /\p{Ll}/u.test(second.text) && !isCountryName(second.text)) {
        const sep = separatorAt(text, second.end);
        if (sep && !sep.colon && storyFollows(text, sep.end)) {
          return hit(p, sep.end, second.text, { text: first.text, id: outletKey(first.text), end: first.end, by: 'brand' }, null);
        }
      }
      placeEnd = q = second.end;
      const comma2 = at(COMMA, text, q);
      if (comma2) {
        date = matchDateAt(text, q + comma2[0].length, c.dates, ref);
        if (!date) return null;
        q = date.end;
      }
    }
  }
  if (!comma && !date) {
    // `ISTANBUL 5 Mac -`: a foreign city and a short date with no comma between them (`BEIJING (China) 5 Mac -`: its country between).
    const r = isAllCaps(text.slice(p, placeEnd)) ? countryAfter(text, q) : q;
    const sp = at(SPACES, text, r)![0].length;
    if (sp > 0 && /[0-9]/.test(text.charAt(r + sp))) {
      date = matchDateAt(text, r + sp, c.dates, ref);
      if (date) q = date.end;
    }
  }
  // `PUTRAJAYA 14 Nov. –`: a month written short with its full stop.
  if (date && /\p{L}/u.test(text.charAt(q - 1)) && text.charAt(q) === '.') q++;
  if (!date) {
    // `Ubud (12/4/2021) –`: a date in parentheses right after the place.
    const sp = at(SPACES, text, q)![0].length;
    if (text.charAt(q + sp) === '(') {
      date = matchDateAt(text, q + sp, c.dates, ref) ?? parenShortDateAt(text, q + sp, c.dates, ref);
      if (date) q = date.end;
    }
  }
  // `Sukamaju (Galamedia) -`: after a place, a name in parentheses that is no country or known place is its outlet.
  const paren = parenOutletAt(text, q, c) ?? (date ? null : namedParenOutletAt(text, q, (name) => isCountryName(name) || c.places.has(name.toLowerCase())));
  if (paren) {
    outlet = paren;
    q = paren.end;
  } else if (!date && isAllCaps(text.slice(p, placeEnd))) q = countryAfter(text, q);
  const sep = separatorAt(text, q);
  // A bare place closed by a full stop (`Jakarta. …`) or by its outlet's own dash (`Sukamaju - kabarcontoh.id -`).
  const bare = !outlet && !date ? bareEnd(text, text.slice(p, placeEnd), placeEnd, sep, c, c.placeFullStop && weak === 'any' && !comma) : null;
  if (bare) return hit(p, bare.end, text.slice(p, placeEnd), bare.outlet, null);
  if (!sep) return null;
  if (date) date = filedBy(date, ref);
  if (!outlet && !date) {
    if (weak === 'none' || (weak === 'caps' && !isAllCaps(text.slice(p, placeEnd)) && !oneWordPlaceOpens(text.slice(p, placeEnd), text, sep.end))) return null;
    // A bare place opens a story (`Jakarta -` at the line's end, or a sentence after it), not a headline (`Kabar Baik – Harga Turun`).
    if (!/^[ \t]*(?:\n|$)/.test(text.slice(sep.end, sep.end + 20)) && !storyFollows(text, sep.end)) return null;
  }
  return hit(p, sep.end, text.slice(p, placeEnd), outlet, date);
}

/**
 * Find the opening dateline of a story in normalized text, starting at `from` (the start of
 * the body: after the title line, or 0). Only the first lines are looked at; returns null
 * when there is no dateline (never a guess from the first capitalised words).
 *
 * `data` are the languages to read outlet names and calendar words from (pass all three
 * when the language is unknown). `options.referenceDate` gives the year to dates written
 * without one (`KUALA LUMPUR, 5 Mac (Bernama) --`); the publication line's date is a good one.
 */
export function findDateline(
  text: string,
  from: number,
  data: readonly DatelineLanguageData[],
  options: DateOptions = {},
): DatelineHit | null {
  if (typeof text !== 'string' || data.length === 0) return null;
  const c = compile(data);
  const ref = readReference(options.referenceDate);
  let weakNext: Weak = 'none';
  let pending: DatelineHit | null = null;
  let pendingCaption = false;
  // A publication line (`Senin, 3 Februari 2020 | 10:15 WIB`), on top or under a byline, is not counted: the caption or dateline under it is the first line.
  let dated = 0;
  // Right under a share label, its buttons one to a line (`Facebook`, `WhatsApp`) are skipped too.
  let afterWidget = false;
  for (const line of lineStarts(text, Math.max(0, from))) {
    const index = line.index - dated;
    if (!pending && publishedLineEnd(text, line.pos, line.lineEnd, c.published, c.dates, ref, c.viewCounter)) {
      dated++;
      continue;
    }
    const onTop = !pending && line.lineEnd - line.pos <= STANDFIRST_MAX_LENGTH ? text.slice(line.pos, line.lineEnd).trim() : null;
    if (onTop !== null && (options.widgetLine?.(onTop) || (afterWidget && options.buttonLine?.(onTop)))) {
      afterWidget = true;
      dated++;
      continue;
    }
    afterWidget = false;
    const weak: Weak = index === 0 ? 'any' : index === 1 ? weakNext : 'none';
    const self = selfNamedAt(text, line.pos, weak === 'any', c.notPlaces);
    const found = outletFirst(text, line.pos, c, weak === 'any') ?? (self ? hit(line.pos, self.end, null, self.outlet, null) : placeFirst(text, line.pos, c, weak, ref)) ?? (index === 0 ? gluedPlaceAt(text, line.pos, c, hit) : null);
    // `Warga mengungsi. (Foto: Dok. Warga) SUKAMAJU, kabarcontoh.id - …`: furniture the scraper ran into the dateline.
    const glued = !found && !pending && options.furnitureLine ? gluedAfterFurniture(text, line.pos, line.lineEnd, c, ref, options.furnitureLine) : null;
    if (glued) return glued;
    // So is a byline, a photo credit or the site's name on its own line, above the caption or under it (`Foto: Rina Wulandari`).
    // Only a line short enough to be furniture: a longer one is the story, which ends the search below.
    if (!found && !pending && line.lineEnd - line.pos <= STANDFIRST_MAX_LENGTH && options.furnitureLine?.(text.slice(line.pos, line.lineEnd).trim())) {
      dated++;
      continue;
    }
    // A bare place (`KETERANGAN:`, a caption's label) gives way to a dateline with an outlet or a date on the next line, one the story
    // follows (not `Rina Wulandari, contohpost.com`); a caption's label in capitals (a colon, or a caption's line) to a bare place.
    if (pending) return found && storyFollows(text, found.end) && (found.outlet !== null || found.date !== null || pendingCaption || labelAbove(text.slice(pending.start, pending.end), text.slice(found.start, found.end))) ? found : pending;
    if (found) {
      if (found.outlet !== null || found.date !== null) return found;
      pending = found;
      pendingCaption = options.captionLine?.(text.slice(line.pos, line.lineEnd).trimEnd()) === true;
    }
    // After a title-like first line a bare place may follow; after one sentence (a standfirst, or a caption with no credit), see `caps`.
    if (index === 0) weakNext = titleLike(text, line.pos, line.lineEnd) || options.captionLine?.(text.slice(line.pos, line.lineEnd).trimEnd()) ? 'any' : standfirst(text, line.pos, line.lineEnd) ? 'caps' : 'none';
    // A line longer than any caption or standfirst is the story itself: a dateline after it is no opening one.
    if (line.lineEnd - line.pos > STANDFIRST_MAX_LENGTH) break;
  }
  return pending;
}

/** A word in capitals after a space: where a dateline glued to a caption or byline may start. Bounded, so linear. */
const CAPS_WORD_AFTER_SPACE = / (?=\p{Lu}{3})/gu;
/** Only so many starts are tried on a line. */
const MAX_GLUED_STARTS = 6;

/**
 * A dateline in capitals or with its outlet, on the same line as a caption, a byline or an author bar above it
 * (`Warga mengungsi. (Foto: Dok. Warga) SUKAMAJU, kabarcontoh.id -`, `By Rina Putri KUCHING:`): what comes before
 * it must be a furniture line on its own, and the story must follow the dateline.
 */
function gluedAfterFurniture(text: string, pos: number, lineEnd: number, c: Compiled, ref: Reference | null, furnitureLine: (line: string) => boolean): DatelineHit | null {
  const line = text.slice(pos, Math.min(lineEnd, pos + STANDFIRST_MAX_LENGTH));
  CAPS_WORD_AFTER_SPACE.lastIndex = 0;
  let tries = 0;
  for (let m = CAPS_WORD_AFTER_SPACE.exec(line); m !== null && tries < MAX_GLUED_STARTS; m = CAPS_WORD_AFTER_SPACE.exec(line)) {
    tries++;
    const q = pos + m.index + 1;
    const found = outletFirst(text, q, c, false) ?? placeFirst(text, q, c, 'caps', ref);
    if (!found || !storyFollows(text, found.end)) continue;
    // The bar that closed an author bar (`Penulis: … |`) goes with it.
    let end = m.index;
    while (end > 0 && (line.charAt(end - 1) === ' ' || line.charAt(end - 1) === '|')) end--;
    if (furnitureLine(line.slice(0, end))) return found;
  }
  return null;
}

/** How far a bare place (`Jakarta -`, `KUALA LUMPUR:`) is trusted on a line. */
type Weak = 'any' | 'caps' | 'none';


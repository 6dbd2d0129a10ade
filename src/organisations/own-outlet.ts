/**
 * The dateline's outlet written again in the article's photo captions or its credit (`(Foto: Contoh.com/ Rina)`,
 * `© ContohWarta.com/Budi`, `(Rina/contohpost)`): the article names itself there too, so the outlet is one of the
 * organisations it names, though captions and credits are no paragraphs. Only a credit's shape counts: the name
 * with its site's suffix, or beside the slash of a credit; a word of the language spelled like the name
 * (`di dermaga kayu` for `Dermaga.com`) is no mention.
 */

/** A region `[start, end)` of the normalized text. */
interface Region {
  start: number;
  end: number;
}

/** A site's suffix after the outlet's name (`.com`, `.co.id`). */
const SUFFIX = /^\.\p{L}{2,4}(?:\.\p{L}{2})?/u;
/** Shortest outlet name looked for: shorter ones are too often letters of other words. */
const MIN_NAME_LENGTH = 4;

/** The outlet's name without its site's suffix, lower-case (`contohwarta` of `ContohWarta.com`), or null. */
function coreName(outlet: string): string | null {
  const core = outlet.split('.')[0]!.trim().toLowerCase();
  return core.length >= MIN_NAME_LENGTH && /^[\p{L}\d]+$/u.test(core) ? core : null;
}

/** Every place in `regions` of `text` where the outlet `outlet` is written as a credit writes it. */
export function ownOutletMentions(text: string, outlet: string | null, regions: readonly Region[]): Region[] {
  const core = outlet ? coreName(outlet) : null;
  if (!core) return [];
  const out: Region[] = [];
  for (const r of regions) {
    const s = text.slice(r.start, r.end).toLowerCase();
    for (let at = s.indexOf(core); at >= 0; at = s.indexOf(core, at + core.length)) {
      const before = s.slice(Math.max(0, at - 2), at);
      let end = at + core.length;
      if (/[\p{L}\d]$/u.test(before) || /^[\p{L}\d]/u.test(s.slice(end))) continue;
      const suffix = SUFFIX.exec(s.slice(end));
      if (suffix) end += suffix[0].length;
      const slash = /\/ ?$/.test(before) || /^ ?\//.test(s.slice(end));
      if (suffix || slash) out.push({ start: r.start + at, end: r.start + end });
    }
  }
  return out;
}

import { parseArticle, type Article } from '../../src/index.js';

/**
 * Markup that must show as text and run nothing. Each payload would set `window.__warta_pwned`
 * (or open a dialog) if it ever executed, so a browser test can tell.
 */
export const PAYLOADS = [
  '<script>window.__warta_pwned = "script"</script>',
  '<img src=x onerror="window.__warta_pwned = \'img\'">',
  '</style><script>window.__warta_pwned = "style-break"</script>',
  '<a href="javascript:window.__warta_pwned=\'link\'">klik</a>',
  '"><svg onload="window.__warta_pwned=\'svg\'">',
  "'><iframe srcdoc=\"<script>parent.__warta_pwned='frame'</script>\"></iframe>",
  '</title><script>alert("title")</script>',
  '<!-- --><body onload="alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];

/** An article whose text carries the payloads in the title, dateline, a quote, an organisation and the junk. */
export const HOSTILE_TEXT = [
  `Judul <script>window.__warta_pwned = "title"</script> Berita Hari Ini`,
  '',
  `Jakarta (ANTARA) - Kementerian Keuangan (Kemenkeu) <img src=x onerror="window.__warta_pwned = 'img'"> menyampaikan laporan.`,
  '',
  `“Kami tidak akan </style><script>window.__warta_pwned = "quote"</script> menyerah,” kata Budi Santoso, Direktur Utama PT Contoh Jaya.`,
  '',
  ...PAYLOADS,
  '',
  'Baca juga: <a href="javascript:window.__warta_pwned=1">Berita lain</a>',
  '',
  '(ant/<b>x</b>)',
].join('\n');

/** The hostile text's parse, with payloads planted in every field the page prints or puts in an attribute. */
export function hostileArticle(): Article {
  const a = parseArticle(HOSTILE_TEXT);
  const evil = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
  return {
    ...a,
    title: a.title ? { ...a.title, text: evil(6) } : null,
    dateline: a.dateline ? { ...a.dateline, place: evil(1), outlet: evil(4), outletId: evil(5), timezone: evil(2) } : null,
    quotes: a.quotes.map((q, i) => ({
      ...q,
      text: evil(i),
      verb: evil(i + 1),
      speaker: q.speaker ? { ...q.speaker, name: evil(i + 4), role: evil(i + 2), organisation: evil(i + 3) } : null,
    })),
    organisations: a.organisations.map((o, i) => ({ ...o, name: evil(i), acronym: evil(i + 1), id: evil(i + 2), kind: evil(i + 3) as never })),
    boilerplate: a.boilerplate.map((b, i) => ({ ...b, text: evil(i), kind: evil(i + 5) as never })),
    credit: a.credit ? { ...a.credit, text: evil(3) } : null,
    language: { code: evil(7) as never, confidence: 0.5, source: 'detected' },
    warnings: [...a.warnings, ...PAYLOADS],
  };
}

import { escapeHtml } from './escape.js';

/**
 * The pages forbid every script, plugin, frame, font, image and connection: only the inline
 * style block is allowed. The page needs none of them, and an article that somehow slipped
 * markup past the escaping could still run nothing.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

export interface PageParts {
  /** The document title (plain text). */
  title: string;
  /** The page's CSS (trusted: built by warta, never from article text). */
  css: string;
  /** The body's markup, already escaped. */
  body: string;
}

/** One self-contained HTML document: inline CSS, no scripts, nothing loaded from anywhere. */
export function htmlPage({ title, css, body }: PageParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="warta">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

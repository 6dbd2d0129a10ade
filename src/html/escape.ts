import { escapeUTF8 } from '../util/entities.js';

/**
 * Text made safe for HTML text and for quoted attribute values alike: `&`, `<`, `>`, `"` and
 * `'` become character references, so nothing in an article can open a tag, end an attribute
 * or a `<style>` block. Every string that comes from an article or its parse goes through here.
 */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}

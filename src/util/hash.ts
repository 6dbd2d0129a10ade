import { createHash } from 'node:crypto';

/** `sha256:` and the hex SHA-256 of the UTF-8 text: a content key that does not collide in practice. */
export function contentKey(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

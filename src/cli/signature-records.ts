import type { ArticleSignature } from '../dedupe/types.js';

/**
 * Signatures as JSON lines (`warta signatures`, candidate pair files): MinHash values as
 * base64 of little-endian 32-bit integers, so a record stays small (128 bytes per 32 slots)
 * and any engine can carry it without decoding it.
 *
 * `{"id": "a1", "shingles": 212, "bands": ["0:1f…", …], "minhash": "AAEC…"}`; a body too
 * short to compare has `"bands": []` and `"minhash": null`.
 */
export interface SignatureRecord {
  id: string;
  shingles: number;
  bands: string[];
  minhash: string | null;
}

export function encodeSignature(s: ArticleSignature): SignatureRecord {
  const minhash = s.minhash === null ? null : Buffer.from(s.minhash.buffer, s.minhash.byteOffset, s.minhash.byteLength).toString('base64');
  return { id: s.id, shingles: s.shingles, bands: s.bands, minhash };
}

/** Read a signature record back; `null` when it is not one (the caller reports why). */
export function decodeSignature(value: unknown): ArticleSignature | null {
  const r = value as Partial<SignatureRecord> | null;
  if (r === null || typeof r !== 'object' || typeof r.id !== 'string') return null;
  if (r.minhash === null || r.minhash === undefined) return { id: r.id, shingles: typeof r.shingles === 'number' ? r.shingles : 0, minhash: null, bands: [] };
  if (typeof r.minhash !== 'string') return null;
  const bytes = Buffer.from(r.minhash, 'base64');
  if (bytes.length === 0 || bytes.length % 4 !== 0) return null;
  const minhash = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < minhash.length; i++) minhash[i] = bytes.readUInt32LE(i * 4);
  return { id: r.id, shingles: typeof r.shingles === 'number' ? r.shingles : 0, minhash, bands: Array.isArray(r.bands) ? r.bands.filter((b): b is string => typeof b === 'string') : [] };
}

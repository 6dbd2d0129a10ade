/*
 * Argument checks shared by every public function. A wrong argument is a caller bug: it gets a
 * TypeError that names the function, the argument and what it got, never a silent default.
 */

/** What a wrong argument was, for the message: `null`, `an array`, `"fr"`, `number`, `an invalid Date`. */
function described(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return 'an invalid Date';
  return typeof value;
}

function fail(fn: string, what: string, got: unknown): never {
  throw new TypeError(`${fn}: ${what}, got ${described(got)}`);
}

/** Throw a `TypeError` that names the argument and the function when `value` is not a string. */
export function requireString(value: unknown, name: string, fn: string): asserts value is string {
  if (typeof value !== 'string') fail(fn, `\`${name}\` must be a string`, value);
}

/** Options are an object, or left out. */
export function requireOptions(value: unknown, fn: string): void {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) fail(fn, '`options` must be an object', value);
}

/** An option of a plain type (`options.quotes` a boolean, `options.trace` a function), when given. */
export function requireOptionType(value: unknown, type: 'boolean' | 'function', name: string, fn: string): void {
  if (value !== undefined && typeof value !== type) fail(fn, `\`options.${name}\` must be a ${type}`, value);
}

const LANGUAGE_CODES: ReadonlySet<unknown> = new Set(['ind', 'zlm', 'eng']);

/** `options.language`, when given, is one of the languages warta has data for. */
export function requireLanguage(value: unknown, fn: string): void {
  if (value !== undefined && !LANGUAGE_CODES.has(value)) fail(fn, "`options.language` must be 'ind', 'zlm' or 'eng'", value);
}

/**
 * `options.referenceDate`, when given, is a valid `Date` or a string that names a real day: an
 * ISO date (`2024-03-05`, a time may follow) or anything `Date` reads. An unreadable one is an
 * error, not a reference silently ignored.
 */
export function requireReferenceDate(value: unknown, fn: string): void {
  if (value === undefined) return;
  const ok = value instanceof Date ? !Number.isNaN(value.getTime()) : typeof value === 'string' && isReadableDate(value);
  if (!ok) fail(fn, "`options.referenceDate` must be a valid Date or a date string such as '2024-03-05'", value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function isReadableDate(s: string): boolean {
  const iso = ISO_DATE.exec(s.trim());
  if (!iso) return !Number.isNaN(Date.parse(s));
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  // The dateline engine reads the ISO prefix itself, so it must be a real calendar day.
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

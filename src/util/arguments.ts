/** Throw a `TypeError` that names the argument and the function when `value` is not a string. */
export function requireString(value: unknown, name: string, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new TypeError(`${fn}: \`${name}\` must be a string, got ${got}`);
  }
}

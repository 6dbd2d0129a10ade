import { ArchiveError } from './errors.js';

/**
 * Database clients are optional dependencies, loaded only when an archive is opened, so
 * `import('warta')` never loads one and users who only parse need neither installed.
 */
export async function loadDriver<T>(name: 'better-sqlite3' | 'pg', install: string): Promise<T> {
  let module: { default?: T } & T;
  try {
    module = (await import(name)) as { default?: T } & T;
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ArchiveError('driver-missing', `${name} could not be loaded (${why}): ${install}`, { cause: error });
  }
  return module.default ?? module;
}

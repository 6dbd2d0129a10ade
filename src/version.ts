/** This package's version (package.json's; test/archive/sqlite.test.ts keeps them equal). */
export const VERSION = '0.1.0';

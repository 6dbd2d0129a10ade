import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive } from '../src/index.js';
import { archiveContract } from './archive/contract.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'warta-archive-')), 'news.sqlite');

archiveContract('SQLite', async () => {
  const path = fresh();
  return { archive: await openArchive(path), reopen: (readonly) => openArchive(path, { readonly }) };
});

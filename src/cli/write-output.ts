import { writeFile } from 'node:fs/promises';

let quietOnClosedStdout = false;

/**
 * Write a whole document to `path`, or to standard output. A reader that goes away early
 * (`warta view a.txt | head`) ends the write quietly instead of with an EPIPE stack trace.
 */
export async function writeOutput(text: string, path?: string): Promise<void> {
  if (path !== undefined) {
    await writeFile(path, text);
    return;
  }
  if (!quietOnClosedStdout) {
    quietOnClosedStdout = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
}

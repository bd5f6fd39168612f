import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { RestoreTarget } from '../operations/restore.js';

/** A folder on this computer to restore into: made when missing, and no existing file is ever replaced. */
export function restoreFolder(dir: string): RestoreTarget {
  const root = resolve(dir);
  return {
    dir: root,
    async write(path, body) {
      const file = join(root, path);
      await mkdir(dirname(file), { recursive: true });
      try {
        // "wx": fails when the file exists, so nothing already there is overwritten, not even by a race.
        await writeFile(file, body, { flag: 'wx' });
        return 'written';
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
        throw error;
      }
    },
  };
}

import { accessSync, constants, lstatSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { RestoreTarget } from '../operations/backup/restore.js';

/** A folder on this computer to restore into: made when missing, and no existing file is ever replaced. */
export function restoreFolder(dir: string): RestoreTarget {
  const root = resolve(dir);
  return {
    dir: root,
    async write(path, body) {
      const file = join(root, path);
      try {
        await mkdir(dirname(file), { recursive: true });
        // "wx": fails when the file exists, so nothing already there is overwritten, not even by a race.
        await writeFile(file, body, { flag: 'wx' });
        return 'written';
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' && isFile(file)) return 'exists';
        // A folder where the file goes, or a file where one of its folders goes: this one cannot be written here,
        // the others still are.
        if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') return 'blocked';
        throw error;
      }
    },
  };
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Checks `--to` before any AWS call, in the user's words: the nearest part of the path that exists must be a folder
 * this user may write into (the rest is made when the files come). Nothing is created here.
 */
export function checkRestoreFolder(dir: string): void {
  let existing = resolve(dir);
  for (;;) {
    try {
      // The file named as the user typed it when it is the path itself.
      if (!statSync(existing).isDirectory())
        throw new UsageError('error.restoreToFile', { path: dir, file: existing === resolve(dir) ? dir : existing });
      break;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if (dirname(existing) === existing) break;
      existing = dirname(existing);
    }
  }
  try {
    accessSync(existing, constants.W_OK);
  } catch {
    throw new UsageError('error.restoreToUnwritable', { path: dir, folder: existing });
  }
}

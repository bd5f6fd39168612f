/**
 * Where the notebook keeps its backup in its data bucket, shared by the notebook side (backup.py gets the prefix from
 * the on-start script) and the CLI. Pure: imports nothing.
 */
export const BACKUP_PREFIX = 'smnb-backup/';
/** The files, under their path on ~/SageMaker. */
export const BACKUP_FILES = `${BACKUP_PREFIX}files/`;
/** When the last backup was written, how many files and bytes, and which request it answered. */
export const BACKUP_MANIFEST = `${BACKUP_PREFIX}manifest.json`;
/** Left by `smnb backup`; the notebook's next scheduled run backs up and answers with the manifest. */
export const BACKUP_REQUEST = `${BACKUP_PREFIX}request.json`;

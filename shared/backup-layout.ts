/**
 * Where the notebook keeps its backup in its data bucket, shared by the notebook side (backup.py gets the prefix from
 * the on-start script) and the CLI. Pure: imports nothing.
 */
export const BACKUP_PREFIX = 'smnb-backup/';
/** The files, under their path on ~/SageMaker. */
export const BACKUP_FILES = `${BACKUP_PREFIX}files/`;
/**
 * A whole backup kept aside, as it was, by a restore onto a new volume that could not bring it back whole (it then
 * lets the notebook's backups go on): `${BACKUP_PREFIX}kept-<UTC time>/files/…`, copied to a computer with
 * `smnb restore NAME --from kept-<UTC time> --to DIR`.
 */
export const BACKUP_KEPT = 'kept-';
/** The names `--from` takes: kept-20261208T012345Z, as the restore on the notebook writes them. */
export const KEPT_BACKUP_NAME = /^kept-\d{8}T\d{6}Z$/;
/** Where the files of a backup kept aside are. */
export const keptBackupFiles = (name: string): string => `${BACKUP_PREFIX}${name}/files/`;
/** When the last backup was written, how many files and bytes, and which request it answered. */
export const BACKUP_MANIFEST = `${BACKUP_PREFIX}manifest.json`;
/** Left by `smnb backup`; the notebook's next scheduled run backs up and answers with the manifest. */
export const BACKUP_REQUEST = `${BACKUP_PREFIX}request.json`;
/**
 * Written by the notebook as soon as it sees a request, before it backs up: it says the notebook is up and working on
 * that request ({ requestId, at }). The CLI uses it to tell a notebook that is backing up from one that does not
 * answer.
 */
export const BACKUP_ACK = `${BACKUP_PREFIX}request-ack.json`;
/**
 * How often the notebook looks for a request: one cheap read every minute, so a request is seen within about a
 * minute. The full scheduled backup keeps its own interval.
 */
export const BACKUP_REQUEST_CHECK_SECONDS = 60;

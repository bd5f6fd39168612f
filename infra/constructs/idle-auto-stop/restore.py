"""smnb restore: copies the latest backup of the notebook's volume from its data bucket onto a new, empty volume.

The notebook's OnCreate hook writes this program onto the new volume (.smnb-restore/, which the backup leaves out)
and the OnStart hook runs it in the background, so a large restore never slows the start. It runs as the notebook's
user, not root: it only writes on the user's own volume, so nothing there (a link, a renamed folder, a changed copy
of this program) can make it act beyond what the user can do anyway. It restores only onto an empty volume and never
overwrites a file. While it works, .smnb-restore-pending on the volume keeps the backup from copying a half-restored
volume; when it is done it removes that marker and itself. When it fails (S3 not reachable, say), both stay, and the
next start runs it again. A backup that cannot come back whole (a file and a folder of one name, a volume too small)
would keep the backup waiting for good: each failed start puts on the volume what did come down, and after the third
start whose download failed (starts where S3 could not be reached do not count) it copies the whole backup, as it is,
to PREFIX/kept-<time>/files/ in the same bucket and lets the backup go on. Its log is ~/SageMaker/smnb-restore.log. Objects: PREFIX/files/... (the files) and
PREFIX/manifest.json (when, how many, how big). Standard library only; the transfer uses the aws cli when the notebook
has one, else boto3 (the one the OnStart hook found). It carries its own small copy of the transfer: the backup
program is written at every start and may be newer than this one.
"""
import argparse
import errno
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

PREFIX, MANIFEST, KEPT = "smnb-backup/", "manifest.json", "kept-"
RESTORE_PENDING = ".smnb-restore-pending"
TEMPORARY = ".smnb-restore-tmp"
# Where the OnCreate hook puts this program (the OnStart hook runs it from there).
PROGRAM_DIR = ".smnb-restore"
# Starts whose download failed before the backup is kept aside and the notebook goes on without the rest of it.
GIVE_UP_AFTER = 3


def log_to(path):
    def log(message):
        line = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()) + " backup: " + message
        print(line, flush=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
            with os.fdopen(fd, "a") as handle:
                handle.write(line + "\n")
        except OSError:
            pass

    return log


class Cli:
    """The aws cli."""

    def __init__(self, program, region):
        self.program, self.region, self.tool = program, region, "aws cli " + program

    def run(self, args, missing=False):
        result = subprocess.run(
            [self.program] + args + ["--region", self.region], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        if result.returncode != 0:
            text = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
            # An object that is not there (only asked of one object): a 404 (HeadObject) or NoSuchKey in the answer.
            if missing and ("(404)" in text or "NoSuchKey" in text):
                return None
            raise RuntimeError(text.splitlines()[-1] if text else "exit " + str(result.returncode))
        return result.stdout

    def get(self, bucket, key):
        with tempfile.NamedTemporaryFile() as handle:
            found = self.run(["s3api", "get-object", "--bucket", bucket, "--key", key, handle.name], missing=True)
            return None if found is None else handle.read()

    def download(self, bucket, prefix, target):
        self.run(["s3", "sync", "s3://" + bucket + "/" + prefix, target, "--only-show-errors"])

    def copy(self, bucket, prefix, to):
        self.run(["s3", "sync", "s3://" + bucket + "/" + prefix, "s3://" + bucket + "/" + to, "--only-show-errors"])


class Boto3:
    def __init__(self, program, region):
        import boto3

        self.client = boto3.client("s3", region_name=region)
        self.tool = "boto3 in " + program

    def get(self, bucket, key):
        try:
            return self.client.get_object(Bucket=bucket, Key=key)["Body"].read()
        except self.client.exceptions.NoSuchKey:
            return None

    def download(self, bucket, prefix, target):
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            for item in page.get("Contents", []):
                relative = item["Key"][len(prefix):]
                path = os.path.join(target, relative)
                if not relative or relative.endswith("/") or ".." in relative.split("/"):
                    continue
                os.makedirs(os.path.dirname(path), exist_ok=True)
                self.client.download_file(bucket, item["Key"], path)

    def copy(self, bucket, prefix, to):
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            for item in page.get("Contents", []):
                key = {"Bucket": bucket, "Key": item["Key"]}
                self.client.copy(key, bucket, to + item["Key"][len(prefix):])


def holds_files(volume):
    """Anything on the volume besides smnb's own files, lost+found, and code repositories SageMaker cloned."""
    for name in os.listdir(volume):
        path = os.path.join(volume, name)
        if name in ("lost+found", TEMPORARY) or name.startswith((PROGRAM_DIR, "smnb-auto-stop.log", "smnb-restore.log")):
            continue
        if os.path.isdir(path) and not os.path.islink(path) and os.path.isdir(os.path.join(path, ".git")):
            continue
        return True
    return False


def restore(args, log):
    volume = args.volume
    pending = os.path.join(volume, RESTORE_PENDING)
    if not os.path.exists(pending) and holds_files(volume):
        log("volume already holds files: nothing restored (a restore never overwrites)")
        return
    if not os.path.exists(pending):
        open(pending, "w").close()
    kind, _, program = args.with_.partition(":")
    store = (Cli if kind == "aws" else Boto3)(program, args.region)
    where = "s3://" + args.bucket + "/" + PREFIX
    manifest = store.get(args.bucket, PREFIX + MANIFEST)
    if manifest is None:
        log("no earlier backup in " + where + ": starting with an empty volume")
        os.remove(pending)
        return
    manifest = json.loads(manifest.decode("utf-8"))
    log("restoring " + str(manifest.get("files")) + " files (" + str(int(manifest.get("bytes", 0)) // 1024)
        + " KB, backed up " + str(manifest.get("writtenAt")) + ") from " + where)
    target = os.path.join(volume, TEMPORARY)
    tries, kept = marker(pending)
    try:
        store.download(args.bucket, PREFIX + "files/", target)
        moved, missed = place(target, volume)
        if missed:
            raise RuntimeError(str(missed) + " files could not be put on the volume")
    except Exception:
        # S3 out of reach again: a failure that says nothing about the backup, so it is not counted.
        store.get(args.bucket, PREFIX + MANIFEST)
        tries += 1
        if tries < GIVE_UP_AFTER:
            # What came down is put in place now, and the copy gives its space back (the volume may be full).
            place(target, volume)
            shutil.rmtree(target, ignore_errors=True)
            write_marker(pending, tries, kept)
            raise
        give_up(args, log, store, tries, kept, pending, target)
        return
    shutil.rmtree(target, ignore_errors=True)
    log("restore finished: " + str(moved) + " files back on the volume (" + store.tool + ")"
        + ("; the unfinished copy s3://" + args.bucket + "/" + PREFIX + kept + "/ is not needed" if kept else ""))
    os.remove(pending)


def marker(pending):
    """The marker holds the starts whose download failed, and the name of the copy a give-up began: "2", "3 kept-…"."""
    try:
        with open(pending) as handle:
            words = handle.read().split()
        return int(words[0]), (words[1:] or [""])[0]
    except (OSError, ValueError, IndexError):
        return 0, ""


def write_marker(pending, tries, kept):
    # Written beside and moved over it: the marker may be one the user cannot write (root made it, say).
    with open(pending + ".new", "w") as handle:
        handle.write(str(tries) + (" " + kept if kept else ""))
    os.replace(pending + ".new", pending)


def give_up(args, log, store, tries, kept, pending, target):
    """Puts on the volume what did come down, keeps the whole backup, as it is, beside the one the backup writes from
    now on, and lets the backup go on. The copy's name is in the marker before it begins, so a give-up that fails
    half-way (S3 gone again) goes on into the same copy at the next start."""
    place(target, args.volume)
    shutil.rmtree(target, ignore_errors=True)
    if not kept:
        kept = KEPT + time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        write_marker(pending, tries, kept)
    store.copy(args.bucket, PREFIX + "files/", PREFIX + kept + "/files/")
    log("restore gave up after " + str(tries) + " tries: what came down is on the volume; the whole backup is kept as"
        + " it was in s3://" + args.bucket + "/" + PREFIX + kept + "/files/ (to copy it to a computer: smnb restore "
        + args.notebook + " --from " + kept + " --to DIR); backups go on")
    os.remove(pending)


def place(source, volume):
    """Puts restored files in place, never over a file that is there (a hard link fails on an existing name, where a
    rename would replace it: the user may be saving files while this runs). Answers (placed, missed): missed are the
    files that cannot go there (a folder that leads off the volume, a folder or a file in the way, no space)."""
    moved = missed = 0
    inside = os.path.realpath(volume)
    for directory, _, files in os.walk(source):
        target_dir = os.path.normpath(os.path.join(volume, os.path.relpath(directory, source)))
        try:
            # A folder on the volume that leads elsewhere (a link, or a link above it): its files stay in the bucket.
            if os.path.commonpath([os.path.realpath(target_dir), inside]) != inside:
                raise OSError(errno.EXDEV, "leads off the volume")
            os.makedirs(target_dir, exist_ok=True)
        except OSError:
            missed += len(files)
            continue
        for name in files:
            path = os.path.join(target_dir, name)
            try:
                os.link(os.path.join(directory, name), path)
                moved += 1
            except OSError as error:
                # A file of that name is there (the user's, or one an earlier try put there): it stays as it is.
                if error.errno != errno.EEXIST or os.path.isdir(path):
                    missed += 1
    return moved, missed


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--volume", default="/home/ec2-user/SageMaker")
    parser.add_argument("--bucket", required=True)
    parser.add_argument("--with", dest="with_", required=True)
    parser.add_argument("--metadata", default="/opt/ml/metadata/resource-metadata.json")
    parser.add_argument("--log", default="/home/ec2-user/SageMaker/smnb-restore.log")
    args = parser.parse_args(argv)
    log = log_to(args.log)
    try:
        with open(args.metadata) as handle:
            data = json.load(handle)
        args.notebook, args.region = data["ResourceName"], data["ResourceArn"].split(":")[3]
        restore(args, log)
    except Exception as error:  # noqa: BLE001 - every failure must reach the log, and never fail the caller
        text = str(error).strip()
        log("restore failed (tried again at the next start): " + (text.splitlines()[-1] if text else type(error).__name__))
        return 1
    # Done: the program goes, so no later start runs it again (nor a copy older than the stack's).
    shutil.rmtree(os.path.join(args.volume, PROGRAM_DIR), ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

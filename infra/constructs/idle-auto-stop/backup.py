"""smnb backup: copies the notebook's volume (/home/ec2-user/SageMaker) to its data bucket, and back onto a new one.

`backup` runs every 5 minutes (systemd timer), acts when a backup is due (the interval has passed and
something changed, or the CLI left a request object), and right before the idle auto-stop stops the notebook.
`check` runs every minute and makes one GET of the request object; only when there is one does it acknowledge it
(the ack object: the CLI then knows the notebook is working on it) and back up, answering with the manifest.
While a restore onto a new volume has not finished (restore.py, written onto it by the OnCreate hook), it does not
back up: it would copy a half-restored volume over the backup. Objects: PREFIX/files/... (the files), PREFIX/index.json (every file's size
and time), PREFIX/manifest.json (when, how many, how big: what `smnb status` shows), PREFIX/request.json (left by
`smnb backup`). The bucket is versioned, so a file deleted or changed on the volume keeps its old versions there.
Standard library only; the transfer uses the aws cli when the notebook has one, else boto3.
"""
import argparse
import fcntl
import fnmatch
import json
import os
import subprocess
import sys
import tempfile
import time

# Never worth keeping: Jupyter's checkpoints, trash, caches, smnb's own files, and the official examples that
# SageMaker clones into every new notebook (the default code repository: large, and cloned again anyway).
DEFAULT_IGNORE = [
    ".ipynb_checkpoints/", ".Trash-*/", "__pycache__/", ".cache/", ".virtual_documents/", "lost+found/",
    ".smnb-restore-tmp/", ".smnb-*", "smnb-auto-stop.log*", "smnb-restore.log", "*.pyc", "/amazon-sagemaker-examples/",
]
# Object names in the bucket, from shared/backup-layout.ts (the build writes them here; the CLI reads the same).
PREFIX, REQUEST, ACK, MANIFEST = "smnb-backup/", "request.json", "request-ack.json", "manifest.json"
IGNORE_FILE = ".smnb-backup-ignore"
# A restore onto this new volume that has not finished (its marker), or not yet started (its program).
RESTORE = (".smnb-restore-pending", ".smnb-restore")


def now_iso():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class Log:
    def __init__(self, path):
        self.path = path

    def __call__(self, message):
        line = now_iso() + " backup: " + message
        print(line, flush=True)
        if not self.path:
            return
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
            with os.fdopen(fd, "a") as handle:
                handle.write(line + "\n")
        except OSError:
            pass


def patterns(volume):
    """Exclusions as fnmatch patterns on paths relative to the volume, the way `aws s3 sync --exclude` reads them."""
    lines = list(DEFAULT_IGNORE)
    try:
        fd = os.open(os.path.join(volume, IGNORE_FILE), os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd) as handle:
            lines += [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    except OSError:
        pass
    result = []
    for line in lines:
        # As in .gitignore: a leading / means only at the top of the volume, a trailing / a whole folder.
        anchored = line.startswith("/")
        line = line.lstrip("/")
        if line.endswith("/"):
            result += [line + "*"] + ([] if anchored else ["*/" + line + "*"])
        else:
            result += [line] + ([] if anchored else ["*/" + line])
    return result


def excluded(relative, rules):
    return any(fnmatch.fnmatch(relative, rule) for rule in rules)


def walk(volume, rules):
    """{relative path: [size, mtime]} of the regular files to keep. Links are never followed nor kept."""
    entries = {}
    for directory, dirs, files in os.walk(volume, followlinks=False):
        for name in list(dirs):
            path = os.path.join(directory, name)
            if os.path.islink(path) or excluded(os.path.relpath(path, volume) + "/", rules):
                dirs.remove(name)
        for name in files:
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, volume)
            try:
                info = os.lstat(path)
            except OSError:
                continue
            if (info.st_mode & 0o170000) != 0o100000 or excluded(relative, rules):
                continue
            entries[relative] = [info.st_size, int(info.st_mtime)]
    return entries


class Missing(Exception):
    pass


class Cli:
    """The aws cli. An object that is not there is a 404 (HeadObject) or NoSuchKey in its answer."""

    def __init__(self, program, bucket, region):
        self.program, self.bucket, self.region, self.tool = program, bucket, region, "aws cli " + program

    def run(self, args, check=True):
        result = subprocess.run(
            [self.program] + args + ["--region", self.region] + (["--only-show-errors"] if args[0] == "s3" else []),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=3000,
        )
        if check and result.returncode != 0:
            text = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
            if "(404)" in text or "NoSuchKey" in text:
                raise Missing(text)
            raise RuntimeError(text.splitlines()[-1] if text else "exit " + str(result.returncode))
        return result.stdout

    def get(self, key):
        # One GetObject (`s3 cp` would send a HeadObject first): the minute check must cost one request.
        with tempfile.NamedTemporaryFile() as handle:
            self.run(["s3api", "get-object", "--bucket", self.bucket, "--key", key, handle.name])
            return handle.read()

    def put(self, key, data):
        with tempfile.NamedTemporaryFile() as handle:
            handle.write(data)
            handle.flush()
            self.run(["s3", "cp", handle.name, "s3://" + self.bucket + "/" + key])

    def delete(self, key):
        self.run(["s3", "rm", "s3://" + self.bucket + "/" + key])

    def upload(self, volume, prefix, rules, entries, before):
        args = ["s3", "sync", volume, "s3://" + self.bucket + "/" + prefix, "--no-follow-symlinks", "--delete"]
        for rule in rules:
            args += ["--exclude", rule]
        self.run(args)

class Boto3:
    def __init__(self, program, bucket, region):
        import boto3
        import botocore.exceptions

        self.client = boto3.client("s3", region_name=region)
        self.error = botocore.exceptions.ClientError
        self.bucket, self.tool = bucket, "boto3 in " + program

    def get(self, key):
        try:
            return self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        except self.error as error:
            if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise Missing(key)
            raise

    def put(self, key, data):
        self.client.put_object(Bucket=self.bucket, Key=key, Body=data)

    def delete(self, key):
        self.client.delete_object(Bucket=self.bucket, Key=key)

    def upload(self, volume, prefix, rules, entries, before):
        for relative, entry in entries.items():
            if before.get(relative) != entry:
                self.client.upload_file(os.path.join(volume, relative), self.bucket, prefix + relative)
        for relative in before:
            if relative not in entries:
                self.client.delete_object(Bucket=self.bucket, Key=prefix + relative)

def transport(args):
    kind, _, program = args.with_.partition(":")
    return (Cli if kind == "aws" else Boto3)(program, args.bucket, args.region)


def read_json(store, key):
    try:
        return json.loads(store.get(key).decode("utf-8"))
    except Missing:
        return None


def state_file(args, name):
    return os.path.join(args.state_dir, name)


def restoring(volume):
    return any(os.path.exists(os.path.join(volume, name)) for name in RESTORE)


def check(args, log):
    """The minute check: one GET of the request object, and nothing else when there is none."""
    if restoring(args.volume):
        return 0
    store = transport(args)
    request = read_json(store, args.prefix + REQUEST)
    return 0 if request is None else backup(args, log, store, request)


def backup(args, log, store=None, request=None):
    volume = args.volume
    if restoring(volume):
        log("not backing up: the restore onto this new volume has not finished")
        return 0
    store = store or transport(args)
    request = request or read_json(store, args.prefix + REQUEST)
    if request is not None:
        store.put(args.prefix + ACK, json.dumps({"requestId": request.get("id"), "at": now_iso()}).encode("utf-8"))
        log("backup requested (" + str(request.get("id")) + "): acknowledged, backing up now")
    try:
        with open(state_file(args, "last-backup")) as handle:
            last = float(handle.read().strip() or 0)
    except (OSError, ValueError):
        last = 0
    due = request is not None or args.trigger != "schedule" or time.time() - last >= args.interval_minutes * 60
    if not due:
        return 0
    started = time.time()
    rules = patterns(volume)
    entries = walk(volume, rules)
    total = sum(size for size, _ in entries.values())
    if total > args.max_mb * 1024 * 1024:
        log("SKIPPED: " + str(total // 1048576) + " MB to back up is more than the limit of " + str(args.max_mb)
            + " MB; list big folders in ~/SageMaker/" + IGNORE_FILE + " to leave them out")
        return 0
    try:
        with open(state_file(args, "index.json")) as handle:
            before = json.load(handle)
    except (OSError, ValueError):
        before = (read_json(store, args.prefix + "index.json") or {}).get("files", {})
    changed = before != entries
    if changed:
        store.upload(volume, args.prefix + "files/", rules, entries, before)
        store.put(args.prefix + "index.json", json.dumps({"files": entries}).encode("utf-8"))
    if changed or request is not None:
        manifest = {
            "writtenAt": now_iso(), "files": len(entries), "bytes": total, "notebook": args.notebook,
            "trigger": "request" if request else args.trigger, "requestId": (request or {}).get("id"),
            "tool": store.tool.split(" ")[0],
        }
        store.put(args.prefix + MANIFEST, json.dumps(manifest).encode("utf-8"))
    if request is not None:
        store.delete(args.prefix + REQUEST)
    try:
        os.makedirs(args.state_dir, exist_ok=True)
        with open(state_file(args, "index.json"), "w") as handle:
            json.dump(entries, handle)
        with open(state_file(args, "last-backup"), "w") as handle:
            handle.write(str(time.time()))
    except OSError:
        pass
    where = "s3://" + args.bucket + "/" + args.prefix
    if changed:
        log("backed up " + str(len(entries)) + " files (" + str(total // 1024) + " KB) to " + where + " in "
            + str(int(time.time() - started)) + " s (" + args.trigger + ", " + store.tool + ")")
    else:
        log("unchanged: nothing uploaded (" + str(len(entries)) + " files in " + where + ")")
    return 0


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["backup", "check"])
    parser.add_argument("--volume", default="/home/ec2-user/SageMaker")
    parser.add_argument("--bucket", required=True)
    parser.add_argument("--prefix", default=PREFIX)
    parser.add_argument("--with", dest="with_", required=True)
    parser.add_argument("--metadata", default="/opt/ml/metadata/resource-metadata.json")
    parser.add_argument("--state-dir", default="/var/lib/smnb/backup")
    parser.add_argument("--interval-minutes", type=int, default=60)
    parser.add_argument("--max-mb", type=int, default=5120)
    parser.add_argument("--trigger", default="schedule")
    parser.add_argument("--log", default="")
    args = parser.parse_args(argv)
    log = Log(args.log)
    try:
        with open(args.metadata) as handle:
            data = json.load(handle)
        args.notebook, args.region = data["ResourceName"], data["ResourceArn"].split(":")[3]
        # One backup at a time: the minute check, the scheduled run and the one before auto-stop may meet.
        os.makedirs(args.state_dir, exist_ok=True)
        lock = open(state_file(args, "lock"), "w")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (fcntl.LOCK_NB if args.action == "check" else 0))
        except OSError:
            return 0
        return (check if args.action == "check" else backup)(args, log)
    except Exception as error:  # noqa: BLE001 - every failure must reach the log, and never fail the caller
        text = str(error).strip()
        log(args.action + " failed (tried again later): " + (text.splitlines()[-1] if text else type(error).__name__))
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""smnb idle auto-stop: stops this notebook instance after a period without any activity.

Run every 5 minutes by a systemd timer. Uses only the Python standard library, so it
works on every notebook platform and without internet access. Every run writes one line saying what it saw and what
it decided, to stdout (the systemd journal) and to a log file the user can open in JupyterLab's file browser.

Activity is: a busy kernel, the last activity of any kernel or terminal, user processes using the CPU (a job in a
terminal whose tab was closed), and a keep-awake file holding a time until which the notebook must stay up.
"""
import argparse
import calendar
import glob
import json
import os
import pwd
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

# A user's processes that used more than this share of one CPU since the last run count as activity.
BUSY_CPU_SHARE = 0.10
LOG_KEEP_BYTES = 256 * 1024
# Where the well-known AWS sample asks; used only when no running server wrote its address.
FALLBACK_URL = "https://localhost:8443"


class Log:
    def __init__(self, path):
        self.path = path

    def __call__(self, message):
        line = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()) + " " + message
        print(line, flush=True)
        if not self.path:
            return
        try:
            # The log sits on the user's volume: never follow a link put there, never let it grow without end.
            if os.path.getsize(self.path) > LOG_KEEP_BYTES:
                os.replace(self.path, self.path + ".1")
        except OSError:
            pass
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
            with os.fdopen(fd, "a") as handle:
                handle.write(line + "\n")
        except OSError as error:
            print("cannot write " + self.path + ": " + str(error), flush=True)


def parse_time(text):
    """Jupyter reports times as ISO 8601 in UTC; the fraction and zone suffix are not needed."""
    return calendar.timegm(time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S"))


class JupyterRefused(Exception):
    pass


def runtime_files(runtime_dirs):
    """What running Jupyter servers wrote about themselves (url, token) in their runtime files, jpserver-*.json.

    No AWS document gives the notebook's Jupyter port or authentication; the server itself writes them there. Only
    jupyter_server writes jpserver-*.json; the older nbserver-*.json came with the classic Notebook server of the AL1
    and AL2 platforms, which SageMaker no longer starts.
    """
    found = []
    for directory in runtime_dirs:
        for path in sorted(glob.glob(os.path.join(directory, "jpserver-*.json"))):
            # Read as root in a folder the notebook's user can write: no link followed, a pipe never waited for, at
            # most 64 KB; only a text url and token, and a token goes only to the url of its own file.
            try:
                with open(os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)) as handle:
                    data = json.loads(handle.read(65536))
                found.append(dict({k: data[k] for k in ("url", "token") if isinstance(data.get(k), str)}, path=path))
            except Exception:
                pass
    return found


def fetch(base_url, path, token):
    # The local Jupyter server uses a self-signed certificate; this request never leaves the instance.
    # (PEP 476: the documented way to turn certificate checks off for one connection.)
    context = ssl._create_unverified_context()
    # Only Jupyter's own scheme: an address from a runtime file could name file:// and have root read a file.
    if base_url[:4] != "http":
        raise ValueError("not an http(s) address")
    request = urllib.request.Request(base_url + path)
    if token:
        request.add_header("Authorization", "token " + token)
    try:
        with urllib.request.urlopen(request, context=context, timeout=10) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        if error.code in (401, 403):
            raise JupyterRefused(error.code)
        raise


def jupyter_activity(base_url, servers, log):
    """(kernels, terminals, how), or None when Jupyter cannot be asked; says why in the log."""
    tokens = [s["token"] for s in servers if "token" in s and s.get("url", "").rstrip("/") == base_url]
    refused = None
    for token in [None] + tokens:
        try:
            kernels = fetch(base_url, "/api/kernels", token)
            try:
                terminals = fetch(base_url, "/api/terminals", token)
            except (urllib.error.HTTPError, JupyterRefused):
                terminals = []
            return kernels, terminals, ("token" if token else "open")
        except JupyterRefused as error:
            refused = error
        except (urllib.error.URLError, OSError, ValueError) as error:
            log("jupyter not reachable at " + base_url + ", not stopping: " + str(error))
            return None
    log("jupyter refused (HTTP " + str(refused) + ") every token in its runtime files; not stopping")
    return None


def boot_time(proc):
    """When the instance started (SageMaker boots it at every notebook start); now if unknown."""
    try:
        with open(os.path.join(proc, "uptime")) as handle:
            return int(time.time() - float(handle.read().split()[0]))
    except (OSError, ValueError, IndexError):
        return int(time.time())


def user_cpu_ticks(proc, uid):
    """CPU time (clock ticks) used so far by the user's running processes."""
    total = 0
    for stat in glob.glob(os.path.join(proc, "[0-9]*", "stat")):
        directory = os.path.dirname(stat)
        try:
            with open(os.path.join(directory, "status")) as handle:
                owner = next((line.split()[1] for line in handle if line.startswith("Uid:")), None)
            if owner is None or int(owner) != uid:
                continue
            with open(stat) as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
        except (OSError, ValueError, IndexError):
            continue
    return total


def cpu_busy(proc, uid, state_dir, now):
    """True when the user's processes used more than BUSY_CPU_SHARE of a CPU since the previous run."""
    ticks = user_cpu_ticks(proc, uid)
    path = os.path.join(state_dir, "cpu-ticks")
    previous = None
    try:
        with open(path) as handle:
            then, before = handle.read().split()
            previous = (float(then), int(before))
    except (OSError, ValueError):
        pass
    try:
        with open(path, "w") as handle:
            handle.write(str(now) + " " + str(ticks))
    except OSError:
        pass
    if previous is None or now <= previous[0]:
        return False, 0.0
    share = max(0, ticks - previous[1]) / float(os.sysconf("SC_CLK_TCK")) / (now - previous[0])
    return share > BUSY_CPU_SHARE, share


def keep_awake_until(path):
    """The time (epoch seconds) written in the keep-awake file, as epoch seconds or ISO 8601 UTC; 0 if none."""
    try:
        # The user's file, read as root: no link followed, no pipe waited for.
        with open(os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)) as handle:
            text = handle.read(100).strip()
        return int(float(text)) if text.replace(".", "", 1).isdigit() else parse_time(text)
    except (OSError, ValueError):
        return 0


def decide(kernels, terminals, since, now, idle_seconds):
    """Returns (decision, idle seconds): 'busy', 'wait' or 'stop'."""
    if any(k.get("execution_state") == "busy" for k in kernels):
        return "busy", 0
    times = [parse_time(item["last_activity"]) for item in kernels + terminals if item.get("last_activity")]
    last = max(times + [since])
    idle = max(0, now - last)
    return ("stop" if idle >= idle_seconds else "wait"), idle


def read_metadata(path):
    with open(path) as handle:
        data = json.load(handle)
    return data["ResourceName"], data["ResourceArn"].split(":")[3]


def stop_notebook(stop_with, name, region):
    """Stops through what the on-start script found: the aws cli, or a Python that has boto3."""
    kind, _, program = stop_with.partition(":")
    if kind == "aws":
        command = [program, "sagemaker", "stop-notebook-instance", "--region", region, "--notebook-instance-name", name]
    elif kind == "python":
        code = "import boto3,sys; boto3.client('sagemaker', region_name=sys.argv[1]).stop_notebook_instance(NotebookInstanceName=sys.argv[2])"
        command = [program, "-c", code, region, name]
    else:
        raise RuntimeError("no aws cli or boto3 was found at start")
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if result.returncode != 0:
        raise RuntimeError(program + " exited " + str(result.returncode) + ": " + result.stdout.strip())
    return kind + " " + program


def keep_awake(path, duration):
    """Writes the keep-awake file: `30m`, `3h` or `2d` from now."""
    unit = {"m": 60, "h": 3600, "d": 86400}.get(duration[-1:])
    if not unit or not duration[:-1].isdigit():
        print("use a duration like 30m, 3h or 2d, not " + repr(duration), file=sys.stderr)
        return 2
    until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + int(duration[:-1]) * unit))
    with open(path, "w") as handle:
        handle.write(until + "\n")
    print("auto-stop will not stop this notebook before " + until + " (UTC)")
    return 0


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--idle-minutes", type=int, default=0)
    # Default: from the server's runtime file, else FALLBACK_URL.
    parser.add_argument("--jupyter-url", default="")
    parser.add_argument("--runtime-dir", action="append", default=[])
    parser.add_argument("--metadata", default="/opt/ml/metadata/resource-metadata.json")
    parser.add_argument("--state-dir", default="/var/lib/smnb")
    parser.add_argument("--log", default="")
    parser.add_argument("--keep-awake-file", default="/home/ec2-user/SageMaker/.smnb-keep-awake")
    parser.add_argument("--user", default="ec2-user")
    parser.add_argument("--proc", default="/proc")
    parser.add_argument("--stop-with", default="")
    # A program run (and waited for) before stopping: the backup.
    parser.add_argument("--before-stop", default="")
    # For tests: the time to take as now.
    parser.add_argument("--now", type=float, default=0)
    parser.add_argument("--keep-awake", metavar="DURATION")
    args = parser.parse_args(argv)
    if args.keep_awake:
        return keep_awake(args.keep_awake_file, args.keep_awake)
    log = Log(args.log)
    try:
        return check(args, log)
    except Exception as error:  # noqa: BLE001 - whatever Jupyter or a file said, the check says so and goes on
        log("check failed, not stopping: " + repr(error))
        return 0


def check(args, log):
    if args.idle_minutes <= 0:
        log("auto-stop is off")
        return 0
    now = int(args.now or time.time())
    until = keep_awake_until(args.keep_awake_file)
    if until > now:
        log("keep-awake until " + time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(until)) + ", not stopping")
        return 0
    try:
        os.makedirs(args.state_dir, exist_ok=True)
        uid = pwd.getpwnam(args.user).pw_uid
    except (OSError, KeyError):
        uid = None
    busy_cpu, share = (False, 0.0) if uid is None else cpu_busy(args.proc, uid, args.state_dir, now)
    runtime_dirs = args.runtime_dir or ["/home/ec2-user/.local/share/jupyter/runtime", "/root/.local/share/jupyter/runtime"]
    servers = runtime_files(runtime_dirs)
    url, source = next(((s["url"].rstrip("/"), s["path"]) for s in servers if "url" in s), (FALLBACK_URL, "fallback"))
    if args.jupyter_url:
        url, source = args.jupyter_url, "--jupyter-url"
    elif source == "fallback":
        log("no Jupyter runtime file; asking the fallback " + url)
    seen = jupyter_activity(url, servers, log)
    if seen is None:
        return 0
    kernels, terminals, how = seen
    decision, idle = decide(kernels, terminals, boot_time(args.proc), now, args.idle_minutes * 60)
    if busy_cpu:
        decision, idle = "busy", 0
    summary = (
        "kernels=" + str(len(kernels)) + " terminals=" + str(len(terminals)) + " cpu=" + str(int(share * 100)) + "%"
        + " idle_minutes=" + str(idle // 60) + " limit=" + str(args.idle_minutes)
        + (" jupyter=token" if how == "token" else "")
    )
    where = " jupyter_url=" + url + " (" + source + ")"
    if decision != "stop":
        log(decision + " " + summary + where)
        return 0
    name, region = read_metadata(args.metadata)
    log("stop " + summary + " notebook=" + name + " region=" + region + where)
    if args.before_stop:
        # The last backup before the volume sleeps; a failure is logged by the backup itself and never blocks the stop.
        try:
            done = subprocess.run([args.before_stop, "before-stop"], timeout=900).returncode
            log("backup before stopping " + ("done" if done == 0 else "failed (exit " + str(done) + ")"))
        except (OSError, subprocess.TimeoutExpired) as error:
            log("backup before stopping did not finish: " + str(error))
    try:
        log("stop requested via " + stop_notebook(args.stop_with, name, region))
    except Exception as error:  # noqa: BLE001 - every failure must reach the log
        log("stop failed: " + str(error))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

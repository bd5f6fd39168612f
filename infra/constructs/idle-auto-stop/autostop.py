"""smnb idle auto-stop: stops this notebook instance after a period without any activity.

Runs from cron every 5 minutes. Uses only the Python standard library, so it works on every notebook platform and
without internet access. Every run writes one line saying what it saw and what it decided.
"""
import argparse
import calendar
import json
import os
import shutil
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request


def log(message):
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    print(stamp + " " + message, flush=True)


def parse_time(text):
    """Jupyter reports times as ISO 8601 in UTC; the fraction and zone suffix are not needed."""
    return calendar.timegm(time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S"))


def fetch(base_url, path):
    # The local Jupyter server uses a self-signed certificate; this request never leaves the instance.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(base_url + path, context=context, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


def decide(kernels, terminals, started_at, now, idle_seconds):
    """Returns (decision, idle seconds): 'busy', 'wait' or 'stop'."""
    if any(k.get("execution_state") == "busy" for k in kernels):
        return "busy", 0
    times = [parse_time(item["last_activity"]) for item in kernels + terminals if item.get("last_activity")]
    last = max(times + [started_at])
    idle = max(0, now - last)
    return ("stop" if idle >= idle_seconds else "wait"), idle


def read_metadata(path):
    with open(path) as handle:
        data = json.load(handle)
    name = data["ResourceName"]
    region = data["ResourceArn"].split(":")[3]
    return name, region


def stop_notebook(name, region):
    aws = shutil.which("aws") or next(
        (p for p in ("/usr/local/bin/aws", "/usr/bin/aws", "/home/ec2-user/anaconda3/bin/aws") if os.path.exists(p)),
        None,
    )
    if aws:
        command = [aws, "sagemaker", "stop-notebook-instance", "--region", region, "--notebook-instance-name", name]
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
        if result.returncode != 0:
            raise RuntimeError("aws cli exited " + str(result.returncode) + ": " + result.stdout.strip())
        return "aws cli"
    import boto3  # present in the notebook's JupyterSystemEnv when no aws cli is installed

    boto3.client("sagemaker", region_name=region).stop_notebook_instance(NotebookInstanceName=name)
    return "boto3"


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--idle-minutes", type=int, required=True)
    parser.add_argument("--jupyter-url", default="https://localhost:8443")
    parser.add_argument("--metadata", default="/opt/ml/metadata/resource-metadata.json")
    parser.add_argument("--state-dir", default="/home/ec2-user/.smnb")
    args = parser.parse_args(argv)
    if args.idle_minutes <= 0:
        log("auto-stop is off")
        return 0
    try:
        with open(os.path.join(args.state_dir, "started-at")) as handle:
            started_at = int(handle.read().strip())
    except (OSError, ValueError):
        started_at = int(time.time())
    try:
        kernels = fetch(args.jupyter_url, "/api/kernels")
        try:
            terminals = fetch(args.jupyter_url, "/api/terminals")
        except urllib.error.HTTPError:
            terminals = []
    except (urllib.error.URLError, OSError, ValueError) as error:
        log("jupyter not reachable, not stopping: " + str(error))
        return 0
    decision, idle = decide(kernels, terminals, started_at, int(time.time()), args.idle_minutes * 60)
    summary = "kernels=" + str(len(kernels)) + " terminals=" + str(len(terminals)) + " idle_minutes=" + str(idle // 60)
    if decision != "stop":
        log(decision + " " + summary + " limit=" + str(args.idle_minutes))
        return 0
    name, region = read_metadata(args.metadata)
    log("stop " + summary + " limit=" + str(args.idle_minutes) + " notebook=" + name + " region=" + region)
    try:
        log("stop requested via " + stop_notebook(name, region))
    except Exception as error:  # noqa: BLE001 - every failure must reach the log
        log("stop failed: " + str(error))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/bin/bash
# smnb idle auto-stop, installed at every start of the notebook instance by its lifecycle configuration.
# It must never fail the start (a failed or slow lifecycle script fails the notebook): every step is guarded, nothing
# is downloaded, and it always exits 0. What it decides goes to stdout, which SageMaker sends to CloudWatch Logs
# (/aws/sagemaker/NotebookInstances, stream NAME/LifecycleConfigOnStart).
# The checker (autostop.py) is embedded gzip+base64 to stay inside SageMaker's 16384-character script limit; its
# source is infra/constructs/idle-auto-stop/autostop.py in the smnb repository.
# SMNB_ROOT (a scratch root) and SMNB_SYSTEMD_DIR exist for tests; on the notebook both are unset.
IDLE_MINUTES=__IDLE_MINUTES__
ROOT=$SMNB_ROOT
CODE_DIR=$ROOT/opt/smnb
STATE_DIR=$ROOT/var/lib/smnb
HOME_DIR=$ROOT/home/ec2-user
LOG=$HOME_DIR/SageMaker/smnb-auto-stop.log
KEEP_AWAKE=$HOME_DIR/SageMaker/.smnb-keep-awake
UNIT_DIR=$ROOT/etc/systemd/system
CRON_FILE=$ROOT/etc/cron.d/smnb-autostop
HELPER=$ROOT/usr/local/bin/smnb-keep-awake
SYSTEMD_DIR=$SMNB_SYSTEMD_DIR
[ -n "$SYSTEMD_DIR" ] || SYSTEMD_DIR=/run/systemd/system

say() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) smnb auto-stop: $*"; }

remove_schedule() {
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now smnb-autostop.timer >/dev/null 2>&1; fi
  rm -f "$UNIT_DIR/smnb-autostop.service" "$UNIT_DIR/smnb-autostop.timer" "$CRON_FILE" "$HELPER"
}

# The first python3 here, or one with boto3 when the aws cli is missing.
find_python() {
  for candidate in "$ROOT/usr/bin/python3" "$HOME_DIR/anaconda3/envs/JupyterSystemEnv/bin/python" "$HOME_DIR/anaconda3/bin/python3"; do
    if [ -x "$candidate" ] && { [ -z "$1" ] || "$candidate" -c 'import boto3' >/dev/null 2>&1; }; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Only the places a notebook keeps the aws cli, under $ROOT: a PATH search would find whatever the machine running
# the script has, which is not the notebook's answer.
find_stopper() {
  for candidate in "$ROOT/usr/local/bin/aws" "$ROOT/usr/bin/aws" "$HOME_DIR/anaconda3/bin/aws"; do
    if [ -x "$candidate" ]; then echo "aws:$candidate"; return 0; fi
  done
  local python
  python=$(find_python boto3) && { echo "python:$python"; return 0; }
  return 1
}

install_systemd() {
  mkdir -p "$UNIT_DIR" || return 1
  cat > "$UNIT_DIR/smnb-autostop.service" <<UNIT || return 1
[Unit]
Description=smnb idle auto-stop check

[Service]
Type=oneshot
ExecStart=$COMMAND
UNIT
  cat > "$UNIT_DIR/smnb-autostop.timer" <<UNIT || return 1
[Unit]
Description=smnb idle auto-stop check every 5 minutes

[Timer]
OnActiveSec=5min
OnUnitActiveSec=5min

[Install]
WantedBy=timers.target
UNIT
  systemctl daemon-reload && systemctl enable smnb-autostop.timer && systemctl restart smnb-autostop.timer
}

install_cron() {
  {
    echo "PATH=/usr/local/bin:/usr/bin:/bin"
    echo "*/5 * * * * root $COMMAND >/dev/null 2>&1"
  } > "$CRON_FILE" && chmod 644 "$CRON_FILE"
}

main() {
  if [ "$IDLE_MINUTES" = "0" ]; then
    remove_schedule
    say "off (IdleTimeoutMinutes=0)"
    return 0
  fi
  PYTHON=$(find_python "") || { say "NOT active: no python3 found; stop the notebook yourself when you are done"; return 0; }
  if ! STOPPER=$(find_stopper); then
    say "NOT active: neither the aws cli nor a Python with boto3 was found, so nothing could stop the notebook; stop it yourself when you are done"
    return 0
  fi
  mkdir -p "$CODE_DIR" "$STATE_DIR" && chmod 755 "$CODE_DIR" || { say "NOT active: cannot create $CODE_DIR"; return 0; }
  if ! echo '__AUTOSTOP_PY_GZ_B64__' | base64 -d | gzip -dc > "$CODE_DIR/autostop.py"; then
    say "NOT active: cannot unpack the checker (base64 and gzip are needed)"
    return 0
  fi
  COMMAND="$PYTHON $CODE_DIR/autostop.py --idle-minutes $IDLE_MINUTES --stop-with $STOPPER --state-dir $STATE_DIR --log $LOG --keep-awake-file $KEEP_AWAKE"
  mkdir -p "$(dirname "$HELPER")" && printf '#!/bin/sh\n# Keeps the notebook awake: smnb-keep-awake 3h (also 30m, 2d)\nexec %s %s --keep-awake-file %s --keep-awake "$1"\n' \
    "$PYTHON" "$CODE_DIR/autostop.py" "$KEEP_AWAKE" > "$HELPER" && chmod 755 "$HELPER"
  if command -v systemctl >/dev/null 2>&1 && [ -d "$SYSTEMD_DIR" ]; then
    if install_systemd; then
      say "on: stops after $IDLE_MINUTES idle minutes (systemd timer smnb-autostop.timer, every 5 minutes; stops with $STOPPER)"
      say "its log: ~/SageMaker/smnb-auto-stop.log (JupyterLab file browser) and journalctl -u smnb-autostop"
      return 0
    fi
    say "systemd did not take the timer; trying cron"
  fi
  if [ -d "$(dirname "$CRON_FILE")" ] && { pgrep -x crond >/dev/null 2>&1 || pgrep -x cron >/dev/null 2>&1; }; then
    if install_cron; then
      say "on: stops after $IDLE_MINUTES idle minutes (cron, every 5 minutes; stops with $STOPPER)"
      say "its log: ~/SageMaker/smnb-auto-stop.log (JupyterLab file browser)"
      return 0
    fi
  fi
  say "WARNING: NOT active: neither systemd nor a cron daemon runs here, so nothing would run the check."
  say "WARNING: this notebook will NOT stop by itself; stop it yourself (smnb stop) when you are done"
  return 0
}

main
exit 0

#!/bin/bash
# smnb idle auto-stop and backup, set up at every start of the notebook instance by its lifecycle configuration.
# It must never fail the start (a failed or slow lifecycle script fails the notebook): every step is guarded, nothing
# is downloaded, and it always exits 0. What it decides goes to stdout, which SageMaker sends to CloudWatch Logs
# (/aws/sagemaker/NotebookInstances, stream NAME/LifecycleConfigOnStart).
# This whole script, with the checker (autostop.py) and the backup (backup.py) below, travels LZMA + base94
# inside a short stub that sets SMNB_IDLE_MINUTES, SMNB_BACKUP_MINUTES and SMNB_DATA_BUCKET, to stay inside SageMaker's
# 16384-character script limit; the sources are in infra/constructs/idle-auto-stop/ of the smnb repository. The
# restore onto a new volume comes with the OnCreate hook (restore.py); this script only starts it.
# SMNB_ROOT (a scratch root) and SMNB_SYSTEMD_DIR exist for tests; on the notebook both are unset.
IDLE_MINUTES=$SMNB_IDLE_MINUTES
BACKUP_MINUTES=$SMNB_BACKUP_MINUTES
BUCKET=$SMNB_DATA_BUCKET
CHECK_SECONDS=__BACKUP_REQUEST_CHECK_SECONDS__
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
said() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) smnb backup: $*"; }

# The first python3 here, or one with boto3 when the aws cli is missing.
find_python() {
  for candidate in "$ROOT/usr/bin/python3" "$HOME_DIR/anaconda3/envs/JupyterSystemEnv/bin/python" "$HOME_DIR/anaconda3/envs/python3/bin/python" "$HOME_DIR/anaconda3/bin/python3"; do
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

# install_systemd UNIT COMMAND MINUTES: a oneshot service and its timer (AccuracySec: systemd's default lets a timer
# fire up to a minute late, which would double the wait for a one-minute check).
install_systemd() {
  mkdir -p "$UNIT_DIR" || return 1
  printf '[Unit]\nDescription=%s\n\n[Service]\nType=oneshot\nExecStart=%s\n' "$1" "$2" > "$UNIT_DIR/$1.service" || return 1
  printf '[Unit]\nDescription=%s every %s minutes\n\n[Timer]\nOnActiveSec=%smin\nOnUnitActiveSec=%smin\nAccuracySec=5s\n\n[Install]\nWantedBy=timers.target\n' "$1" "$3" "$3" "$3" > "$UNIT_DIR/$1.timer" || return 1
  systemctl daemon-reload && systemctl enable "$1.timer" && systemctl restart "$1.timer"
}

# install_cron FILE COMMAND MINUTES
install_cron() {
  printf 'PATH=/usr/local/bin:/usr/bin:/bin\n*/%s * * * * root %s >/dev/null 2>&1\n' "$3" "$2" > "$1" && chmod 644 "$1"
}

# schedule UNIT CRON_FILE COMMAND [MINUTES, default 5]: systemd where it runs, else cron; prints how, or fails.
schedule() {
  local every=${4:-5} when
  when="every $every minutes" && [ "$every" = 1 ] && when="every minute"
  if command -v systemctl >/dev/null 2>&1 && [ -d "$SYSTEMD_DIR" ]; then
    install_systemd "$1" "$3" "$every" && { echo "systemd timer $1.timer, $when"; return 0; }
    say "systemd did not take the timer $1; trying cron" >&3
  fi
  if [ -d "$(dirname "$2")" ] && { pgrep -x crond >/dev/null 2>&1 || pgrep -x cron >/dev/null 2>&1; }; then
    install_cron "$2" "$3" "$every" && { echo "cron, $when"; return 0; }
  fi
  return 1
}

# unschedule UNIT CRON_FILE
unschedule() {
  if [ -e "$UNIT_DIR/$1.timer" ] && command -v systemctl >/dev/null 2>&1; then systemctl disable --now "$1.timer" >/dev/null 2>&1; fi
  rm -f "$UNIT_DIR/$1.service" "$UNIT_DIR/$1.timer" "$2"
}

unpack() {
  mkdir -p "$CODE_DIR" "$STATE_DIR" && chmod 755 "$CODE_DIR" || return 1
  cat > "$CODE_DIR/autostop.py" <<'SMNB_END_OF_AUTOSTOP_PY' || return 1
__AUTOSTOP_PY__
SMNB_END_OF_AUTOSTOP_PY
  cat > "$CODE_DIR/backup.py" <<'SMNB_END_OF_BACKUP_PY' || return 1
__BACKUP_PY__
SMNB_END_OF_BACKUP_PY
}

# The backup: every minute one GET looks for a request from smnb backup (answered at once); every 5 minutes it looks,
# once the interval has passed, for changes; on a new volume it runs the restore the OnCreate hook left there, in the
# background (never slowing the start), at every start until it has finished.
setup_backup() {
  local volume=$HOME_DIR/SageMaker how bpython transfer
  if [ "$BACKUP_MINUTES" = "0" ] || [ -z "$BUCKET" ]; then
    unschedule smnb-backup "$ROOT/etc/cron.d/smnb-backup"
    unschedule smnb-backup-check "$ROOT/etc/cron.d/smnb-backup-check"
    rm -f "$ROOT/usr/local/bin/smnb-backup"
    said "off (BackupIntervalMinutes=0): the files on ~/SageMaker are not copied to the data bucket"
    return 0
  fi
  if transfer=$(find_stopper); then
    bpython=$PYTHON
    [ "${transfer%%:*}" = "python" ] && bpython=${transfer#python:}
  else
    said "NOT active: neither the aws cli nor a Python with boto3 was found"
    return 0
  fi
  BACKUP="$bpython $CODE_DIR/backup.py --bucket $BUCKET --with $transfer --volume $volume --state-dir $STATE_DIR/backup --log $LOG --metadata $ROOT/opt/ml/metadata/resource-metadata.json"
  # The restore the OnCreate hook left on a new volume (until it has finished): only a program owned by the user
  # running this script (root), never one a notebook user could have put there.
  restore=$volume/.smnb-restore
  if [ -O "$restore" ] && [ ! -L "$restore" ] && [ -O "$restore/restore.py" ] && [ ! -L "$restore/restore.py" ]; then
    # In the background, detached from this script: a large restore may take longer than SageMaker's 5 minutes.
    set -- $bpython $restore/restore.py --bucket $BUCKET --with $transfer --volume $volume --log $LOG --metadata $ROOT/opt/ml/metadata/resource-metadata.json
    if command -v setsid >/dev/null 2>&1; then (setsid nohup "$@" >/dev/null 2>&1 &); else (nohup "$@" >/dev/null 2>&1 &); fi
    said "restore check started in the background (new volume); progress in ~/SageMaker/smnb-auto-stop.log"
  fi
  mkdir -p "$(dirname "$HELPER")" && printf '#!/bin/sh\n# Backs up ~/SageMaker now\nexec %s backup --trigger "${1:-manual}"\n' "$BACKUP" > "$ROOT/usr/local/bin/smnb-backup" && chmod 755 "$ROOT/usr/local/bin/smnb-backup"
  if how=$(schedule smnb-backup "$ROOT/etc/cron.d/smnb-backup" "$BACKUP backup --interval-minutes $BACKUP_MINUTES"); then
    said "on: every $BACKUP_MINUTES minutes when something changed, and before auto-stop ($how; to s3://$BUCKET/smnb-backup/ with $transfer, python $bpython)"
  else
    said "WARNING: NOT scheduled (neither systemd nor a cron daemon runs here); it still runs before auto-stop and on smnb backup's request only when the notebook stops by itself"
    return 0
  fi
  if how=$(schedule smnb-backup-check "$ROOT/etc/cron.d/smnb-backup-check" "$BACKUP check" $((CHECK_SECONDS / 60))); then
    said "smnb backup's requests: one GET of s3://$BUCKET/__BACKUP_REQUEST__ ($how)"
  else
    said "WARNING: smnb backup's requests are seen only by the backup every 5 minutes (the one-minute check was not scheduled)"
  fi
}

main() {
  # What schedule() says reaches the log even while its answer is captured.
  exec 3>&1
  unpack || { say "NOT active: cannot write $CODE_DIR"; return 0; }
  PYTHON=$(find_python "") || { say "NOT active: no python3 found; stop the notebook yourself when you are done"; return 0; }
  say "python for the checker: $PYTHON"
  setup_backup
  if [ "$IDLE_MINUTES" = "0" ]; then
    unschedule smnb-autostop "$CRON_FILE"
    rm -f "$HELPER"
    say "off (IdleTimeoutMinutes=0)"
    return 0
  fi
  if ! STOPPER=$(find_stopper); then
    say "NOT active: neither the aws cli nor a Python with boto3 was found, so nothing could stop the notebook; stop it yourself when you are done"
    return 0
  fi
  COMMAND="$PYTHON $CODE_DIR/autostop.py --idle-minutes $IDLE_MINUTES --stop-with $STOPPER --state-dir $STATE_DIR --log $LOG --keep-awake-file $KEEP_AWAKE"
  [ -x "$ROOT/usr/local/bin/smnb-backup" ] && COMMAND="$COMMAND --before-stop $ROOT/usr/local/bin/smnb-backup"
  mkdir -p "$(dirname "$HELPER")" && printf '#!/bin/sh\n# Keeps the notebook awake: smnb-keep-awake 3h (also 30m, 2d)\nexec %s %s --keep-awake-file %s --keep-awake "$1"\n' \
    "$PYTHON" "$CODE_DIR/autostop.py" "$KEEP_AWAKE" > "$HELPER" && chmod 755 "$HELPER"
  if how=$(schedule smnb-autostop "$CRON_FILE" "$COMMAND"); then
    say "on: stops after $IDLE_MINUTES idle minutes ($how; stops with $STOPPER)"
    say "its log: ~/SageMaker/smnb-auto-stop.log (JupyterLab file browser) and journalctl -u smnb-autostop"
    return 0
  fi
  say "WARNING: NOT active: neither systemd nor a cron daemon runs here, so nothing would run the check."
  say "WARNING: this notebook will NOT stop by itself; stop it yourself (smnb stop) when you are done"
  return 0
}

main
exit 0

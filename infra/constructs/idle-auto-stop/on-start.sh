#!/bin/bash
# smnb idle auto-stop and backup, set up at every start of the notebook instance by its lifecycle configuration.
# It must never fail the start (a failed or slow lifecycle script fails the notebook): every step is guarded, nothing
# is downloaded, and it always exits 0. What it decides goes to stdout, which SageMaker sends to CloudWatch Logs
# (/aws/sagemaker/NotebookInstances, stream NAME/LifecycleConfigOnStart). Its lines say what is on, or that something
# is NOT active and what to do; docs/notebook.md explains the rest (the log points there, it does not repeat it).
# This whole script, with the checker (autostop.py) and the backup (backup.py) below, travels LZMA-packed in a
# here-document inside a short stub that sets SMNB_IDLE_MINUTES, SMNB_BACKUP_MINUTES and SMNB_DATA_BUCKET, to stay inside SageMaker's
# 16384-character script limit; the sources are in infra/constructs/idle-auto-stop/ of the smnb repository. The
# restore onto a new volume comes with the OnCreate hook (restore.py); this script only starts it.
# SMNB_ROOT (a scratch root), SMNB_SYSTEMD_DIR and SMNB_NOTEBOOK_USER exist for tests; on the notebook all are unset.
IDLE_MINUTES=$SMNB_IDLE_MINUTES
BACKUP_MINUTES=$SMNB_BACKUP_MINUTES
BUCKET=$SMNB_DATA_BUCKET
CHECK_SECONDS=__BACKUP_REQUEST_CHECK_SECONDS__
ROOT=$SMNB_ROOT
CODE_DIR=$ROOT/opt/smnb
STATE_DIR=$ROOT/var/lib/smnb
HOME_DIR=$ROOT/home/ec2-user
VOLUME=$HOME_DIR/SageMaker
LOG=$VOLUME/smnb-auto-stop.log
KEEP_AWAKE=$VOLUME/.smnb-keep-awake
UNIT_DIR=$ROOT/etc/systemd/system
BIN=$ROOT/usr/local/bin
METADATA=$ROOT/opt/ml/metadata/resource-metadata.json
SYSTEMD_DIR=${SMNB_SYSTEMD_DIR:-/run/systemd/system}
NB_USER=${SMNB_NOTEBOOK_USER:-ec2-user}

say() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) smnb $*"; }

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
  for candidate in "$BIN/aws" "$ROOT/usr/bin/aws" "$HOME_DIR/anaconda3/bin/aws"; do
    if [ -x "$candidate" ]; then echo "aws:$candidate"; return 0; fi
  done
  local python
  python=$(find_python boto3) && echo "python:$python"
}

# schedule UNIT COMMAND [MINUTES, default 5]: a oneshot service and its systemd timer; prints which, or fails.
# Only systemd: since 2026-07-01 SageMaker creates and restarts only Amazon Linux 2023 notebooks ("Amazon Linux 2
# notebook instances", SageMaker developer guide, https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html, read
# 2026-11-29), and "By default, cron is not installed in AL2023" (Amazon Linux 2 user guide, "Prepare your migration
# to AL2023", https://docs.aws.amazon.com/linux/al2/ug/prepare-for-al2023.html, read 2026-12-07). AccuracySec:
# systemd's default lets a timer fire up to a minute late, which would double the wait for a one-minute check.
schedule() {
  local every=${3:-5}
  command -v systemctl >/dev/null 2>&1 && [ -d "$SYSTEMD_DIR" ] && mkdir -p "$UNIT_DIR" &&
  printf '[Service]\nType=oneshot\nExecStart=%s\n' "$2" > "$UNIT_DIR/$1.service" &&
  printf '[Timer]\nOnActiveSec=%smin\nOnUnitActiveSec=%smin\nAccuracySec=5s\n[Install]\nWantedBy=timers.target\n' "$every" "$every" > "$UNIT_DIR/$1.timer" &&
  systemctl daemon-reload && systemctl enable "$1.timer" && systemctl restart "$1.timer" && echo "systemd timer $1.timer"
}

unschedule() {
  [ -e "$UNIT_DIR/$1.timer" ] && systemctl disable --now "$1.timer" >/dev/null 2>&1
  rm -f "$UNIT_DIR/$1.service" "$UNIT_DIR/$1.timer"
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
  local how bpython transfer restore=$VOLUME/.smnb-restore
  if [ "$BACKUP_MINUTES" = "0" ] || [ -z "$BUCKET" ]; then
    unschedule smnb-backup
    unschedule smnb-backup-check
    rm -f "$BIN/smnb-backup"
    say "backup: off (BackupIntervalMinutes=0)"
    return 0
  fi
  transfer=$(find_stopper) || { say "backup: NOT active: no aws cli or Python with boto3"; return 0; }
  bpython=$PYTHON
  [ "${transfer%%:*}" = "python" ] && bpython=${transfer#python:}
  BACKUP="$bpython $CODE_DIR/backup.py --bucket $BUCKET --with $transfer --volume $VOLUME --state-dir $STATE_DIR/backup --log $LOG --metadata $METADATA"
  # The restore the OnCreate hook left on a new volume, until it has finished. It runs as the notebook's user, never
  # root: everything on the volume is the user's to change, so as root a link or a swapped file there could make it
  # write, or run, what the user chose (setpriv: util-linux, part of every Amazon Linux 2023).
  if [ -f "$restore/restore.py" ]; then
    # In the background, detached from this script: a large restore may take longer than SageMaker's 5 minutes.
    (setsid nohup setpriv --reuid="$NB_USER" --regid="$(id -g "$NB_USER")" --init-groups env HOME="$HOME_DIR" $bpython "$restore/restore.py" --bucket $BUCKET --with $transfer --volume $VOLUME --log $VOLUME/smnb-restore.log --metadata $METADATA >/dev/null 2>&1 &)
    say "backup: restore check started in the background (new volume; its log: ~/SageMaker/smnb-restore.log)"
  elif [ -e "$VOLUME/.smnb-restore-pending" ] || [ -e "$restore" ]; then
    # A marker without the program: a restore begun by an earlier version, or its program removed by hand.
    say "backup: WARNING: NOT active: an earlier restore did not finish; the backup in the bucket is untouched; check ~/SageMaker, then delete ~/SageMaker/.smnb-restore-pending and ~/SageMaker/.smnb-restore to let backups run"
  fi
  mkdir -p "$BIN" && printf '#!/bin/sh\nexec %s backup --trigger "${1:-manual}"\n' "$BACKUP" > "$BIN/smnb-backup" && chmod 755 "$BIN/smnb-backup"
  if ! how=$(schedule smnb-backup "$BACKUP backup --interval-minutes $BACKUP_MINUTES"); then
    say "backup: WARNING: NOT active (no systemd timer): ~/SageMaker is not copied to the data bucket"
    return 0
  fi
  say "backup: on: every $BACKUP_MINUTES minutes when something changed, and before auto-stop ($how; to s3://$BUCKET/smnb-backup/ with $transfer)"
  how=$(schedule smnb-backup-check "$BACKUP check" $((CHECK_SECONDS / 60))) || how="NOT active: they wait for the 5-minute run"
  say "backup: smnb backup's requests: one GET of s3://$BUCKET/__BACKUP_REQUEST__ ($how)"
}

main() {
  unpack || { say "auto-stop: NOT active: cannot write $CODE_DIR"; return 0; }
  PYTHON=$(find_python "") || { say "auto-stop: NOT active: no python3 found; stop the notebook yourself when you are done"; return 0; }
  setup_backup
  if [ "$IDLE_MINUTES" = "0" ]; then
    unschedule smnb-autostop
    rm -f "$BIN/smnb-keep-awake"
    say "auto-stop: off (IdleTimeoutMinutes=0)"
    return 0
  fi
  STOPPER=$(find_stopper) || { say "auto-stop: NOT active: no aws cli or Python with boto3; stop the notebook yourself when you are done"; return 0; }
  COMMAND="$PYTHON $CODE_DIR/autostop.py --idle-minutes $IDLE_MINUTES --stop-with $STOPPER --state-dir $STATE_DIR --log $LOG --keep-awake-file $KEEP_AWAKE"
  [ -x "$BIN/smnb-backup" ] && COMMAND="$COMMAND --before-stop $BIN/smnb-backup"
  mkdir -p "$BIN" && printf '#!/bin/sh\nexec %s --keep-awake-file %s --keep-awake "$1"\n' \
    "$PYTHON $CODE_DIR/autostop.py" "$KEEP_AWAKE" > "$BIN/smnb-keep-awake" && chmod 755 "$BIN/smnb-keep-awake"
  if how=$(schedule smnb-autostop "$COMMAND"); then
    say "auto-stop: on: stops after $IDLE_MINUTES idle minutes ($how, stops with $STOPPER); log: ~/SageMaker/smnb-auto-stop.log"
  else
    say "auto-stop: WARNING: NOT active (no systemd timer): stop the notebook yourself (smnb stop) when you are done"
  fi
}

main
exit 0

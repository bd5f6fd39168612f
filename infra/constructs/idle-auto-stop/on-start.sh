#!/bin/bash
# smnb idle auto-stop, installed at every start of the notebook instance by its lifecycle configuration.
# Everything it needs is embedded here: nothing is downloaded, so it works without internet access.
set -eu
IDLE_MINUTES=__IDLE_MINUTES__
STATE_DIR=/home/ec2-user/.smnb
LOG=$STATE_DIR/autostop.log
CRON_FILE=/etc/cron.d/smnb-autostop
mkdir -p $STATE_DIR
if [ "$IDLE_MINUTES" = "0" ]; then
  rm -f $CRON_FILE
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) auto-stop is off (IdleTimeoutMinutes=0)" | tee -a $LOG
  exit 0
fi
cat > $STATE_DIR/autostop.py <<'PYTHON'
__AUTOSTOP_PY__
PYTHON
date -u +%s > $STATE_DIR/started-at
PYTHON_BIN=""
for candidate in /usr/bin/python3 /home/ec2-user/anaconda3/envs/JupyterSystemEnv/bin/python /home/ec2-user/anaconda3/bin/python3; do
  if [ -x "$candidate" ]; then PYTHON_BIN=$candidate; break; fi
done
if [ -z "$PYTHON_BIN" ]; then
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) auto-stop NOT installed: no python3 found" | tee -a $LOG
  exit 0
fi
echo "PATH=/usr/local/bin:/usr/bin:/bin:/home/ec2-user/anaconda3/bin" > $CRON_FILE
echo "*/5 * * * * root $PYTHON_BIN $STATE_DIR/autostop.py --idle-minutes $IDLE_MINUTES >> $LOG 2>&1" >> $CRON_FILE
chmod 644 $CRON_FILE
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) auto-stop on: stops after $IDLE_MINUTES idle minutes (log: $LOG)" | tee -a $LOG

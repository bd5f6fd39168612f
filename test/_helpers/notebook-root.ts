import { onStartScript } from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';

/** The on-start script as CloudFormation's Fn::Sub leaves it, for the settings given (the rest as the defaults). */
export function withSettings(values: {
  IdleTimeoutMinutes?: string;
  BackupIntervalMinutes?: string;
  DataBucketName?: string;
}) {
  const all = { IdleTimeoutMinutes: '60', BackupIntervalMinutes: '60', DataBucketName: 'my-data-bucket', ...values };
  return onStartScript().replace(/\$\{(\w+)\}/g, (_, name: keyof typeof all) => all[name]);
}

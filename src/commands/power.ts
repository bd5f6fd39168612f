import { setNotebookPower } from '../operations/notebook-power.js';
import { formatPower } from '../render/results.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG } from './fleet-config-file.js';
import { eachNotebook } from './each-notebook.js';
import { NAME_USAGE, YES_FLAG } from './common-flags.js';

function powerCommand(action: 'stop' | 'start'): CommandDefinition {
  return {
    name: action,
    summaryKey: action === 'stop' ? 'cmd.stop.summary' : 'cmd.start.summary',
    usage: NAME_USAGE,
    maxPositionals: 1,
    examples: [`smnb ${action}`, `smnb ${action} dev-notebook --wait`, `smnb ${action} --config smnb.config.yaml`],
    flags: [
      ...AWS_FLAGS,
      { name: 'wait', type: 'boolean', descKey: 'flag.wait' },
      ...(action === 'start' ? [YES_FLAG] : []),
      CONFIG_FLAG,
    ],
    run: (ctx, args) =>
      eachNotebook(
        ctx,
        args,
        action,
        (op, name) => setNotebookPower(op, name, action, args.flags.wait === true),
        (r) => formatPower(r, ctx.t),
      ),
  };
}
export const stopCommand = powerCommand('stop');
export const startCommand = powerCommand('start');

import type { FlagSpec } from '../args.js';

/** Where and as whom to call AWS; every AWS command takes these. */
export const AWS_FLAGS: readonly FlagSpec[] = [
  { name: 'region', type: 'string', descKey: 'flag.region', valueName: 'REGION' },
  { name: 'profile', type: 'string', descKey: 'flag.profile', valueName: 'PROFILE' },
];

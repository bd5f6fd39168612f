import { writeFileSync } from 'node:fs';
import { commandReference } from './command-reference.js';

writeFileSync(new URL('../docs/commands.md', import.meta.url), await commandReference());
console.log('wrote docs/commands.md');

/** The restore onto a new volume with the aws cli, and the hooks' own failures (the suite: _restore-suite.ts). */
import { restoreHookSuite, restoreSuite } from './_restore-suite.js';

restoreSuite('the aws cli', 'aws');
restoreHookSuite();

/** The notebook's backup with the aws cli (the suite: _backup-suite.ts). */
import { backupSuite } from './_backup-suite.js';

backupSuite('the aws cli', 'aws');

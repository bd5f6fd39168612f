/** The notebook's backup with boto3 (the suite: _backup-suite.ts). */
import { backupSuite } from './_backup-suite.js';

backupSuite('boto3', 'boto3');

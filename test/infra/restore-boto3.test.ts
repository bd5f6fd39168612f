/** The restore onto a new volume with boto3 (the suite: _restore-suite.ts). */
import { restoreSuite } from './_restore-suite.js';

restoreSuite('boto3', 'boto3');

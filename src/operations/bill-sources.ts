import type { ListOptions } from './list-account.js';

/**
 * What `smnb list` and `smnb doctor` look at beyond the notebooks, declared once for both: the prefix where
 * `smnb deploy --nested` stages templates, and the source of kept data buckets (`keptDataBuckets`, found by their
 * smnb:notebook tag) once one exists; without it the bill says kept buckets were not counted.
 */
export function billListOptions(allRegions: boolean, templatePrefix: string): ListOptions {
  return { allRegions, templatePrefix };
}

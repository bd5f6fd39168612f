import type { OperationAccess } from '../commands/command.js';
import type { RootSettings } from './settings.js';

export type { RootSettings } from './settings.js';

/**
 * The one place that turns a command's resolved settings into what its operations use. Each builder loads when first
 * called, so a command that never asks (--help, a flag error, `smnb plan`, `smnb cost` without --live) loads neither
 * the builders nor any AWS SDK module.
 */
export function compositionRoot(settings: RootSettings): OperationAccess {
  return {
    withOperation: async (operation, run) =>
      (await import('./with-operation.js')).withOperation(settings, operation, run),
    withClassOperation: async (operation, run) =>
      (await import('./class-context.js')).withClassOperation(settings, operation, run),
    costPriceSources: async (request) => (await import('./cost-prices.js')).costPriceSources(settings, request),
  };
}

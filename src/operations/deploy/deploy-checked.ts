import type { TemplateDocument } from '../../plan/template-model.js';
import type { DeployOptions } from '../../plan/deploy-options.js';
import type { FleetConfig } from '../../plan/fleet-config.js';
import type { OperationContext } from '../../context/operation-context.js';
import { deploy, type DeployContext, type DeployResult } from './deploy.js';
import { checkContext, fleetCheckContext, gateChecks, type DoctorContext } from '../doctor.js';
import { deployFleet, type DeployFleetContext, type FleetResult, type FleetTemplate } from './fleet.js';
import { defaultTemplateBucket, packageTemplates, type PackageTemplatesContext } from './package-templates.js';

export interface DeployRun {
  readonly template: FleetTemplate;
  /** Run doctor's decisive checks first (--skip-checks turns them off). */
  readonly gate: boolean;
}

export interface NestedStaging {
  /** The main template, for the default key prefix of its children. */
  readonly document: TemplateDocument;
  readonly bucket?: string;
  readonly prefix?: string;
  readonly files: readonly { readonly name: string; readonly body: string }[];
}

/** What `deployChecked` uses of the operation context: the gate's, the template bucket's and the deploy's. */
export type DeployCheckedContext = DoctorContext &
  PackageTemplatesContext &
  DeployContext &
  Pick<OperationContext, 'templateBucket'>;

/** One notebook: the gate, the nested layout's child templates staged when needed, then the stack. */
export async function deployChecked(
  op: DeployCheckedContext,
  run: DeployRun & { readonly options: DeployOptions; readonly noWait: boolean; readonly nested?: NestedStaging },
): Promise<DeployResult> {
  if (run.gate) await gateChecks(checkContext(op, run.options));
  let options = run.options;
  if (run.nested) {
    const staged = await packageTemplates(op, await op.templateBucket(), {
      bucket: run.nested.bucket,
      account: (await op.identity()).account,
      prefix: run.nested.prefix ?? String(run.nested.document.Parameters?.TemplatePrefix?.Default ?? ''),
      files: run.nested.files,
    });
    // The template falls back to the guide's bucket by itself; any other bucket must be named to it.
    if (staged.bucket !== defaultTemplateBucket((await op.identity()).account))
      options = { ...options, parameters: { ...options.parameters, TemplateBucketName: staged.bucket } };
  }
  return deploy(op, { ...run.template, options, noWait: run.noWait });
}

/** What `deployFleetChecked` uses of the operation context: the gate's and the fleet's. */
export type DeployFleetCheckedContext = DoctorContext & DeployFleetContext;

/** A fleet: the gate over the whole fleet (it must fit the quota together), then every notebook. */
export async function deployFleetChecked(
  op: DeployFleetCheckedContext,
  run: DeployRun & { readonly config: FleetConfig; readonly concurrency: number },
): Promise<FleetResult> {
  if (run.gate) await gateChecks(fleetCheckContext(op, run.config));
  return deployFleet(op, run.config, run.template, run.concurrency);
}

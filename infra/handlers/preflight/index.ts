// Lambda entry point, bundled into the template's inline code at synth time. The AWS SDK comes with the runtime.
import { request as httpsRequest } from 'node:https';
import { EC2 } from '@aws-sdk/client-ec2';
import { SageMaker } from '@aws-sdk/client-sagemaker';
import { ServiceQuotas } from '@aws-sdk/client-service-quotas';
import { notebookQuota } from '../../../shared/notebook-quota.js';
import { createHandler, type CustomResourceResponse } from './handler.js';
import type { PreflightApis } from './preflight.js';

const ec2 = new EC2({});
const sagemaker = new SageMaker({});
const quotas = new ServiceQuotas({});

const sdkApis: PreflightApis = {
  async notebookQuota(instanceType) {
    try {
      return await notebookQuota(
        {
          applied: (NextToken) => quotas.listServiceQuotas({ ServiceCode: 'sagemaker', NextToken }),
          default: (NextToken) => quotas.listAWSDefaultServiceQuotas({ ServiceCode: 'sagemaker', NextToken }),
        },
        instanceType,
      );
    } catch (error) {
      console.log('quota check skipped', error);
      return undefined;
    }
  },
  async notebooks() {
    const found: { name: string; instanceType: string; status: string }[] = [];
    let NextToken: string | undefined;
    do {
      const page = await sagemaker.listNotebookInstances({ NextToken, MaxResults: 100 });
      for (const n of page.NotebookInstances ?? []) {
        found.push({ name: n.NotebookInstanceName!, instanceType: n.InstanceType!, status: n.NotebookInstanceStatus! });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return found;
  },
  async zones() {
    const out = await ec2.describeAvailabilityZones({
      Filters: [
        { Name: 'zone-type', Values: ['availability-zone'] },
        { Name: 'state', Values: ['available'] },
      ],
    });
    return (out.AvailabilityZones ?? []).map((z) => z.ZoneName!).sort();
  },
  async zonesOffering(ec2InstanceType) {
    const out = await ec2.describeInstanceTypeOfferings({
      LocationType: 'availability-zone',
      Filters: [{ Name: 'instance-type', Values: [ec2InstanceType] }],
    });
    return (out.InstanceTypeOfferings ?? []).map((o) => o.Location!);
  },
};

function respond(url: string, body: CustomResourceResponse): Promise<void> {
  const payload = JSON.stringify(body);
  console.log(payload);
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': '', 'content-length': Buffer.byteLength(payload) };
    httpsRequest(url, { method: 'PUT', headers }, (res) => res.resume().on('end', resolve))
      .on('error', reject)
      .end(payload);
  });
}

export const handler = createHandler({ apis: sdkApis, region: process.env.AWS_REGION ?? '', respond });

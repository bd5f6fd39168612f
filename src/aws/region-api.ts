import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2';

/**
 * The regions this account can use. EC2 DescribeRegions without AllRegions "describes the Regions that are enabled
 * for your account" (EC2 API reference, DescribeRegions, read 2026-12-01): the default regions and those opted in,
 * never one the account has not enabled. The order of the answer is not defined, so it is sorted.
 */
export async function enabledRegions(client: EC2Client): Promise<string[]> {
  const out = await client.send(new DescribeRegionsCommand({}));
  return (out.Regions ?? [])
    .map((r) => r.RegionName ?? '')
    .filter(Boolean)
    .sort();
}

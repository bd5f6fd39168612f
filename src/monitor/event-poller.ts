import type { StackApi, StackEvent } from '../aws/stack-api.js';

/**
 * Where the operation to follow begins: after a known event (the newest one before smnb started it, so that no clock
 * is involved), or at a time on AWS's clock (an operation found in the stack's history).
 */
export type OperationBegin = { readonly afterEventId: string | undefined } | { readonly since: Date };

/** A second of slack around AWS's own timestamps. */
const SLACK_MS = 1000;

/**
 * Reads stack events incrementally: remembers the newest event ID per stack, keeps only events of the current
 * operation, and follows nested stacks once their physical ID appears. It never compares AWS's timestamps with this
 * machine's clock, which may be minutes off: the root is scoped by event ID (or by a time read from AWS's events),
 * and a nested stack by the time of the parent's event that revealed it.
 */
export class StackEventPoller {
  private readonly lastEventId = new Map<string, string | undefined>();
  private readonly nestedNames = new Map<string, string>();
  /** Per stack, the AWS time before which its events belong to an earlier operation (none: scoped by ID). */
  private readonly earliest = new Map<string, Date | undefined>();

  constructor(
    private readonly api: StackApi,
    rootStackId: string,
    begin: OperationBegin,
  ) {
    if ('since' in begin) {
      this.lastEventId.set(rootStackId, undefined);
      this.earliest.set(rootStackId, new Date(begin.since.getTime() - SLACK_MS));
    } else {
      this.lastEventId.set(rootStackId, begin.afterEventId);
      this.earliest.set(rootStackId, undefined);
    }
  }

  /** The logical ID of a followed nested stack, by its stack ID. */
  nestedName(stackId: string): string | undefined {
    return this.nestedNames.get(stackId);
  }

  /** How many stacks the last poll read: one DescribeStackEvents call each (more for a long page of news). */
  get stacksFollowed(): number {
    return this.lastEventId.size;
  }

  async poll(): Promise<StackEvent[]> {
    const fresh: StackEvent[] = [];
    for (const [stackId, after] of [...this.lastEventId]) {
      // The first read of a stack stops at the operation's start; later reads stop at the last event seen.
      const earliest = this.earliest.get(stackId);
      const events = await this.api.newEvents(stackId, after, earliest);
      if (events.length === 0) continue;
      this.lastEventId.set(stackId, events.at(-1)!.id);
      for (const e of events) {
        if (!after && earliest && e.timestamp < earliest) continue;
        fresh.push(e);
        const isChild = e.resourceType === 'AWS::CloudFormation::Stack' && e.physicalId && e.physicalId !== e.stackId;
        if (isChild && !this.lastEventId.has(e.physicalId!)) {
          this.lastEventId.set(e.physicalId!, undefined);
          this.earliest.set(e.physicalId!, new Date(e.timestamp.getTime() - SLACK_MS));
          this.nestedNames.set(e.physicalId!, e.logicalId);
        }
      }
    }
    return fresh.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  }
}

import type { StackApi, StackEvent } from '../aws/stack-api.js';

/**
 * Reads stack events incrementally: remembers the newest event ID per stack, keeps only events of the current
 * operation (at or after `since`), and follows nested stacks once their physical ID appears.
 */
export class StackEventPoller {
  private readonly lastEventId = new Map<string, string | undefined>();
  private readonly nestedNames = new Map<string, string>();
  private readonly earliest: Date;

  constructor(
    private readonly api: StackApi,
    rootStackId: string,
    since: Date,
  ) {
    this.lastEventId.set(rootStackId, undefined);
    // A second of slack: CloudFormation's clock and ours may disagree slightly.
    this.earliest = new Date(since.getTime() - 1000);
  }

  /** The logical ID of a followed nested stack, by its stack ID. */
  nestedName(stackId: string): string | undefined {
    return this.nestedNames.get(stackId);
  }

  async poll(): Promise<StackEvent[]> {
    const fresh: StackEvent[] = [];
    for (const [stackId, after] of [...this.lastEventId]) {
      // The first read of a stack stops at the operation's start; later reads stop at the last event seen.
      const events = await this.api.newEvents(stackId, after, this.earliest);
      if (events.length === 0) continue;
      this.lastEventId.set(stackId, events.at(-1)!.id);
      for (const e of events) {
        if (e.timestamp < this.earliest) continue;
        fresh.push(e);
        const isChild = e.resourceType === 'AWS::CloudFormation::Stack' && e.physicalId && e.physicalId !== e.stackId;
        if (isChild && !this.lastEventId.has(e.physicalId!)) {
          this.lastEventId.set(e.physicalId!, undefined);
          this.nestedNames.set(e.physicalId!, e.logicalId);
        }
      }
    }
    return fresh.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  }
}

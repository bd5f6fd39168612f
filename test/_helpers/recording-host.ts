import type { AppEvent } from '../../src/events.js';
import type { ConfirmRequest, IoHost } from '../../src/context/io-host.js';

/** Records every event and question; answers questions from a queue, else with the default answer. */
export class RecordingHost implements IoHost {
  readonly events: AppEvent[] = [];
  readonly questions: ConfirmRequest[] = [];
  constructor(private readonly answers: boolean[] = []) {}

  notify(event: AppEvent): void {
    this.events.push(event);
  }

  async confirm(request: ConfirmRequest): Promise<boolean> {
    this.questions.push(request);
    return this.answers.length ? this.answers.shift()! : request.defaultAnswer;
  }

  messages(): string[] {
    return this.events.flatMap((e) => (e.type === 'message' ? [e.key] : []));
  }

  resourceLines(): string[] {
    return this.events.flatMap((e) => (e.type === 'resource' ? [`${e.logicalId} ${e.status}`] : []));
  }
}

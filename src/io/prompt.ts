import { createInterface } from 'node:readline/promises';
import type { Translate } from '../i18n/messages.js';
import type { ConfirmRequest } from '../context/io-host.js';

/** Whether an answer typed at a prompt agrees: the exact name when one must be typed, else yes (or はい). */
export function answerAgrees(request: ConfirmRequest, typed: string): boolean {
  const answer = typed.trim();
  return request.typeToConfirm ? answer === request.typeToConfirm : /^(y|yes|はい)$/i.test(answer);
}

/** Asks on the terminal (the question on stderr, so stdout stays for results) and reads one line. */
export async function askOnTerminal(
  request: ConfirmRequest,
  t: Translate,
  stdin: NodeJS.ReadableStream,
  stderr: NodeJS.WritableStream,
): Promise<boolean> {
  const rl = createInterface({ input: stdin, output: stderr });
  try {
    return answerAgrees(request, await rl.question(`${t(request.questionKey, request.questionParams)} `));
  } finally {
    rl.close();
  }
}

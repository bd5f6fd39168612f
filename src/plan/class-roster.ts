import { UsageError } from '../errors.js';
import { checkInstanceType, checkNotebookName, NOTEBOOK_NAME_MAX_LENGTH } from '../../shared/notebook-rules.js';
import type { RosterMember } from '../../shared/class-contract.js';
import { isEmailAddress } from './budget-plan.js';

/** An AWS account ID: exactly twelve digits (Organizations API Reference, Account data type, Id pattern). */
const ACCOUNT_ID = /^\d{12}$/;

/** A roster line's cells, trimmed; a cell in double quotes may hold commas. */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== '') {
    out.push((m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '')).trim());
    if (m[3] === '') break;
  }
  return out;
}

/**
 * The class roster, a CSV of `account id,member name[,instance type[,e-mail]]`, checked whole before anything is
 * sent to AWS: every problem is a usage error naming its line. A first line whose first cell is not an account ID is
 * a header. A member's name becomes their notebook's name, so it must be one (letters, digits and hyphens, at most
 * 63 characters); names and accounts must be unique.
 */
export function parseRoster(text: string): RosterMember[] {
  const members: RosterMember[] = [];
  const seenAccount = new Map<string, number>();
  const seenMember = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const [account = '', member = '', instanceType = '', email = '', ...extra] = cells(raw);
    if (members.length === 0 && seenAccount.size === 0 && !/^\d/.test(account) && /account/i.test(account)) return;
    if (extra.some((c) => c !== '')) throw new UsageError('error.classRosterShape', { line, value: raw.trim() });
    if (!ACCOUNT_ID.test(account)) throw new UsageError('error.classRosterAccount', { line, value: account });
    const name = checkNotebookName(member);
    if (name) throw new UsageError('error.classRosterName', { line, value: member, max: NOTEBOOK_NAME_MAX_LENGTH });
    if (instanceType && checkInstanceType(instanceType))
      throw new UsageError('error.classRosterType', { line, value: instanceType });
    if (email && !isEmailAddress(email)) throw new UsageError('error.classRosterEmail', { line, value: email });
    const firstAccount = seenAccount.get(account);
    if (firstAccount !== undefined)
      throw new UsageError('error.classRosterDuplicateAccount', { line, value: account, first: firstAccount });
    // Notebook names are compared as SageMaker does: case-insensitively (ARNs are lower-case).
    const firstMember = seenMember.get(member.toLowerCase());
    if (firstMember !== undefined)
      throw new UsageError('error.classRosterDuplicateMember', { line, value: member, first: firstMember });
    seenAccount.set(account, line);
    seenMember.set(member.toLowerCase(), line);
    members.push({ account, member, ...(instanceType ? { instanceType } : {}), ...(email ? { email } : {}) });
  });
  if (members.length === 0) throw new UsageError('error.classRosterEmpty');
  return members;
}

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { MessageKey } from '../i18n/messages.js';
import type { Check, CheckOutcome } from './check.js';
import { simulationPrincipal } from './permission-simulation.js';

/**
 * Where the SDK's default chain takes the credentials from, decided the way the chain decides it (AWS SDK for
 * JavaScript v3, @aws-sdk/credential-provider-node defaultProvider and @aws-sdk/credential-provider-ini, read
 * 2026-12-07): the variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY unless a profile is named (--profile or
 * AWS_PROFILE); then the profile of the shared config and credentials files, in the order role_arn, static keys,
 * web_identity_token_file, credential_process, sso_*, login_session; then AWS_WEB_IDENTITY_TOKEN_FILE; then a
 * container's or an instance's role.
 *
 * - `login`: a profile with `login_session`, written by `aws login` (AWS CLI 2.32.0 or later). AWS SDKs and Tools
 *   Reference Guide, "Login credentials provider"
 *   (https://docs.aws.amazon.com/sdkref/latest/guide/feature-login-credentials.html, read 2026-12-07): the
 *   short-term credentials expire in 15 minutes and the CLI and SDKs refresh them for up to 12 hours. AWS CLI User
 *   Guide, "Login for AWS local development using console credentials"
 *   (https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sign-in.html, read 2026-12-07).
 * - Key kinds: "Access key IDs beginning with AKIA are long-term access keys for an IAM user or an AWS account root
 *   user. Access key IDs beginning with ASIA are temporary credentials" (IAM User Guide, "Programmatic access with
 *   AWS security credentials", https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds-programmatic-access.html,
 *   read 2026-12-07).
 */
export type CredentialSourceKind =
  | 'environment'
  | 'keyFile'
  | 'assumeRole'
  | 'webIdentity'
  | 'process'
  | 'sso'
  | 'login'
  | 'container'
  | 'instance'
  | 'unknown';

export type KeyKind = 'long-term' | 'temporary' | 'other';

export interface CredentialSource {
  readonly kind: CredentialSourceKind;
  /** The profile the SDK reads, when the source is a profile. */
  readonly profile?: string;
  /** The file the keys or the profile came from. */
  readonly file?: string;
  /** For keys: long-term (AKIA), temporary (ASIA or with a session token), or neither. */
  readonly keyKind?: KeyKind;
  /** The role assumed (role_arn), when there is one. */
  readonly role?: string;
}

/** What decides the source: the environment the SDK reads, and --profile. */
export interface CredentialSetting {
  readonly env: NodeJS.ProcessEnv;
  readonly profile?: string;
}

type Profile = Record<string, string>;

/** One section of an ini file per profile name, as the SDK names them (config: `[profile x]` and `[default]`). */
function readIni(path: string, isConfig: boolean): Record<string, Profile> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const profiles: Record<string, Profile> = {};
  let current: Profile | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s+|\s+$/g, '');
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      const name = section[1]!.trim();
      const profile = /^profile\s+(\S+)$/.exec(name)?.[1];
      // In the config file only `[default]` and `[profile x]` are profiles (`[sso-session x]` is not).
      const key = isConfig ? (profile ?? (name === 'default' ? 'default' : undefined)) : name;
      current = key === undefined ? undefined : (profiles[key] ??= {});
      continue;
    }
    const pair = /^([^=\s]+)\s*=\s*(.*)$/.exec(line);
    if (pair && current) current[pair[1]!] = pair[2]!;
  }
  return profiles;
}

export function keyKind(accessKeyId: string, sessionToken?: string): KeyKind {
  if (accessKeyId.startsWith('ASIA') || sessionToken) return 'temporary';
  return accessKeyId.startsWith('AKIA') ? 'long-term' : 'other';
}

const home = (env: NodeJS.ProcessEnv) => env.HOME || env.USERPROFILE || homedir();

/** The source of the credentials, read from the environment and the shared files only (no AWS call). */
export function credentialSource(setting: CredentialSetting): CredentialSource {
  const { env } = setting;
  const named = setting.profile ?? (env.AWS_PROFILE || undefined);
  if (!named && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
    return { kind: 'environment', keyKind: keyKind(env.AWS_ACCESS_KEY_ID, env.AWS_SESSION_TOKEN) };
  const profile = named ?? 'default';
  const configFile = env.AWS_CONFIG_FILE || join(home(env), '.aws', 'config');
  const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || join(home(env), '.aws', 'credentials');
  const fromConfig = readIni(configFile, true)[profile] ?? {};
  const fromCredentials = readIni(credentialsFile, false)[profile] ?? {};
  // The credentials file wins over the config file, key by key (the SDK's mergeConfigFiles).
  const data: Profile = { ...fromConfig, ...fromCredentials };
  const fileOf = (key: string) => (key in fromCredentials ? credentialsFile : configFile);
  if (data.role_arn && (data.source_profile || data.credential_source))
    return { kind: 'assumeRole', profile, role: data.role_arn, file: fileOf('role_arn') };
  if (data.aws_access_key_id && data.aws_secret_access_key)
    return {
      kind: 'keyFile',
      profile,
      file: fileOf('aws_access_key_id'),
      keyKind: keyKind(data.aws_access_key_id, data.aws_session_token),
    };
  if (data.web_identity_token_file && data.role_arn)
    return { kind: 'webIdentity', profile, role: data.role_arn, file: fileOf('role_arn') };
  if (data.credential_process) return { kind: 'process', profile, file: fileOf('credential_process') };
  if (data.sso_session || data.sso_start_url || data.sso_account_id || data.sso_role_name || data.sso_region)
    return { kind: 'sso', profile, file: configFile };
  if (data.login_session) return { kind: 'login', profile, file: fileOf('login_session') };
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) return { kind: 'webIdentity', role: env.AWS_ROLE_ARN };
  if (env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)
    return { kind: 'container' };
  if (env.AWS_EC2_METADATA_DISABLED?.toLowerCase() !== 'true') return { kind: 'instance' };
  return { kind: 'unknown', profile };
}

/** The detail line of each source; keys say whether they are long-term. */
function detailKey(source: CredentialSource): MessageKey {
  if (source.kind === 'environment' || source.kind === 'keyFile')
    return `check.source.${source.kind}.${source.keyKind ?? 'other'}` as MessageKey;
  return `check.source.${source.kind}` as MessageKey;
}

/**
 * Administrator rights: only the root user counts, read from the caller's ARN that the credentials check already
 * asked for (no further call). Knowing whether an IAM user holds AdministratorAccess would take
 * ListAttachedUserPolicies, ListGroupsForUser and ListAttachedGroupPolicies per group (several calls, and rights the
 * people smnb is set up for do not have), so it is left out.
 */
export function outcomeFor(source: CredentialSource, callerArn: string): CheckOutcome {
  const params = {
    source: source.kind,
    ...(source.profile ? { profile: source.profile } : {}),
    ...(source.file ? { file: source.file } : {}),
    ...(source.keyKind ? { keyKind: source.keyKind } : {}),
    ...(source.role ? { role: source.role } : {}),
  };
  const key = detailKey(source);
  if (source.kind === 'unknown') return { status: 'unknown', detailKey: key, params };
  // IAM best practices: require people to use temporary credentials, and do not create access keys for the root
  // user (IAM User Guide, "Security best practices in IAM",
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html, read 2026-12-07).
  const root = simulationPrincipal(callerArn).kind === 'root';
  if (root && source.keyKind === 'long-term')
    return { status: 'warn', detailKey: key, params, hintKey: 'check.source.rootLongTermHint' };
  return { status: 'pass', detailKey: key, params };
}

/** A doctor check that names where the credentials came from, and warns when the root user signs with a long-term key. */
export function credentialSourceCheck(setting: CredentialSetting): Check {
  return {
    id: 'credential-source',
    titleKey: 'check.source',
    gate: false,
    async run(ctx) {
      // identity() is asked once per command: the credentials check before this one already made the call.
      const who = await ctx.op.identity();
      return outcomeFor(credentialSource(setting), who.arn);
    },
  };
}

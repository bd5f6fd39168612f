/** English messages. Japanese (ja.ts) must have exactly the same keys: the type and a test check it. */
export const en = {
  'cli.usage': 'Usage: smnb <command> [options]',
  'cli.commands': 'Commands',
  'cli.globalOptions': 'Options for every command',
  'cli.examples': 'Examples',
  'cli.exitCodes': 'Exit codes',
  'cli.exit.0': 'success',
  'cli.exit.1': 'the AWS operation ran and failed (for example a deploy rolled back)',
  'cli.exit.2': 'bad command line or value; nothing was sent to AWS',
  'cli.exit.3': 'fix something first (credentials, unknown stack, stack busy)',
  'cli.exit.4': 'an AWS call was refused or could not be made',
  'cli.exit.130': 'cancelled (declined confirmation or Ctrl-C)',
  'cli.moreHelp': 'Run "smnb <command> --help" for the options of a command.',
  'cli.version': 'smnb {version}',
  'flag.output': 'table (for people, default) or json (for scripts)',
  'flag.lang': 'language of messages: ja or en (default: from LC_ALL/LANG)',
  'flag.noColor': 'no colour and no redrawing (also NO_COLOR, CI, or no terminal)',
  'flag.debug': 'show error causes and stack traces',
  'flag.help': 'show this help',
  'flag.region': 'AWS region (default: AWS_REGION, your profile, else ap-northeast-1)',
  'flag.profile': 'AWS profile from your shared config',
  'setting.NotebookInstanceName': 'notebook instance name: letters, digits and hyphens, at most 63',
  'flag.stackName': 'stack name (default: derived from --name; my-sagemaker-notebook without --name)',
  'setting.InstanceType': 'notebook instance type, from the list chosen for learning',
  'setting.VolumeSizeInGB': 'storage volume in GB, 5 to 16384',
  'setting.IdleTimeoutMinutes': 'minutes without activity before auto-stop; 0 turns it off',
  'cli.default': '(default {value})',
  'flag.param': 'any template parameter as KEY=VALUE (repeatable)',
  'flag.nested': 'use the nested layout (main-stack.yaml and templates/)',
  'flag.format': 'text (default) or mermaid (the diagram only, for docs)',
  'cmd.plan.summary': 'show what deploy would create, in what order, how long and how safe (no AWS account needed)',
  'error.prefix': 'Error',
  'error.hint': 'Hint',
  'error.aborted': 'Cancelled.',
  'error.unexpected': 'Unexpected error: {message}',
  'error.unknownCommand': 'Unknown command "{command}". Valid commands: {valid}.',
  'error.unknownFlag': 'Unknown option "{flag}" for "smnb {command}". Valid options: {valid}.',
  'error.flagNeedsValue': 'Option {flag} needs a value.',
  'error.flagValue': 'Invalid value "{value}" for {flag}. Valid values: {valid}.',
  'error.flagNumber': 'Invalid value "{value}" for {flag}: a whole number is needed.',
  'error.tooManyArgs': 'Unexpected argument "{value}" for "smnb {command}".',
  'error.paramFormat': 'Invalid --param "{value}": write it as KEY=VALUE, for example InstanceType=ml.t3.large.',
  'error.paramUnknown': 'Unknown template parameter "{key}". Valid parameters: {valid}.',
  'error.name-empty': 'The notebook name is empty. Use 1 to 63 letters, digits and hyphens.',
  'error.name-too-long': 'The notebook name "{value}" has {length} characters; at most {max} are allowed.',
  'error.name-pattern':
    'The notebook name "{value}" is not valid: use letters, digits and hyphens, starting and ending with a letter or digit (for example dev-notebook).',
  'error.instance-type': 'Unknown instance type "{value}". Valid types: {allowed}.',
  'error.volume-range': 'Invalid volume size "{value}": use a whole number of GB from {min} to {max}.',
  'error.idle-range': 'Invalid idle timeout "{value}": use minutes from 0 (off) to {max}.',
  'error.allowed-values': 'Invalid {parameter} "{value}". Valid values: {allowed}.',
  'error.constraint': 'Invalid {parameter} "{value}": expected {constraint}',
  'error.stack-name':
    'The stack name "{value}" is not valid: start with a letter, then letters, digits and hyphens, at most 128 characters.',
  'error.templateMissing': 'Template file {path} is missing. Reinstall smnb or run "npm run synth" in its folder.',
  'plan.title': 'Plan: what "smnb deploy" creates (nothing is sent to AWS)',
  'plan.target': 'Stack {stack} · notebook {notebook} · {instanceType} · {volume} GB · region {region}',
  'plan.template': 'Template {template}: {count} resources',
  'plan.groups': 'What is created, in this order',
  'plan.group.preflight': 'Preflight check (Availability Zone and quota)',
  'plan.group.network': 'Network (VPC and internet gateway)',
  'plan.group.routing': 'Subnet and routing',
  'plan.group.securityGroup': 'Security group',
  'plan.group.role': 'IAM role and data bucket',
  'plan.group.notebook': 'Notebook instance and auto-stop',
  'plan.group.stacks': 'Nested stacks',
  'plan.group.other': 'Other',
  'plan.typical': 'about {duration}',
  'plan.longestChain': 'Longest chain: {chain}',
  'plan.total': 'Expected time: about {duration} (the notebook itself takes most of it)',
  'plan.security': 'Security',
  'plan.security.inbound': 'Inbound from the internet: none (you open Jupyter through SageMaker, signed in to AWS)',
  'plan.security.vpcHttps': 'HTTPS to the notebook only from inside the VPC ({cidr})',
  'plan.security.root': 'Root access on the notebook: {value}',
  'plan.security.imds': 'Instance metadata: IMDSv2 only',
  'plan.security.bucket': 'Data bucket: encrypted, private, TLS-only, versioned, kept when the stack is deleted',
  'plan.security.autostop': 'Idle auto-stop: after {minutes} minutes without activity',
  'plan.security.autostopOff': 'Idle auto-stop: off (the notebook runs until you stop it)',
  'plan.cost': 'Cost (30 days, 8 hours of use a day)',
  'plan.costMonth': 'left running: about USD {alwaysOn}; with auto-stop: about USD {autoStop} (details: smnb cost)',
  'plan.costUnknown': 'no offline price for {type} in {region} yet: "smnb cost --live" asks the AWS Price List API',
  'plan.costReference':
    'for reference, in {refRegion} (built-in table, {asOf}): left running about USD {alwaysOn}; with auto-stop about USD {autoStop}. Prices differ by region.',
  'plan.diagram': 'Architecture (drawn from the template)',
  'plan.deploy': 'To deploy',
  'plan.deploy.smnb': 'with smnb:',
  'plan.deploy.awscli': 'or with the AWS CLI:',
  'plan.nestedUpload': 'upload the child templates first (see the README, "nested layout")',
  'diagram.cloud': 'AWS {region}',
  'diagram.vpc': 'VPC {cidr}',
  'diagram.gateway': 'Internet gateway',
  'diagram.subnet': 'Public subnet {cidr} (route 0.0.0.0/0 -> gateway)',
  'diagram.notebook': 'SageMaker notebook {name} ({type}, {volume} GB)',
  'diagram.securityGroup': 'Security group: HTTPS from {cidr} only',
  'diagram.role': 'IAM role (trusted by SageMaker only)',
  'diagram.bucket': 'S3 data bucket (encrypted, kept on delete)',
  'diagram.preflight': 'Preflight Lambda (zone and quota check)',
  'diagram.browser': 'Your browser -> SageMaker (signed in) -> Jupyter / JupyterLab',
  'cmd.deploy.summary': 'create or update a notebook stack, with live progress and a plain report',
  'cmd.watch.summary': 'follow a stack operation that is already running',
  'cmd.outputs.summary': "show a stack's outputs and URLs",
  'cmd.status.summary': 'show the stack and notebook status, type and auto-stop setting',
  'cmd.open.summary': 'start the notebook if needed and print a sign-in link to JupyterLab',
  'cmd.stop.summary': 'stop a notebook (ends compute billing, keeps its files)',
  'cmd.start.summary': 'start a stopped notebook',
  'cmd.delete.summary': 'delete notebook stacks safely (asks you to type the names)',
  'cmd.list.summary': 'list notebooks and the stacks smnb made',
  'flag.yes':
    'answer yes to the confirmations without asking (for scripts); replacing a notebook also needs --allow-replacement',
  'flag.noWait': 'return once the stack operation has started (follow it with smnb watch)',
  'flag.allowReplacement': 'accept replacing the notebook, which loses the files on its volume',
  'flag.parametersFile': 'aws-cli style JSON parameter file, e.g. simple-parameters.json',
  'flag.wait': 'wait until the notebook is Stopped / InService',
  'flag.classic': 'open classic Jupyter instead of JupyterLab',
  'flag.match': 'delete every smnb stack whose name matches this pattern (* and ?)',
  'flag.concurrency': 'how many stacks to delete at once',
  'error.noCredentials': 'No AWS credentials were found.',
  'error.config': '{path} has {count} problem(s); nothing was deployed:',
  'config.unreadable': 'cannot be read: {reason}',
  'config.noNotebooks': '"notebooks" must list at least one notebook',
  'flag.config': 'fleet file (smnb.config.json or .yaml) listing several notebooks',
  'fleet.title': 'Fleet {fleet}',
  'fleet.header.result': 'RESULT',
  'fleet.header.detail': 'DETAIL',
  'fleet.outcome.created': 'created',
  'fleet.outcome.updated': 'updated',
  'fleet.outcome.no-changes': 'no changes',
  'fleet.outcome.started': 'started',
  'fleet.outcome.failed': 'FAILED',
  'fleet.outcome.error': 'NOT DEPLOYED',
  'fleet.summary': '{ok} succeeded, {failed} failed.',
  'config.duplicate': 'the name "{value}" is used twice',
  'config.unknownKey': 'unknown key "{value}" (valid: {valid})',
  'live.header': '{stack}  {elapsed} elapsed',
  'live.remaining': 'about {duration} left',
  'error.parametersFile': 'Cannot read parameter file {path}: {message}',
  'error.templateFlagsNeedNested': '--template-bucket and --template-prefix only apply with --nested.',
  'hint.templateBucket': 'Choose your own bucket with --template-bucket <name>.',
  'package.creatingBucket': 'Creating template bucket {bucket} (private, encrypted, TLS-only).',
  'package.done': 'Child templates in s3://{bucket}: {uploaded} uploaded, {unchanged} unchanged.',
  'flag.templateBucket': 'with --nested: bucket for the child templates (default ACCOUNT-cfn-templates)',
  'flag.templatePrefix': 'with --nested: key prefix of the child templates (default sagemaker/templates/)',
  'hint.configure':
    'Run "aws configure" (or set AWS_PROFILE / --profile), then "aws sts get-caller-identity" to check.',
  'error.expiredToken': 'Your AWS session has expired.',
  'error.accessDenied': 'AWS refused {operation}: {message}',
  'hint.accessDenied':
    'Ask your administrator to run smnb setup once and add you to the smnb-people group (docs/people-policy.json), or use a profile that has those rights; smnb doctor lists what is missing.',
  'error.throttled': 'AWS kept throttling {operation} even after retries. Wait a minute and run the command again.',
  'error.unreachable': 'Could not reach AWS for {operation}: {message}',
  'hint.unreachable': 'Check your network, the region, and AWS_ENDPOINT_URL if you set it.',
  'error.awsCall': '{operation} failed: {code}: {message}',
  'error.stackBusy': 'Stack {stack} is busy ({status}); another operation is running.',
  'hint.watch': 'Follow it with "smnb watch {stack}" and try again when it ends.',
  'error.changeSetFailed': 'CloudFormation could not prepare the change for {stack}: {reason}',
  'error.changeSetTimeout': 'The change set {id} was not ready in time. Run the command again.',
  'error.replacementDeclined': 'Nothing changed: notebook {notebook} was not replaced.',
  'error.recreateDeclined': 'Nothing changed: stack {stack} is still in ROLLBACK_COMPLETE.',
  'error.deleteFailed': 'Deleting stack {stack} failed: {reason}',
  'error.notFound': 'No stack or notebook named "{name}" in {region}.',
  'hint.list': 'Run "smnb list" to see your notebooks and stacks (and check --region).',
  'error.notebookMissing': 'Notebook {name} does not exist (yet).',
  'error.powerRefused': 'Notebook {notebook} is {status}; it cannot {action} now.',
  'error.notebookFailed': 'Notebook {notebook} failed: {reason}',
  'error.waitTimeout': 'Notebook {notebook} is still {status} after 20 minutes.',
  'error.nothingToDelete': 'No stack matched {pattern}.',
  'error.deleteDeclined': 'Nothing was deleted.',
  'deploy.noChanges': 'No changes: stack {stack} already matches.',
  'deploy.changes': 'Changes for {stack}: {adds} to add, {modifies} to modify, {removes} to remove.',
  'deploy.started': 'Started. Follow it with: smnb watch {stack}',
  'deploy.changeLine': '  {action} {resource} ({type})',
  'deploy.changeReplace': '  {action} {resource} ({type}): REPLACED',
  'deploy.replacementWarning':
    'This update REPLACES notebook {notebook}: a new instance with a new, empty volume. Files you saved on the notebook will be lost (the data bucket is kept).',
  'deploy.rollbackComplete':
    'Stack {stack} is left over from a failed create ({resource}: {reason}). It must be deleted before it can be created again.',
  'confirm.replacement': 'Type the notebook name ({notebook}) to replace it, or press Enter to cancel:',
  'confirm.recreate': 'Delete stack {stack} and create it again? [y/N]',
  'confirm.delete': 'Type the stack name(s) to delete ({names}), or press Enter to cancel:',
  'delete.whatGoes':
    'Deleting {stack}: notebook {notebook} and every file on its volume are removed. The data bucket {bucket} is kept.',
  'power.waitingFirst': 'Notebook {notebook} is {status}; waiting for that to finish first.',
  'power.stopping': 'Stopping {notebook}; compute billing ends once it is Stopped.',
  'power.starting': 'Starting {notebook} (usually a few minutes).',
  'open.starting': 'Notebook {notebook} is {status}; starting it first.',
  'progress.waiting': 'Still working ({elapsed}): {resources}',
  'progress.typical': '{name} (typically {duration})',
  'cause.quota':
    'Your account\'s quota for this notebook type is used up. Stop or delete a notebook, choose another type, or request more in Service Quotas (SageMaker, "<type> for notebook instance usage").',
  'cause.capacity': 'AWS has no spare capacity for this type right now. Retry later, or choose another type.',
  'cause.zone':
    'This type is not offered in the chosen Availability Zone. Set --param AvailabilityZone=<another zone>.',
  'cause.assumeRole':
    'SageMaker could not use the new role yet (IAM needs a few seconds to spread). Delete the stack and deploy again.',
  'cause.permissions':
    'Your AWS user lacks the permission named in the reason above: with the account set-up (smnb setup) the smnb-people group has every action smnb needs, and smnb doctor checks for them.',
  'cause.exists': 'Something with this name already exists. Choose another --name.',
  'cause.lifecycle':
    'The start-up script failed or took over 5 minutes. See CloudWatch Logs /aws/sagemaker/NotebookInstances, stream <name>/LifecycleConfigOnStart.',
  'cause.bucketNotEmpty': 'A bucket still holds objects. Empty it on purpose first.',
  'result.created': 'Done: stack {stack} created in {duration}.',
  'result.updated': 'Done: stack {stack} updated in {duration}.',
  'result.noChanges': 'Nothing to do: stack {stack} is up to date.',
  'result.started': 'Stack {stack} is being deployed in the background.',
  'result.failed': 'Deploy of {stack} failed ({status}).',
  'result.failedResource': 'Failed first: {resource} ({type})',
  'result.reason': 'Reason: {reason}',
  'result.cause': 'What it means: {cause}',
  'result.cleanup': 'To clean up: smnb delete {stack}    To retry: smnb deploy {flags}',
  'result.next': 'Next: smnb open {notebook}   ·   smnb stop {notebook} when you are done',
  'result.outputs': 'Outputs',
  'status.stack': 'Stack',
  'status.notebook': 'Notebook',
  'status.type': 'Type',
  'status.volume': 'Volume',
  'status.autoStop': 'Auto-stop',
  'status.autoStopMinutes': 'after {minutes} idle minutes',
  'status.autoStopOff': 'off',
  'status.failure': 'Failure reason',
  'status.url': 'URL',
  'status.cost': 'Cost while running',
  'status.cost.live': 'USD {usd}/h (AWS Price List, {region}, {asOf})',
  'status.cost.cache': 'USD {usd}/h (AWS Price List, {region}, asked {asOf})',
  'status.cost.table': 'USD {usd}/h (built-in table, {region}, {asOf})',
  'status.costUnknown': 'unknown (the AWS Price List could not be asked; see the SageMaker pricing page)',
  'list.header.cost': 'USD/H',
  'list.running': '{count} running: about USD {usd} per hour together',
  'status.none': '(none)',
  'open.url': 'Sign-in link for {notebook} (valid 5 minutes):',
  'open.console': 'If it has expired, use the console page:',
  'power.done.stop': 'Notebook {notebook} is {status}.',
  'power.done.start': 'Notebook {notebook} is {status}.',
  'power.already': 'Notebook {notebook} is already {status}.',
  'delete.done': '{stack}: {status}',
  'delete.retained':
    '  kept: {logicalId} {physicalId}. To remove it on purpose, empty it first (it is versioned: use "Empty" in the S3 console, which deletes every version), then: aws s3 rb s3://{physicalId} --region {region}',
  'delete.summary': '{ok} deleted, {failed} failed, {skipped} skipped.',
  'list.empty': 'No notebooks in {region}.',
  'list.header.name': 'NOTEBOOK',
  'list.header.status': 'STATUS',
  'list.header.type': 'TYPE',
  'list.header.created': 'CREATED',
  'list.header.stack': 'STACK',
  'list.header.fleet': 'FLEET',
  'watch.done': 'Stack {stack}: {status} ({duration}).',
  'cmd.doctor.summary': 'check credentials, quota, names and forgotten notebooks before you deploy',
  'flag.skipChecks': 'deploy without running the doctor checks first',
  'check.credentials': 'Credentials',
  'check.credentials.ok': 'signed in as {arn} (account {account})',
  'check.permissions': 'Permissions',
  'check.permissions.ok': 'IAM allows all {count} actions deploy, stop, start and delete need ({principal})',
  'check.permissions.missing': 'IAM does not allow {count} action(s) smnb needs: {actions}',
  'check.permissions.hint':
    'Ask your administrator to run smnb setup and add {principal} to the smnb-people group (docs/people-policy.json; the README shows how); an organization policy (SCP) can also deny these. --skip-checks deploys anyway.',
  'check.permissions.root':
    'signed in as the root user: every action is allowed, but AWS advises against using root day to day',
  'check.permissions.rootHint':
    'Create an IAM user in the smnb-people group, or an IAM Identity Center permission set from docs/people-policy.json, and use that instead.',
  'check.permissions.unsupported': 'cannot check the permissions of {arn}: IAM simulates only users and roles',
  'check.permissions.cannotCheck':
    'cannot ask IAM which actions are allowed ({action} is not allowed); the deploy itself will report anything missing',
  'check.region': 'SageMaker in this region',
  'check.region.ok': 'SageMaker answers in {region} ({count} notebook instance(s))',
  'check.region.unavailable': 'SageMaker does not answer in {region} ({message})',
  'check.region.hint':
    'Check the region name (--region, AWS_REGION or your profile) and your network; notebook instances are offered in regions such as ap-northeast-1 and us-east-1.',
  'check.quota': 'Notebook quota',
  'check.quota.ok': '{type}: {inUse} of {quota} in use, {needed} to deploy',
  'check.quota.full': '{type}: all {quota} allowed are in use ({inUse})',
  'check.quota.tooFew': '{type}: {needed} to deploy, but only {free} of {quota} are free ({inUse} in use)',
  'check.quota.hint':
    'Stop or delete a notebook, choose another --instance-type, or ask for more: aws service-quotas request-service-quota-increase --service-code sagemaker --quota-code {code} --desired-value {more} --region {region}',
  'check.quota.unknown': '{type}: quota could not be read ({inUse} in use); Service Quotas shows it',
  'check.names': 'Names',
  'check.names.ok': 'notebook {notebook} and stack {stack} are free',
  'check.names.notebookTaken': 'a notebook named {notebook} already exists outside this stack',
  'check.names.hint': 'Choose another --name, or delete that notebook first.',
  'check.names.stackExists': 'existing stack(s) {stacks}: deploy will update them',
  'check.stuck': 'Stuck stacks',
  'check.stuck.ok': 'none',
  'check.stuck.found': '{stacks}',
  'check.stuck.hint':
    'ROLLBACK_COMPLETE: smnb deploy offers to delete and recreate it. UPDATE_ROLLBACK_FAILED: aws cloudformation continue-update-rollback --stack-name <stack>, or smnb delete <stack>.',
  'check.running': 'Forgotten notebooks',
  'check.running.ok': 'no notebook has been running for more than {hours} hours',
  'check.running.found': 'running for more than {hours} hours: {notebooks}',
  'check.running.hint': 'They bill every hour: smnb stop <name> when you are done.',
  'doctor.summary': '{pass} passed, {warn} warnings, {fail} failed, {unknown} could not be checked.',
  'error.checksFailed': 'Checks failed before deploying: {checks}. Nothing was deployed.',
  'hint.doctor': 'Run "smnb doctor" for details, or --skip-checks to deploy anyway.',
  'cmd.cost.summary': 'estimate what a notebook costs, with and without auto-stop (no AWS account needed)',
  'flag.hoursPerDay': 'hours of real use per day (default 8)',
  'flag.days': 'days to estimate (default 30)',
  'flag.live': 'ask the AWS Price List API now (needs credentials and pricing:GetProducts)',
  'cost.title': 'Cost of one {type} notebook in {region} over {days} days',
  'cost.alwaysOn': 'Left running: {hours} h -> compute {compute} + storage {storage} = {total}',
  'cost.withAutoStop':
    'With auto-stop ({use} h of use + {idle} idle minutes a day): {hours} h -> compute {compute} + storage {storage} = {total}',
  'cost.autoStopOff':
    'Auto-stop is off (--idle-timeout 0): the notebook runs around the clock unless you stop it by hand.',
  'cost.total': 'Estimate: {total}',
  'cost.freeTier':
    'Older free tier ({hours} h a month for the first {months} months, if your account has it): about {saving} off.',
  'cost.reference':
    'No price for {type} in {region} is known offline yet, so these figures use {refRegion} prices for reference (prices differ by region). --live asks the AWS Price List API for {region}.',
  'cost.referenceLiveFailed':
    'The AWS Price List API gave no price for {type} in {region} (no pricing:GetProducts permission, or no connection), so these figures use {refRegion} prices for reference (prices differ by region).',
  'cost.storageUnknown':
    'Storage ({volume} GB) is not included: its price for this region is not in the built-in table.',
  'error.hoursRange': 'Invalid hours per day "{value}": use 0 to 24.',
  'error.daysRange': 'Invalid number of days "{value}": use 1 to 366.',
  'error.regionUnknown': 'Unknown region "{value}". Valid regions: {valid}.',
  'error.priceUnknown': 'No price for {type} in {region} is known here yet.',
  'hint.costLive':
    'Run with --live to ask the AWS Price List API (it is cached with its date), or use --region us-east-1.',
  'duration.seconds': '{n} s',
  'duration.minutes': '{n} min',
  'cmd.upgrade.summary': 'switch a notebook from Amazon Linux 2 to Amazon Linux 2023 in place, keeping its files',
  'platform.retired':
    'Notebook {notebook} runs on {from} (Amazon Linux 2). Since 2026-07-01 AWS cannot start AL2 notebooks again once they stop, and they get no security updates. smnb can switch it to {to} in place: it stops for a few minutes and keeps every file on its volume.',
  'confirm.switchPlatform': 'Switch {notebook} to {to} now? [y/N]',
  'error.switchPlatformDeclined':
    'Nothing changed: {notebook} stays on {from}, which cannot be started again once stopped. Switch it any time with: smnb upgrade {notebook}',
  'platform.switching': 'Switching {notebook} from {from} to {to} (its volume and files stay).',
  'platform.switched': 'Notebook {notebook} now runs on {to}.',
  'result.upgraded':
    'Notebook {notebook} moved from {from} to {platform}; its files are where they were. It is {status}.',
  'result.upgradeNotNeeded': 'Notebook {notebook} already runs on {platform}; nothing to do.',
  'status.platform': 'Platform',
  'status.platformRetired':
    '{platform}: Amazon Linux 2, cannot be started again once stopped, no security updates. Fix: smnb upgrade {notebook}',
  'status.autoStopLog': 'Auto-stop log',
  'status.autoStopLogWhere':
    '~/SageMaker/smnb-auto-stop.log (JupyterLab file browser); set-up: aws logs tail /aws/sagemaker/NotebookInstances --log-stream-names {notebook}/LifecycleConfigOnStart --region {region}',
  'list.retired':
    '{count} notebook(s) on Amazon Linux 2 ({names}): AWS cannot start them again once stopped. Fix each with: smnb upgrade NAME',
  'check.platform': 'Notebook platform',
  'check.platform.ok': 'no notebook here runs on Amazon Linux 2',
  'check.platform.found':
    'on Amazon Linux 2, which AWS cannot start again once stopped (since 2026-07-01) and no longer patches: {notebooks}',
  'check.platform.hint':
    'smnb upgrade NAME switches one to Amazon Linux 2023 in place and keeps its files (smnb deploy does it too for a stack made by an earlier version)',
  'deploy.restarting': 'Starting {notebook} again, as it was running before.',
  'deploy.startLater':
    'Notebook {notebook} stays stopped after the platform switch; start it with: smnb start {notebook}',
  'check.unknown.denied': 'could not check: AWS did not let this user ask',
  'check.unknown.throttled': 'could not check: AWS kept throttling the question',
  'check.unknown.unreachable': 'could not check: no answer from AWS',
  'check.unknown.answer': 'could not check: the answer was not one smnb can read (an endpoint without this API?)',
  'check.gateUnknown': '{check}: {detail}. Deploying anyway; run smnb doctor later to see it.',
  'check.unknown.code': 'could not check: AWS answered {code}',
  'error.timeout': 'AWS did not answer {operation} in time, even after retries.',
  'hint.timeout':
    'Check your network, the region, and AWS_ENDPOINT_URL if you set it. A slow proxy may need more time: SMNB_REQUEST_TIMEOUT_MS (default 8000) and SMNB_CONNECT_TIMEOUT_MS (default 3000).',
  'error.timeoutSetting': '{name}={value} is not a timeout: use whole milliseconds from 1 to 600000.',
  'error.stackInReview':
    'Stack {stack} is in REVIEW_IN_PROGRESS: a first deploy stopped before its change set ran, so nothing is running and there is nothing to watch.',
  'hint.stackInReview': 'Run smnb deploy again (it creates the stack over it), or remove it with: smnb delete {stack}',
  'delete.skippedBusy':
    '{stack} is {status}: CloudFormation is working on it, so it is left out; delete it once that is done.',
  'delete.skipped': '{stack}: skipped ({status})',
  'error.flagRepeated': 'Option {flag} was given twice; give it once.',
  'error.concurrencyRange': '--concurrency {value} is not allowed: use a whole number from 1 to {max}.',
  'error.regionShape': '"{value}" is not an AWS region; use a name like ap-northeast-1 or us-east-1.',
  'error.targetName':
    '"{value}" cannot be a notebook or stack name: use letters, digits and hyphens (a notebook name may start with a digit, a stack name must start with a letter).',
  'config.tags':
    'tags must map text keys to text values (at most 50; key 1 to 128 characters, value up to 256, not starting with aws:); {value} is not allowed',
  'config.owner': 'owner must be a text of at most 256 characters, not {value}',
  'interrupt.stopped': 'Stopped. smnb had changed nothing in AWS.',
  'interrupt.preparingCreate':
    'Stopped while the change set was being prepared: nothing was built. Stack {stack} may stay in REVIEW_IN_PROGRESS; run smnb deploy again (it creates over it) or remove it with: smnb delete {stack}',
  'interrupt.preparingUpdate':
    'Stopped while the change set was being prepared: stack {stack} was not changed. Run smnb deploy again when you are ready.',
  'interrupt.creating':
    'Stopped watching; stack {stack} goes on being created in AWS. Follow it with: smnb watch {stack} (to undo it, wait until it settles, then: smnb delete {stack})',
  'interrupt.updating':
    'Stopped watching; the update of {stack} goes on in AWS. Follow it with: smnb watch {stack}, or stop it with: aws cloudformation cancel-update-stack --stack-name {stack}',
  'interrupt.deleting': 'Stopped watching; the deletion of {stack} goes on in AWS. Follow it with: smnb watch {stack}',
  'interrupt.switching':
    'Stopped watching; SageMaker goes on switching {notebook} to {to}. See it with: smnb status {notebook}, then start it with: smnb start {notebook}',
  'interrupt.stopping': 'Stopped watching; {notebook} goes on stopping. See it with: smnb status {notebook}',
  'interrupt.starting': 'Stopped watching; {notebook} goes on starting. See it with: smnb status {notebook}',
  'interrupt.fleet':
    'Stopped; stack operations of fleet {fleet} already started go on in AWS. See each with smnb status --config FILE; smnb deploy --config FILE again carries on (unchanged stacks are "no changes").',
  'error.unreadableAnswer':
    'The answer to {operation} was not one from an AWS API (perhaps a proxy page or a wrong endpoint).',
  'batch.failedRow': '✗ {notebook}: {message}',
  'batch.summary': '{ok} done, {failed} failed.',
  'error.bucketForbidden':
    'S3 refuses smnb the template bucket {bucket}: it belongs to another AWS account, or your user may not read it (s3:ListBucket, in docs/people-policy.json).',
  // bad-day answers
  'delete.refused': '{stack}: AWS refused to delete it, so nothing was attempted; the stack is as it was ({status}).',
  'delete.refusedSummary':
    '{count} refused by AWS before anything was attempted: fix the reason shown (often a permission), then run smnb delete again.',
  'hint.deleteYes':
    'To confirm without a prompt (a script, or no terminal, where nobody can be asked), add --yes: smnb delete {names} --yes',
  'flag.concurrencyDeploy': 'with --config, how many notebooks to deploy at once',
  'config.isDirectory':
    '{path} is a directory: --config expects a fleet file (YAML or JSON), e.g. {path}/smnb.config.yaml',
  'package.regionalBucket':
    'Template bucket {guideBucket} is in {bucketRegion} (bucket names are global); this region uses its own: {bucket}.',
  'error.templateBucketRegion':
    'Template bucket {bucket} is in region {bucketRegion}, but child templates must be in the stack’s region (their TemplateURL names it).',
  'hint.templateBucketRegion':
    'Leave out --template-bucket (smnb then uses ACCOUNT-cfn-templates, or ACCOUNT-REGION-cfn-templates where that name is taken in another region), or name a bucket in the stack’s region.',
  'error.templateBucketMissing': 'S3 says template bucket {bucket} does not exist (HTTP 404).',
  'cause.accountPlan':
    'AWS refused this for the account’s plan: a Free-plan account may use only some services and instance types. Upgrade to the Paid plan (Billing console, or aws freetier upgrade-account-plan --account-plan-type PAID) and deploy again; aws freetier get-account-plan-state shows the plan.',
  'error.accountPlan':
    'AWS refused {operation} because of this account’s plan ({code}): the account is on the Free plan, or the service is not enabled for it.',
  'hint.accountPlan':
    'A Free-plan account (the plan new AWS accounts can choose: credits for a limited time, some services and instance types only) must be upgraded to the Paid plan for this: Billing console, or aws freetier upgrade-account-plan --account-plan-type PAID. aws freetier get-account-plan-state shows your plan, credits and end date. Meanwhile a stopped notebook costs no compute (only its volume).',
  'cost.freeTierProgramme':
    'That line assumes the older free tier (250 h of ml.t3.medium a month for the first 2 months). Accounts on the newer Free or Paid plan get credits instead; AWS’s pages we could read do not confirm the SageMaker trial terms for them. aws freetier get-account-plan-state shows your plan and credits.',
  'status.failureCause': 'What it means',
  // every region, what is still billed, and the budget
  'flag.allRegions': 'look at every region this account has enabled, not only one',
  'list.regionHeading': '== {region} ==',
  'list.emptyEverywhere': 'No notebooks in any of the {count} regions that answered.',
  'list.runningEverywhere': 'In all regions, {count} running: about USD {usd} per hour together',
  'list.unanswered':
    'No answer from {region}: {reason} Its notebooks are not shown; try again, or: smnb list --region {region}',
  'billed.title': 'Still billed while nothing runs: about USD {usd} a month in total',
  'billed.kind.notebook-volume':
    'ML volume of stopped notebook {name} ({region}): {gb} GB x USD {price}/GB-month = USD {usd} a month',
  'billed.kind.data-bucket': 'kept data bucket {name} ({region}): {gb} GB x USD {price}/GB-month = USD {usd} a month',
  'billed.kind.template-bucket':
    'templates staged in {name} ({region}): {gb} GB x USD {price}/GB-month = USD {usd} a month',
  'billed.price': 'price for {region}: {source}, {asOf}',
  'billed.priceReference': "no price known for this region: {region}'s shown as a reference ({source}, {asOf})",
  'billed.end': 'to end it on purpose: {command}',
  'billed.endDeletes': 'to end it on purpose (this deletes the files in it for good): {command}',
  'billed.nothing': 'Nothing smnb knows of is billed any more while no notebook runs (looked at: {regions}).',
  'billed.templateUnchecked':
    'The template bucket could not be looked at (S3 refused or did not answer); it may still be billed.',
  'cmd.budget.summary': "set up, show or remove an AWS Budgets alert for this account's monthly spend",
  'flag.monthlyUsd': 'the monthly amount in USD (1 to 100000, up to 2 decimals)',
  'flag.email': 'the e-mail address AWS Budgets sends its alerts to',
  'flag.alertPercent':
    'alert when actual spend passes this share of the amount (1 to 100; a new budget gets 80, a changed one keeps its share)',
  'flag.budgetDelete': 'remove the smnb budget (asks first; --yes to skip the question)',
  'error.budgetAmount':
    '--monthly-usd {value} is not allowed: use an amount in USD from {min} to {max}, with at most 2 decimals (e.g. 10 or 12.50).',
  'error.budgetEmail': '--email {value} is not an e-mail address: give one address like you@example.com.',
  'error.budgetPercent': '--alert-percent {value} is not allowed: use a whole number from {min} to {max}.',
  'error.budgetBothNeeded':
    'Setting up a budget needs both --monthly-usd and --email, e.g. smnb budget --monthly-usd 10 --email you@example.com',
  'error.budgetDeleteAlone': '--delete takes no other budget flags: run smnb budget --delete alone.',
  'error.budgetDeleteDeclined': 'Not removed: the budget and its alerts stay.',
  'confirm.budgetDelete': 'Remove the budget {name} and its e-mail alerts? [y/N]',
  'budget.none':
    'This account has no smnb budget yet. Set one up with: smnb budget --monthly-usd 10 --email you@example.com',
  'budget.limit': 'Budget {name}: USD {usd} a month (cost, whole account)',
  'budget.actual': 'spent this month so far: USD {usd} ({percent}% of it)',
  'budget.forecast': 'forecast for the whole month: USD {usd} ({percent}% of it)',
  'budget.alertActual': 'alert by e-mail to {emails} when actual spend passes {percent}%',
  'budget.alertForecast': 'alert by e-mail to {emails} when the forecast passes {percent}%',
  'budget.free':
    'Figures from AWS Budgets, updated by AWS up to three times a day; reading them costs nothing. The first two budgets of an account are free, each further one USD 0.02 a day.',
  'budget.created': 'Created the budget {name}.',
  'budget.updated': 'Updated the budget {name}:',
  'budget.unchanged': 'The budget {name} is already as asked: nothing changed.',
  'budget.change.limit': 'amount USD {from} -> USD {to}',
  'budget.change.add': 'added alert {kind} > {percent}% to {emails}',
  'budget.change.remove': 'removed alert {kind} > {percent}% to {emails}',
  'budget.emailNote':
    'AWS Budgets mails its alerts to the address; AWS documents no subscription to confirm for e-mail (that is for SNS topics). The first mail may be an alert itself: make sure mail from AWS does not land in spam.',
  'budget.removed': 'Removed the budget smnb-monthly and its alerts.',
  'budget.noneToRemove': 'There is no smnb budget to remove.',
  'budget.suggest':
    'Tip: get an e-mail before the bill grows: smnb budget --monthly-usd 10 --email you@example.com (shown once)',
  'check.otherRegions': 'Notebooks in other regions',
  'check.otherRegions.ok': 'none running in the other {count} enabled regions',
  'check.otherRegions.found': 'running in other regions: {notebooks}',
  'check.otherRegions.hint':
    'They bill every hour: stop each with smnb stop <name> --region <region>; see them all with smnb list --all-regions.',
  'check.stillBilled': 'Billed while nothing runs',
  'check.stillBilled.ok': 'nothing (no stopped notebook keeps a volume, no staged templates)',
  'check.stillBilled.found': 'about USD {usd} a month: {items}',
  'check.stillBilled.hint':
    'Each goes on costing money while kept. To end one on purpose, run the command after its "->" (a notebook\'s volume or a data bucket holds your files: back them up first).',
  'cost.whileStopped':
    'Once stopped, it still costs about USD {usd} a month: its {gb} GB ML volume x USD {price}/GB-month, until the notebook is deleted.',
  'billed.keptBucketsUnchecked':
    'Data buckets kept after smnb delete are not counted here: smnb delete named each one it kept, with the command that removes it.',
  'check.stillBilled.okButBuckets':
    'no stopped notebook keeps a volume, no staged templates (kept data buckets not counted)',
  // permissions boundary
  'check.boundary': 'Permissions boundary',
  'check.boundary.ok': '{policy} matches docs/permissions-boundary.json; smnb deploy gives it to every role it creates',
  'check.boundary.missing':
    '{policy} does not exist: the roles smnb creates get no upper limit (smnb setup creates it, with the service role that may create roles only under it)',
  'check.boundary.missingNeeded':
    '{policy} does not exist, and your permissions let you create roles only with it: a deploy would stop at the first role',
  'check.boundary.missingHint':
    'An administrator creates it once (README, "Before you start"): aws iam create-policy --policy-name smnb-permissions-boundary --policy-document file://docs/permissions-boundary.json',
  'check.boundary.differs': '{policy} differs from docs/permissions-boundary.json of this smnb version',
  'check.boundary.differsHint':
    'An administrator brings it up to date: aws iam create-policy-version --policy-arn {policy} --policy-document file://docs/permissions-boundary.json --set-as-default',
  // template parameters: the check before sending, and each parameter's text for help and the README
  'error.subnet-outside-vpc':
    'The subnet range "{value}" is not inside the VPC range {vpc}: give a PublicSubnetCidr inside it (for example 10.0.1.0/24 in 10.0.0.0/16), or a VpcCidr that contains it.',
  'setting.RootAccess': '`Enabled` lets notebook users use sudo',
  'setting.DirectInternetAccess': '`Disabled` keeps the notebook off the internet (the VPC has no NAT)',
  'setting.DefaultCodeRepository': 'Git repository cloned into the notebook (the SageMaker examples); empty for none',
  'setting.KmsKeyArn': 'your own KMS key for the notebook volume; empty uses an AWS managed key',
  'setting.VpcCidr': 'IP range of the VPC, /16 to /28',
  'setting.PublicSubnetCidr': 'IP range of the subnet, inside the VPC range',
  'setting.AvailabilityZone':
    'Availability Zone, e.g. `ap-northeast-1a`; empty picks one that offers the instance type',
  'setting.TemplateBucketName': 'with --nested: bucket for the child templates; empty means ACCOUNT_ID-cfn-templates',
  'setting.PermissionsBoundaryPolicyName':
    'IAM policy every role gets as its permissions boundary (smnb deploy passes smnb-permissions-boundary when the account has it; empty: none)',
  'setting.ExistingDataBucketName':
    'a data bucket kept from an earlier stack of this notebook (smnb-data-...) to use again; smnb deploy finds and passes it itself',
  'setting.TemplatePrefix': 'with --nested: key prefix of the child templates, ending with a slash',
  // backup and restore
  'setting.BackupIntervalMinutes':
    'minutes between backups of ~/SageMaker to the data bucket (only when something changed, and before auto-stop); 0 turns them off',
  'deploy.reusingBucket':
    'Notebook {notebook} has a data bucket kept from an earlier stack, {bucket}: the new stack uses it again (ExistingDataBucketName={bucket}), and the new notebook puts its last backup ({backup}) back onto its empty volume at first start.',
  'deploy.keptBucketUnknown':
    'Could not look for a data bucket kept for {notebook} ({reason}); the stack creates a new one. To reuse one, pass --param ExistingDataBucketName=BUCKET.',
  'backup.requested':
    'Asked notebook {notebook} for a fresh backup (a request in s3://{bucket}/smnb-backup/); it looks for requests every minute and then backs up…',
  'backup.summary': '{at}, {files} files, {size}, s3://{bucket}/smnb-backup/',
  'backup.none': 'none yet (s3://{bucket}/smnb-backup/)',
  'backup.done': 'Backup of {notebook} written: {summary}',
  'status.backup': 'Last backup',
  'error.noDataBucket': 'No data bucket of notebook {notebook} was found in {region}.',
  'error.noBackup': 'Data bucket {bucket} holds no backup of notebook {notebook} yet.',
  'error.backupNotRunning':
    'Notebook {notebook} is {status}: only a running notebook can write a backup. Its last backup: {last}.',
  'hint.backupStart':
    'Start it with "smnb start NAME" and try again, or copy the last backup to this computer with "smnb restore NAME --to DIR".',
  'error.backupTimeout':
    'Notebook {notebook} did not answer the backup request within {minutes} minutes (are backups off, BackupIntervalMinutes=0? its log: ~/SageMaker/smnb-auto-stop.log).',
  'error.restorePath':
    'The backup holds a file with a path that would leave the target folder: {path}. Nothing more was written.',
  'restore.progress': '{files} files written to {dir}.',
  'restore.done':
    'Restored {files} files ({size}) of {notebook} from s3://{bucket}/smnb-backup/ (backup of {at}) to {dir}; {skipped} already there were left as they were.',
  'delete.lastBackup':
    'Last backup of {notebook}: {at}, {files} files, {size}, in s3://{bucket}/smnb-backup/. The data bucket and this backup are kept; "smnb deploy --name {notebook}" brings the files back.',
  'delete.noBackupYet': 'Notebook {notebook} has no backup yet: the files on its volume are lost with it.',
  'delete.backupFailed':
    'No fresh backup of {notebook} before deleting: {reason} The last one is from {at}; files changed since then are lost with the volume.',
  'flag.noBackup': 'do not ask a running notebook for a fresh backup first',
  'flag.to': 'folder to copy the files into (created if needed; existing files are never overwritten)',
  'cmd.backup.summary': 'ask a running notebook for a fresh backup of ~/SageMaker and wait until it is written',
  'cmd.restore.summary': "copy a notebook's latest backup to a folder on this computer",
  'error.restoreNeedsTo': 'smnb restore needs --to DIR: the folder on this computer to copy the files into.',
  'flag.from':
    'copy the backup a restore on the notebook kept aside (kept-TIME, as its log ~/SageMaker/smnb-restore.log names it) instead of the latest one',
  'error.restoreFrom':
    '--from {value} is not the name of a backup kept aside: it looks like kept-20261208T012345Z, as ~/SageMaker/smnb-restore.log on the notebook names it.',
  'error.noKeptBackup':
    'Data bucket {bucket} of notebook {notebook} holds no backup kept aside as {from}. Kept aside there: {kept}.',
  'restore.blocked':
    '{count} files were not written: a folder or a file of the same name was in the way (the first: {first}). They are still in the bucket.',
  'restore.keptToo':
    'The bucket also holds backups a restore on the notebook kept aside ({names}); copy one with "smnb restore {notebook} --from {name} --to DIR".',
  'restore.doneKept':
    'Restored {files} files ({size}) of {notebook} from the backup kept aside in s3://{bucket}/smnb-backup/{from}/ to {dir}; {skipped} already there were left as they were.',
  'delete.backupTimedOut':
    'No fresh backup of {notebook} before deleting: it did not answer within {minutes} minutes. The last one is from {at}; files changed since then are lost with the volume.',
  'backup.cost':
    'keeping it costs about USD {usd} a month (S3 Standard, USD {price}/GB-month in {region}, {asOf}; old versions add to it)',
  'backup.costReference':
    'keeping it costs about USD {usd} a month (reference: S3 Standard in {region}, USD {price}/GB-month, {asOf}; your region may differ a little; old versions add to it)',
  'cost.paused':
    'Paused (smnb delete, then smnb deploy when you come back): only the backup of your files stays, in S3; even a full {volume} GB volume costs about {full} a month (S3 Standard, USD {price}/GB-month, the {region} reference of {asOf}).',
  // security hardening
  'error.templateBucketNotCovered':
    'Template bucket {bucket} is outside what the deployer policy (smnb-deployer) allows: its name must match {pattern}, where * is any text or none, for example {example}. Leave out --template-bucket to use that default.',
  // learner fixes
  'list.runningAtLeast': '{count} running: at least USD {usd} per hour together; no price known for {names}',
  'list.runningUnknown': '{count} running: hourly price not known ({names}); see smnb cost --live',
  'list.runningEverywhereAtLeast':
    'In all regions, {count} running: at least USD {usd} per hour together; no price known for {names}',
  'list.runningEverywhereUnknown': 'In all regions, {count} running: hourly price not known ({names})',
  'list.priceWhenRunning': '({usd} when running)',
  'check.bill.silent': 'could not check: no answer from {silent}, so it was not counted',
  'check.bill.refused': 'could not check: AWS refused to list the notebooks in {refused}, so it was not counted',
  'check.bill.refusedAndSilent':
    'could not check: AWS refused to list the notebooks in {refused}, and no answer from {silent}; these were not counted',
  'check.otherRegions.foundPartial':
    'running in other regions: {notebooks}; not counted (no answer or refused): {regions}',
  'check.stillBilled.foundPartial':
    'at least USD {usd} a month: {items}; not counted (no answer or refused): {regions}',
  'check.unknown.credentials': 'not checked: no usable credentials (see above)',
  'deploy.replacementRenames':
    'This update REPLACES notebook {current} with a new notebook {notebook}: a new instance with a new, empty volume. Files you saved on {current} will be lost (the data bucket is kept).',
  'hint.allowReplacement':
    'To agree without a prompt (a script, or no terminal, where nobody can be asked), add --allow-replacement; copy the files you want to keep to the data bucket first.',
  'billed.endDataBucket':
    'to end it on purpose (every file and version in it goes for good): empty it with "Empty" in the S3 console (it is versioned, so --force is not enough), then {command}',
  'hint.budgetDeleteYes':
    'To confirm without a prompt (a script, or no terminal, where nobody can be asked), add --yes: smnb budget --delete --yes',
  'billed.source.price-list': 'AWS Price List API, usage type {usageType}',
  'billed.source.third-party-volume': 'third-party: Price List usage type {usageType} as quoted in public material',
  'billed.source.third-party-s3': 'third-party: S3 Standard, first 50 TB, us-east-1',
  'budget.kind.ACTUAL': 'actual spend',
  'budget.kind.FORECASTED': 'forecast',
  'error.parametersFileMissing':
    'There is no parameter file {path}: check the path (a relative one starts from the current folder).',
  'error.parametersFileUnreadable': 'Parameter file {path} cannot be read (is it a folder, or not readable for you?).',
  'error.parametersFileShape':
    'Parameter file {path} is not what aws cloudformation takes: a JSON list like [{"ParameterKey": "InstanceType", "ParameterValue": "ml.t3.medium"}].',
  'cli.options': '[options]',
  'hint.costLiveOnly':
    'Run with --live to ask the AWS Price List API (it needs AWS credentials; the answer is cached with its date).',
  // The account set-up (smnb setup) and the service role deploy and delete use.
  'cmd.setup.summary':
    'Set up this AWS account once (administrator): service role, people policy and group, template bucket',
  'setup.outdated':
    'This account’s smnb set-up is version {version}; this smnb needs at least {min} (it ships {current}). Ask your administrator to run: smnb setup',
  'setup.accountWideElsewhere':
    'The role {role} already exists (the account-wide part is set up in another region): this region gets only its template bucket.',
  'setup.willCreate':
    'smnb setup creates or updates stack {stack} in this region, once for the whole account (IAM is global):',
  'setup.willCreateRegional': 'smnb setup creates or updates stack {stack} in this region (template bucket only):',
  'setup.resource': '  {type} {id}  {description}',
  'setup.grantsPeople':
    'People in group {group} may: create, update and delete their own notebook stacks only through the service role; see status; open, stop and start their notebooks; back up and restore; upload child templates; read prices and quotas; manage smnb-* budgets; run smnb doctor.',
  'setup.deniesPeople':
    'They may not: write anything in IAM (no roles, policies, users or keys), run a stack without the service role or with another role, change the set-up stack, or touch notebooks and stacks smnb did not make.',
  'setup.grantsRole':
    'The role {role} (CloudFormation only, this account only) may create the notebook stacks’ resources: roles only under /smnb/ with the permissions boundary, never the set-up’s own role, policies, group or boundary.',
  'confirm.setup': 'Type the stack name ({stack}) to set up this account, or press Enter to cancel:',
  'error.setupDeclined': 'Not set up: nothing was changed in this account.',
  'hint.setupYes':
    'To confirm without a prompt (a script, or no terminal, where nobody can be asked), add --yes: smnb setup --yes',
  'error.setupRolledBack':
    'Stack {stack} failed when it was first created and was rolled back; it must be deleted before it can be made again.',
  'hint.setupRolledBack':
    'See why in its events (smnb watch --stack-name smnb-setup, or the CloudFormation console), delete it with: aws cloudformation delete-stack --stack-name smnb-setup, then run smnb setup again.',
  'setup.outcome.created': 'Set up: stack {stack} created (version {version}).',
  'setup.outcome.updated': 'Set up: stack {stack} updated (version {version}).',
  'setup.outcome.up-to-date': 'Already up to date: stack {stack} is version {version}; nothing was sent.',
  'setup.outcome.failed': 'The set-up failed: stack {stack} ended in {status}. {reason}',
  'setup.scopeAccountWide':
    'This region holds the account-wide part (permissions boundary, service role, people policy and group) and its template bucket.',
  'setup.scopeRegional': 'This region holds its template bucket; the account-wide part is in another region.',
  'setup.next':
    'Next: add each person to the group: aws iam add-user-to-group --group-name {group} --user-name USER_NAME. With IAM Identity Center, make a permission set from docs/people-policy.json and assign it instead. smnb deploy and smnb delete then use the service role by themselves.',
  'check.setup': 'Account set-up',
  'check.setup.missing':
    'This region has no smnb set-up: people deploy with rights of their own (an administrator can set it up once with smnb setup).',
  'check.setup.tooOld': 'The set-up is version {version}; this smnb needs at least {min}.',
  'check.setup.drift':
    'The set-up (version {version}) differs from the one this smnb ships (version {current}): it was changed, or this smnb is newer.',
  'check.setup.ok': 'Set-up version {version} in {region}, as this smnb ships it.',
  'check.setup.hint': 'An administrator of the account runs: smnb setup',
  // doctor: where the credentials came from
  'check.source': 'Credential source',
  'check.source.environment.long-term':
    'environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: a long-term access key (AKIA…)',
  'check.source.environment.temporary':
    'environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN: temporary credentials',
  'check.source.environment.other': 'environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
  'check.source.keyFile.long-term': 'a long-term access key (AKIA…) in {file}, profile {profile}',
  'check.source.keyFile.temporary': 'temporary credentials in {file}, profile {profile}',
  'check.source.keyFile.other': 'an access key in {file}, profile {profile}',
  'check.source.login': 'aws login, profile {profile}: short-lived credentials from your console sign-in',
  'check.source.sso': 'IAM Identity Center (SSO), profile {profile}: short-lived credentials',
  'check.source.assumeRole': 'role {role}, assumed through profile {profile}',
  'check.source.webIdentity': 'a web identity token, role {role}',
  'check.source.process': 'the credential_process command of profile {profile}',
  'check.source.container': "the container's credentials endpoint (a container's role, or AWS CloudShell's sign-in)",
  'check.source.instance': "the instance's role (instance metadata)",
  'check.source.unknown': 'smnb cannot tell where the credentials came from (profile {profile})',
  'check.source.rootLongTermHint':
    "The root user has every right in the account, and this key never expires: sign in with aws login instead (AWS CLI 2.32.0 or later) and delete the root user's access keys in the console.",
  'setup.existingBoundary':
    'The account already has the permissions boundary {policy}, made by hand earlier: the set-up uses it as it is (roles of earlier stacks carry it). smnb doctor says whether it differs from this version.',
  // delete decides then acts; local mistakes named locally
  'backup.countdown':
    'Waiting for the backup of {notebooks} ({acked} of {count} acknowledged the request): at most {remaining} more',
  'error.backupNoAck':
    'Notebook {notebook} did not acknowledge the backup request within {minutes} minutes (it looks for one every minute): are backups off (BackupIntervalMinutes=0), or was its stack made by an older smnb? Its log: ~/SageMaker/smnb-auto-stop.log.',
  'delete.whatGoesNoBucket':
    'Deleting {stack}: notebook {notebook} and every file on its volume are removed. No data bucket was found for it, so nothing of its files is kept.',
  'delete.freshBackupFirst':
    'Notebook {notebook} is running: once you agree, it is asked for a fresh backup first, and its stack is deleted only after that backup is written.',
  'delete.freshBackup':
    'Fresh backup of {notebook} written: {at}, {files} files, {size}, in s3://{bucket}/smnb-backup/.',
  'delete.held.noAck':
    '{stack}: NOT deleted: notebook {notebook} did not acknowledge the backup request within {minutes} minutes.',
  'delete.held.timeout':
    '{stack}: NOT deleted: notebook {notebook} acknowledged the backup request but did not finish it within {minutes} minutes.',
  'delete.held.failed': '{stack}: NOT deleted: the backup request for {notebook} could not be left ({reason}).',
  'delete.heldLast': '  Its last backup is from {at} ({age} ago); files changed since then would be lost.',
  'delete.heldNone': '  It has no backup at all: every file on its volume would be lost.',
  'delete.heldHint': '  To delete it anyway, without a fresh backup: smnb delete {stack} --no-backup',
  'delete.heldSummary': '{count} kept because no fresh backup of their notebook came.',
  'duration.hours': '{n} h',
  'duration.days': '{n} days',
  'error.restoreToFile':
    '--to {path} cannot be a folder: {file} is a file. Give a folder to copy the files into (it is made when missing), e.g. --to ./my-notebook',
  'error.restoreToUnwritable':
    '--to {path} cannot be written to: you may not write into {folder}. Give a folder you may write to, e.g. --to ./my-notebook',
  'config.missing': 'there is no such file: check the path (a relative one starts from the folder you run smnb in)',
  'config.syntax':
    'is not valid {format} at line {line}, column {column}: check the quotes, commas, brackets and indentation there.',
  'config.syntaxEnd': 'is not valid {format}: it ends too early (a bracket or quote is not closed).',
  'error.budgetAmountNotNumber':
    '--monthly-usd {value} is not an amount: give USD as a number from {min} to {max}, with at most 2 decimals (e.g. 10 or 12.50).',
  // Deadlines, name look-ups and endpoint variables
  'error.deadline':
    'No answer from AWS ({host}) for {seconds} s, so smnb stopped {operation} (the deadline of short commands).',
  'hint.deadline':
    'Check your network and proxy, the region, and AWS_ENDPOINT_URL if you set it. A slow proxy may need more time: SMNB_DEADLINE_MS (default 25000).',
  'error.deadlineSetting': '{name}={value} is not a deadline: use whole milliseconds from 1 to 3600000.',
  'error.dns': 'The host name {host} could not be found, so {operation} could not reach AWS.',
  'hint.dns':
    'Likely causes: no network connection; a typo in a proxy setting (HTTPS_PROXY) or in AWS_ENDPOINT_URL; a typo in the region name (--region, AWS_REGION, the profile).',
  'error.endpointVariable':
    '{name}={value} is not an endpoint: use a URL like https://host:port, or unset {name} to use AWS itself.',
  'check.unknown.dns': 'could not check: the host name {host} could not be found',

  // smnb class: a class or a team across AWS accounts, on CloudFormation StackSets
  'cmd.class.summary':
    'a class across AWS accounts (one per member, AWS Organizations): deploy, status, export, delete with StackSets',
  'flag.classOu': 'the OU whose member accounts get the class (ou-… or the root r-…)',
  'flag.classAccounts': 'only these accounts of the OU (comma-separated; each must be in the roster)',
  'flag.classRoster': 'CSV: account id,member name[,instance type[,e-mail]]; the name becomes the notebook name',
  'flag.classRegions': "regions for the members' notebooks (comma-separated; default: the command's region)",
  'flag.classMaxConcurrent': 'accounts deployed at once in one StackSet operation',
  'flag.classFailureTolerance': 'accounts that may fail before StackSets cancels the rest of an operation',
  'flag.classCallAs':
    'SELF from the management account, DELEGATED_ADMIN from a delegated administrator account for StackSets',
  'flag.classMonthlyUsd': "each member's monthly budget in USD (with --email)",
  'flag.classEmail': "the teacher's e-mail for every member's budget alerts (with --monthly-usd)",
  'flag.classTo': "folder for the members' backups: one sub-folder per member; existing files are never overwritten",
  'error.classSubcommand': 'Unknown class command "{value}". Use one of: {valid}.',
  'error.classNeedsOu':
    'Say which OU the class is in: --ou ou-xxxx-xxxxxxxx (AWS Organizations console, "AWS accounts").',
  'error.classOu': '"{value}" is not an OU or root ID: an OU looks like ou-ab12-cd34ef56, the root like r-ab12.',
  'error.classAccount': '"{value}" in --accounts is not an AWS account ID (12 digits).',
  'error.classAccountNotInRoster':
    'These accounts from --accounts are not in the roster: {value}. Add them with a name.',
  'error.classNeedsRoster': 'Give the class roster: --roster FILE (CSV lines "account id,member name").',
  'error.classRosterUnreadable': 'Cannot read the roster {path}: check the path.',
  'error.classRosterEmpty': 'The roster has no members: each line is "account id,member name".',
  'error.classRosterShape':
    'Roster line {line} has more than 4 columns: "{value}". Use account id,member name[,instance type[,e-mail]].',
  'error.classRosterAccount': 'Roster line {line}: "{value}" is not an AWS account ID (12 digits).',
  'error.classRosterName':
    'Roster line {line}: "{value}" cannot be a notebook name: use letters, digits and hyphens (not first or last), at most {max} characters (e.g. taro-yamada).',
  'error.classRosterType':
    'Roster line {line}: "{value}" is not a notebook instance type smnb knows (e.g. ml.t3.medium).',
  'error.classRosterEmail': 'Roster line {line}: "{value}" is not an e-mail address.',
  'error.classRosterDuplicateAccount':
    'Roster line {line}: account {value} is already on line {first}; one member per account.',
  'error.classRosterDuplicateMember':
    'Roster line {line}: the name "{value}" is already on line {first} (names are compared without case); give each member their own.',
  'error.classMaxConcurrent': '--max-concurrent must be a whole number from 1 to 1000, not {value}.',
  'error.classFailureTolerance': '--failure-tolerance must be a whole number from 0 to 1000, not {value}.',
  'error.classSetupTemplateMissing':
    'The account set-up template {file} is not here, and the class needs it for every member account.',
  'hint.classSetupTemplate':
    'Update smnb (the template ships with it), or run from a checkout that has {file} at its root.',
  'error.classMissing': 'There is no class here: the StackSet {stackSet} does not exist in this region.',
  'hint.classDeploy': 'Create one with smnb class deploy --ou OU_ID --roster FILE (or check --region and --call-as).',
  'error.classDeleteDeclined': 'Nothing was deleted: the {count} notebooks stay.',
  'hint.classDeleteYes':
    'To confirm without a prompt (a script, or no terminal, where nobody can be asked), add --yes: smnb class delete --yes',
  'confirm.classDelete':
    "Delete the class's {count} notebooks (every member's notebook and its files on the notebook's volume)? The data buckets with the backups stay. Type {count} to confirm:",
  'class.creatingSet': 'Creating StackSet {stackSet}…',
  'class.updatingSet': 'Updating StackSet {stackSet} in every account that has it…',
  'class.noReaderParameter':
    'The set-up template has no class reader role yet: deploy works, but smnb class status and export cannot read the members.',
  'class.progress': '{stackSet}  {account} ({member})  {region}  {status}',
  'class.deleting': 'Deleting {count} notebooks with one StackSet operation…',
  'class.exported': '{member}: {files} files written to {dir}.',
  'class.col.account': 'ACCOUNT',
  'class.col.member': 'MEMBER',
  'class.col.region': 'REGION',
  'class.col.setup': 'SET-UP',
  'class.col.notebook': 'NOTEBOOK',
  'class.col.status': 'STATUS',
  'class.col.hours': 'HOURS (MONTH)',
  'class.col.lastBackup': 'LAST BACKUP',
  'class.col.perHour': 'USD/H',
  'class.col.month': 'USD (MONTH)',
  'class.col.flags': 'ATTENTION',
  'class.reason': '{account}: {reason}',
  'class.deployDone': 'Done: {total} members have their set-up and notebook.',
  'class.deployFailed':
    '{failed} of {total} did not get a notebook (see above); the others are done. Fix the cause and run the same command again.',
  'class.never': 'never',
  'class.flag.forgotten': 'running a long time: forgotten?',
  'class.flag.noRecentBackup': 'no recent backup',
  'class.flag.failed': 'not working',
  'class.totals':
    'Total: {notebooks} notebooks, {running} running, USD {perHour}/h now, USD {month} so far this month.',
  'class.hoursNote':
    'Hours count the current run only (since the last start, from the 1st of the month): earlier runs are on the bill, not visible to the read-only role.',
  'class.referenceNote': "* us-east-1 reference price: this region's price was not available.",
  'class.unreadable':
    'Could not read account {account} ({region}): {error}. Is the set-up there, with the class reader role?',
  'class.nothingToDelete': 'The class has no notebooks to delete.',
  'class.deletedOne': 'Deleted the notebook of {account} ({region}).',
  'class.deleteFailedOne': 'Could not delete the notebook of {account} ({region}): {status} {reason}',
  'class.keptHeader': 'Kept (your data; delete a bucket on purpose when it is no longer needed):',
  'class.keptBucket':
    '  {account}: {bucket}, backup {size}, about USD {usd} a month (S3 Standard, {priceRegion} price)',
  'class.exportedOne':
    '{member}: {files} files written to {dir} ({skipped} already there, left as they were); backup of {at}',
  'class.noBackup': '{member} ({account}): no backup yet, nothing to copy.',
  'error.setupBoundaryDiffers':
    'The account already has {policy}, made by hand, and it is not the boundary this version of smnb ships: the set-up will not take a boundary it cannot vouch for.',
  'hint.setupBoundaryDiffers':
    'Make the shipped document its default version, then run smnb setup again: aws iam create-policy-version --policy-arn {policy} --policy-document file://docs/permissions-boundary.json --set-as-default',
} as const;

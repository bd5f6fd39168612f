/**
 * The direction of dependencies in this code base, checked by dependency-cruiser in `npm run lint`.
 *
 * Every import between two parts of the code must be one of the arrows below; anything else is reported as
 * "not-in-allowed". Type-only imports count (tsPreCompilationDeps): a type that points upwards ties the layers
 * together as much as a value does. Imports of packages and Node built-ins are governed by the named rules instead.
 */

/** The parts of the code, top to bottom. */
const LAYERS = {
  entry: '^src/(bin|cli)\\.ts$',
  composition: '^src/composition/',
  commands: '^src/commands/',
  args: '^src/args\\.ts$',
  templates: '^src/templates\\.ts$',
  io: '^src/io/',
  render: '^src/render/',
  operations: '^src/operations/',
  checks: '^src/checks/',
  monitor: '^src/monitor/',
  context: '^src/context/',
  aws: '^src/aws/',
  plan: '^src/plan/',
  pricing: '^src/pricing/',
  events: '^src/events\\.ts$',
  errors: '^src/errors\\.ts$',
  i18n: '^src/i18n/',
  shared: '^shared/',
  infra: '^infra/',
};

/** Text that every layer may use: the message catalogue, the error hierarchy and the pure modules shared with infra. */
const BASE = ['errors', 'i18n', 'shared'];

/**
 * The allowed arrows: `from: [to, ...]` is one rule per arrow. entry -> composition -> commands -> operations ->
 * {checks, monitor} -> context -> aws -> {plan, pricing}; io and render serve only commands and the entry point (the
 * root reads the price caches in io); infra and src meet only in shared. Nothing imports the root but the entry point.
 */
const ARROWS = {
  // The entry point hands each command the composition root, which alone builds what operations use.
  entry: ['entry', 'composition', 'commands', 'io', 'render', 'args', ...BASE],
  // The root builds the operation context from the AWS clients, the price caches on disk and the pricing rules; it
  // implements what commands are given (commands/command.ts) and reads the types of what class and cost are given.
  composition: ['commands', 'operations', 'context', 'aws', 'io', 'pricing', ...BASE],
  commands: [
    'operations',
    'checks',
    'monitor',
    'context',
    'aws',
    'plan',
    'pricing',
    'io',
    'render',
    'args',
    'templates',
    'events',
    ...BASE,
  ],
  // The hosts print what operations emit; the file caches and folders store what operations return.
  io: ['render', 'monitor', 'context', 'operations', 'pricing', 'events', ...BASE],
  // Renderers turn operations' results into text: they read those types, and call only pure code.
  render: ['operations', 'monitor', 'plan', 'pricing', 'args', 'events', ...BASE],
  operations: ['checks', 'monitor', 'context', 'aws', 'plan', 'pricing', 'events', ...BASE],
  // A check may read the committed templates (drift of the set-up) and the pure stack-status rules.
  checks: ['context', 'aws', 'plan', 'pricing', 'monitor', 'templates', 'events', ...BASE],
  monitor: ['context', 'aws', 'plan', 'events', ...BASE],
  // What an operation is given: the narrow AWS interfaces, the IoHost it talks through, and the clock.
  context: ['aws', 'pricing', 'events', ...BASE],
  aws: ['plan', 'pricing', ...BASE],
  plan: ['pricing', ...BASE],
  pricing: BASE,
  templates: ['plan', ...BASE],
  args: ['errors', 'i18n'],
  events: ['i18n'],
  errors: ['i18n'],
  i18n: [],
  shared: [],
  infra: ['shared'],
};

const arrow = (from, to, comment) => ({ comment, from: { path: from }, to: { path: to } });

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  allowed: [
    // Inside one folder (src/plan/ -> src/plan/), and packages and built-ins (see the named rules below).
    arrow('^(src/[^/]+/|shared/|infra/)', '^$1', 'within one part'),
    { comment: 'packages', from: {}, to: { path: '^node_modules/' } },
    { comment: 'built-ins', from: {}, to: { dependencyTypes: ['core'] } },
    ...Object.entries(ARROWS).flatMap(([from, tos]) =>
      tos.map((to) => arrow(LAYERS[from], LAYERS[to], `${from} -> ${to}`)),
    ),
  ],
  allowedSeverity: 'error',
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Two modules that need each other are one module in two files; types count too.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-without-cdk',
      comment: 'The CLI reads the committed templates; aws-cdk-lib is a build-time tool of infra/.',
      severity: 'error',
      from: { path: '^(src|shared)/' },
      to: { path: '^node_modules/(aws-cdk-lib|constructs|cdk-nag)/' },
    },
    {
      name: 'pure-plan-and-render',
      comment: 'plan/ and render/ are pure: no AWS SDK, no file system, no processes, no clock.',
      severity: 'error',
      from: { path: '^src/(plan|render)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-plan-and-render-sdk',
      comment: 'plan/ and render/ are pure: no AWS SDK.',
      severity: 'error',
      from: { path: '^src/(plan|render)/' },
      to: { path: '^node_modules/@aws-sdk/' },
    },
    {
      name: 'shared-imports-nothing',
      comment: 'shared/ is what both halves use: it imports no package and no built-in of its own.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'core'] },
    },
    {
      name: 'one-client-factory',
      comment:
        'Only the composition root makes AWS clients: every other module is given the narrow APIs it uses, so a ' +
        'test can replace them and no client escapes the region, profile, retries and deadline set there.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(composition/|aws/client-factory\\.ts$)' },
      to: { path: '^src/aws/client-factory\\.ts$' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that cannot be found is either a typo or a dependency missing from package.json.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: '^node_modules' },
    // Packages by their name (node_modules/aws-cdk-lib/...), also where node_modules is a link to another folder.
    preserveSymlinks: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

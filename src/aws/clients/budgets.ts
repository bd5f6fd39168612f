// Named exports only: a dynamic import of this small module lets the bundler drop every part of the SDK client
// the CLI does not use (a dynamic import of the package itself would keep all of its commands).
export { BudgetsClient } from '@aws-sdk/client-budgets';

import {
  CreateBudgetCommand,
  CreateNotificationCommand,
  DeleteBudgetCommand,
  DeleteNotificationCommand,
  DescribeBudgetCommand,
  paginateDescribeNotificationsForBudget,
  paginateDescribeSubscribersForNotification,
  UpdateBudgetCommand,
  type Budget,
  type BudgetsClient,
  type Notification,
} from '@aws-sdk/client-budgets';
import type { BudgetAlert, BudgetState, DesiredBudget } from '../plan/budget-plan.js';

/** The AWS Budgets calls smnb makes (tests replace it with an in-memory fake). */
export interface BudgetApi {
  /** The budget with its limit, this month's spend, and its alerts; undefined when there is none by that name. */
  describe(name: string): Promise<BudgetState | undefined>;
  create(budget: DesiredBudget): Promise<void>;
  updateLimit(budget: DesiredBudget): Promise<void>;
  addAlert(name: string, alert: BudgetAlert): Promise<void>;
  removeAlert(name: string, alert: BudgetAlert): Promise<void>;
  delete(name: string): Promise<void>;
}

/** A NotFoundException from AWS Budgets (DescribeBudget / DeleteBudget API reference, "Errors"). */
const isNotFound = (error: unknown) => error instanceof Error && error.name === 'NotFoundException';

/** Our alert as the API's Notification: spend (actual or forecast) greater than a percentage of the limit. */
const notification = (alert: BudgetAlert): Notification => ({
  NotificationType: alert.kind,
  ComparisonOperator: (alert.comparison ?? 'GREATER_THAN') as Notification['ComparisonOperator'],
  Threshold: alert.percent,
  ThresholdType: (alert.thresholdType ?? 'PERCENTAGE') as Notification['ThresholdType'],
});

const costBudget = (b: DesiredBudget): Budget => ({
  BudgetName: b.name,
  BudgetType: 'COST',
  TimeUnit: 'MONTHLY',
  BudgetLimit: { Amount: String(b.monthlyUsd), Unit: 'USD' },
});

/**
 * AWS Budgets through the SDK (AWS Billing and Cost Management API reference, "Actions, AWS Budgets", read
 * 2026-12-01). Every call names the account: Budgets takes the AccountId in the request rather than from the caller.
 */
export class SdkBudgetApi implements BudgetApi {
  constructor(
    private readonly client: BudgetsClient,
    private readonly accountId: string,
  ) {}

  async describe(name: string): Promise<BudgetState | undefined> {
    let budget: Budget | undefined;
    try {
      budget = (await this.client.send(new DescribeBudgetCommand({ AccountId: this.accountId, BudgetName: name })))
        .Budget;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    if (!budget) return undefined;
    const spend = budget.CalculatedSpend;
    return {
      name,
      monthlyUsd: Number(budget.BudgetLimit?.Amount ?? 0),
      actualUsd: spend?.ActualSpend ? Number(spend.ActualSpend.Amount) : undefined,
      forecastUsd: spend?.ForecastedSpend ? Number(spend.ForecastedSpend.Amount) : undefined,
      alerts: await this.alerts(name),
    };
  }

  private async alerts(name: string): Promise<BudgetAlert[]> {
    const alerts: BudgetAlert[] = [];
    const ids = { AccountId: this.accountId, BudgetName: name };
    for await (const page of paginateDescribeNotificationsForBudget({ client: this.client }, ids)) {
      for (const n of page.Notifications ?? []) {
        const emails: string[] = [];
        for await (const subs of paginateDescribeSubscribersForNotification(
          { client: this.client },
          { ...ids, Notification: n },
        )) {
          for (const s of subs.Subscribers ?? []) if (s.SubscriptionType === 'EMAIL') emails.push(s.Address ?? '');
        }
        alerts.push({
          kind: n.NotificationType === 'FORECASTED' ? 'FORECASTED' : 'ACTUAL',
          percent: n.Threshold ?? 0,
          emails,
          comparison: n.ComparisonOperator,
          thresholdType: n.ThresholdType,
        });
      }
    }
    return alerts;
  }

  async create(b: DesiredBudget): Promise<void> {
    await this.client.send(
      new CreateBudgetCommand({
        AccountId: this.accountId,
        Budget: costBudget(b),
        NotificationsWithSubscribers: b.alerts.map((a) => ({
          Notification: notification(a),
          Subscribers: a.emails.map((Address) => ({ SubscriptionType: 'EMAIL', Address })),
        })),
      }),
    );
  }

  async updateLimit(b: DesiredBudget): Promise<void> {
    await this.client.send(new UpdateBudgetCommand({ AccountId: this.accountId, NewBudget: costBudget(b) }));
  }

  async addAlert(name: string, alert: BudgetAlert): Promise<void> {
    await this.client.send(
      new CreateNotificationCommand({
        AccountId: this.accountId,
        BudgetName: name,
        Notification: notification(alert),
        Subscribers: alert.emails.map((Address) => ({ SubscriptionType: 'EMAIL', Address })),
      }),
    );
  }

  async removeAlert(name: string, alert: BudgetAlert): Promise<void> {
    await this.client.send(
      new DeleteNotificationCommand({ AccountId: this.accountId, BudgetName: name, Notification: notification(alert) }),
    );
  }

  async delete(name: string): Promise<void> {
    await this.client.send(new DeleteBudgetCommand({ AccountId: this.accountId, BudgetName: name }));
  }
}

import { FREE_TIER } from '../pricing/price-table.js';
import { roundCents as round } from './rounding.js';

export interface CostInput {
  readonly instanceType: string;
  readonly usdPerHour: number;
  /** Undefined when no storage price is known for the region. */
  readonly storageUsdPerGbMonth?: number;
  readonly volumeGb: number;
  /** Hours of real use per day. */
  readonly hoursPerDay: number;
  readonly days: number;
  /** Idle auto-stop; 0 means the notebook runs around the clock unless stopped by hand. */
  readonly idleTimeoutMinutes: number;
}

export interface CostScenario {
  readonly runningHours: number;
  readonly compute: number;
  readonly storage: number;
  readonly total: number;
}

export interface CostEstimate {
  readonly alwaysOn: CostScenario;
  /** With idle auto-stop: use plus the idle timeout each day (around the clock when auto-stop is off). */
  readonly withAutoStop: CostScenario;
  /** The figure to quote: the auto-stop scenario. */
  readonly total: number;
  readonly autoStopOff: boolean;
  /** What the free tier would take off, shown apart because it applies to new accounts only. */
  readonly freeTierSaving: number;
}

/** Monthly-style estimate: compute while running, storage for as long as the notebook exists (30-day months). */
export function estimateCost(input: CostInput): CostEstimate {
  const storage = round((input.storageUsdPerGbMonth ?? 0) * input.volumeGb * (input.days / 30));
  const scenario = (hoursPerDay: number): CostScenario => {
    const runningHours = Math.min(24, hoursPerDay) * input.days;
    const compute = round(runningHours * input.usdPerHour);
    return { runningHours, compute, storage, total: round(compute + storage) };
  };
  const autoStopOff = input.idleTimeoutMinutes === 0;
  const withAutoStop = scenario(autoStopOff ? 24 : input.hoursPerDay + input.idleTimeoutMinutes / 60);
  const freeHours =
    input.instanceType === FREE_TIER.instanceType
      ? Math.min(withAutoStop.runningHours, FREE_TIER.hoursPerMonth * Math.min(input.days / 30, FREE_TIER.months))
      : 0;
  return {
    alwaysOn: scenario(24),
    withAutoStop,
    total: withAutoStop.total,
    autoStopOff,
    freeTierSaving: round(freeHours * input.usdPerHour),
  };
}

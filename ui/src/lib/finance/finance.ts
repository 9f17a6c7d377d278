// What the finance screen computes for itself (never money): the periods it offers for
// budget vs actual, a budget heading's name, a share typed as a percentage, and what the
// fast-entry form keeps from one transaction to the next.
import type { FinanceSetup } from "../api";

export type Window = { key: string; from: string; to: string; grant?: string; kind?: string };

/**
 * The periods budget vs actual is shown for: from the project's start to `today` (or its
 * end, when that is earlier), the whole project, then each reporting period of its grants
 * (once each).
 */
export function windows(setup: FinanceSetup, today: string): Window[] {
  const toDate = today < setup.start ? setup.end : today > setup.end ? setup.end : today;
  const out: Window[] = [
    { key: "to-date", from: setup.start, to: toDate },
    { key: "whole", from: setup.start, to: setup.end },
  ];
  for (const p of setup.periods) {
    if (out.some((w) => w.from === p.period_start && w.to === p.period_end && w.grant !== undefined)) continue;
    out.push({ key: p.id, from: p.period_start, to: p.period_end, grant: p.grant_ref, kind: p.kind });
  }
  return out;
}

/** A heading's name: the EU set (1 Human resources … 9 Total eligible costs) by message, any other as stored. */
export function headingName(heading: string, t: (id: string) => string): string {
  return /^[1-9]$/.test(heading) ? `${heading} ${t(`budget-heading-${heading}`)}` : heading;
}

/** The fields the fast-entry form keeps for the next transaction (a run of receipts shares them). */
export const STICKY = ["booking_date", "currency", "budget_line_id", "grant", "share", "method", "kind"] as const;

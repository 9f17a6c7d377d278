// The calendar's and the work plan's arithmetic: the weeks of a month (Monday first, the
// days of the months around it filling the first and last week), and where an activity's
// span lies on a project's timeline, in percent.

export type Day = { iso: string; day: number; inMonth: boolean };

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** The weeks of `month` (0–11) of `year`, Monday to Sunday. */
export function monthGrid(year: number, month: number): Day[][] {
  const first = new Date(year, month, 1);
  const start = new Date(year, month, 1 - ((first.getDay() + 6) % 7));
  const weeks: Day[][] = [];
  const d = new Date(start);
  do {
    const week: Day[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ iso: iso(d), day: d.getDate(), inMonth: d.getMonth() === month });
      d.setDate(d.getDate() + 1);
    }
    weeks.push(week);
  } while (d.getMonth() === month);
  return weeks;
}

const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/**
 * Where `[from, to]` lies on the timeline `[start, end]` (a day's width at least), clipped to
 * it; null without a start or when it lies outside.
 */
export function planSpan(
  start: string,
  end: string,
  from: string | null,
  to: string | null,
): { left: number; width: number } | null {
  if (from === null) return null;
  const total = days(start, end) + 1;
  const a = Math.max(0, days(start, from));
  const b = Math.min(total, days(start, to ?? from) + 1);
  if (b <= 0 || a >= total || b <= a) return null;
  return { left: (a / total) * 100, width: ((b - a) / total) * 100 };
}

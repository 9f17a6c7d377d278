// The age bands of head-counts and reports (`package.md`), and their names: `60+` cannot be
// part of a message id, so it is `age-band-60-plus`.
import { t } from "../i18n";

export const AGE_BANDS = ["0-17", "18-29", "30-59", "60+", "unknown"] as const;

export function ageBandLabel(band: string): string {
  return t(`age-band-${band === "60+" ? "60-plus" : band}`);
}

//! What the command line prints: JSON for scripts, aligned tables for people (headers through
//! Fluent, numbers, money and dates in the user's language), and a progress bar on a terminal.

use std::io::IsTerminal;

use serde::Serialize;
use tessera_core::activities::ActivityListRow;
use tessera_core::finance::{GrantListRow, TransactionRow};
use tessera_core::logframe::IndicatorListRow;
use tessera_core::people::{BeneficiaryRow, HouseholdRow};
use tessera_core::projects::ProjectSummary;
use tessera_l10n::L10n;

/// A progress bar on stderr, only when stdout is a terminal.
pub struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    pub fn new(label: String) -> Progress {
        if !std::io::stdout().is_terminal() {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::new(1);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg} {bar:40} {percent:>3}%")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(label);
        Progress(Some(bar))
    }

    pub fn set(&mut self, done: usize, total: usize) {
        if let Some(b) = &self.0 {
            b.set_length(total as u64);
            b.set_position(done as u64);
        }
    }

    pub fn finish(&mut self) {
        if let Some(b) = self.0.take() {
            b.finish_and_clear();
        }
    }
}

/// Print a line to stdout; a closed pipe (`| head`) ends the output quietly.
pub fn out(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// An enumeration value in the user's language (`project-status-active`), shared with the UI.
fn term(l10n: &L10n, prefix: &str, value: &str) -> String {
    l10n.term(prefix, value)
}

fn json<T: Serialize>(rows: &T) {
    out(&serde_json::to_string_pretty(rows).expect("rows serialise"));
}

fn table(l10n: &L10n, headers: &[&str], rows: Vec<Vec<String>>, right: &[usize]) {
    if rows.is_empty() {
        eprintln!("{}", l10n.message("cli-list-empty", &[]));
        return;
    }
    let headers: Vec<String> = headers.iter().map(|h| l10n.message(h, &[])).collect();
    let width =
        |i: usize| rows.iter().map(|r| r[i].chars().count()).chain([headers[i].chars().count()]).max().unwrap_or(0);
    let widths: Vec<usize> = (0..headers.len()).map(width).collect();
    let line = |cells: &[String]| {
        let parts: Vec<String> =
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    if right.contains(&i) {
                        format!("{c:>w$}", w = widths[i])
                    } else {
                        format!("{c:<w$}", w = widths[i])
                    }
                })
                .collect();
        out(parts.join("  ").trim_end());
    };
    line(&headers);
    for r in &rows {
        line(r);
    }
}

pub fn projects(l10n: &L10n, rows: &[ProjectSummary], as_json: bool) {
    if as_json {
        return json(&rows);
    }
    let f = l10n.formatter();
    table(
        l10n,
        &["cli-col-code", "cli-col-title", "cli-col-status", "cli-col-period", "cli-col-amount"],
        rows.iter()
            .map(|p| {
                vec![
                    p.code.clone(),
                    p.title.clone(),
                    term(l10n, "project-status", &p.status),
                    format!("{} – {}", f.date(&p.start), f.date(&p.end)),
                    f.money(&p.budget_total, &p.currency),
                ]
            })
            .collect(),
        &[4],
    );
}

pub fn beneficiaries(l10n: &L10n, rows: &[BeneficiaryRow], as_json: bool) {
    if as_json {
        return json(&rows);
    }
    table(
        l10n,
        &["cli-col-code", "cli-col-name", "cli-col-gender", "cli-col-municipality"],
        rows.iter()
            .map(|b| {
                let name = [b.first_name.as_deref(), b.last_name.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                let name = if name.is_empty() { l10n.message("cli-name-withheld", &[]) } else { name };
                vec![
                    b.code.clone(),
                    name,
                    b.gender.clone().unwrap_or_default(),
                    b.municipality.clone().unwrap_or_default(),
                ]
            })
            .collect(),
        &[],
    );
}

pub fn activities(l10n: &L10n, rows: &[ActivityListRow], as_json: bool) {
    if as_json {
        return json(&rows);
    }
    let f = l10n.formatter();
    table(
        l10n,
        &["cli-col-project", "cli-col-date", "cli-col-title", "cli-col-type", "cli-col-status"],
        rows.iter()
            .map(|a| {
                vec![
                    a.project.clone(),
                    a.planned_start.as_deref().map(|d| f.date(d)).unwrap_or_default(),
                    a.title.clone(),
                    term(l10n, "activity-type", &a.kind),
                    term(l10n, "activity-status", &a.status),
                ]
            })
            .collect(),
        &[],
    );
}

pub fn transactions(l10n: &L10n, rows: &[TransactionRow], as_json: bool) {
    if as_json {
        return json(&rows);
    }
    let f = l10n.formatter();
    table(
        l10n,
        &["cli-col-project", "cli-col-code", "cli-col-date", "cli-col-amount", "cli-col-payee"],
        rows.iter()
            .map(|t| {
                vec![
                    t.project.clone(),
                    t.ref_.clone(),
                    t.date.as_deref().map(|d| f.date(d)).unwrap_or_default(),
                    f.money(&t.amount, &t.currency),
                    t.payee.clone().unwrap_or_default(),
                ]
            })
            .collect(),
        &[3],
    );
}

/// Households with their size and registered members.
pub fn households(l10n: &L10n, rows: &[HouseholdRow], as_json: bool) {
    if as_json {
        return json(&rows);
    }
    let f = l10n.formatter();
    table(
        l10n,
        &["cli-col-code", "cli-col-size", "cli-col-members", "cli-col-municipality"],
        rows.iter()
            .map(|h| {
                vec![
                    h.code.clone(),
                    f.number(&h.size.to_string()),
                    f.number(&h.members.to_string()),
                    h.municipality.clone().unwrap_or_default(),
                ]
            })
            .collect(),
        &[1, 2],
    );
}

/// Grants with their donor, amount and period.
pub fn grants(l10n: &L10n, rows: &[GrantListRow], as_json: bool) {
    if as_json {
        return json(&rows);
    }
    let f = l10n.formatter();
    table(
        l10n,
        &["cli-col-project", "cli-col-code", "cli-col-donor", "cli-col-amount", "cli-col-period"],
        rows.iter()
            .map(|g| {
                vec![
                    g.project.clone(),
                    g.ref_.clone(),
                    g.donor.clone(),
                    f.money(&g.amount, &g.currency),
                    format!("{} – {}", f.date(&g.start), f.date(&g.end)),
                ]
            })
            .collect(),
        &[3],
    );
}

/// Indicators with their figures; numbers formatted for the language, percentages of target
/// from the baseline.
pub fn indicators(l10n: &L10n, rows: &[IndicatorListRow], as_json: bool) {
    if as_json {
        return json(&rows);
    }
    let f = l10n.formatter();
    let num = |v: &Option<String>| v.as_deref().map(|v| f.number(v)).unwrap_or_default();
    table(
        l10n,
        &[
            "cli-col-project",
            "cli-col-code",
            "cli-col-level",
            "cli-col-indicator",
            "cli-col-baseline",
            "cli-col-target",
            "cli-col-achieved",
            "cli-col-percent-of-target",
        ],
        rows.iter()
            .map(|r| {
                let i = &r.figures;
                vec![
                    r.project.clone(),
                    i.ref_.clone(),
                    i.level.clone(),
                    i.text.clone(),
                    num(&i.values.baseline),
                    num(&i.values.target_final),
                    num(&i.values.achieved_cumulative),
                    i.values
                        .percent_of_target_from_baseline
                        .as_deref()
                        .map(|p| l10n.message("cli-percent", &[("value", f.number(p))]))
                        .unwrap_or_default(),
                ]
            })
            .collect(),
        &[4, 5, 6, 7],
    );
}

/// A time in milliseconds since the epoch as this computer's local date and time.
fn when(l10n: &L10n, ms: Option<u64>) -> String {
    use chrono::TimeZone;
    let Some(t) = ms.and_then(|ms| chrono::Local.timestamp_millis_opt(ms as i64).single()) else {
        return l10n.message("cli-sync-never", &[]);
    };
    format!("{} {}", l10n.formatter().date(&t.format("%Y-%m-%d").to_string()), t.format("%H:%M"))
}

/// `sync status`: the share, this device's figures, then every device.
pub fn sync_status(l10n: &L10n, s: &tessera_sync::Status) {
    let f = l10n.formatter();
    let n = |v: u64| f.number(&v.to_string());
    out(&l10n.message("cli-sync-status-folder", &[("kind", s.kind.to_string()), ("folder", s.address.clone())]));
    out(&l10n.message(
        "cli-sync-status-figures",
        &[
            ("pending", n(s.pending_changes)),
            ("sent", n(s.bundles_sent)),
            ("received", n(s.bundles_received)),
            ("conflicts", n(s.conflicts as u64)),
            ("quarantined", n(s.quarantined as u64)),
        ],
    ));
    table(
        l10n,
        &["cli-col-device", "cli-col-name", "cli-col-last-sync", "cli-col-received", "cli-col-state"],
        s.devices
            .iter()
            .map(|d| {
                let state = match (d.this_device, d.revoked) {
                    (true, _) => "cli-sync-this-device",
                    (_, true) => "cli-sync-device-revoked",
                    _ => "cli-sync-device-active",
                };
                vec![
                    d.device.to_string(),
                    d.name.clone(),
                    when(l10n, d.last_sync_ms),
                    n(d.bundles_received),
                    l10n.message(state, &[]),
                ]
            })
            .collect(),
        &[3],
    );
    for p in &s.problems {
        let reason = l10n.message(&format!("sync-reason-{}", p.code), &[]);
        out(&l10n.message("cli-sync-problem", &[("file", p.file.clone()), ("reason", reason)]));
    }
    if !s.outbox.is_empty() {
        use tessera_core::store::outbox::OutboxState;
        out("");
        table(
            l10n,
            &["cli-col-file", "cli-col-queued", "cli-col-state"],
            s.outbox
                .iter()
                .map(|i| {
                    let state = match i.state {
                        OutboxState::Sent => l10n.message("cli-outbox-sent", &[("when", when(l10n, i.sent_ms))]),
                        OutboxState::Cancelled => l10n.message("cli-outbox-cancelled", &[]),
                        OutboxState::Waiting if i.attempts > 0 => {
                            l10n.message("cli-outbox-retry", &[("when", when(l10n, Some(i.next_try_ms)))])
                        }
                        OutboxState::Waiting => l10n.message("cli-outbox-waiting", &[]),
                    };
                    vec![i.name.clone(), when(l10n, Some(i.queued_ms)), state]
                })
                .collect(),
            &[],
        );
    }
}

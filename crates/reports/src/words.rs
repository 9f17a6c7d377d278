//! A report's words and numbers in its language: messages from `locales/<lang>/reports.ftl`
//! (and the app's names of headings, genders, types and rules), amounts, numbers, dates and
//! percentages as CLDR writes them, suppressed cells as `<5` and `x`.

use tessera_core::suppress::Cell;
use tessera_l10n::{Formatter, L10n};

pub(crate) struct Words {
    l10n: L10n,
    fmt: Formatter,
    /// The grant currency every figure is in.
    pub currency: String,
}

impl Words {
    pub fn new(lang: &str, currency: &str) -> Words {
        let l10n = L10n::new(lang);
        let fmt = l10n.formatter();
        Words { l10n, fmt, currency: currency.to_string() }
    }

    pub fn lang(&self) -> &'static str {
        self.l10n.lang()
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.l10n.message(id, &[])
    }

    /// The message `id` with its arguments.
    pub fn ta(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.message(id, args)
    }

    /// A name from an enumeration (`gender-female`, `activity-type-forum`): the message
    /// `<prefix>-<value>`, else the value itself.
    pub fn name(&self, prefix: &str, value: &str) -> String {
        self.l10n.term(prefix, value)
    }

    /// A budget heading: its number and, for the EU's 1–9, its name.
    pub fn heading(&self, heading: &str) -> String {
        let id = format!("budget-heading-{heading}");
        if self.l10n.has_message(&id) {
            format!("{heading}. {}", self.t(&id))
        } else {
            heading.to_string()
        }
    }

    /// An amount in the grant currency.
    pub fn money(&self, amount: &str) -> String {
        self.fmt.money(amount, &self.currency)
    }

    pub fn money_in(&self, amount: &str, currency: &str) -> String {
        self.fmt.money(amount, currency)
    }

    pub fn number(&self, value: &str) -> String {
        self.fmt.number(value)
    }

    pub fn date(&self, iso: &str) -> String {
        self.fmt.date(iso)
    }

    pub fn date_short(&self, iso: &str) -> String {
        self.fmt.date_short(iso)
    }

    pub fn opt_date(&self, iso: &Option<String>) -> String {
        iso.as_deref().map(|d| self.date_short(d)).unwrap_or_default()
    }

    /// `from – to`, short dates.
    pub fn range(&self, from: &str, to: &str) -> String {
        self.ta("report-range", &[("from", self.date_short(from)), ("to", self.date_short(to))])
    }

    /// A percentage (`107.0` → `107,0 %`); nothing when it does not apply.
    pub fn percent(&self, p: &Option<String>) -> String {
        match p {
            Some(p) => format!("{}\u{a0}%", self.number(p)),
            None => "–".into(),
        }
    }

    /// An optional figure (an indicator's value: a number, yes/no or text).
    pub fn figure(&self, v: &Option<String>) -> String {
        match v.as_deref() {
            Some("yes") => self.t("report-yes"),
            Some("no") => self.t("report-no"),
            Some(v) => self.number(v),
            None => "–".into(),
        }
    }

    pub fn cell(&self, c: Option<&Cell>) -> String {
        match c {
            Some(Cell::Count(n)) => self.number(&n.to_string()),
            Some(Cell::Small) => "<5".into(),
            Some(Cell::Hidden) => "x".into(),
            None => self.number("0"),
        }
    }

    pub fn count(&self, n: u32) -> String {
        self.number(&n.to_string())
    }
}

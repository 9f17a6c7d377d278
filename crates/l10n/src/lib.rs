//! Localisation: Fluent bundles over `locales/<lang>/*.ftl` (embedded at build time) and
//! CLDR formatting of numbers, money and dates (ICU4X) registered as Fluent functions
//! `NUMBER()`, `MONEY()` and `DATE()`. Knows nothing of the domain.

mod format;

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use format::Formatter;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}
pub use embedded::FILES;

/// The interface and report languages, in the order the switcher shows them.
pub const LANGS: [&str; 7] = ["en", "sq", "bg", "bs", "sr-Cyrl", "sr-Latn", "mk"];

/// Each language's name in itself.
pub fn native_name(lang: &str) -> &'static str {
    match lang {
        "sq" => "Shqip",
        "bg" => "Български",
        "bs" => "Bosanski",
        "sr-Cyrl" => "Српски (ћирилица)",
        "sr-Latn" => "Srpski (latinica)",
        "mk" => "Македонски",
        _ => "English",
    }
}

pub fn is_supported(lang: &str) -> bool {
    LANGS.contains(&lang)
}

/// The supported language closest to a system locale such as `sr_RS@latin`, `mk-MK.UTF-8`.
pub fn negotiate(requested: &str) -> &'static str {
    let r = requested.split('.').next().unwrap_or("").replace('_', "-");
    let lower = r.to_lowercase();
    if let Some(l) = LANGS.iter().find(|l| l.to_lowercase() == lower) {
        return l;
    }
    let primary = lower.split(['-', '@']).next().unwrap_or("");
    match primary {
        "sr" if lower.contains("latn") || lower.contains("latin") => "sr-Latn",
        "sr" => "sr-Cyrl",
        "hr" | "bs" => "bs",
        "sq" | "bg" | "mk" => LANGS.iter().find(|l| **l == primary).copied().unwrap_or("en"),
        _ => "en",
    }
}

/// Messages and formatting for one language, falling back to English for a missing message.
pub struct L10n {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for L10n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("L10n").field("lang", &self.lang).finish()
    }
}

fn bundle(lang: &'static str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks print as boxes in PDFs and terminals.
    b.set_use_isolating(false);
    for (l, _, text) in FILES.iter().filter(|(l, _, _)| *l == lang) {
        let _ = l;
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
    }
    let fmt = Formatter::new(lang);
    let f = fmt.clone();
    b.add_function("NUMBER", move |pos, _named| FluentValue::String(Cow::Owned(f.number(&value_text(pos.first())))))
        .expect("NUMBER");
    let f = fmt.clone();
    b.add_function("MONEY", move |pos, named| {
        let cur = named.get("currency").map(|v| value_text(Some(v))).unwrap_or_default();
        FluentValue::String(Cow::Owned(f.money(&value_text(pos.first()), &cur)))
    })
    .expect("MONEY");
    let f = fmt;
    b.add_function("DATE", move |pos, _named| FluentValue::String(Cow::Owned(f.date(&value_text(pos.first())))))
        .expect("DATE");
    b
}

fn value_text(v: Option<&FluentValue<'_>>) -> String {
    match v {
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Number(n)) => n.as_string().to_string(),
        _ => String::new(),
    }
}

/// The messages of every language (to recognise what a person may have typed in any of
/// them: a table's header, `žensko` or `жена` in a cell).
pub fn every_language() -> Vec<L10n> {
    LANGS.iter().map(|l| L10n::new(l)).collect()
}

/// The message `id` in each language that has it (no arguments).
pub fn in_every_language(all: &[L10n], id: &str) -> Vec<String> {
    all.iter().filter(|l| l.has_message(id)).map(|l| l.message(id, &[])).collect()
}

impl L10n {
    /// Messages in `lang` (an unsupported language gives English).
    pub fn new(lang: &str) -> L10n {
        let lang = LANGS.iter().find(|l| **l == lang).copied().unwrap_or("en");
        let fallback = (lang != "en").then(|| bundle("en"));
        L10n { lang, bundle: bundle(lang), fallback }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn formatter(&self) -> Formatter {
        Formatter::new(self.lang)
    }

    /// The message `id` with named arguments; numbers given as text select plurals.
    pub fn message(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v.parse::<i64>() {
                Ok(n) if !v.starts_with('0') || v == "0" => fa.set(*k, FluentValue::from(n)),
                _ => fa.set(*k, FluentValue::from(v.clone())),
            }
        }
        for b in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, Some(&fa), &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// A typed error (`code` + `args`) as a sentence: message `error-<code>`.
    pub fn error(&self, code: &str, args: &[(&str, String)]) -> String {
        self.message(&format!("error-{code}"), args)
    }

    /// An enumeration value's name (`activity-type-forum`, `age-band-60-plus` for `60+`): the
    /// message `<prefix>-<value>`, else the value itself.
    pub fn term(&self, prefix: &str, value: &str) -> String {
        let id = format!("{prefix}-{}", value.replace('+', "-plus").replace('_', "-"));
        if self.has_message(&id) {
            self.message(&id, &[])
        } else {
            value.to_string()
        }
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

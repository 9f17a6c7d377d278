#!/usr/bin/env python3
"""CLDR's currency data for Tessera's seven languages, written once from Babel (which ships
CLDR), so the Rust formatter (crates/l10n/src/format.rs) uses CLDR's own symbols, patterns and
digits instead of a hand-written table, and a golden file to test it against:

  crates/l10n/data/currencies.tsv         kind, lang, key, value: `symbol` (where it differs
                                          from the ISO code), `pattern` (the locale's currency
                                          pattern), `digits` (where CLDR's are not 2)
  crates/l10n/tests/fixtures/money-cldr.tsv  lang, currency, amount, Babel's formatting

Babel implements neither CLDR's currencySpacing (en `ALL 1,234`, as ICU and the UI's Intl
write it; Babel `ALL1,234`) nor minimumGroupingDigits: the test allows for the first, the
golden amounts avoid the second.

Usage: pip install babel==2.17.0 && python3 scripts/cldr-currencies.py
"""
import os
import babel
from babel import Locale
from babel.numbers import format_currency, get_currency_precision, get_currency_symbol, list_currencies

LANGS = {"en": "en", "sq": "sq", "bg": "bg", "bs": "bs", "sr-Cyrl": "sr_Cyrl", "sr-Latn": "sr_Latn", "mk": "mk"}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
currencies = sorted(c for c in list_currencies() if len(c) == 3 and c.isupper())

rows = []
for lang, loc in LANGS.items():
    rows.append(("pattern", lang, "standard", Locale.parse(loc).currency_formats["standard"].pattern))
    for c in currencies:
        s = get_currency_symbol(c, loc)
        if s != c:
            rows.append(("symbol", lang, c, s))
for c in currencies:
    d = get_currency_precision(c)
    if d != 2:
        rows.append(("digits", "", c, str(d)))
with open(os.path.join(ROOT, "crates/l10n/data/currencies.tsv"), "w", encoding="utf-8") as f:
    f.write(f"# CLDR currency data from Babel {babel.__version__} (scripts/cldr-currencies.py): kind\tlang\tkey\tvalue\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

golden = []
for lang, loc in LANGS.items():
    for c in ["EUR", "USD", "GBP", "CHF", "ALL", "BAM", "RSD", "MKD", "BGN", "HUF", "TRY", "JPY"]:
        whole = get_currency_precision(c) == 0
        # five digits and more: Babel does not implement CLDR's minimumGroupingDigits (bg, sq
        # … write 1234 ungrouped, as ICU4X does; Babel writes 1 234)
        for amount in (["12345", "-56000", "0", "1234567"] if whole else ["12345.5", "-56000", "0.05", "1234567.89"]):
            golden.append((lang, c, amount, format_currency(amount, c, locale=loc)))
with open(os.path.join(ROOT, "crates/l10n/tests/fixtures/money-cldr.tsv"), "w", encoding="utf-8") as f:
    f.write(f"# Babel {babel.__version__} format_currency: lang\tcurrency\tamount\tformatted\n")
    for r in golden:
        f.write("\t".join(r) + "\n")
print(len(rows), "data rows,", len(golden), "golden cases")

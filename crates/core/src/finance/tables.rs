//! How the money is stored: grants and their reporting deadlines, the budget and its funding,
//! transactions and their grant shares, sub-grants, exchange rates.

use crate::package::{
    BudgetLine, ExchangeRate, Funding, Grant, GrantReport, Subgrant, Tranche, Transaction, TransactionGrant,
};
use crate::record::{col, ref_item, Table};

pub static GRANTS: Table<Grant> = Table {
    name: "grants",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[
        col!(Grant, "ref", ref_),
        col!(Grant, "donor_org_id", donor, ref "organisations"),
        col!(Grant, "programme", programme),
        col!(Grant, "contract_no", contract_no),
        col!(Grant, "amount", amount, money currency),
        col!(Grant, "start_date", start),
        col!(Grant, "end_date", end),
        col!(Grant, "cofinancing_rate", cofinancing_rate),
        col!(Grant, "indirect_rate", indirect_rate),
        col!(Grant, "exchange_rule", exchange_rule),
        col!(Grant, "contract_rate", contract_rate),
    ],
    given: &["project_id", "position"],
    app_only: &[],
    order: "position, ref",
};

pub static GRANT_REPORTS: Table<GrantReport> = Table {
    name: "grant_reports",
    key: &["grant_id", "position"],
    ident: None,
    columns: &[
        col!(GrantReport, "kind", kind),
        col!(GrantReport, "period_start", period_start),
        col!(GrantReport, "period_end", period_end),
        col!(GrantReport, "due", due),
    ],
    given: &["grant_id", "position"],
    app_only: &["submitted_on"],
    order: "position, id",
};

/// A budget line; its unit cost is in the project's currency.
pub static BUDGET_LINES: Table<BudgetLine> = Table {
    name: "budget_lines",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[
        col!(BudgetLine, "ref", ref_),
        col!(BudgetLine, "heading", heading),
        col!(BudgetLine, "description", description),
        col!(BudgetLine, "unit", unit),
        col!(BudgetLine, "quantity", quantity),
        col!(BudgetLine, "unit_cost", unit_cost, money),
    ],
    given: &["project_id", "position"],
    app_only: &[],
    order: "position, ref",
};

pub static FUNDING: Table<Funding> = Table {
    name: "budget_line_funding",
    key: &["budget_line_id", "position"],
    ident: None,
    columns: &[col!(Funding, "grant_id", grant, ref "grants"), col!(Funding, "share", share)],
    given: &["budget_line_id", "position"],
    app_only: &[],
    order: "position, id",
};

pub static TRANSACTIONS: Table<Transaction> = Table {
    name: "transactions",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[
        col!(Transaction, "ref", ref_),
        col!(Transaction, "kind", kind),
        col!(Transaction, "invoice_date", invoice_date),
        col!(Transaction, "booking_date", booking_date),
        col!(Transaction, "payment_date", payment_date),
        col!(Transaction, "amount", amount, money currency),
        col!(Transaction, "rate", rate),
        col!(Transaction, "budget_line_id", budget_line, ref "budget_lines"),
        col!(Transaction, "partner_org_id", partner, ref "organisations"),
        col!(Transaction, "payee", payee),
        col!(Transaction, "document_no", document_no),
        col!(Transaction, "method", method),
        col!(Transaction, "description", description),
    ],
    given: &["project_id", "position"],
    app_only: &["rate_source", "reverses_id"],
    order: "position, ref",
};

pub static TRANSACTION_GRANTS: Table<TransactionGrant> = Table {
    name: "transaction_grants",
    key: &["transaction_id", "position"],
    ident: None,
    columns: &[col!(TransactionGrant, "grant_id", grant, ref "grants"), col!(TransactionGrant, "share", share)],
    given: &["transaction_id", "position"],
    app_only: &[],
    order: "position, id",
};

pub static SUBGRANTS: Table<Subgrant> = Table {
    name: "subgrants",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[
        col!(Subgrant, "ref", ref_),
        col!(Subgrant, "grantee_org_id", grantee, ref "organisations"),
        col!(Subgrant, "grant_id", grant, ref "grants"),
        col!(Subgrant, "amount", amount, money currency),
        col!(Subgrant, "start_date", start),
        col!(Subgrant, "end_date", end),
    ],
    given: &["project_id", "position"],
    app_only: &[],
    order: "position, ref",
};

/// A payment to a sub-grantee, in the sub-grant's currency.
pub static TRANCHES: Table<Tranche> = Table {
    name: "subgrant_tranches",
    key: &["subgrant_id", "position"],
    ident: None,
    columns: &[col!(Tranche, "date", date), col!(Tranche, "amount", amount, money)],
    given: &["subgrant_id", "position"],
    app_only: &[],
    order: "position, id",
};

/// The logframe results a sub-grant serves.
pub static SUBGRANT_RESULTS: Table<String> = Table {
    name: "subgrant_results",
    key: &["subgrant_id", "result_id"],
    ident: None,
    columns: &[ref_item!("result_id", "logframe_nodes")],
    given: &["subgrant_id", "position"],
    app_only: &[],
    order: "position, id",
};

/// The organisation's exchange rates (not a project's: every project's export carries them).
pub static EXCHANGE_RATES: Table<ExchangeRate> = Table {
    name: "exchange_rates",
    key: &["date", "from_currency", "to_currency", "source"],
    ident: None,
    columns: &[
        col!(ExchangeRate, "date", date),
        col!(ExchangeRate, "from_currency", from),
        col!(ExchangeRate, "to_currency", to),
        col!(ExchangeRate, "rate", rate),
        col!(ExchangeRate, "source", source),
    ],
    given: &["position", "home_project_id"],
    app_only: &[],
    order: "position, date, from_currency, to_currency",
};

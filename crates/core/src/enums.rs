//! Every enumeration whose values reach a user, in one list: its values (as the package and
//! the database hold them), the message prefix that names them (value `v` of `p` is shown as
//! message `p-v`, underscores as hyphens, in every locale) and where the package schema
//! lists them. The UI's union types are generated from this list (`ui/src/lib/enums.ts`, by
//! `tests/enums.rs`), and tests check the schema and every locale against it.

#[derive(Debug, Clone, Copy)]
pub struct Enumeration {
    /// The TypeScript type name.
    pub name: &'static str,
    /// The message prefix.
    pub prefix: &'static str,
    pub values: &'static [&'static str],
    /// JSON pointer of the list in `schema/package.schema.json`, when the package carries it.
    pub schema: Option<&'static str>,
}

pub const ENUMS: &[Enumeration] = &[
    Enumeration {
        name: "ProjectStatus",
        prefix: "project-status",
        values: &["pipeline", "active", "closed"],
        schema: Some("/$defs/project/properties/status/enum"),
    },
    Enumeration {
        name: "PartnerRole",
        prefix: "partner-role",
        values: &["lead", "partner", "associate"],
        schema: Some("/$defs/partner/properties/role/enum"),
    },
    Enumeration {
        name: "Gender",
        prefix: "gender",
        values: &["female", "male", "other", "undisclosed"],
        schema: Some("/$defs/gender/enum"),
    },
    Enumeration {
        name: "ConsentPurpose",
        prefix: "consent-purpose",
        values: &["services", "reporting", "contact", "photos"],
        schema: None,
    },
    Enumeration {
        name: "OrganisationKind",
        prefix: "organisation-kind",
        values: &["ngo", "public_authority", "donor", "network", "private", "other"],
        schema: Some("/$defs/organisation_entry/properties/kind/enum"),
    },
    Enumeration {
        name: "DeadlineKind",
        prefix: "deadline-kind",
        values: &["interim", "final"],
        schema: Some("/$defs/grant_report/properties/kind/enum"),
    },
    Enumeration {
        name: "LogframeLevel",
        prefix: "logframe-level",
        values: &["goal", "objective", "result"],
        schema: None,
    },
    Enumeration {
        name: "AssumptionKind",
        prefix: "assumption-kind",
        values: &["assumption", "risk"],
        schema: Some("/$defs/assumption/properties/kind/enum"),
    },
    Enumeration {
        name: "IndicatorUnit",
        prefix: "indicator-unit",
        values: &["count", "percent", "yes_no", "text"],
        schema: Some("/$defs/indicator/properties/unit/enum"),
    },
    Enumeration {
        name: "IndicatorAggregation",
        prefix: "indicator-aggregation",
        values: &["sum", "latest", "max"],
        schema: Some("/$defs/indicator/properties/aggregation/enum"),
    },
    Enumeration {
        name: "ActivityType",
        prefix: "activity-type",
        values: &[
            "training",
            "workshop",
            "information_meeting",
            "forum",
            "round_table",
            "campaign",
            "research",
            "advocacy_initiative",
            "distribution",
            "legal_aid",
            "psychosocial_support",
            "monitoring_visit",
            "other",
        ],
        schema: Some("/$defs/activity/properties/type/enum"),
    },
    Enumeration {
        name: "ActivityStatus",
        prefix: "activity-status",
        values: &["planned", "ongoing", "done", "postponed", "cancelled"],
        schema: Some("/$defs/activity/properties/status/enum"),
    },
    Enumeration {
        name: "ServiceKind",
        prefix: "service-kind",
        values: &[
            "food_package",
            "hygiene_package",
            "legal_aid",
            "counselling",
            "training_attendance",
            "referral",
            "psychosocial_support",
            "other",
        ],
        schema: Some("/$defs/service/properties/kind/enum"),
    },
    Enumeration {
        name: "TransactionKind",
        prefix: "transaction-kind",
        values: &["expense", "income", "transfer"],
        schema: Some("/$defs/transaction/properties/kind/enum"),
    },
    Enumeration {
        name: "PaymentMethod",
        prefix: "payment-method",
        values: &["bank", "cash"],
        schema: Some("/$defs/transaction/properties/method/enum"),
    },
    Enumeration {
        name: "ExchangeRule",
        prefix: "exchange-rule",
        values: &[
            "contract_rate",
            "inforeuro_invoice_month",
            "inforeuro_payment_month",
            "transaction_rate",
            "period_average",
        ],
        schema: Some("/$defs/grant/properties/exchange_rule/enum"),
    },
];

/// The message that names `value` of the enumeration with `prefix`.
/// The values of the enumeration `name` (none for an unknown name).
pub fn values(name: &str) -> &'static [&'static str] {
    ENUMS.iter().find(|e| e.name == name).map_or(&[], |e| e.values)
}

pub fn message_id(prefix: &str, value: &str) -> String {
    format!("{prefix}-{}", value.replace('_', "-"))
}

-- Tessera schema, migration 1: the whole domain model.
--
-- Synced tables: every row has a UUIDv7 `id` (TEXT) made on the device that created it and a
-- causal length `cl` (odd = alive, even = deleted). No AUTOINCREMENT, no UNIQUE constraint
-- across devices, no foreign-key constraints and no cascading deletes: rows may arrive from
-- other devices in any order (sync.md). References are plain `*_id` columns.
-- Money is `<name>_minor` INTEGER minor units beside `<name>_currency` (ISO 4217); other
-- decimals (shares, rates, quantities, indicator values) are TEXT as written.
-- `position` keeps the order of a list as it was imported, so exports are stable.

-- Organisations: the database owner (is_self = 1), partners, donors, authorities.
CREATE TABLE organisations (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  ref TEXT, is_self INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, short_name TEXT,
  kind TEXT NOT NULL, country TEXT, registration_no TEXT, address TEXT, base_currency TEXT,
  fiscal_year_start TEXT, iati_org_id TEXT, logo_sha256 TEXT,
  home_project_id TEXT, position INTEGER
);
CREATE INDEX organisations_ref ON organisations(ref);

CREATE TABLE strategic_plans (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  title TEXT NOT NULL, period_start TEXT, period_end TEXT, vision TEXT, mission TEXT
);
-- Strategic goals and objectives (parent_id = goal for an objective).
CREATE TABLE strategic_items (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  plan_id TEXT NOT NULL, parent_id TEXT, level TEXT NOT NULL, code TEXT, text TEXT NOT NULL,
  position INTEGER
);

CREATE TABLE projects (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  ref TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, summary TEXT,
  start_date TEXT NOT NULL, end_date TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL,
  lead_org_id TEXT, countries TEXT NOT NULL DEFAULT '[]', position INTEGER
);
CREATE INDEX projects_code ON projects(code);
CREATE TABLE project_partners (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, organisation_id TEXT NOT NULL, role TEXT NOT NULL, position INTEGER
);
CREATE INDEX project_partners_project ON project_partners(project_id, organisation_id);
CREATE TABLE project_municipalities (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, country TEXT NOT NULL, municipality TEXT NOT NULL
);
CREATE TABLE project_strategic_links (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, strategic_item_id TEXT NOT NULL
);
CREATE TABLE work_packages (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, code TEXT, title TEXT NOT NULL, position INTEGER
);

CREATE TABLE grants (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, ref TEXT NOT NULL, donor_org_id TEXT NOT NULL, programme TEXT,
  contract_no TEXT, amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL,
  start_date TEXT NOT NULL, end_date TEXT NOT NULL, cofinancing_rate TEXT, indirect_rate TEXT,
  exchange_rule TEXT NOT NULL, contract_rate TEXT, position INTEGER
);
CREATE INDEX grants_project ON grants(project_id, ref);
CREATE TABLE grant_reports (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  grant_id TEXT NOT NULL, kind TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL,
  due TEXT NOT NULL, position INTEGER
);
CREATE INDEX grant_reports_grant ON grant_reports(grant_id, position);

-- Logframe: goal -> objectives -> results (parent_id), each with indicators.
CREATE TABLE logframe_nodes (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, parent_id TEXT, level TEXT NOT NULL, ref TEXT NOT NULL,
  text TEXT NOT NULL, position INTEGER
);
CREATE INDEX logframe_nodes_project ON logframe_nodes(project_id, ref);
CREATE TABLE indicators (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  node_id TEXT NOT NULL, ref TEXT NOT NULL, text TEXT NOT NULL, unit TEXT NOT NULL,
  aggregation TEXT NOT NULL, baseline_value TEXT, baseline_date TEXT, position INTEGER
);
CREATE INDEX indicators_node ON indicators(node_id, ref);
CREATE TABLE indicator_targets (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  indicator_id TEXT NOT NULL, period_end TEXT NOT NULL, value TEXT NOT NULL, position INTEGER
);
CREATE INDEX indicator_targets_indicator ON indicator_targets(indicator_id, position);
CREATE TABLE measurements (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  indicator_id TEXT NOT NULL, date TEXT NOT NULL, value TEXT NOT NULL, source TEXT,
  disaggregation TEXT, position INTEGER
);
CREATE INDEX measurements_indicator ON measurements(indicator_id, position);
CREATE TABLE assumptions (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, node_id TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'assumption',
  text TEXT NOT NULL, position INTEGER
);
CREATE INDEX assumptions_project ON assumptions(project_id, position);

CREATE TABLE activities (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, result_id TEXT, work_package_id TEXT, ref TEXT NOT NULL,
  type TEXT NOT NULL, title TEXT NOT NULL, description TEXT,
  planned_start TEXT, planned_end TEXT, actual_start TEXT, actual_end TEXT,
  status TEXT NOT NULL, country TEXT, municipality TEXT, settlement TEXT, venue TEXT,
  responsible TEXT, position INTEGER
);
CREATE INDEX activities_project ON activities(project_id, ref);
-- Named attendance of registered beneficiaries: one row per person and activity.
CREATE TABLE attendance (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  activity_id TEXT NOT NULL, beneficiary_id TEXT NOT NULL, position INTEGER
);
CREATE INDEX attendance_activity ON attendance(activity_id, beneficiary_id);
-- Anonymous participants of public events.
CREATE TABLE headcounts (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  activity_id TEXT NOT NULL, gender TEXT NOT NULL, age_band TEXT NOT NULL, count INTEGER NOT NULL,
  position INTEGER
);
CREATE INDEX headcounts_activity ON headcounts(activity_id, position);
CREATE TABLE activity_budget_lines (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  activity_id TEXT NOT NULL, budget_line_id TEXT NOT NULL, position INTEGER
);
CREATE INDEX activity_budget_lines_activity ON activity_budget_lines(activity_id, budget_line_id);
-- Evidence and receipts, stored content-addressed in the data folder.
CREATE TABLE attachments (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  owner_table TEXT NOT NULL, owner_id TEXT NOT NULL, sha256 TEXT NOT NULL, filename TEXT NOT NULL,
  mime TEXT, size INTEGER
);

CREATE TABLE households (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  ref TEXT NOT NULL, code TEXT NOT NULL, size INTEGER NOT NULL, municipality TEXT,
  home_project_id TEXT, position INTEGER
);
CREATE INDEX households_code ON households(code);
CREATE TABLE beneficiaries (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  ref TEXT NOT NULL, kind TEXT NOT NULL, code TEXT NOT NULL, first_name TEXT, last_name TEXT,
  gender TEXT, birth_year INTEGER, age_band TEXT, country TEXT, municipality TEXT, settlement TEXT,
  household_id TEXT, contact TEXT, ethnicity TEXT, disability INTEGER, vulnerability TEXT,
  organisation_id TEXT, search_key TEXT, home_project_id TEXT, position INTEGER
);
CREATE INDEX beneficiaries_code ON beneficiaries(code);
CREATE TABLE consents (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  beneficiary_id TEXT NOT NULL, date TEXT NOT NULL, purposes TEXT NOT NULL DEFAULT '[]',
  recorded_by TEXT, withdrawn TEXT
);
CREATE INDEX consents_beneficiary ON consents(beneficiary_id);
CREATE INDEX beneficiaries_ref ON beneficiaries(ref);
CREATE INDEX households_ref ON households(ref);
CREATE TABLE services (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, beneficiary_id TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL,
  activity_id TEXT, quantity TEXT, value_minor INTEGER, value_currency TEXT, position INTEGER
);
CREATE INDEX services_project ON services(project_id, position);
CREATE INDEX services_beneficiary ON services(beneficiary_id);

CREATE TABLE budget_lines (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, ref TEXT NOT NULL, heading TEXT NOT NULL, description TEXT NOT NULL,
  unit TEXT, quantity TEXT NOT NULL, unit_cost_minor INTEGER NOT NULL,
  unit_cost_currency TEXT NOT NULL, position INTEGER
);
CREATE INDEX budget_lines_project ON budget_lines(project_id, ref);
-- Funding split of a budget line; grant_id NULL = own co-financing.
CREATE TABLE budget_line_funding (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  budget_line_id TEXT NOT NULL, grant_id TEXT, share TEXT NOT NULL, position INTEGER
);
CREATE INDEX budget_line_funding_line ON budget_line_funding(budget_line_id, position);

CREATE TABLE transactions (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, ref TEXT NOT NULL, kind TEXT NOT NULL,
  invoice_date TEXT, booking_date TEXT, payment_date TEXT,
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL, rate TEXT, rate_source TEXT,
  budget_line_id TEXT, partner_org_id TEXT, payee TEXT, document_no TEXT, method TEXT,
  description TEXT, reverses_id TEXT, position INTEGER
);
CREATE INDEX transactions_project ON transactions(project_id, ref);
CREATE TABLE transaction_grants (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  transaction_id TEXT NOT NULL, grant_id TEXT NOT NULL, share TEXT NOT NULL, position INTEGER
);
CREATE INDEX transaction_grants_transaction ON transaction_grants(transaction_id, position);

CREATE TABLE exchange_rates (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  date TEXT NOT NULL, from_currency TEXT NOT NULL, to_currency TEXT NOT NULL, rate TEXT NOT NULL,
  source TEXT NOT NULL, home_project_id TEXT, position INTEGER
);
CREATE INDEX exchange_rates_date ON exchange_rates(date, from_currency, to_currency);

CREATE TABLE subgrants (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, ref TEXT NOT NULL, grantee_org_id TEXT NOT NULL, grant_id TEXT,
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL, start_date TEXT NOT NULL,
  end_date TEXT NOT NULL, position INTEGER
);
CREATE INDEX subgrants_project ON subgrants(project_id, ref);
CREATE TABLE subgrant_tranches (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  subgrant_id TEXT NOT NULL, date TEXT NOT NULL, amount_minor INTEGER NOT NULL,
  amount_currency TEXT NOT NULL, position INTEGER
);
CREATE INDEX subgrant_tranches_subgrant ON subgrant_tranches(subgrant_id, position);
CREATE TABLE subgrant_results (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  subgrant_id TEXT NOT NULL, result_id TEXT NOT NULL, position INTEGER
);
CREATE INDEX subgrant_results_subgrant ON subgrant_results(subgrant_id, result_id);
CREATE TABLE subgrant_reports (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  subgrant_id TEXT NOT NULL, kind TEXT NOT NULL, received TEXT, attachment_id TEXT
);

-- Generated donor reports, kept with what they were generated from.
CREATE TABLE reports (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, template TEXT NOT NULL, lang TEXT NOT NULL, period_start TEXT NOT NULL,
  period_end TEXT NOT NULL, generated_at TEXT NOT NULL, input_sha256 TEXT, output_sha256 TEXT
);

-- Organisation-wide settings that travel between devices (e.g. sensitive fields switched on).
CREATE TABLE org_settings (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  key TEXT NOT NULL, value TEXT
);

-- ---------------------------------------------------------------- local, never synced
-- The change log: one row per changed column (a money amount and its currency are one change).
CREATE TABLE crdt_changes (
  hlc INTEGER NOT NULL, device TEXT NOT NULL,
  tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value,
  cl INTEGER NOT NULL, schema_version INTEGER NOT NULL,
  PRIMARY KEY (hlc, device)
) WITHOUT ROWID;
-- This device: id, last HLC, interface language.
CREATE TABLE local_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

// A small, realistic data set: a Bosnian women's-rights association with five projects.
// Used by `npm run dev` in a plain browser and by the tests.

import type { AppInfo, Dashboard, ProjectOverview, ProjectSummary } from "../lib/api";

export const APP_INFO: AppInfo = {
  org_name: "Udruženje Žene za žene Tuzla",
  org_short_name: "ŽzŽ Tuzla",
  country: "BA",
  base_currency: "BAM",
  lang: "en",
  db_path: "/home/amra/.local/share/org.tessera.app/tessera.db",
  encrypted: true,
};

export const PROJECTS: ProjectSummary[] = [
  {
    id: "0193a6d2-6f1e-7c41-9a55-1b2c3d4e5f01",
    code: "EIDHR-2025-03",
    title: "Free legal aid for Roma returnees in Tuzla Canton",
    status: "active",
    start: "2025-02-01",
    end: "2027-01-31",
    currency: "EUR",
    countries: ["BA"],
    budget_total: "187450.00",
    beneficiaries: 1243,
    activities: 38,
  },
  {
    id: "0193a6d2-6f1e-7c41-9a55-1b2c3d4e5f02",
    code: "IPA-CSF-2024-11",
    title: "Youth for dialogue: round tables in Sarajevo, Podgorica and Skopje",
    status: "active",
    start: "2024-09-01",
    end: "2026-12-31",
    currency: "EUR",
    countries: ["BA", "ME", "MK"],
    budget_total: "245318.55",
    beneficiaries: 612,
    activities: 24,
  },
  {
    id: "0193a6d2-6f1e-7c41-9a55-1b2c3d4e5f03",
    code: "SDC-2026-01",
    title: "Safe at home: counselling for women survivors of violence",
    status: "pipeline",
    start: "2026-03-01",
    end: "2028-02-29",
    currency: "BAM",
    countries: ["BA"],
    budget_total: "58900.00",
    beneficiaries: 0,
    activities: 0,
  },
  {
    id: "0193a6d2-6f1e-7c41-9a55-1b2c3d4e5f04",
    code: "OSF-2022-07",
    title: "Monitoring of municipal budgets for gender equality",
    status: "closed",
    start: "2022-06-01",
    end: "2023-11-30",
    currency: "EUR",
    countries: ["BA"],
    budget_total: "17740.80",
    beneficiaries: 86,
    activities: 9,
  },
  {
    id: "0193a6d2-6f1e-7c41-9a55-1b2c3d4e5f05",
    code: "NMFA-2025-02",
    title: "Digital skills for Roma and Egyptian youth in Shkodër and Prizren",
    status: "active",
    start: "2025-05-01",
    end: "2026-10-31",
    currency: "EUR",
    countries: ["AL", "XK"],
    budget_total: "96000.00",
    beneficiaries: 301,
    activities: 17,
  },
];

export const DASHBOARD: Dashboard = {
  org_name: APP_INFO.org_name,
  projects_active: 3,
  beneficiaries: 2156,
  activities_done: 71,
  activities_planned: 17,
  deadlines: [
    { project_code: "IPA-CSF-2024-11", kind: "final", due: "2027-02-28" },
    { project_code: "EIDHR-2025-03", kind: "interim", due: "2026-12-15" },
    { project_code: "NMFA-2025-02", kind: "interim", due: "2027-01-31" },
  ],
};

const LEGAL_AID: ProjectOverview = {
  project: PROJECTS[0] as ProjectSummary,
  summary:
    "Roma families who returned to Tuzla Canton often lack birth certificates, residence registration and health insurance. The project gives free legal aid in eight municipalities, trains community paralegals and takes systemic cases to the ombudsperson.",
  lead: "Udruženje Žene za žene Tuzla",
  partners: [
    { name: "Udruženje Žene za žene Tuzla", role: "lead", country: "BA" },
    { name: "Romska udruženja Kalesija", role: "partner", country: "BA" },
    { name: "Centar za pravnu pomoć Zenica", role: "partner", country: "BA" },
    { name: "Općina Lukavac", role: "associate", country: "BA" },
  ],
  grants: [
    {
      donor: "European Union (EIDHR)",
      programme: "Country-Based Support Scheme BiH",
      contract_no: "EIDHR/2025/438-112",
      amount: "168705.00",
      currency: "EUR",
      start: "2025-02-01",
      end: "2027-01-31",
    },
    {
      donor: "Tuzla Canton — Ministry of Labour and Social Policy",
      programme: null,
      contract_no: "11-35-2156/25",
      amount: "36700.00",
      currency: "BAM",
      start: "2025-03-01",
      end: "2025-12-31",
    },
  ],
  logframe: [
    {
      level: "goal",
      ref: "OO",
      text: "Roma returnees in Tuzla Canton enjoy their civil, social and economic rights on an equal footing.",
      indicators: [],
    },
    {
      level: "objective",
      ref: "SO1",
      text: "Roma returnees obtain personal documents and access to health insurance and social assistance.",
      indicators: [
        { ref: "SO1.1", text: "Persons who obtained at least one personal document", unit: "count", baseline: "0", target: "400", actual: "268", progress: 0.67 },
        { ref: "SO1.2", text: "Share of assisted households with health insurance", unit: "percent", baseline: "41", target: "80", actual: "62.5", progress: 0.54 },
      ],
    },
    {
      level: "result",
      ref: "R1.1",
      text: "Free legal aid is available in eight municipalities.",
      indicators: [
        { ref: "R1.1.1", text: "Legal aid cases opened", unit: "count", baseline: "0", target: "600", actual: "642", progress: 1.07 },
      ],
    },
    {
      level: "result",
      ref: "R1.2",
      text: "Community paralegals are trained and active.",
      indicators: [
        { ref: "R1.2.1", text: "Paralegals certified", unit: "count", baseline: "0", target: "16", actual: null, progress: null },
      ],
    },
    {
      level: "objective",
      ref: "SO2",
      text: "Municipalities remove administrative barriers for Roma returnees.",
      indicators: [
        { ref: "SO2.1", text: "Municipal decisions changed after advocacy", unit: "count", baseline: "0", target: "4", actual: "1", progress: 0.25 },
      ],
    },
    {
      level: "result",
      ref: "R2.1",
      text: "Systemic cases are documented and brought to the ombudsperson.",
      indicators: [],
    },
  ],
  activities: [
    { title: "Training of community paralegals, module 1", kind: "training", status: "done", planned_start: "2025-04-14", municipality: "Tuzla", participants: 18 },
    { title: "Mobile legal aid days in Kalesija", kind: "legal_aid", status: "ongoing", planned_start: "2025-05-05", municipality: "Kalesija", participants: 214 },
    { title: "Round table with centres for social work", kind: "round_table", status: "done", planned_start: "2025-10-09", municipality: "Lukavac", participants: 27 },
    { title: "Information meetings in Roma settlements", kind: "information_meeting", status: "planned", planned_start: "2026-12-03", municipality: "Živinice", participants: 0 },
    { title: "Monitoring visit of the EU Delegation", kind: "monitoring_visit", status: "postponed", planned_start: "2026-11-18", municipality: "Tuzla", participants: 0 },
  ],
};

function plainOverview(project: ProjectSummary): ProjectOverview {
  return {
    project,
    summary: null,
    lead: APP_INFO.org_name,
    partners: [],
    grants: [],
    logframe: [],
    activities: [],
  };
}

export function overviewFor(id: string): ProjectOverview | undefined {
  if (id === LEGAL_AID.project.id) return LEGAL_AID;
  const project = PROJECTS.find((p) => p.id === id);
  return project ? plainOverview(project) : undefined;
}

export const DEMO_PASSPHRASE = "tessera";

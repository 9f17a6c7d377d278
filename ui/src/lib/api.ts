// The one door from the UI to the Rust core.
//
// Every screen calls the backend through `api` below, never `commands` or `invoke` directly.
// A command that fails with a typed `ApiError` becomes a thrown `ApiFailure`; the UI renders
// it through the Fluent message `error-<code>` with the error's `args` (see
// `lib/widgets/ErrorMessage.svelte`). No English error text ever crosses this boundary.

import { listen } from "@tauri-apps/api/event";
import {
  commands,
  type ApiError,
  type ConsentInfo,
  type DuplicatePair,
  type FieldIssue,
  type Likely,
  type ImportSummary,
  type PeopleExport,
  type DeviationBand,
  type DeviationNote,
  type ReportPreview,
  type SyncDone,
  type Revoked as SyncRevoked,
  type SyncView,
  type SyncShareInput,
  type SyncConflict,
  type BackupView,
  type BackupSettingsInput,
  type BackupDone,
  type RestoreDone,
  type DatabaseCheck,
  type OutboxEntry,
  type Shown,
  type ReportRequest,
  type PeopleSettings,
  type PersonDetail,
  type PersonInput,
  type PersonRow,
  type RegistryPage,
  type RowIssue,
  type TablePreview,
  type IndicatorInput,
  type MeasurementInput,
  type DirectoryEntry,
  type Municipality,
  type OrganisationInput,
  type PartnerInput,
  type PlaceInput,
  type PlanInput,
  type PlanItem,
  type PlanOverview,
  type ProjectInput,
  type ActivityDetail,
  type ActivityInput,
  type ActivitySummary,
  type ReachPeriods,
  type ServiceInput,
  type BudgetLineChoice,
  type LogoFile,
  type About,
  type NewPassphrase,
  type Profile,
  type ProfileInput,
  type BudgetVsActual,
  type BudgetLineInput,
  type FinanceSetup,
  type GrantInput,
  type RateInput,
  type RateRow,
  type ReportingPeriod,
  type TransactionInput,
  type TransactionPage,
  type TransactionView,
} from "./bindings";

// The UI's names for what the commands answer, taken from the commands themselves so they
// follow the generated bindings whatever it calls them (e.g. `AppInfo_Serialize`).
type Settled<T> = { status: "ok"; data: T } | { status: "error"; error: ApiError };
type DataOf<F> = F extends (...args: never[]) => Promise<infer R>
  ? R extends { status: "ok"; data: infer T }
    ? T
    : never
  : never;

export type {
  DeviationBand,
  DeviationNote,
  ReportPreview,
  SyncDone,
  SyncView,
  SyncShareInput,
  SyncConflict,
  BackupView,
  BackupSettingsInput,
  BackupDone,
  RestoreDone,
  DatabaseCheck,
  OutboxEntry,
  Shown,
  ReportRequest,
  BudgetVsActual,
  BudgetLineInput,
  FinanceSetup,
  GrantInput,
  RateInput,
  RateRow,
  ReportingPeriod,
  TransactionInput,
  TransactionPage,
  TransactionView,
  ApiError,
  ConsentInfo,
  DuplicatePair,
  Likely,
  ImportSummary,
  PeopleExport,
  PeopleSettings,
  PersonDetail,
  PersonInput,
  PersonRow,
  RegistryPage,
  RowIssue,
  TablePreview,
  DirectoryEntry,
  FieldIssue,
  IndicatorInput,
  MeasurementInput,
  Municipality,
  OrganisationInput,
  PartnerInput,
  PlaceInput,
  PlanInput,
  PlanItem,
  PlanOverview,
  ProjectInput,
  ActivityDetail,
  ActivityInput,
  ActivitySummary,
  ReachPeriods,
  ServiceInput,
  BudgetLineChoice,
  LogoFile,
  About,
  NewPassphrase,
  Profile,
  ProfileInput,
};
export type Attendee = ActivityDetail["attendance"][number];
export type HeadcountRow = ActivityDetail["headcounts"][number];
export type AttachmentRow = ActivityDetail["attachments"][number];
export type AppInfo = DataOf<typeof commands.appInfo>;
export type Dashboard = DataOf<typeof commands.dashboard>;
export type Deadline = Dashboard["deadlines"][number];
export type ProjectSummary = DataOf<typeof commands.listProjects>[number];
export type ProjectOverview = DataOf<typeof commands.projectOverview>;
export type PartnerRow = ProjectOverview["partners"][number];
export type GrantRow = ProjectOverview["grants"][number];
export type LogframeNode = ProjectOverview["logframe"][number];
export type IndicatorRow = LogframeNode["indicators"][number];
export type ActivityRow = ProjectOverview["activities"][number];

export type ApiErrorCode = ApiError["code"];

/**
 * Every `ApiError` code; each needs an `error-<code>` message in every locale's ui.ftl
 * (checked by src/locales.test.ts). When the generated bindings gain a code, the line
 * below stops compiling until the code is listed here.
 */
export const API_ERROR_CODES = [
  "locked",
  "no-database",
  "database-exists",
  "not-demo",
  "wrong-passphrase",
  "not-found",
  "unsupported-language",
  "invalid-input",
  "invalid-table",
  "unreadable-table",
  "sheet-not-found",
  "attachment-damaged",
  "missing-rate",
  "transaction-locked",
  "io",
  "disk-full",
  "read-only",
  "busy",
  "period-reversed",
  "invalid-date",
  "sync-not-set-up",
  "sync-already-set-up",
  "sync-folder-missing",
  "sync-not-a-share",
  "sync-share-in-use",
  "sync-other-organisation",
  "sync-device-unknown",
  "sync-device-ambiguous",
  "sync-revoke-self",
  "sync-address-invalid",
  "sync-unreachable",
  "sync-unauthorised",
  "sync-forbidden",
  "sync-share-not-found",
  "sync-server-full",
  "sync-tls",
  "sync-server-fault",
  "sync-credentials-missing",
  "sync-code-malformed",
  "sync-wrong-code",
  "sync-no-snapshot",
  "backup-not-a-backup",
  "backup-passphrase-required",
  "backup-wrong-passphrase",
  "backup-damaged",
  "backup-too-new",
  "backup-check-failed",
  "internal",
] as const;
const allCodesListed: Exclude<ApiErrorCode, (typeof API_ERROR_CODES)[number]> extends never ? true : never = true;
void allCodesListed;

/** A backend command answered with a typed error. */
export class ApiFailure extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(`api error: ${error.code}`);
    this.name = "ApiFailure";
    this.error = error;
  }

  get code(): ApiErrorCode {
    return this.error.code;
  }
}

export function isApiFailure(e: unknown): e is ApiFailure {
  return e instanceof ApiFailure;
}

/** The fields a refused form must fix (none when `e` is another failure). */
export function fieldIssues(e: unknown): FieldIssue[] {
  return isApiFailure(e) && e.error.code === "invalid-input" ? e.error.args.issues : [];
}

/**
 * Run a change from a form: `null` when it is done, else the fields the core refused (none
 * when the failure was of another kind; that one is shown as a notice by `onOther`).
 */
export async function attempt(work: () => Promise<unknown>, onOther: (e: unknown) => void): Promise<FieldIssue[] | null> {
  try {
    await work();
    return null;
  } catch (e) {
    const issues = fieldIssues(e);
    if (issues.length === 0) onOther(e);
    return issues;
  }
}

/** True when `e` is an `ApiFailure` with the given code. */
export function failedWith(e: unknown, code: ApiErrorCode): boolean {
  return isApiFailure(e) && e.error.code === code;
}

async function unwrap<T>(pending: Promise<Settled<T>>): Promise<T> {
  const result = await pending;
  if (result.status === "error") throw new ApiFailure(result.error);
  return result.data;
}

export const api = {
  appInfo: (): Promise<AppInfo> => unwrap(commands.appInfo()),
  unlock: (passphrase: string): Promise<AppInfo> => unwrap(commands.unlock(passphrase)),
  setLanguage: (lang: string): Promise<null> => unwrap(commands.setLanguage(lang)),
  lastLanguage: (): Promise<string | null> => commands.lastLanguage(),
  firstScreenShown: (): Promise<void> => commands.firstScreenShown(),
  lockAfter: (): Promise<number> => unwrap(commands.lockAfter()),
  setLockAfter: (minutes: number): Promise<null> => unwrap(commands.setLockAfter(minutes)),
  lockNow: (): Promise<boolean> => unwrap(commands.lockNow()),
  about: (): Promise<About> => commands.about(),
  changePassphrase: (passphrase: string, repeat: string): Promise<AppInfo> =>
    unwrap(commands.changePassphrase(passphrase, repeat)),
  createOurOrganisation: (input: ProfileInput, logo: LogoFile | null, lang: string, protect: NewPassphrase): Promise<AppInfo> =>
    unwrap(commands.createOurOrganisation(input, logo, lang, protect)),
  exploreDemo: (lang: string): Promise<AppInfo> => unwrap(commands.exploreDemo(lang)),
  joinOrganisation: (share: SyncShareInput, code: string, lang: string, protect: NewPassphrase): Promise<AppInfo> =>
    unwrap(commands.joinOrganisation(share, code, lang, protect)),
  removeDemo: (): Promise<null> => unwrap(commands.removeDemo()),
  organisationProfile: (): Promise<Profile> => unwrap(commands.organisationProfile()),
  updateOrganisationProfile: (input: ProfileInput): Promise<AppInfo> => unwrap(commands.updateOrganisationProfile(input)),
  setOrganisationLogo: (logo: LogoFile | null): Promise<Profile> => unwrap(commands.setOrganisationLogo(logo)),
  dashboard: (): Promise<Dashboard> => unwrap(commands.dashboard()),
  listProjects: (): Promise<ProjectSummary[]> => unwrap(commands.listProjects()),
  projectOverview: (id: string): Promise<ProjectOverview> => unwrap(commands.projectOverview(id)),
  createProject: (input: ProjectInput): Promise<string> => unwrap(commands.createProject(input)),
  updateProject: (id: string, input: ProjectInput): Promise<null> => unwrap(commands.updateProject(id, input)),
  deleteProject: (id: string): Promise<null> => unwrap(commands.deleteProject(id)),
  restoreProject: (id: string): Promise<null> => unwrap(commands.restoreProject(id)),
  addActivity: (resultId: string, title: string): Promise<string> => unwrap(commands.addActivity(resultId, title)),
  renameActivity: (id: string, title: string): Promise<null> => unwrap(commands.renameActivity(id, title)),
  moveActivity: (id: string, by: number): Promise<null> => unwrap(commands.moveActivity(id, by)),
  deleteActivity: (id: string): Promise<null> => unwrap(commands.deleteActivity(id)),
  restoreActivity: (id: string): Promise<null> => unwrap(commands.restoreActivity(id)),
  activities: (projectId: string | null): Promise<ActivitySummary[]> => unwrap(commands.activities(projectId)),
  activityDetail: (id: string): Promise<ActivityDetail> => unwrap(commands.activityDetail(id)),
  createActivity: (projectId: string, input: ActivityInput): Promise<string> =>
    unwrap(commands.createActivity(projectId, input)),
  updateActivity: (id: string, input: ActivityInput): Promise<null> => unwrap(commands.updateActivity(id, input)),
  addAttendance: (activityId: string, personId: string): Promise<boolean> =>
    unwrap(commands.addAttendance(activityId, personId)),
  removeAttendance: (activityId: string, personId: string): Promise<null> =>
    unwrap(commands.removeAttendance(activityId, personId)),
  addHeadcount: (activityId: string, gender: string, ageBand: string, count: number): Promise<string> =>
    unwrap(commands.addHeadcount(activityId, gender, ageBand, count)),
  deleteHeadcount: (id: string): Promise<null> => unwrap(commands.deleteHeadcount(id)),
  restoreHeadcount: (id: string): Promise<null> => unwrap(commands.restoreHeadcount(id)),
  attachToActivity: (activityId: string, name: string, content: string): Promise<string> =>
    unwrap(commands.attachToActivity(activityId, name, content)),
  attachmentData: (id: string): Promise<string> => unwrap(commands.attachmentData(id)),
  deleteAttachment: (id: string): Promise<null> => unwrap(commands.deleteAttachment(id)),
  restoreAttachment: (id: string): Promise<null> => unwrap(commands.restoreAttachment(id)),
  recordServices: (input: ServiceInput, people: string[], perHousehold: boolean): Promise<number> =>
    unwrap(commands.recordServices(input, people, perHousehold)),
  budgetLineChoices: (projectId: string): Promise<BudgetLineChoice[]> => unwrap(commands.budgetLineChoices(projectId)),
  projectReach: (projectId: string, from: string, to: string, lang: string): Promise<ReachPeriods> =>
    unwrap(commands.projectReach(projectId, from, to, lang)),
  addWorkPackage: (projectId: string, title: string): Promise<string> => unwrap(commands.addWorkPackage(projectId, title)),
  renameWorkPackage: (id: string, title: string): Promise<null> => unwrap(commands.renameWorkPackage(id, title)),
  deleteWorkPackage: (id: string): Promise<null> => unwrap(commands.deleteWorkPackage(id)),
  restoreWorkPackage: (id: string): Promise<null> => unwrap(commands.restoreWorkPackage(id)),
  addLogframeNode: (projectId: string, parentId: string | null, level: string, text: string): Promise<string> =>
    unwrap(commands.addLogframeNode(projectId, parentId, level, text)),
  editLogframeNode: (id: string, text: string): Promise<null> => unwrap(commands.editLogframeNode(id, text)),
  moveLogframeNode: (id: string, by: number): Promise<null> => unwrap(commands.moveLogframeNode(id, by)),
  deleteLogframeNode: (id: string): Promise<null> => unwrap(commands.deleteLogframeNode(id)),
  restoreLogframeNode: (id: string): Promise<null> => unwrap(commands.restoreLogframeNode(id)),
  addIndicator: (nodeId: string, input: IndicatorInput): Promise<string> => unwrap(commands.addIndicator(nodeId, input)),
  deleteIndicator: (id: string): Promise<null> => unwrap(commands.deleteIndicator(id)),
  restoreIndicator: (id: string): Promise<null> => unwrap(commands.restoreIndicator(id)),
  setIndicatorTarget: (indicatorId: string, periodEnd: string, value: string): Promise<string> =>
    unwrap(commands.setIndicatorTarget(indicatorId, periodEnd, value)),
  addMeasurement: (indicatorId: string, input: MeasurementInput): Promise<string> =>
    unwrap(commands.addMeasurement(indicatorId, input)),
  addAssumption: (nodeId: string, kind: string, text: string): Promise<string> =>
    unwrap(commands.addAssumption(nodeId, kind, text)),
  editAssumption: (id: string, text: string): Promise<null> => unwrap(commands.editAssumption(id, text)),
  deleteAssumption: (id: string): Promise<null> => unwrap(commands.deleteAssumption(id)),
  restoreAssumption: (id: string): Promise<null> => unwrap(commands.restoreAssumption(id)),
  planOverview: (): Promise<PlanOverview | null> => unwrap(commands.planOverview()),
  createPlan: (input: PlanInput): Promise<string> => unwrap(commands.createPlan(input)),
  addPlanItem: (planId: string, parentId: string | null, text: string): Promise<string> =>
    unwrap(commands.addPlanItem(planId, parentId, text)),
  deletePlanItem: (id: string): Promise<null> => unwrap(commands.deletePlanItem(id)),
  restorePlanItem: (id: string): Promise<null> => unwrap(commands.restorePlanItem(id)),
  linkProject: (projectId: string, objectiveId: string): Promise<null> => unwrap(commands.linkProject(projectId, objectiveId)),
  unlinkProject: (projectId: string, objectiveId: string): Promise<null> =>
    unwrap(commands.unlinkProject(projectId, objectiveId)),
  organisations: (): Promise<DirectoryEntry[]> => unwrap(commands.organisations()),
  createOrganisation: (input: OrganisationInput): Promise<string> => unwrap(commands.createOrganisation(input)),
  updateOrganisation: (id: string, input: OrganisationInput): Promise<null> =>
    unwrap(commands.updateOrganisation(id, input)),
  deleteOrganisation: (id: string): Promise<null> => unwrap(commands.deleteOrganisation(id)),
  restoreOrganisation: (id: string): Promise<null> => unwrap(commands.restoreOrganisation(id)),
  registryPage: (typed: string, offset: number, limit: number): Promise<RegistryPage> =>
    unwrap(commands.registryPage(typed, offset, limit)),
  personDetail: (id: string): Promise<PersonDetail> => unwrap(commands.personDetail(id)),
  createPerson: (input: PersonInput): Promise<string> => unwrap(commands.createPerson(input)),
  updatePerson: (id: string, input: PersonInput): Promise<null> => unwrap(commands.updatePerson(id, input)),
  deletePerson: (id: string): Promise<null> => unwrap(commands.deletePerson(id)),
  restorePerson: (id: string): Promise<null> => unwrap(commands.restorePerson(id)),
  likelyDuplicates: (input: PersonInput, editing: string | null): Promise<Likely[]> =>
    unwrap(commands.likelyDuplicates(input, editing)),
  findDuplicates: (): Promise<DuplicatePair[]> => unwrap(commands.findDuplicates()),
  mergePeople: (keep: string, other: string): Promise<null> => unwrap(commands.mergePeople(keep, other)),
  recordConsent: (id: string, consent: ConsentInfo): Promise<null> => unwrap(commands.recordConsent(id, consent)),
  withdrawConsent: (id: string, date: string): Promise<null> => unwrap(commands.withdrawConsent(id, date)),
  erasePerson: (id: string): Promise<null> => unwrap(commands.erasePerson(id)),
  peopleSettings: (): Promise<PeopleSettings> => unwrap(commands.peopleSettings()),
  setPeopleSettings: (codePrefix: string, sensitive: string[]): Promise<PeopleSettings> =>
    unwrap(commands.setPeopleSettings(codePrefix, sensitive)),
  exportPeople: (request: PeopleExport, xlsx: boolean, lang: string): Promise<string> =>
    unwrap(commands.exportPeople(request, xlsx, lang)),
  generateReport: (request: ReportRequest): Promise<ReportPreview> => unwrap(commands.generateReport(request)),
  saveReport: (): Promise<string> => unwrap(commands.saveReport()),
  openFile: (path: string): Promise<null> => unwrap(commands.openFile(path)),
  deviationBand: (): Promise<DeviationBand> => unwrap(commands.deviationBand()),
  setDeviationBand: (band: DeviationBand): Promise<DeviationBand> => unwrap(commands.setDeviationBand(band)),
  deviationNotes: (projectId: string, from: string, to: string): Promise<DeviationNote[]> =>
    unwrap(commands.deviationNotes(projectId, from, to)),
  setDeviationNote: (projectId: string, indicator: string, to: string, note: string): Promise<null> =>
    unwrap(commands.setDeviationNote(projectId, indicator, to, note)),
  reportLang: (): Promise<string | null> => unwrap(commands.reportLang()),
  setReportLang: (lang: string | null): Promise<null> => unwrap(commands.setReportLang(lang)),
  previewPeopleTable: (name: string, content: string): Promise<TablePreview> =>
    unwrap(commands.previewPeopleTable(name, content)),
  importPeopleTable: (
    name: string,
    content: string,
    mapping: (string | null)[],
    project: string,
    dryRun: boolean,
  ): Promise<ImportSummary> => unwrap(commands.importPeopleTable(name, content, mapping, project, dryRun)),
  financeSetup: (projectId: string): Promise<FinanceSetup> => unwrap(commands.financeSetup(projectId)),
  budgetVsActual: (projectId: string, from: string, to: string): Promise<BudgetVsActual> =>
    unwrap(commands.budgetVsActual(projectId, from, to)),
  transactions: (projectId: string, search: string | null, limit: number): Promise<TransactionPage> =>
    unwrap(commands.transactions(projectId, search, limit)),
  transactionInput: (id: string): Promise<TransactionInput> => unwrap(commands.transactionInput(id)),
  createTransaction: (projectId: string, input: TransactionInput): Promise<string> =>
    unwrap(commands.createTransaction(projectId, input)),
  updateTransaction: (id: string, input: TransactionInput): Promise<null> => unwrap(commands.updateTransaction(id, input)),
  deleteTransaction: (id: string): Promise<null> => unwrap(commands.deleteTransaction(id)),
  restoreTransaction: (id: string): Promise<null> => unwrap(commands.restoreTransaction(id)),
  reverseTransaction: (id: string, on: string): Promise<string> => unwrap(commands.reverseTransaction(id, on)),
  setPeriodSubmitted: (id: string, on: string | null): Promise<null> => unwrap(commands.setPeriodSubmitted(id, on)),
  exchangeRates: (): Promise<RateRow[]> => unwrap(commands.exchangeRates()),
  setExchangeRate: (projectId: string, input: RateInput): Promise<string> => unwrap(commands.setExchangeRate(projectId, input)),
  deleteExchangeRate: (id: string): Promise<null> => unwrap(commands.deleteExchangeRate(id)),
  restoreExchangeRate: (id: string): Promise<null> => unwrap(commands.restoreExchangeRate(id)),
  budgetLineInput: (id: string): Promise<BudgetLineInput> => unwrap(commands.budgetLineInput(id)),
  createBudgetLine: (projectId: string, input: BudgetLineInput): Promise<string> =>
    unwrap(commands.createBudgetLine(projectId, input)),
  updateBudgetLine: (id: string, input: BudgetLineInput): Promise<null> => unwrap(commands.updateBudgetLine(id, input)),
  deleteBudgetLine: (id: string): Promise<null> => unwrap(commands.deleteBudgetLine(id)),
  restoreBudgetLine: (id: string): Promise<null> => unwrap(commands.restoreBudgetLine(id)),
  grantInput: (id: string): Promise<GrantInput> => unwrap(commands.grantInput(id)),
  createGrant: (projectId: string, input: GrantInput): Promise<string> => unwrap(commands.createGrant(projectId, input)),
  updateGrant: (id: string, input: GrantInput): Promise<null> => unwrap(commands.updateGrant(id, input)),
  deleteGrant: (id: string): Promise<null> => unwrap(commands.deleteGrant(id)),
  restoreGrant: (id: string): Promise<null> => unwrap(commands.restoreGrant(id)),
  attachReceipt: (transactionId: string, name: string, content: string): Promise<string> =>
    unwrap(commands.attachReceipt(transactionId, name, content)),
  receipts: (transactionId: string): Promise<AttachmentRow[]> => unwrap(commands.receipts(transactionId)),
  syncStatus: (): Promise<SyncView> => unwrap(commands.syncStatus()),
  syncNow: (): Promise<SyncDone> => unwrap(commands.syncNow()),
  syncSetup: (share: SyncShareInput): Promise<string> => unwrap(commands.syncSetup(share)),
  syncRestoreConflict: (id: number): Promise<SyncView> => unwrap(commands.syncRestoreConflict(id)),
  outboxCancel: (item: number): Promise<SyncView> => unwrap(commands.outboxCancel(item)),
  queueReport: (): Promise<string> => unwrap(commands.queueReport()),
  /** Each `sync-progress` event of a running sync (bundles applied of those waiting); the stop. */
  onSyncProgress: async (then: (p: { done: number; total: number }) => void): Promise<() => void> => {
    try {
      return await listen<{ done: number; total: number }>("sync-progress", (e) => then(e.payload));
    } catch {
      return () => undefined;
    }
  },
  syncRevoke: (device: string): Promise<SyncRevoked> => unwrap(commands.syncRevoke(device)),
  backupView: (): Promise<BackupView> => unwrap(commands.backupView()),
  setBackupSettings: (input: BackupSettingsInput): Promise<BackupView> => unwrap(commands.setBackupSettings(input)),
  backupNow: (): Promise<BackupDone> => unwrap(commands.backupNow()),
  backupIfDue: (): Promise<BackupDone | null> => unwrap(commands.backupIfDue()),
  restoreBackup: (path: string, passphrase: string | null): Promise<RestoreDone> =>
    unwrap(commands.restoreBackup(path, passphrase)),
  checkDatabase: (full: boolean): Promise<DatabaseCheck> => unwrap(commands.checkDatabase(full)),
  onBackupProgress: async (then: (p: { done: number; total: number }) => void): Promise<() => void> => {
    try {
      return await listen<{ done: number; total: number }>("backup-progress", (e) => then(e.payload));
    } catch {
      return () => undefined;
    }
  },
  /** Every shipped municipality (about 800), fetched once. */
  municipalities: (() => {
    let all: Promise<Municipality[]> | null = null;
    return (): Promise<Municipality[]> => {
      all ??= commands.municipalities().catch((e: unknown) => {
        all = null;
        throw e;
      });
      return all;
    };
  })(),
};

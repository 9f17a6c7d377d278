# Tessera desktop interface — English (source language).
# Keys are prefixed by area. Numbers, amounts and dates go through NUMBER(), MONEY() and DATE().
# Every other locale's ui.ftl has exactly these keys and, per message, these variables
# (checked by ui/src/locales.test.ts).

## Application frame

app-name = Tessera
app-skip-to-content = Skip to content

## Sidebar

nav-label = Main navigation
nav-dashboard = Dashboard
nav-plan = Strategic plan
nav-projects = Projects
nav-activities = Activities
nav-beneficiaries = Beneficiaries
nav-finance = Finance
nav-reports = Reports
nav-sync = Sync
nav-settings = Settings
# Tooltip of a sidebar item, e.g. "Projects (Alt+3)".
nav-item-title = { $label } ({ $key })
nav-collapse = Collapse the sidebar
nav-expand = Expand the sidebar

## Top bar

topbar-palette = Go to a screen or project…
language-switcher-label = Interface language
sync-badge-not-set-up = Not set up
sync-badge-title = Sync between your organisation's laptops: when this one last synced and what waits. Opens the Sync screen.

## Command palette (Ctrl+K)

palette-title = Go to
palette-placeholder = Type the name of a screen, a project title or a code
palette-group-screens = Screens
palette-group-projects = Projects
palette-no-results = Nothing matches “{ $query }”.
palette-loading-projects = Loading projects…
palette-hint = ↑ ↓ to move · Enter to open · Esc to close

## Shared words

common-loading = Loading…
common-retry = Try again
common-dismiss = Dismiss
# Shown in a table cell that has no value.
common-empty-value = —
common-period = { DATE($start) } – { DATE($end) }

## Dashboard

dashboard-title = Dashboard
dashboard-subtitle = { $org } at a glance
dashboard-figures = Key figures
dashboard-card-projects-active =
    { $count ->
        [one] active project
       *[other] active projects
    }
dashboard-card-beneficiaries =
    { $count ->
        [one] beneficiary reached
       *[other] beneficiaries reached
    }
dashboard-card-activities-done =
    { $count ->
        [one] activity done
       *[other] activities done
    }
dashboard-card-activities-planned =
    { $count ->
        [one] activity planned
       *[other] activities planned
    }
dashboard-deadlines-title = Upcoming deadlines
dashboard-deadlines-empty = No deadlines ahead. The report due dates of your grants will appear here.
dashboard-due-today = due today
dashboard-due-in-days =
    { $days ->
        [one] in { $days } day
       *[other] in { $days } days
    }
dashboard-overdue-days =
    { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
    }
deadline-kind-interim = Interim report
deadline-kind-final = Final report
deadline-kind-financial-report = Financial report
deadline-kind-narrative-report = Narrative report

## Projects list

projects-title = Projects
projects-count =
    { $count ->
        [one] { $count } project
       *[other] { $count } projects
    }
projects-filter-label = Filter projects by code or title
projects-filter-placeholder = Filter by code or title
projects-filter-none = No project matches “{ $query }”.
projects-keyboard-hint = ↑ ↓ to move between projects · Enter to open · / to filter
projects-col-code = Code
projects-col-title = Title
projects-col-status = Status
projects-col-period = Period
projects-col-countries = Countries
projects-col-budget = Budget
projects-col-beneficiaries = Beneficiaries
projects-col-activities = Activities

project-status-pipeline = In preparation
project-status-active = Active
project-status-closed = Closed

## Empty states

empty-projects-title = No projects yet
empty-projects-body = Your organisation's donor-funded projects, with their logframes, grants and activities, will be listed here.
# { $command } is a command typed in a terminal; it is shown as code and never translated.
empty-import-hint = Until then, a project package can be imported with { $command }.
empty-plan-body = Your organisation's vision, mission, strategic goals and objectives, and the projects that serve them, will be shown here.
empty-activities-body = Trainings, workshops, distributions and the other activities of all your projects, with their attendance, will be listed here.
empty-beneficiaries-body = Beneficiaries and households you register will be listed here.
empty-finance-body = Grants, budgets, expenses with their receipts, and budget against actual spending will be kept here.
empty-reports-body = Narrative and financial reports for your donors, in the language each donor asks for, will be prepared here.

## Project overview

project-back = Back to projects
project-status = Status
project-period = Period
project-countries = Countries
project-budget = Budget
project-beneficiaries = Beneficiaries
project-section-summary = Summary
project-section-partners = Lead organisation and partners
project-section-grants = Grants
project-section-logframe = Logical framework
project-section-activities = Activities

partner-role-lead = Lead applicant
partner-role-partner = Partner
partner-role-associate = Associate

grants-col-donor = Donor
grants-col-programme = Programme
grants-col-contract = Contract number
grants-col-period = Period
grants-col-amount = Amount
grants-amount = { MONEY($amount, $currency) }
grants-empty = No grant is recorded for this project yet.

logframe-level-goal = Overall objective
logframe-level-objective = Specific objective
logframe-level-result = Expected result
logframe-empty = The logical framework of this project is still empty.

indicator-col-indicator = Indicator
indicator-col-baseline = Baseline
indicator-col-target = Target
indicator-col-actual = Achieved
indicator-col-progress = Progress
indicator-progress = { NUMBER($progress, style: "percent") } of target
indicator-no-measurement = No measurement yet
indicator-target-reached = Target reached
indicator-aggregation-sum = sum of measurements
indicator-aggregation-latest = latest value
indicator-aggregation-max = highest value
indicator-unit-count = number
indicator-unit-percent = percent
indicator-unit-yes-no = yes/no
indicator-unit-text = text

activities-col-title = Activity
activities-col-type = Type
activities-col-status = Status
activities-col-date = Planned for
activities-col-municipality = Municipality
activities-col-participants = Participants
activities-empty = No activities are planned for this project yet.

activity-type-training = Training
activity-type-workshop = Workshop
activity-type-information-meeting = Information meeting
activity-type-forum = Forum
activity-type-round-table = Round table
activity-type-campaign = Campaign
activity-type-research = Research
activity-type-advocacy-initiative = Advocacy initiative
activity-type-distribution = Distribution
activity-type-legal-aid = Legal aid
activity-type-psychosocial-support = Psychosocial support
activity-type-monitoring-visit = Monitoring visit
activity-type-other = Other

activity-status-planned = Planned
activity-status-ongoing = Ongoing
activity-status-done = Done
activity-status-postponed = Postponed
activity-status-cancelled = Cancelled

## Settings

settings-title = Settings
settings-language-title = Language
settings-language-label = Interface language
settings-language-help = The language of menus and screens on this laptop. Each report can be written in another language.
settings-org-title = Organisation
settings-org-name = Name
settings-org-short-name = Short name
settings-org-country = Country
settings-org-currency = Base currency
settings-db-title = Database
settings-db-path = Location
settings-db-encryption = Encryption
settings-db-encrypted-yes = Encrypted with a passphrase
settings-db-encrypted-no = Not encrypted

## Unlock

unlock-title = Unlock the database
unlock-body = Your organisation's data on this laptop is encrypted. Enter the passphrase to open it.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-working = Unlocking…

## Errors (one message per ApiError code: error-<code>, with the error's args)

error-unexpected = Tessera could not reach its database. Close the app and open it again; if it happens again, contact your support.

# Editing projects and logframes
common-save = Save
common-cancel = Cancel
common-delete = Delete
common-undo = Undo
common-actions = Actions
field-date-help = As 31.03.2026 or 2026-03-31.
project-new = New project
project-new-title = New project
project-field-code = Code
project-field-code-help = A short code the organisation knows it by, for example RISE-2026.
project-field-title = Title
project-field-start = Start
project-field-end = End
project-field-currency = Currency
project-field-countries-help = ISO codes separated by commas, for example AL, XK, MK.
logframe-add-goal = Add the goal
logframe-add-objective = Add specific objective
logframe-add-result = Add result
logframe-new-goal = Overall goal
logframe-new-objective = New specific objective
logframe-new-result = New expected result
logframe-field-text = Text
logframe-keyboard-hint = F2 renames · Delete deletes · Alt+↑/↓ moves
logframe-delete-confirm = Delete { $ref } and everything under it?
logframe-deleted = { $ref } deleted.
indicator-add = Add indicator
indicator-field-text = Indicator
indicator-field-unit = Unit
indicator-field-aggregation = How measurements add up
indicator-field-target = Target at the end of the project
measurement-add = Record measurement
measurement-field-date = Date
measurement-field-value = Value
measurement-field-source = Source / means of verification

# Dashboard: pace and activities
dashboard-behind-title = Indicators behind schedule
dashboard-behind-empty = Every indicator is on pace with its target, or has none yet.
dashboard-behind-figures = { NUMBER($achieved) } of { NUMBER($expected) } expected by today (target { NUMBER($target) })
dashboard-behind-more =
    { $count ->
        [one] and { $count } more
       *[other] and { $count } more
    }
dashboard-week-title = Activities this week
dashboard-week-empty = No activity is planned to start this week.
dashboard-overdue-title = Overdue activities
dashboard-overdue-empty = No planned activity is past its dates.

# Project actions
project-edit = Edit
project-edit-title = Edit project
project-close = Close project
project-closed = Project { $code } closed.
project-deleted = Project { $code } deleted.
project-delete-confirm = Delete project { $code } with everything in it?
common-saved = Saved.

# Strategic plan
plan-title = Strategic plan
plan-empty-title = No strategic plan yet
plan-empty-body = Set out the organisation’s plan for a period; its progress comes from the projects linked to its objectives.
plan-field-title = Title
plan-field-start = From
plan-field-end = To
plan-field-vision = Vision
plan-field-mission = Mission
plan-create = Start the plan
plan-add-goal = Add strategic goal
plan-new-goal = New strategic goal
plan-add-objective = Add strategic objective
plan-new-objective = New strategic objective
plan-goals-empty = The plan has no strategic goals yet.
plan-no-progress = no measured progress yet
plan-unlink = Unlink
plan-link-project = Link a project…
plan-link = Link
plan-item-deleted = { $code } deleted.
target-set = Set target
target-field-period-end = End of the period
target-field-period-end-help = The target for the period ending on this day; the latest one is the end-of-project target.
dashboard-plan-title = Strategic plan
dashboard-plan-empty = No strategic plan yet.
dashboard-plan-start = Start it

## Organisations directory
organisation-kind-ngo = NGO
organisation-kind-public-authority = Public authority
organisation-kind-donor = Donor
organisation-kind-network = Network
organisation-kind-private = Private company
organisation-kind-other = Other
nav-organisations = Organisations
org-title = Organisations
org-intro = Partners, donors, sub-grantees and authorities: one list that projects and grants choose from.
org-new = New organisation
org-edit-title = Edit organisation
org-field-name = Name
org-field-short-name = Short name
org-field-kind = Kind
org-field-country = Country
org-field-country-help = ISO code, for example AL or XK.
org-projects = Projects
org-grants = Grants
org-owner = This organisation
org-empty = No other organisations yet. Add the partners, donors and authorities your projects work with.
org-search = Search organisations
org-no-match = No organisation matches “{ $query }”.
org-deleted = { $name } deleted.
org-delete-confirm = Delete { $name } from the directory?
org-edit = Edit
project-field-lead = Lead applicant
project-field-partners = Partners
project-partner-add = Add a partner…
project-partner-remove = Remove { $name }
project-partners-none = No partners yet.
project-field-municipalities = Municipalities
project-municipality-search = Type a municipality…
project-municipality-remove = Remove { $name }
project-municipalities-none = No municipalities chosen.

## Assumptions and risks, disaggregation, indicator chart
assumption-kind-assumption = Assumption
assumption-kind-risk = Risk
gender-female = Female
gender-male = Male
gender-other = Other
gender-undisclosed = Prefer not to say
logframe-assumptions = Assumptions and risks
logframe-add-assumption = Add assumption
logframe-add-risk = Add risk
logframe-new-assumption = New assumption
logframe-new-risk = New risk
assumption-deleted = { $kind } deleted.
measurement-disaggregation = Disaggregation (optional)
measurement-field-gender = Gender
measurement-field-age-band = Age band
measurement-field-municipality = Municipality
measurement-any = All
indicator-chart = { $text }: achieved over time, against the target

## Work packages
project-section-work-packages = Work packages
wp-add = Add work package
wp-new = New work package
wp-field-title = Title
wp-rename = Rename
wp-empty = No work packages yet.
wp-deleted = { $code } deleted.
wp-activities = Activities: { NUMBER($count) }

## Activities in the logframe
logframe-level-activity = Activity
logframe-add-activity = Add activity
logframe-new-activity = New activity
## People: field labels (forms, the import's mapping step; a table's header may be any language's)
people-field-code = Code
people-field-first_name = First name
people-field-last_name = Last name
people-field-gender = Gender
people-field-birth_year = Birth year
people-field-country = Country
people-field-municipality = Municipality
people-field-settlement = Settlement
people-field-household = Household
people-field-household_size = Household size
people-field-ethnicity = Ethnicity
people-field-disability = Disability
people-field-consent_date = Consent date
people-field-consent_purposes = Consent purposes
people-field-consent_withdrawn = Consent withdrawn
## What people type in a table's cells, comma-separated (compared without case, diacritics or script)
people-words-gender-female = f, woman, w, girl
people-words-gender-male = m, man, boy
people-words-gender-other = o
people-words-gender-undisclosed = prefer not to say, not stated, n/a
people-words-yes = y, yes, true
people-words-no = n, no, false

## The beneficiary registry
people-intro = People, households and organisations your organisation serves. The code comes first; names only where people agreed.
people-import = Import from a table
people-new = Register a person
people-search = Search by code or name, in any script
people-count = { $count ->
    [one] one person
   *[other] { NUMBER($count) } people
}
people-col-name = Name
people-no-name = (no name recorded)
people-no-match = No one matches “{ $query }”.
people-list-keys = ↑↓ to move, Enter to open, / to search, Ctrl+N to register
people-registered = { $code } registered.
people-edit-title = Edit { $code }
people-code-next = The code will be { $prefix }-… (the next free number).
people-names-help = Names are optional: the code is enough.
people-municipality-help = Type it in any script; the list suggests it.
people-sensitive = Sensitive (special-category) data
common-yes = Yes
common-no = No
people-back = Back to the list
people-edit = Edit
people-delete-confirm = Delete { $code }? They leave the registry and the counts; Undo brings them back.
people-deleted = { $code } deleted.
people-erased-badge = Personal data erased
people-withdrawn-badge = Consent withdrawn
people-household-line = { $code }: { $size } people, { $members } registered
people-consent = Consent
people-consent-given = Given on { DATE($date) } for: { $purposes }.
people-consent-recorded-by = Recorded by { $name }.
people-consent-withdrawn-on = Withdrawn on { DATE($date) }: not in new attendance or exports.
people-consent-none = No consent recorded yet.
people-consent-recorded-by-label = Recorded by (staff member)
people-consent-withdraw-date = Withdrawn on
people-consent-withdraw = Withdraw consent
people-consent-correct = Correct the consent
people-consent-record = Record consent
people-erase = Erase personal data
people-erase-confirm = Erase { $code }’s names, birth year, settlement, contact and sensitive fields — from this laptop now and from every other laptop at its next sync? The code, gender and municipality stay, so counts stay right. This cannot be undone.
people-erased = { $code }: personal data erased.
people-services = Services
people-services-none = No services recorded.
people-attendance = Attendance
people-attendance-none = No attendance recorded.
consent-purpose-services = Services
consent-purpose-reporting = Reporting to donors
consent-purpose-contact = Contact
consent-purpose-photos = Photos
people-import-title = Import people from a table
people-import-intro = A CSV or XLSX file with a header row. Say which field each column is, check, then import — all rows or none.
people-import-file = File
people-import-project = Project
people-import-rows = { $count ->
    [one] One row below the header.
   *[other] { NUMBER($count) } rows below the header.
}
people-import-remembered = The fields of these columns are the ones chosen last time.
people-import-field-of = Field of the column “{ $column }”
people-import-skip = (leave out)
people-import-check = Check
people-import-run = Import
people-import-ok = { $count ->
    [one] The row can be imported ({ $households } new households).
   *[other] All { NUMBER($count) } rows can be imported ({ $households } new households).
}
people-import-done = { $count ->
    [one] Imported one person.
   *[other] Imported { NUMBER($count) } people.
}
people-import-at = Row { $row }, “{ $column }”:
settings-people-title = People registry
settings-code-prefix = Prefix of people’s codes
settings-code-prefix-help = New people get codes like { $example }. Leave it empty to use the organisation’s short name.
settings-sensitive-title = Sensitive fields
settings-sensitive-help = Ethnicity, disability and vulnerability are special-category personal data (GDPR art. 9 and the data-protection laws of the region): record them only when your work needs them and the people agreed. Each stays hidden everywhere until it is switched on here.
settings-sensitive-ethnicity = Ethnicity
settings-sensitive-disability = Disability
settings-sensitive-vulnerability = Vulnerability tags

## Likely duplicates
people-likely-intro = { $count ->
    [one] This may be someone already registered:
   *[other] These { $count } may be someone already registered:
}
people-likely-open = Open
people-likely-anyway = Open them to check; or save again to register a new person.
people-likely-register-anyway = Register anyway
people-duplicates-title = Likely duplicates
people-duplicates-intro = People who may have been registered twice: in another script, with a typo, with first and last name swapped, or a birth year one off. Merge them, or say they are not the same.
people-duplicates-none = No likely duplicates.
people-duplicates-count = { $count ->
    [one] One pair to decide.
   *[other] { NUMBER($count) } pairs to decide.
}
people-duplicates-likeness = How alike they are
people-merged = { $other } merged into { $kept }.
people-merge-confirm = Merge { $other } into { $kept }? { $other } is deleted; every service and attendance of both is kept with { $kept }, and { $kept }’s empty fields take { $other }’s values.
people-merge = Merge
people-merge-into = Keep { $code }
people-not-same = Not the same person

## Registry export
people-export = Export
people-export-title = Export the registry
people-export-intro = A spreadsheet for the organisation’s own work: codes always; names and sensitive fields only when you ask for them. People who withdrew their consent are left out.
people-export-everyone = Everyone
people-export-format = Format
people-export-names = Include first and last names
people-export-names-warning = The file will hold personal data: keep it on an encrypted disk and delete it when done.
people-export-done = Saved to { $path }.

people-import-likely = { $count ->
    [one] One row may be someone already registered (you can import and merge later, or fix the file):
   *[other] { NUMBER($count) } rows may be someone already registered (you can import and merge later, or fix the file):
}
people-import-at-row = Row { $row }:
people-household-help = Type a household’s code: an existing one, or a new one is made.
people-household-members = Members
people-field-vulnerability = Vulnerability tags
people-vulnerability-help = Separated by commas: single parent, no documents, …
service-kind-food-package = Food package
service-kind-hygiene-package = Hygiene package
service-kind-legal-aid = Legal aid
service-kind-counselling = Counselling
service-kind-training-attendance = Training attendance
service-kind-referral = Referral
service-kind-psychosocial-support = Psychosocial support
service-kind-other = Other
age-band-0-17 = 0–17
age-band-18-29 = 18–29
age-band-30-59 = 30–59
age-band-60-plus = 60 and over
age-band-unknown = Age unknown
activities-intro = Trainings, forums, distributions and the other activities of your projects: who came, what they received, and the sheets they signed.
activity-new = New activity
activity-edit-title = Edit the activity
activity-edit = Edit
activity-back = Back to the activities
activity-field-project = Project
activity-field-result = Result
activity-no-result = No result
activity-field-title = Title
activity-field-type = Type
activity-field-status = Status
activity-field-planned-start = Planned start
activity-field-planned-end = Planned end
activity-field-actual-start = Held from
activity-field-actual-end = Held until
activity-field-description = Description
activity-field-reason = Reason (shown in the report)
activity-field-country = Country
activity-field-municipality = Municipality
activity-field-settlement = Settlement
activity-field-venue = Venue
activity-field-responsible = Responsible person or partner
activity-planned = Planned
activity-held = Held
activity-delete-confirm = Delete “{ $title }” with its attendance, head-counts and sheets? You can undo it.
activity-deleted = “{ $title }” deleted.
attendance-title = Attendance
attendance-add = Add a registered person
attendance-add-help = Type a name or code, choose with ↓ and ↑, Enter adds; then the next.
attendance-already = already here
attendance-empty = No one is ticked as attending yet.
attendance-organisation = organisation
attendance-remove = Remove { $name } from the attendance
attendance-removed = { $name } is no longer ticked as attending.
headcount-title = Head-count
headcount-intro = Anonymous participants of a public event, counted by gender and age band — reported beside the registered people, never added to them.
headcount-age-band = Age band
headcount-count = Number
headcount-add = Add
headcount-remove = Remove this head-count
headcount-removed = Head-count removed.
attachments-title = Attendance sheets and evidence
attachments-intro = Photos or scans of the signed sheets and the agenda: kept on this laptop by their fingerprint, so the same file is stored once.
attachments-add = Attach photos or scans…
attachments-uploading = Attaching…
attachments-remove = Remove { $name }
attachment-removed = { $name } removed.
reach-title = Reached by { $code }
reach-intro = Unique people who attended a held activity or received a service, from the project's start to today; each person once.
reach-people = People reached
reach-organisations = Organisations served
reach-headcount = Head-counts (beside)
activities-search = Find an activity…
activities-all-projects = All projects
activities-view = View
activities-view-list = List
activities-view-calendar = Calendar
activities-view-plan = Work plan
activities-no-match = No activity matches “{ $query }”.
calendar-previous = Previous month
calendar-next = Next month
plan-choose-project = Choose a project above to see its work plan: its activities by result, planned and held, over its months.
activity-field-ref = Activity code
service-title = Record a service
service-recipients = Recipients: { NUMBER($count) }
service-record = Record
service-recorded = { $kind } recorded. Recipients: { NUMBER($count) }.
service-field-kind = Service
service-field-date = Date
service-field-quantity = Quantity
service-per-household = One per household (to its first registered member)
service-for-attendees = Record a service for those who attended
service-for-listed = Record a service for those listed
reach-from = From
reach-to = To
reach-in-period = In the period
reach-since-start = Since the start
reach-total = Total
reach-by-gender-age = By gender and age band (in the period)
reach-by-municipality = By municipality (in the period)
reach-no-municipality = Municipality not recorded
reach-bad-period = Write both dates as 31.03.2026 or 2026-03-31, the end not before the start.
activity-field-budget-lines = Budget lines it spends from
rate-field-date = Date
rate-field-from = From currency
rate-field-to = To currency
rate-field-rate = Rate
rate-field-source = Source
transaction-kind-expense = Expense
transaction-kind-income = Income
transaction-kind-transfer = Transfer
payment-method-bank = Bank
payment-method-cash = Cash
exchange-rule-contract-rate = Contract rate
exchange-rule-inforeuro-invoice-month = InforEuro rate of the invoice month
exchange-rule-inforeuro-payment-month = InforEuro rate of the payment month
exchange-rule-transaction-rate = The transaction's own rate
exchange-rule-period-average = Average of the period's monthly rates
transaction-field-ref = Ref
transaction-field-kind = Type
transaction-field-invoice-date = Invoice date
transaction-field-booking-date = Booking date
transaction-field-payment-date = Payment date
transaction-field-amount = Amount
transaction-field-currency = Currency
transaction-field-rate = Exchange rate
transaction-field-budget-line = Budget line
transaction-field-grant = Grant
transaction-field-share = Share
transaction-field-partner = Partner
transaction-field-payee = Payee
transaction-field-document-no = Document number
transaction-field-method = Payment method
transaction-field-description = Description
transaction-field-reverses = Reverses
finance-intro = One project's money in its currency: budget vs actual, transactions, exchange rates and reporting periods.
finance-project = Project
finance-no-projects = There is no project yet: create one or import a package first.
finance-tab-budget = Budget vs actual
finance-tab-transactions = Transactions
finance-tab-rates = Exchange rates
finance-tab-periods = Reporting periods
finance-window = Period
finance-window-to-date = From the start to today
finance-window-whole = The whole project
finance-budget = Budget
finance-spent-period = Spent in the period
finance-spent-cumulative = Spent from the start
finance-remaining = Remaining
finance-percent-spent = % spent
finance-col-heading = Heading and budget line
finance-warnings = Warnings
finance-no-warnings = No warnings for this period.
finance-warning-heading-deviation = { $heading }: { $percent } % of its budget spent (limit { $limit } %).
finance-warning-indirect-above-rate = Indirect costs are { $percent } % of the direct costs, above the grant's { $limit } %.
finance-warning-subgrant-above-60000 = Sub-grant { $subgrant } is above EUR 60 000.
finance-by-grant = Each grant's part
finance-grant-amount = Grant amount
finance-no-budget = This project has no budget lines yet: add the first with New budget line (Ctrl+N).
finance-open-rates = Open the exchange rates
budget-heading-1 = Human resources
budget-heading-2 = Travel
budget-heading-3 = Equipment and supplies
budget-heading-4 = Local office
budget-heading-5 = Other costs and services
budget-heading-6 = Other (financial support to third parties)
budget-heading-7 = Subtotal direct costs
budget-heading-8 = Indirect costs
budget-heading-9 = Total eligible costs
transactions-new = New transaction
transactions-edit-title = Transaction { $ref }
transactions-help = Enter moves to the next field and books on the last; Ctrl+S books from any field. The date, currency, budget line, grant and method stay for the next one.
transactions-book = Book
transactions-booked = Transaction { $ref } booked.
transactions-deleted = Transaction { $ref } deleted.
transactions-reversed = Reversing entry { $ref } booked.
transactions-no-line = No budget line
transactions-no-grant = No grant
transactions-share = Share in %
transactions-add-split = Split with another grant
transactions-more = Type, invoice and payment dates, own rate
transactions-rate-help = Units of this currency per one of the project's; empty: the grant's rule.
transactions-locked = In a submitted report
transactions-locked-help = This transaction is in a submitted report and cannot be changed. Correct it with a reversing entry dated in an open period; both stay visible.
transactions-reverse-on = Reversing entry dated
transactions-reverse = Book the reversing entry
transactions-reverses = Reverses { $ref }
transactions-reversed-by = Reversed by { $ref }
transactions-search = Search by payee, document, description or ref
transactions-shown = Showing the first { $shown } of { $total }: search to narrow.
transactions-empty = No transaction is booked for this project yet: enter the first above, or import a table with tessera import transactions.
transactions-col-date = Date
transactions-col-who = Payee and description
transactions-col-converted = In { $currency }
transactions-missing-rate = No rate for { $currency } in { $month }
rates-new = Enter an exchange rate
rates-help = Units of the second currency per one of the first, as InforEuro publishes them (EUR → ALL 139,87); a month's rate is dated its 1st. A rate for the same date, currencies and source replaces the old one.
rates-saved = Exchange rate saved.
rates-deleted = Exchange rate deleted.
rates-empty = No exchange rate yet: enter one above, or import the InforEuro table with tessera import exchange-rates.
periods-help = Marking a period submitted locks every transaction dated up to its end, so the report's figures stay as submitted; a correction is then a reversing entry.
periods-locked-until = Transactions dated up to { DATE($until) } are locked.
periods-empty = The project's grants have no reporting periods.
periods-col-kind = Report
periods-col-period = Period
periods-col-due = Due
periods-col-status = Status
periods-open = Open
periods-submitted = Submitted { DATE($on) }
periods-submit = Mark submitted
periods-reopen = Reopen
periods-confirm = Lock every transaction dated up to { DATE($end) }?
periods-submitted-done = Period marked submitted: its transactions are locked.
periods-reopened = Period reopened.
budget-line-new = New budget line
budget-line-edit = Budget line { $ref }
budget-line-heading = Heading
budget-line-unit = Unit
budget-line-quantity = Quantity
budget-line-unit-cost = Unit cost ({ $currency })
budget-line-total = Total
budget-line-funded-by = Funded by
budget-line-own = Own co-financing
budget-line-deleted = Budget line { $ref } deleted.
finance-tab-grants = Grants
grant-new = New grant
grant-edit = Grant { $ref }
grant-deleted = Grant { $ref } deleted.
grant-field-amount = Amount ({ $currency })
grant-field-start = Start
grant-field-end = End
grant-field-cofinancing = Co-financing (%)
grant-field-indirect = Indirect costs (% of direct)
grant-field-rule = Exchange-rate rule
grant-field-contract-rate = Contract rate (units per 1)
grant-field-reports = Reporting schedule
grant-add-period = Add a reporting period
transactions-receipt-add = Receipt (scan or photo)
transactions-receipts = Receipts attached: { NUMBER($count) }
finance-burn-rate = Spent per month
finance-months-elapsed = Months from the start: { NUMBER($months) }
finance-projected = Projected at the end
finance-months-left = Months left: { NUMBER($months) }
finance-cofinancing = Co-financing achieved
finance-cofinancing-required = Required: { $amount }
finance-warning-outside-grant-period = Charged to a grant outside its period: { $refs }.
measurement-field-country = Country
reports-intro = A donor report for one project and period, in any of the seven languages: preview its pages, then save the PDF.
reports-no-projects = There are no projects yet: a report is made for a project.
reports-project = Project
reports-period = Reporting period
reports-template = Template
reports-template-eu = EU narrative and financial report
reports-template-eu-about = Annex VI structure, financial statement, expenditure annex.
reports-template-itt = Indicator tracking table
reports-template-itt-about = One landscape table: targets, actual per quarter, deviation notes.
reports-template-generic = Progress report
reports-template-generic-about = For boards, municipalities and smaller donors, with a budget chart.
reports-language = Language of the report
reports-generate = Preview
reports-generating = Generating the report…
reports-save = Save as PDF
reports-saved = Saved to { $path }.
reports-open = Open
reports-preview = Preview
reports-preview-empty = Choose the period, template and language, then Preview (Ctrl+Enter) to see the report's pages.
reports-pages = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} · { $name }
reports-page = Page { $page } of { $pages }
reports-preview-failed = The pages cannot be shown here, but the report is ready ({ $pages } pages): save it and open it.
settings-reports-title = Reports
settings-deviation-help = The indicator tracking table asks for a deviation note when an indicator's achievement falls outside this band of its target.
settings-deviation-low = Below (% of target)
settings-deviation-high = Above (% of target)
sync-badge-syncing = Syncing…
sync-badge-unreachable = Folder not reachable
sync-badge-problems = { $count } files refused
sync-badge-pending = { $count } changes to send
sync-badge-synced = Synced { $when }
sync-badge-never = Not synced yet
sync-badge-title-not-set-up = Sync between your organisation's laptops is not set up yet: set it up on the Sync screen.
sync-done = Synced: { $bundles } bundles received ({ $changes } changes), { $sent } changes sent.
sync-revoked = Device revoked: its bundles are refused from now on, and the other laptops get a new organisation key at their next sync. Old enrolment codes no longer work: the new one is shown.
sync-busy = Syncing…
sync-now = Sync now
sync-code-title = Enrolment code
sync-code-help = Give this code to a colleague whose laptop should join. Keep it secret, like a key: anyone with it and the folder can read the organisation's data.
sync-code-join = On the other laptop: { $kind ->
    [webdav] tessera sync join --webdav { $folder }
    [s3] tessera sync join --s3 { $folder }
   *[folder] tessera sync join --folder { $folder }
 }, then type the code.
sync-code-copy = Copy the code
sync-setup-title = Set up sync on this laptop
sync-setup-help = Pick where your laptops meet: a folder that Nextcloud, Syncthing, a network share or a USB stick keeps in step, or your WebDAV server or S3 bucket directly. Tessera writes its encrypted changes there; nobody without the enrolment code can read them.
sync-folder = Shared folder
sync-setup = Set up
sync-join-help = Joining an organisation that already syncs: on a new laptop, choose “Join our organisation” on the welcome screen and type the code a colleague gives you (or run tessera sync join).
sync-last = Last sync
sync-never = never
sync-pending = Changes waiting to go out
sync-sent = Bundles sent
sync-received = Bundles received
sync-conflicts = Conflicts resolved
sync-quarantined = Waiting for the clock
sync-devices = Devices
sync-device-name = Device
sync-device-id = Id
sync-this-device = this laptop
sync-device-revoked = revoked
sync-revoke = Revoke
sync-revoke-confirm = Revoke { $name }? Its bundles from now on are refused on every laptop; use it for a lost or stolen laptop.
sync-problems = Files not applied
sync-kind = Where the share is
sync-kind-folder = Shared folder
sync-kind-webdav = WebDAV server
sync-kind-s3 = S3 bucket
sync-kind-folder-help = kept in step by Nextcloud, Syncthing, a network share or a USB stick
sync-kind-webdav-help = your Nextcloud or ownCloud, or any WebDAV server, reached directly
sync-kind-s3-help = an S3-compatible bucket: MinIO, Garage or a cloud provider
sync-address-folder = Shared folder
sync-address-webdav = WebDAV address
sync-address-s3 = Bucket address (https://host/bucket)
sync-user = User name
sync-password = Password
sync-access-key = Access key
sync-secret-key = Secret key
sync-region = Region (optional)
sync-credentials-help = The password is kept sealed for this laptop only. For Nextcloud, make an app password (Settings → Security) rather than giving your own.
sync-progress = { $done } of { $total } bundles
sync-outbox = Outbox
sync-outbox-empty = Nothing waits to be sent. A report queued on the Reports screen goes to the share's outbox folder with the next sync.
sync-outbox-file = File
sync-outbox-queued = Queued
sync-outbox-state = State
sync-outbox-waiting = Waiting for the share
sync-outbox-retry = Waiting; tries again { $when }
sync-outbox-sent = Sent
sync-outbox-sent-at = Sent { $when }
sync-outbox-cancelled = Cancelled
sync-outbox-cancel = Cancel sending
sync-outbox-cancel-confirm = Cancel sending { $name }? The copy waiting here is dropped.
sync-journal = Conflicts resolved
sync-journal-empty = No conflicts: no two laptops changed the same field at the same time.
sync-journal-help = When two laptops changed the same field, the later change was kept on every laptop. The other value is kept here: restore it if it was the right one.
sync-journal-record = Record
sync-journal-kept = Kept
sync-journal-overwritten = Overwritten
sync-journal-by = { $name }, { $when }
sync-journal-restore = Restore the other value
sync-journal-restored = The other value is back; the other laptops get it at their next sync.
sync-journal-binary = { $bytes } bytes
sync-table-beneficiaries = Person
sync-table-projects = Project
sync-table-transactions = Transaction
sync-table-activities = Activity
sync-table-indicators = Indicator
sync-table-households = Household
sync-badge-server-unreachable = Server not reachable
reports-queue = Queue for sending
reports-queue-help = Send it to the share's outbox folder with the next sync: at once when the share can be reached, else as soon as it can.
reports-queued = { $name } waits in the outbox; it goes with the next sync.
settings-backup-title = Backups
settings-backup-help = A backup is one file with the whole database and its attachment files. Keep backups off this laptop: on a USB stick or in a synced folder.
settings-backup-folder = Folder for backups
settings-backup-folder-placeholder = /media/usb/Tessera or ~/Tessera backups
settings-backup-every = Automatic backup
settings-backup-every-off = Off
settings-backup-every-daily = Every day
settings-backup-every-weekly = Every week
settings-backup-keep = Backups kept
settings-backup-last = Last backup on this laptop: { $when }.
settings-backup-never = No backup has been made on this laptop yet.
settings-backup-encrypted = Backups are encrypted with the database’s passphrase.
settings-backup-plain = Backups are not encrypted, as the database has no passphrase: keep them somewhere safe.
settings-backup-now = Back up now
settings-backup-progress-label = Backup in progress
settings-backup-none = The folder holds no backups yet.
settings-backup-col-file = File
settings-backup-col-made = Made
settings-backup-col-size = Size
settings-backup-restore = Restore…
settings-backup-restore-other = Restore another backup file
settings-backup-restore-confirm = Replace the database with the backup { $name }? It is checked first; the database now in use is kept beside it and nothing is deleted.
settings-backup-restore-passphrase = Passphrase of the backup (only when it is not this database’s)
settings-backup-restore-do = Restore
backup-done = Backup written: { $name } ({ $size }).
backup-restored = Restored the backup of { $date } ({ $organisation }). The previous database is kept as { $kept }.
backup-restored-new = Restored the backup of { $date } ({ $organisation }).
settings-check-title = Check the database
settings-check-help = Checks the database file, that the change log agrees with the tables, and every attachment file against its checksum.
settings-check-now = Check now
settings-check-running = Checking…
settings-check-ok = Everything is intact: the file, { NUMBER($rows) } rows against the change log, { NUMBER($files) } attachment files.
settings-check-file-bad = The database file is damaged.
settings-check-log-bad = { NUMBER($count) } rows differ from what the change log says.
settings-check-files-damaged = Changed since they were attached: { $names }
settings-check-files-missing = Not on this laptop ({ NUMBER($count) }; added on another laptop, or removed from the folder): { $names }
settings-check-way-out = Restore the last good backup (above): the damaged database is kept beside it, nothing is deleted.
settings-passphrase-title-set = Change the passphrase
settings-passphrase-title-new = Encrypt with a passphrase
settings-passphrase-help = The whole database is written anew under the new passphrase; if anything interrupts it, the database stays as it was. Backups made before keep the passphrase they were made with.
settings-passphrase-new = New passphrase
settings-passphrase-repeat = Repeat it
settings-passphrase-save = Encrypt with this passphrase
settings-passphrase-done = The database is now encrypted with the new passphrase.
app-damaged = This database did not pass its check at start: part of it is damaged. Restore the last good backup in Settings → Backups; the damaged database is kept beside it.
app-damaged-open = Open Settings
welcome-title = Welcome to Tessera
welcome-body = Your organisation's plan, projects, people and finances, kept on this laptop and working without internet. How would you like to start?
welcome-create-title = Create our organisation
welcome-create-body = Start with your own organisation: its name, country and currency. Projects, people and finances come next.
welcome-create-help = All of this can be changed later in Settings.
welcome-create-submit = Create the organisation
welcome-create-working = Creating…
welcome-demo-title = Explore the demo
welcome-demo-body = A made-up organisation with projects, people and finances, to try everything. Remove it when you are ready to start.
welcome-demo-working = Preparing the demo…
welcome-protect-title = Protect the data
welcome-protect-encrypt = Encrypt the database with a passphrase (recommended)
welcome-protect-warning = Write the passphrase down and keep it somewhere safe. Without it nobody can open the data — not you, not a colleague, not Tessera’s makers: a lost passphrase cannot be recovered.
welcome-protect-off = Without a passphrase, anyone who has this laptop or its disk can read the records of the people you serve.
settings-org-short-name-help = Used in people’s codes (RAA-0001) and on reports.
settings-org-currency-help = The currency the books are kept in.
settings-org-fiscal-year = Financial year starts in
settings-org-choose = Choose…
settings-org-logo = Logo
settings-org-logo-help = PNG or JPEG, at most 2 MB: shown on report covers.
settings-org-logo-pick = Choose a file…
settings-org-logo-change = Change…
settings-org-logo-remove = Remove
settings-org-logo-preview = The organisation’s logo
common-back = Back
form-problems =
    { $count ->
        [one] One field needs attention.
       *[other] { $count } fields need attention.
    }
error-no-database = There is no database yet: create your organisation or explore the demo first.
error-not-demo = This is your organisation’s database, not the demo: it is not removed.
demo-banner-title = Demo organisation.
demo-banner-body = Everything here is made up, to try Tessera. Remove it to create your own organisation.
demo-remove = Remove the demo…
demo-remove-ask = Remove the demo organisation and all its made-up data from this laptop? The welcome screen follows.
demo-remove-yes = Remove the demo
dashboard-start-title = Start with your first project
dashboard-start-body = A project holds its logframe, budget, activities and the people it reaches. Create one here, or import a project package a partner sent you.
settings-org-save = Save the profile
settings-org-saved = Profile saved
welcome-join-title = Join our organisation
welcome-join-body = A colleague already uses Tessera: join with the enrolment code they give you, and this laptop syncs with theirs.
welcome-join-help = Where your colleague’s laptops meet (the shared folder, WebDAV server or S3 bucket they set up in Sync), and the code they were shown. This laptop gets its own copy of the organisation’s data.
welcome-join-code = Enrolment code
welcome-join-code-help = 24 letters and digits in groups of four, as the colleague’s Sync screen shows it.
welcome-join-submit = Join
welcome-join-working = Joining: fetching the organisation’s data…
keys-title = Keyboard shortcuts
keys-this-screen = On this screen
keys-everywhere = Everywhere
keys-close = Close
keys-palette = Go to any screen, project, person or action
keys-screens = The screens of the sidebar, in order
keys-search = Search the list on show
keys-save = Save the form
keys-cancel = Close or cancel
keys-undo = Undo the latest change
keys-help = Show this list
keys-list-move = Move through the list
keys-list-open = Open the chosen row
keys-list-ends = First or last row
keys-new-project = New project
keys-new-activity = New activity
keys-new-person = Register a person
keys-new-organisation = New organisation
keys-new-item = New item on the tab on show
keys-calendar-month = Previous or next month in the calendar
keys-finance-tabs = The tabs: budget, transactions, grants, rates, periods
keys-next-field = Next field; on the last one, book the expense
keys-generate = Generate the report
keys-sync-now = Sync now
keys-rename = Rename the chosen logframe item
keys-move = Move it up or down
keys-delete = Delete it (asked first)
keys-back-to-projects = Back to the projects
settings-lock-title = Lock when idle
settings-lock-after = Lock the database after
settings-lock-never = Never
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } minute without use
       *[other] { $minutes } minutes without use
    }
settings-lock-now = Lock now
settings-lock-saved = Lock time saved
settings-lock-help = With no key, click or scroll for that long, Tessera closes the database and asks for the passphrase again: a laptop left open shows nobody the people’s records.
settings-about-title = About Tessera
settings-about-version = Version
settings-about-schema = Database format
settings-about-fonts = Fonts
settings-about-crates =
    { $count ->
        [one] Built from { $count } Rust crate, by licence
       *[other] Built from { $count } Rust crates, by licence
    }
settings-about-npm =
    { $count ->
        [one] and { $count } npm package in its interface
       *[other] and { $count } npm packages in its interface
    }
calendar-month-empty = Nothing this month.
calendar-go-nearest = Go to { $date }
settings-report-lang = Language of new reports
settings-report-lang-help = What the Reports screen offers first, for every laptop of the organisation (English for most donors); each report can still be made in any of the seven.
settings-report-lang-interface = The interface’s language
reports-deviation-title = Deviation notes
reports-deviation-intro = Why an indicator’s achievement by { $date } departs from its target beyond the organisation’s band. The table prints each note in its last column.
reports-deviation-needed = Note needed
reports-deviation-percent = { $percent } of the target
reports-deviation-no-target = No target to compare with
reports-deviation-none = Every indicator is within the band for this period: no note is needed.
reports-deviation-others = Other indicators ({ $count })
reports-deviation-saved = Note saved.
reports-deviation-label = Deviation note for { $ref }
reports-deviation-regenerate = The notes changed: generate the report again to see them in the table.
reports-ethnicity = People reached by ethnicity
reports-ethnicity-about = Special-category data: only for this report, counts below 5 suppressed.

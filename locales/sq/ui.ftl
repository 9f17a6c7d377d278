# Tessera — ndërfaqja në gjuhën shqipe.
# Shumësi: one / other (CLDR).

## Application frame

app-name = Tessera
app-skip-to-content = Kalo te përmbajtja

## Sidebar

nav-label = Navigimi kryesor
nav-dashboard = Pult
nav-plan = Plani strategjik
nav-projects = Projektet
nav-activities = Aktivitetet
nav-beneficiaries = Përfituesit
nav-finance = Financat
nav-reports = Raportet
nav-sync = Sinkronizimi
nav-settings = Cilësimet
nav-item-title = { $label } ({ $key })
nav-collapse = Palos shiritin anësor
nav-expand = Hap shiritin anësor

## Top bar

topbar-palette = Shko te një ekran ose projekt…
language-switcher-label = Gjuha e ndërfaqes
sync-badge-not-set-up = Nuk është konfiguruar
sync-badge-title = Sinkronizimi midis laptopëve të organizatës: kur u sinkronizua ky për herë të fundit dhe çfarë pret. Hap ekranin Sinkronizim.

## Command palette (Ctrl+K)

palette-title = Shko te
palette-placeholder = Shkruani emrin e një ekrani, titullin ose kodin e një projekti
palette-group-screens = Ekranet
palette-group-projects = Projektet
palette-no-results = Asgjë nuk përputhet me „{ $query }“.
palette-loading-projects = Po ngarkohen projektet…
palette-hint = ↑ ↓ për të lëvizur · Enter për të hapur · Esc për të mbyllur

## Shared words

common-loading = Po ngarkohet…
common-retry = Provo përsëri
common-dismiss = Mbyll
common-empty-value = —
common-period = { DATE($start) } – { DATE($end) }

## Dashboard

dashboard-title = Pult
dashboard-subtitle = { $org } me një vështrim
dashboard-figures = Shifrat kryesore
dashboard-card-projects-active =
    { $count ->
        [one] projekt aktiv
       *[other] projekte aktive
    }
dashboard-card-beneficiaries =
    { $count ->
        [one] përfitues i arritur
       *[other] përfitues të arritur
    }
dashboard-card-activities-done =
    { $count ->
        [one] aktivitet i përfunduar
       *[other] aktivitete të përfunduara
    }
dashboard-card-activities-planned =
    { $count ->
        [one] aktivitet i planifikuar
       *[other] aktivitete të planifikuara
    }
dashboard-deadlines-title = Afatet e ardhshme
dashboard-deadlines-empty = Nuk ka afate të ardhshme. Këtu do të shfaqen afatet e raporteve për grantet tuaja.
dashboard-due-today = afati është sot
dashboard-due-in-days =
    { $days ->
        [one] pas { $days } dite
       *[other] pas { $days } ditësh
    }
dashboard-overdue-days =
    { $days ->
        [one] { $days } ditë vonesë
       *[other] { $days } ditë vonesë
    }
deadline-kind-interim = Raport i ndërmjetëm
deadline-kind-final = Raport përfundimtar
deadline-kind-financial-report = Raport financiar
deadline-kind-narrative-report = Raport narrativ

## Projects list

projects-title = Projektet
projects-count =
    { $count ->
        [one] { $count } projekt
       *[other] { $count } projekte
    }
projects-filter-label = Filtro projektet sipas kodit ose titullit
projects-filter-placeholder = Filtro sipas kodit ose titullit
projects-filter-none = Asnjë projekt nuk përputhet me „{ $query }“.
projects-keyboard-hint = ↑ ↓ për të lëvizur ndërmjet projekteve · Enter për të hapur · / për të filtruar
projects-col-code = Kodi
projects-col-title = Titulli
projects-col-status = Statusi
projects-col-period = Periudha
projects-col-countries = Vendet
projects-col-budget = Buxheti
projects-col-beneficiaries = Përfituesit
projects-col-activities = Aktivitetet

project-status-pipeline = Në përgatitje
project-status-active = Aktiv
project-status-closed = I mbyllur

## Empty states

empty-projects-title = Ende nuk ka projekte
empty-projects-body = Këtu do të listohen projektet e organizatës suaj të financuara nga donatorët, me kornizat logjike, grantet dhe aktivitetet e tyre.
empty-import-hint = Deri atëherë, një paketë projekti mund të importohet me komandën { $command }.
empty-plan-body = Këtu do të shfaqen vizioni, misioni, qëllimet dhe objektivat strategjikë të organizatës suaj, si dhe projektet që u shërbejnë atyre.
empty-activities-body = Këtu do të listohen trajnimet, punëtoritë, shpërndarjet dhe aktivitetet e tjera të të gjitha projekteve tuaja, me pjesëmarrjen në to.
empty-beneficiaries-body = Këtu do të listohen përfituesit dhe ekonomitë familjare që regjistroni.
empty-finance-body = Këtu do të mbani grantet, buxhetet, shpenzimet me dëftesat e tyre dhe krahasimin e buxhetit me shpenzimet faktike.
empty-reports-body = Këtu do të përgatitni raporte narrative dhe financiare për donatorët, në gjuhën që kërkon secili donator.

## Project overview

project-back = Kthehu te projektet
project-status = Statusi
project-period = Periudha
project-countries = Vendet
project-budget = Buxheti
project-beneficiaries = Përfituesit
project-section-summary = Përmbledhje
project-section-partners = Organizata drejtuese dhe partnerët
project-section-grants = Grantet
project-section-logframe = Korniza logjike
project-section-activities = Aktivitetet

partner-role-lead = Aplikant kryesor
partner-role-partner = Partner
partner-role-associate = Bashkëpunëtor

grants-col-donor = Donatori
grants-col-programme = Programi
grants-col-contract = Numri i kontratës
grants-col-period = Periudha
grants-col-amount = Shuma
grants-amount = { MONEY($amount, $currency) }
grants-empty = Për këtë projekt ende nuk është regjistruar asnjë grant.

logframe-level-goal = Objektivi i përgjithshëm
logframe-level-objective = Objektivi specifik
logframe-level-result = Rezultati i pritur
logframe-empty = Korniza logjike e këtij projekti është ende bosh.

indicator-col-indicator = Treguesi
indicator-col-baseline = Vlera bazë
indicator-col-target = Vlera e synuar
indicator-col-actual = Arritur
indicator-col-progress = Përparimi
indicator-progress = { NUMBER($progress, style: "percent") } e vlerës së synuar
indicator-no-measurement = Ende pa matje
indicator-target-reached = Synimi u arrit
indicator-aggregation-sum = shuma e matjeve
indicator-aggregation-latest = vlera e fundit
indicator-aggregation-max = vlera më e lartë
indicator-unit-count = numër
indicator-unit-percent = përqindje
indicator-unit-yes-no = po/jo
indicator-unit-text = tekst

activities-col-title = Aktiviteti
activities-col-type = Lloji
activities-col-status = Statusi
activities-col-date = Planifikuar për
activities-col-municipality = Bashkia
activities-col-participants = Pjesëmarrës
activities-empty = Për këtë projekt ende nuk janë planifikuar aktivitete.

activity-type-training = Trajnim
activity-type-workshop = Punëtori
activity-type-information-meeting = Takim informues
activity-type-forum = Forum
activity-type-round-table = Tryezë e rrumbullakët
activity-type-campaign = Fushatë
activity-type-research = Kërkim
activity-type-advocacy-initiative = Nismë advokimi
activity-type-distribution = Shpërndarje ndihmash
activity-type-legal-aid = Ndihmë juridike
activity-type-psychosocial-support = Mbështetje psikosociale
activity-type-monitoring-visit = Vizitë monitorimi
activity-type-other = Tjetër

activity-status-planned = Planifikuar
activity-status-ongoing = Në vazhdim
activity-status-done = Përfunduar
activity-status-postponed = Shtyrë
activity-status-cancelled = Anuluar

## Settings

settings-title = Cilësimet
settings-language-title = Gjuha
settings-language-label = Gjuha e ndërfaqes
settings-language-help = Gjuha e menyve dhe e ekraneve në këtë laptop. Çdo raport mund të shkruhet në një gjuhë tjetër.
settings-org-title = Organizata
settings-org-name = Emri
settings-org-short-name = Emri i shkurtër
settings-org-country = Vendi
settings-org-currency = Monedha bazë
settings-db-title = Baza e të dhënave
settings-db-path = Vendndodhja
settings-db-encryption = Enkriptimi
settings-db-encrypted-yes = E enkriptuar me fjalëkalim
settings-db-encrypted-no = E pa enkriptuar

## Unlock

unlock-title = Zhbllokoni bazën e të dhënave
unlock-body = Të dhënat e organizatës suaj në këtë laptop janë të enkriptuara. Shkruani fjalëkalimin për t'i hapur.
unlock-passphrase = Fjalëkalimi
unlock-submit = Zhblloko
unlock-working = Po zhbllokohet…

## Errors

error-unexpected = Tessera nuk mund të arrijë bazën e saj të të dhënave. Mbyllni aplikacionin dhe hapeni përsëri; nëse përsëritet, kontaktoni mbështetjen.

# Editing projects and logframes
common-save = Ruaj
common-cancel = Anulo
common-delete = Fshi
common-undo = Zhbëj
common-actions = Veprimet
field-date-help = Si 31.03.2026 ose 2026-03-31.
project-new = Projekt i ri
project-new-title = Projekt i ri
project-field-code = Kodi
project-field-code-help = Një kod i shkurtër me të cilin e njeh organizata, për shembull RISE-2026.
project-field-title = Titulli
project-field-start = Fillimi
project-field-end = Mbarimi
project-field-currency = Monedha
project-field-countries-help = Kode ISO të ndara me presje, për shembull AL, XK, MK.
logframe-add-goal = Shto objektivin e përgjithshëm
logframe-add-objective = Shto objektiv specifik
logframe-add-result = Shto rezultat
logframe-new-goal = Objektivi i përgjithshëm
logframe-new-objective = Objektiv specifik i ri
logframe-new-result = Rezultat i ri i pritur
logframe-field-text = Teksti
logframe-keyboard-hint = F2 riemërton · Delete fshin · Alt+↑/↓ zhvendos
logframe-delete-confirm = Të fshihet { $ref } me gjithçka nën të?
logframe-deleted = { $ref } u fshi.
indicator-add = Shto tregues
indicator-field-text = Treguesi
indicator-field-unit = Njësia
indicator-field-aggregation = Si mblidhen matjet
indicator-field-target = Vlera e synuar në fund të projektit
measurement-add = Regjistro matje
measurement-field-date = Data
measurement-field-value = Vlera
measurement-field-source = Burimi / mjetet e verifikimit

# Dashboard: pace and activities
dashboard-behind-title = Tregues që mbeten pas
dashboard-behind-empty = Çdo tregues ecën me ritmin e vlerës së synuar, ose nuk ka ende një të tillë.
dashboard-behind-figures = { NUMBER($achieved) } nga { NUMBER($expected) } të pritura deri sot (synimi { NUMBER($target) })
dashboard-behind-more =
    { $count ->
        [one] dhe { $count } tjetër
       *[other] dhe { $count } të tjerë
    }
dashboard-week-title = Aktivitetet e kësaj jave
dashboard-week-empty = Asnjë aktivitet nuk është planifikuar të fillojë këtë javë.
dashboard-overdue-title = Aktivitete të vonuara
dashboard-overdue-empty = Asnjë aktivitet i planifikuar nuk e ka kaluar afatin.

# Project actions
project-edit = Ndrysho
project-edit-title = Ndrysho projektin
project-close = Mbyll projektin
project-closed = Projekti { $code } u mbyll.
project-deleted = Projekti { $code } u fshi.
project-delete-confirm = Të fshihet projekti { $code } me gjithçka në të?
common-saved = U ruajt.

# Strategic plan
plan-title = Plani strategjik
plan-empty-title = Ende pa plan strategjik
plan-empty-body = Përshkruani planin e organizatës për një periudhë; përparimi i tij vjen nga projektet e lidhura me objektivat e tij.
plan-field-title = Titulli
plan-field-start = Nga
plan-field-end = Deri
plan-field-vision = Vizioni
plan-field-mission = Misioni
plan-create = Fillo planin
plan-add-goal = Shto qëllim strategjik
plan-new-goal = Qëllim strategjik i ri
plan-add-objective = Shto objektiv strategjik
plan-new-objective = Objektiv strategjik i ri
plan-goals-empty = Plani nuk ka ende qëllime strategjike.
plan-no-progress = ende pa përparim të matur
plan-unlink = Shkëput
plan-link-project = Lidh një projekt…
plan-link = Lidh
plan-item-deleted = { $code } u fshi.
target-set = Vendos synimin
target-field-period-end = Fundi i periudhës
target-field-period-end-help = Vlera e synuar për periudhën që mbaron këtë ditë; e fundit është synimi në fund të projektit.
dashboard-plan-title = Plani strategjik
dashboard-plan-empty = Ende pa plan strategjik.
dashboard-plan-start = Fillojeni

## Organisations directory
organisation-kind-ngo = OJF
organisation-kind-public-authority = Autoritet publik
organisation-kind-donor = Donator
organisation-kind-network = Rrjet
organisation-kind-private = Kompani private
organisation-kind-other = Tjetër
nav-organisations = Organizatat
org-title = Organizatat
org-intro = Partnerë, donatorë, nën-përfitues grantesh dhe autoritete: një listë nga e cila zgjedhin projektet dhe grantet.
org-new = Organizatë e re
org-edit-title = Ndrysho organizatën
org-field-name = Emri
org-field-short-name = Emri i shkurtër
org-field-kind = Lloji
org-field-country = Shteti
org-field-country-help = Kodi ISO, për shembull AL ose XK.
org-projects = Projekte
org-grants = Grante
org-owner = Kjo organizatë
org-empty = Ende nuk ka organizata të tjera. Shtoni partnerët, donatorët dhe autoritetet me të cilët punojnë projektet tuaja.
org-search = Kërko organizata
org-no-match = Asnjë organizatë nuk përputhet me “{ $query }”.
org-deleted = { $name } u fshi.
org-delete-confirm = Të fshihet { $name } nga lista?
org-edit = Ndrysho
project-field-lead = Aplikant kryesor
project-field-partners = Partnerët
project-partner-add = Shto një partner…
project-partner-remove = Hiq { $name }
project-partners-none = Ende pa partnerë.
project-field-municipalities = Bashkitë
project-municipality-search = Shkruani një bashki…
project-municipality-remove = Hiq { $name }
project-municipalities-none = Asnjë bashki e zgjedhur.

## Assumptions and risks, disaggregation, indicator chart
assumption-kind-assumption = Supozim
assumption-kind-risk = Rrezik
gender-female = Femër
gender-male = Mashkull
gender-other = Tjetër
gender-undisclosed = Preferoj të mos përgjigjem
logframe-assumptions = Supozime dhe rreziqe
logframe-add-assumption = Shto supozim
logframe-add-risk = Shto rrezik
logframe-new-assumption = Supozim i ri
logframe-new-risk = Rrezik i ri
assumption-deleted = { $kind } u fshi.
measurement-disaggregation = Zbërthimi (opsional)
measurement-field-gender = Gjinia
measurement-field-age-band = Grupmosha
measurement-field-municipality = Bashkia
measurement-any = Të gjitha
indicator-chart = { $text }: arritja në kohë, përkundrejt objektivit

## Work packages
project-section-work-packages = Paketat e punës
wp-add = Shto paketë pune
wp-new = Paketë e re pune
wp-field-title = Titulli
wp-rename = Riemërto
wp-empty = Ende pa paketa pune.
wp-deleted = { $code } u fshi.
wp-activities = Aktivitete: { NUMBER($count) }

## Activities in the logframe
logframe-level-activity = Aktivitet
logframe-add-activity = Shto aktivitet
logframe-new-activity = Aktivitet i ri
## People: field labels (forms, the import's mapping step; a table's header may be any language's)
people-field-code = Kodi
people-field-first_name = Emri
people-field-last_name = Mbiemri
people-field-gender = Gjinia
people-field-birth_year = Viti i lindjes
people-field-country = Shteti
people-field-municipality = Bashkia
people-field-settlement = Vendbanimi
people-field-household = Ekonomia familjare
people-field-household_size = Madhësia e ekonomisë familjare
people-field-ethnicity = Përkatësia etnike
people-field-disability = Aftësi të kufizuara
people-field-consent_date = Data e pëlqimit
people-field-consent_purposes = Qëllimet e pëlqimit
people-field-consent_withdrawn = Pëlqimi i tërhequr
## What people type in a table's cells, comma-separated (compared without case, diacritics or script)
people-words-gender-female = f, femer, grua, vajzë, femra
people-words-gender-male = m, mashkull, burrë, djalë, meshkuj
people-words-gender-other = tjetër
people-words-gender-undisclosed = pa përgjigje
people-words-yes = po, p
people-words-no = jo, j

## The beneficiary registry
people-intro = Personat, ekonomitë familjare dhe organizatat që i shërben organizata juaj. Kodi vjen i pari; emrat vetëm kur njerëzit kanë pranuar.
people-import = Importo nga një tabelë
people-new = Regjistro një person
people-search = Kërkoni me kod ose emër, në çdo alfabet
people-count = { $count ->
    [one] një person
   *[other] { NUMBER($count) } persona
}
people-col-name = Emri
people-no-name = (pa emër të regjistruar)
people-no-match = Askush nuk përputhet me “{ $query }”.
people-list-keys = ↑↓ për të lëvizur, Enter për të hapur, / për të kërkuar, Ctrl+N për të regjistruar
people-registered = { $code } u regjistrua.
people-edit-title = Ndrysho { $code }
people-code-next = Kodi do të jetë { $prefix }-… (numri i lirë në vijim).
people-names-help = Emrat nuk janë të detyrueshëm: mjafton kodi.
people-municipality-help = Shkruajeni në çdo alfabet; lista e sugjeron.
people-sensitive = Të dhëna të ndjeshme (të kategorisë së veçantë)
common-yes = Po
common-no = Jo
people-back = Kthehu te lista
people-edit = Ndrysho
people-delete-confirm = Të fshihet { $code }? Del nga regjistri dhe nga numërimet; Zhbëj e kthen.
people-deleted = { $code } u fshi.
people-erased-badge = Të dhënat personale u fshinë
people-withdrawn-badge = Pëlqimi i tërhequr
people-household-line = { $code }: { $size } persona, { $members } të regjistruar
people-consent = Pëlqimi
people-consent-given = Dhënë më { DATE($date) } për: { $purposes }.
people-consent-recorded-by = Regjistruar nga { $name }.
people-consent-withdrawn-on = Tërhequr më { DATE($date) }: jo në pjesëmarrje të re ose eksporte.
people-consent-none = Ende nuk është regjistruar pëlqim.
people-consent-recorded-by-label = Regjistruar nga (punonjësi)
people-consent-withdraw-date = Tërhequr më
people-consent-withdraw = Tërhiq pëlqimin
people-consent-correct = Korrigjo pëlqimin
people-consent-record = Regjistro pëlqimin
people-erase = Fshi të dhënat personale
people-erase-confirm = Të fshihen emrat, viti i lindjes, vendbanimi, kontakti dhe fushat e ndjeshme të { $code } — nga ky laptop tani dhe nga çdo laptop tjetër në sinkronizimin e tij të ardhshëm? Kodi, gjinia dhe bashkia mbeten, që numërimet të mbeten të sakta. Kjo nuk mund të zhbëhet.
people-erased = { $code }: të dhënat personale u fshinë.
people-services = Shërbimet
people-services-none = Nuk ka shërbime të regjistruara.
people-attendance = Pjesëmarrja
people-attendance-none = Nuk ka pjesëmarrje të regjistruar.
consent-purpose-services = Shërbime
consent-purpose-reporting = Raportim te donatorët
consent-purpose-contact = Kontakt
consent-purpose-photos = Fotografi
people-import-title = Importo persona nga një tabelë
people-import-intro = Një skedar CSV ose XLSX me rresht koke. Tregoni cila fushë është secila kolonë, kontrolloni, pastaj importoni — të gjitha rreshtat ose asnjë.
people-import-file = Skedari
people-import-project = Projekti
people-import-rows = { $count ->
    [one] Një rresht poshtë kokës.
   *[other] { NUMBER($count) } rreshta poshtë kokës.
}
people-import-remembered = Fushat e këtyre kolonave janë ato të zgjedhura herën e fundit.
people-import-field-of = Fusha e kolonës “{ $column }”
people-import-skip = (lëre jashtë)
people-import-check = Kontrollo
people-import-run = Importo
people-import-ok = { $count ->
    [one] Rreshti mund të importohet ({ $households } ekonomi familjare të reja).
   *[other] Të gjithë { NUMBER($count) } rreshtat mund të importohen ({ $households } ekonomi familjare të reja).
}
people-import-done = { $count ->
    [one] U importua një person.
   *[other] U importuan { NUMBER($count) } persona.
}
people-import-at = Rreshti { $row }, “{ $column }”:
settings-people-title = Regjistri i personave
settings-code-prefix = Parashtesa e kodeve të personave
settings-code-prefix-help = Personat e rinj marrin kode si { $example }. Lëreni bosh për të përdorur emrin e shkurtër të organizatës.
settings-sensitive-title = Fusha të ndjeshme
settings-sensitive-help = Përkatësia etnike, aftësia e kufizuar dhe cenueshmëria janë të dhëna personale të kategorisë së veçantë (neni 9 i GDPR dhe ligjet e rajonit për mbrojtjen e të dhënave): regjistrojini vetëm kur puna juaj i kërkon dhe njerëzit kanë pranuar. Secila mbetet e fshehur kudo derisa të aktivizohet këtu.
settings-sensitive-ethnicity = Përkatësia etnike
settings-sensitive-disability = Aftësi të kufizuara
settings-sensitive-vulnerability = Etiketat e cenueshmërisë

## Likely duplicates
people-likely-intro = { $count ->
    [one] Ky mund të jetë dikush i regjistruar tashmë:
   *[other] Këta { $count } mund të jenë dikush i regjistruar tashmë:
}
people-likely-open = Hap
people-likely-anyway = Hapini për të kontrolluar; ose ruani sërish për të regjistruar një person të ri.
people-likely-register-anyway = Regjistro gjithsesi
people-duplicates-title = Dublikata të mundshme
people-duplicates-intro = Persona që mund të jenë regjistruar dy herë: në një alfabet tjetër, me një gabim shtypi, me emrin dhe mbiemrin të ndërruar, ose me vitin e lindjes një vit ndryshe. Bashkojini, ose tregoni që nuk janë i njëjti person.
people-duplicates-none = Nuk ka dublikata të mundshme.
people-duplicates-count = { $count ->
    [one] Një çift për të vendosur.
   *[other] { NUMBER($count) } çifte për të vendosur.
}
people-duplicates-likeness = Sa të ngjashëm janë
people-merged = { $other } u bashkua me { $kept }.
people-merge-confirm = Të bashkohet { $other } me { $kept }? { $other } fshihet; çdo shërbim dhe pjesëmarrje e të dyve mbetet te { $kept }, dhe fushat bosh të { $kept } marrin vlerat e { $other }.
people-merge = Bashko
people-merge-into = Mbaj { $code }
people-not-same = Nuk është i njëjti person

## Registry export
people-export = Eksporto
people-export-title = Eksporto regjistrin
people-export-intro = Një tabelë për punën e vetë organizatës: kodet gjithmonë; emrat dhe fushat e ndjeshme vetëm kur i kërkoni. Personat që e tërhoqën pëlqimin lihen jashtë.
people-export-everyone = Të gjithë
people-export-format = Formati
people-export-names = Përfshi emrat dhe mbiemrat
people-export-names-warning = Skedari do të mbajë të dhëna personale: mbajeni në një disk të enkriptuar dhe fshijeni kur të mbaroni.
people-export-done = U ruajt në { $path }.

people-import-likely = { $count ->
    [one] Një rresht mund të jetë dikush i regjistruar tashmë (mund të importoni dhe t’i bashkoni më vonë, ose të ndreqni skedarin):
   *[other] { NUMBER($count) } rreshta mund të jenë dikush i regjistruar tashmë (mund të importoni dhe t’i bashkoni më vonë, ose të ndreqni skedarin):
}
people-import-at-row = Rreshti { $row }:
people-household-help = Shkruani kodin e ekonomisë familjare: një ekzistuese, ose krijohet një e re.
people-household-members = Anëtarët
people-field-vulnerability = Etiketat e cenueshmërisë
people-vulnerability-help = Të ndara me presje: prind i vetëm, pa dokumente, …
service-kind-food-package = Pako ushqimore
service-kind-hygiene-package = Pako higjienike
service-kind-legal-aid = Ndihmë juridike
service-kind-counselling = Këshillim
service-kind-training-attendance = Pjesëmarrje në trajnim
service-kind-referral = Referim
service-kind-psychosocial-support = Mbështetje psikosociale
service-kind-other = Tjetër
age-band-0-17 = 0–17
age-band-18-29 = 18–29
age-band-30-59 = 30–59
age-band-60-plus = 60 e lart
age-band-unknown = Mosha e panjohur
activities-intro = Trajnimet, forumet, shpërndarjet dhe aktivitetet e tjera të projekteve tuaja: kush erdhi, çfarë mori dhe listat që nënshkroi.
activity-new = Aktivitet i ri
activity-edit-title = Ndrysho aktivitetin
activity-edit = Ndrysho
activity-back = Kthehu te aktivitetet
activity-field-project = Projekti
activity-field-result = Rezultati
activity-no-result = Pa rezultat
activity-field-title = Titulli
activity-field-type = Lloji
activity-field-status = Statusi
activity-field-planned-start = Fillimi i planifikuar
activity-field-planned-end = Mbarimi i planifikuar
activity-field-actual-start = Zhvilluar nga
activity-field-actual-end = Zhvilluar deri
activity-field-description = Përshkrimi
activity-field-reason = Arsyeja (shfaqet në raport)
activity-field-country = Shteti
activity-field-municipality = Bashkia
activity-field-settlement = Vendbanimi
activity-field-venue = Vendi
activity-field-responsible = Personi ose partneri përgjegjës
activity-planned = Planifikuar
activity-held = Zhvilluar
activity-delete-confirm = Të fshihet “{ $title }” me pjesëmarrjen, numrin e të pranishmëve dhe listat? Mund ta zhbëni.
activity-deleted = “{ $title }” u fshi.
attendance-title = Pjesëmarrja
attendance-add = Shto një person të regjistruar
attendance-add-help = Shkruani emrin ose kodin, zgjidhni me ↓ dhe ↑, Enter e shton; pastaj tjetrin.
attendance-already = tashmë këtu
attendance-empty = Askush nuk është shënuar ende si pjesëmarrës.
attendance-organisation = organizatë
attendance-remove = Hiq { $name } nga pjesëmarrja
attendance-removed = { $name } nuk është më i shënuar si pjesëmarrës.
headcount-title = Numri i të pranishmëve
headcount-intro = Pjesëmarrës anonimë të një ngjarjeje publike, të numëruar sipas gjinisë dhe grupmoshës — raportohen pranë personave të regjistruar, kurrë të shtuar tek ata.
headcount-age-band = Grupmosha
headcount-count = Numri
headcount-add = Shto
headcount-remove = Hiq këtë numërim
headcount-removed = Numërimi u hoq.
attachments-title = Listat e pjesëmarrësve dhe dëshmitë
attachments-intro = Foto ose skanime të listave të nënshkruara dhe të agjendës: ruhen në këtë laptop sipas gjurmës së tyre, që i njëjti skedar të ruhet një herë.
attachments-add = Bashkëngjit foto ose skanime…
attachments-uploading = Po bashkëngjitet…
attachments-remove = Hiq { $name }
attachment-removed = { $name } u hoq.
reach-title = Të arritur nga { $code }
reach-intro = Persona unikë që morën pjesë në një aktivitet të zhvilluar ose morën një shërbim, nga fillimi i projektit deri sot; çdo person një herë.
reach-people = Persona të arritur
reach-organisations = Organizata të shërbyera
reach-headcount = Numërime (veçmas)
activities-search = Gjej një aktivitet…
activities-all-projects = Të gjitha projektet
activities-view = Pamja
activities-view-list = Lista
activities-view-calendar = Kalendari
activities-view-plan = Plani i punës
activities-no-match = Asnjë aktivitet nuk përputhet me “{ $query }”.
calendar-previous = Muaji i kaluar
calendar-next = Muaji tjetër
plan-choose-project = Zgjidhni një projekt më lart për të parë planin e punës: aktivitetet sipas rezultatit, të planifikuara dhe të zhvilluara, gjatë muajve të tij.
activity-field-ref = Kodi i aktivitetit
service-title = Regjistro një shërbim
service-recipients = Përfitues: { NUMBER($count) }
service-record = Regjistro
service-recorded = { $kind } u regjistrua. Përfitues: { NUMBER($count) }.
service-field-kind = Shërbimi
service-field-date = Data
service-field-quantity = Sasia
service-per-household = Një për ekonomi familjare (te anëtari i parë i regjistruar)
service-for-attendees = Regjistro një shërbim për pjesëmarrësit
service-for-listed = Regjistro një shërbim për të listuarit
reach-from = Nga
reach-to = Deri
reach-in-period = Në periudhë
reach-since-start = Që nga fillimi
reach-total = Gjithsej
reach-by-gender-age = Sipas gjinisë dhe grupmoshës (në periudhë)
reach-by-municipality = Sipas bashkisë (në periudhë)
reach-no-municipality = Bashkia e paregjistruar
reach-bad-period = Shkruani të dyja datat si 31.03.2026 ose 2026-03-31, mbarimin jo para fillimit.
activity-field-budget-lines = Linjat buxhetore nga të cilat shpenzon
rate-field-date = Data
rate-field-from = Nga monedha
rate-field-to = Në monedhën
rate-field-rate = Kursi
rate-field-source = Burimi
transaction-kind-expense = Shpenzim
transaction-kind-income = Të ardhura
transaction-kind-transfer = Transferim
payment-method-bank = Bankë
payment-method-cash = Para në dorë
exchange-rule-contract-rate = Kursi i kontratës
exchange-rule-inforeuro-invoice-month = Kursi InforEuro i muajit të faturës
exchange-rule-inforeuro-payment-month = Kursi InforEuro i muajit të pagesës
exchange-rule-transaction-rate = Kursi i vetë transaksionit
exchange-rule-period-average = Mesatarja e kurseve mujore të periudhës
transaction-field-ref = Referenca
transaction-field-kind = Lloji
transaction-field-invoice-date = Data e faturës
transaction-field-booking-date = Data e regjistrimit
transaction-field-payment-date = Data e pagesës
transaction-field-amount = Shuma
transaction-field-currency = Monedha
transaction-field-rate = Kurs këmbimi
transaction-field-budget-line = Linjë buxhetore
transaction-field-grant = Grant
transaction-field-share = Pjesa
transaction-field-partner = Partner
transaction-field-payee = Marrës i pagesës
transaction-field-document-no = Numri i dokumentit
transaction-field-method = Mënyra e pagesës
transaction-field-description = Përshkrimi
transaction-field-reverses = Anulon
finance-intro = Paratë e një projekti në monedhën e tij: buxheti kundrejt shpenzimeve faktike, transaksionet, kurset e këmbimit dhe periudhat raportuese.
finance-project = Projekti
finance-no-projects = Ende nuk ka projekt: krijoni një ose importoni një paketë më parë.
finance-tab-budget = Buxheti kundrejt shpenzimeve faktike
finance-tab-transactions = Transaksionet
finance-tab-rates = Kurset e këmbimit
finance-tab-periods = Periudhat raportuese
finance-window = Periudha
finance-window-to-date = Nga fillimi deri sot
finance-window-whole = I gjithë projekti
finance-budget = Buxheti
finance-spent-period = Shpenzuar në periudhë
finance-spent-cumulative = Shpenzuar nga fillimi
finance-remaining = Shuma e mbetur
finance-percent-spent = % e shpenzuar
finance-col-heading = Kategoria dhe linja buxhetore
finance-warnings = Paralajmërime
finance-no-warnings = Asnjë paralajmërim për këtë periudhë.
finance-warning-heading-deviation = { $heading }: u shpenzua { $percent } % e buxhetit të saj (kufiri { $limit } %).
finance-warning-indirect-above-rate = Kostot indirekte janë { $percent } % e kostove direkte, mbi { $limit } % të grantit.
finance-warning-subgrant-above-60000 = Nëngranti { $subgrant } është mbi 60 000 EUR.
finance-by-grant = Pjesa e çdo granti
finance-grant-amount = Shuma e grantit
finance-no-budget = Ky projekt ende nuk ka linja buxhetore: shtoni të parën me Linjë e re buxhetore (Ctrl+N).
finance-open-rates = Hapni kurset e këmbimit
budget-heading-1 = Burime njerëzore
budget-heading-2 = Udhëtime
budget-heading-3 = Pajisje dhe materiale
budget-heading-4 = Zyrë lokale
budget-heading-5 = Kosto të tjera dhe shërbime
budget-heading-6 = Të tjera (mbështetje financiare për palët e treta)
budget-heading-7 = Nëntotali i kostove direkte
budget-heading-8 = Kosto indirekte
budget-heading-9 = Totali i kostove të pranueshme
transactions-new = Transaksion i ri
transactions-edit-title = Transaksioni { $ref }
transactions-help = Enter kalon te fusha tjetër dhe regjistron te e fundit; Ctrl+S regjistron nga çdo fushë. Data, monedha, linja buxhetore, granti dhe mënyra mbeten për tjetrin.
transactions-book = Regjistro
transactions-booked = Transaksioni { $ref } u regjistrua.
transactions-deleted = Transaksioni { $ref } u fshi.
transactions-reversed = Regjistrimi anulues { $ref } u regjistrua.
transactions-no-line = Pa linjë buxhetore
transactions-no-grant = Pa grant
transactions-share = Pjesa në %
transactions-add-split = Ndaje me një grant tjetër
transactions-more = Lloji, data e faturës dhe e pagesës, kurs i vetin
transactions-rate-help = Njësi të kësaj monedhe për një të projektit; bosh: rregulli i grantit.
transactions-locked = Në një raport të dorëzuar
transactions-locked-help = Ky transaksion është në një raport të dorëzuar dhe nuk mund të ndryshohet. Korrigjojeni me një regjistrim anulues të datuar në një periudhë të hapur; të dy mbeten të dukshëm.
transactions-reverse-on = Regjistrimi anulues me datë
transactions-reverse = Regjistro anulimin
transactions-reverses = Anulon { $ref }
transactions-reversed-by = Anuluar nga { $ref }
transactions-search = Kërkoni sipas marrësit, dokumentit, përshkrimit ose referencës
transactions-shown = Shfaqen { $shown } të parat nga { $total }: kërkoni për t’i ngushtuar.
transactions-empty = Ende nuk ka transaksion për këtë projekt: shkruani të parin më lart ose importoni një tabelë me tessera import transactions.
transactions-col-date = Data
transactions-col-who = Marrësi dhe përshkrimi
transactions-col-converted = Në { $currency }
transactions-missing-rate = Nuk ka kurs për { $currency } në { $month }
rates-new = Shkruani një kurs këmbimi
rates-help = Njësi të monedhës së dytë për një të së parës, siç i publikon InforEuro (EUR → ALL 139,87); kursi i një muaji datohet më 1 të tij. Një kurs për të njëjtën datë, monedha dhe burim zëvendëson të vjetrin.
rates-saved = Kursi i këmbimit u ruajt.
rates-deleted = Kursi i këmbimit u fshi.
rates-empty = Ende nuk ka kurs këmbimi: shkruani një më lart ose importoni tabelën InforEuro me tessera import exchange-rates.
periods-help = Shënimi i një periudhe si të dorëzuar kyç çdo transaksion të datuar deri në fund të saj, që shifrat e raportit të mbeten siç u dorëzuan; një korrigjim bëhet atëherë me regjistrim anulues.
periods-locked-until = Transaksionet e datuara deri më { DATE($until) } janë të kyçura.
periods-empty = Grantet e projektit nuk kanë periudha raportuese.
periods-col-kind = Raporti
periods-col-period = Periudha
periods-col-due = Afati
periods-col-status = Statusi
periods-open = E hapur
periods-submitted = Dorëzuar më { DATE($on) }
periods-submit = Shëno si të dorëzuar
periods-reopen = Rihape
periods-confirm = Të kyçen të gjitha transaksionet e datuara deri më { DATE($end) }?
periods-submitted-done = Periudha u shënua si e dorëzuar: transaksionet e saj janë të kyçura.
periods-reopened = Periudha u rihap.
budget-line-new = Linjë e re buxhetore
budget-line-edit = Linja buxhetore { $ref }
budget-line-heading = Kategoria
budget-line-unit = Njësia
budget-line-quantity = Sasia
budget-line-unit-cost = Kosto për njësi ({ $currency })
budget-line-total = Totali
budget-line-funded-by = Financuar nga
budget-line-own = Bashkëfinancim i vetë
budget-line-deleted = Linja buxhetore { $ref } u fshi.
finance-tab-grants = Grantet
grant-new = Grant i ri
grant-edit = Granti { $ref }
grant-deleted = Granti { $ref } u fshi.
grant-field-amount = Shuma ({ $currency })
grant-field-start = Fillimi
grant-field-end = Fundi
grant-field-cofinancing = Bashkëfinancimi (%)
grant-field-indirect = Kosto indirekte (% e atyre direkte)
grant-field-rule = Rregulli i kursit të këmbimit
grant-field-contract-rate = Kursi i kontratës (njësi për 1)
grant-field-reports = Kalendari i raportimit
grant-add-period = Shtoni një periudhë raportuese
transactions-receipt-add = Dëftesa (skanim ose foto)
transactions-receipts = Dëftesa të bashkëngjitura: { NUMBER($count) }
finance-burn-rate = Shpenzuar në muaj
finance-months-elapsed = Muaj nga fillimi: { NUMBER($months) }
finance-projected = Parashikimi në fund
finance-months-left = Muaj të mbetur: { NUMBER($months) }
finance-cofinancing = Bashkëfinancimi i arritur
finance-cofinancing-required = E kërkuar: { $amount }
finance-warning-outside-grant-period = Ngarkuar një granti jashtë periudhës së tij: { $refs }.
measurement-field-country = Shteti
reports-intro = Një raport për donatorin për një projekt dhe periudhë, në cilëndo nga shtatë gjuhët: shihni faqet, pastaj ruani PDF-në.
reports-no-projects = Ende nuk ka projekte: raporti bëhet për një projekt.
reports-project = Projekti
reports-period = Periudha e raportimit
reports-template = Shablloni
reports-template-eu = Raport narrativ dhe financiar i BE-së
reports-template-eu-about = Struktura e Aneksit VI, pasqyra financiare, aneksi i shpenzimeve.
reports-template-itt = Tabela e ndjekjes së treguesve
reports-template-itt-about = Një tabelë horizontale: synimet, vlerat faktike për tremujor, shënimet për devijimet.
reports-template-generic = Raport i ecurisë
reports-template-generic-about = Për bordet, bashkitë dhe donatorët më të vegjël, me grafik të buxhetit.
reports-language = Gjuha e raportit
reports-generate = Shiko paraprakisht
reports-generating = Po krijohet raporti…
reports-save = Ruaje si PDF
reports-saved = U ruajt në { $path }.
reports-open = Hape
reports-preview = Pamja paraprake
reports-preview-empty = Zgjidhni periudhën, shabllonin dhe gjuhën, pastaj Shiko paraprakisht (Ctrl+Enter) për të parë faqet e raportit.
reports-pages = { $pages ->
    [one] { $pages } faqe
   *[other] { $pages } faqe
} · { $name }
reports-page = Faqja { $page } nga { $pages }
reports-preview-failed = Faqet nuk mund të shfaqen këtu, por raporti është gati ({ $pages } faqe): ruajeni dhe hapeni.
settings-reports-title = Raportet
settings-deviation-help = Tabela e ndjekjes së treguesve kërkon shënim për devijimin kur arritja e një treguesi del jashtë këtij brezi të synimit.
settings-deviation-low = Nën (% e synimit)
settings-deviation-high = Mbi (% e synimit)
sync-badge-syncing = Po sinkronizohet…
sync-badge-unreachable = Dosja nuk arrihet
sync-badge-problems = { $count } skedarë të refuzuar
sync-badge-pending = { $count } ndryshime për t'u dërguar
sync-badge-synced = Sinkronizuar { $when }
sync-badge-never = Ende pa sinkronizuar
sync-badge-title-not-set-up = Sinkronizimi midis laptopëve të organizatës nuk është konfiguruar ende: konfigurojeni te ekrani Sinkronizim.
sync-done = U sinkronizua: u morën { $bundles } paketa ({ $changes } ndryshime), u dërguan { $sent } ndryshime.
sync-revoked = Pajisja u revokua: paketat e saj refuzohen tani e tutje dhe laptopët e tjerë marrin një çelës të ri të organizatës në sinkronizimin e ardhshëm. Kodet e vjetra të regjistrimit nuk funksionojnë më: shfaqet kodi i ri.
sync-busy = Po sinkronizohet…
sync-now = Sinkronizo tani
sync-code-title = Kodi i regjistrimit
sync-code-help = Jepjani këtë kod një kolegu, laptopi i të cilit duhet të bashkohet. Mbajeni të fshehtë, si një çelës: kushdo që e ka atë dhe dosjen mund të lexojë të dhënat e organizatës.
sync-code-join = Në laptopin tjetër: { $kind ->
    [webdav] tessera sync join --webdav { $folder }
    [s3] tessera sync join --s3 { $folder }
   *[folder] tessera sync join --folder { $folder }
 }, pastaj shkruani kodin.
sync-code-copy = Kopjo kodin
sync-setup-title = Konfiguro sinkronizimin në këtë laptop
sync-setup-help = Zgjidhni ku takohen laptopët: një dosje që Nextcloud, Syncthing, një dosje rrjeti ose një USB e mban të njëjtë, ose drejtpërdrejt serverin tuaj WebDAV apo kovën S3. Tessera shkruan aty ndryshimet e saj të enkriptuara; askush pa kodin e regjistrimit nuk mund t'i lexojë.
sync-folder = Dosja e përbashkët
sync-setup = Konfiguro
sync-join-help = Për t’u bashkuar me një organizatë që tashmë sinkronizohet: në një laptop të ri, zgjidhni “Bashkohuni me organizatën tonë” në ekranin e mirëseardhjes dhe shkruani kodin që ju jep një koleg (ose ekzekutoni tessera sync join).
sync-last = Sinkronizimi i fundit
sync-never = asnjëherë
sync-pending = Ndryshime në pritje për t'u dërguar
sync-sent = Paketa të dërguara
sync-received = Paketa të marra
sync-conflicts = Përplasje të zgjidhura
sync-quarantined = Në pritje të orës
sync-devices = Pajisjet
sync-device-name = Pajisja
sync-device-id = Identifikuesi
sync-this-device = ky laptop
sync-device-revoked = e revokuar
sync-revoke = Revoko
sync-revoke-confirm = Të revokohet { $name }? Paketat e saj tani e tutje refuzohen në çdo laptop; përdoreni për një laptop të humbur ose të vjedhur.
sync-problems = Skedarë të pazbatuar
sync-kind = Ku është ndarja
sync-kind-folder = Dosje e përbashkët
sync-kind-webdav = Server WebDAV
sync-kind-s3 = Kovë S3
sync-kind-folder-help = e mbajtur e njëjtë nga Nextcloud, Syncthing, një dosje rrjeti ose një USB
sync-kind-webdav-help = Nextcloud-i ose ownCloud-i juaj, ose çdo server WebDAV, i arritur drejtpërdrejt
sync-kind-s3-help = një kovë e përputhshme me S3: MinIO, Garage ose një ofrues cloud
sync-address-folder = Dosja e përbashkët
sync-address-webdav = Adresa WebDAV
sync-address-s3 = Adresa e kovës (https://host/kova)
sync-user = Emri i përdoruesit
sync-password = Fjalëkalimi
sync-access-key = Çelësi i qasjes
sync-secret-key = Çelësi sekret
sync-region = Rajoni (sipas dëshirës)
sync-credentials-help = Fjalëkalimi ruhet i mbyllur vetëm për këtë laptop. Për Nextcloud, krijoni një fjalëkalim aplikacioni (Cilësimet → Siguria) në vend që të jepni tuajin.
sync-progress = { $done } nga { $total } paketa
sync-outbox = Për dërgim
sync-outbox-empty = Asgjë nuk pret të dërgohet. Një raport i vënë në radhë te ekrani Raportet shkon në dosjen e dërgimit të ndarjes me sinkronizimin e radhës.
sync-outbox-file = Skedari
sync-outbox-queued = Në radhë
sync-outbox-state = Gjendja
sync-outbox-waiting = Pret ndarjen
sync-outbox-retry = Në pritje; provon përsëri { $when }
sync-outbox-sent = Dërguar
sync-outbox-sent-at = Dërguar { $when }
sync-outbox-cancelled = Anuluar
sync-outbox-cancel = Anulo dërgimin
sync-outbox-cancel-confirm = Të anulohet dërgimi i { $name }? Kopja që pret këtu hiqet.
sync-journal = Përplasje të zgjidhura
sync-journal-empty = Asnjë përplasje: asnjë dy laptopë nuk ndryshuan të njëjtën fushë në të njëjtën kohë.
sync-journal-help = Kur dy laptopë ndryshuan të njëjtën fushë, ndryshimi i mëvonshëm u mbajt në çdo laptop. Vlera tjetër ruhet këtu: riktheni nëse ishte e sakta.
sync-journal-record = Regjistrimi
sync-journal-kept = E mbajtur
sync-journal-overwritten = E mbishkruar
sync-journal-by = { $name }, { $when }
sync-journal-restore = Rikthe vlerën tjetër
sync-journal-restored = Vlera tjetër u rikthye; laptopët e tjerë e marrin në sinkronizimin e tyre të radhës.
sync-journal-binary = { $bytes } bajte
sync-table-beneficiaries = Person
sync-table-projects = Projekt
sync-table-transactions = Transaksion
sync-table-activities = Aktivitet
sync-table-indicators = Tregues
sync-table-households = Familje
sync-badge-server-unreachable = Serveri nuk arrihet
reports-queue = Vendose për dërgim
reports-queue-help = Dërgoje në dosjen e dërgimit të ndarjes me sinkronizimin e radhës: menjëherë kur ndarja arrihet, përndryshe sa më shpejt.
reports-queued = { $name } pret te dërgimi; shkon me sinkronizimin e radhës.
settings-backup-title = Kopjet rezervë
settings-backup-help = Një kopje rezervë është një skedar i vetëm me gjithë bazën e të dhënave dhe skedarët e bashkëngjitur. Mbajini kopjet jashtë këtij laptopi: në një USB ose në një dosje të sinkronizuar.
settings-backup-folder = Dosja e kopjeve rezervë
settings-backup-folder-placeholder = /media/usb/Tessera ose ~/Kopje Tessera
settings-backup-every = Kopje automatike
settings-backup-every-off = Joaktive
settings-backup-every-daily = Çdo ditë
settings-backup-every-weekly = Çdo javë
settings-backup-keep = Kopje që ruhen
settings-backup-last = Kopja e fundit në këtë laptop: { $when }.
settings-backup-never = Në këtë laptop nuk është bërë ende asnjë kopje rezervë.
settings-backup-encrypted = Kopjet enkriptohen me fjalëkalimin e bazës së të dhënave.
settings-backup-plain = Kopjet nuk enkriptohen, sepse baza e të dhënave nuk ka fjalëkalim: ruajini në vend të sigurt.
settings-backup-now = Bëj kopje tani
settings-backup-progress-label = Kopja po bëhet
settings-backup-none = Dosja nuk ka ende kopje rezervë.
settings-backup-col-file = Skedari
settings-backup-col-made = Bërë më
settings-backup-col-size = Madhësia
settings-backup-restore = Rikthe…
settings-backup-restore-other = Rikthe një skedar tjetër kopjeje
settings-backup-restore-confirm = Të zëvendësohet baza e të dhënave me kopjen { $name }? Kontrollohet më parë; baza që përdoret tani ruhet pranë saj dhe asgjë nuk fshihet.
settings-backup-restore-passphrase = Fjalëkalimi i kopjes (vetëm kur nuk është ai i kësaj baze)
settings-backup-restore-do = Rikthe
backup-done = Kopja u shkrua: { $name } ({ $size }).
backup-restored = U rikthye kopja e { $date } ({ $organisation }). Baza e mëparshme ruhet si { $kept }.
backup-restored-new = U rikthye kopja e { $date } ({ $organisation }).
settings-check-title = Kontrollo bazën e të dhënave
settings-check-help = Kontrollon skedarin e bazës, që regjistri i ndryshimeve përputhet me tabelat, dhe çdo skedar bashkëngjitur me shumën e tij të kontrollit.
settings-check-now = Kontrollo tani
settings-check-running = Po kontrollohet…
settings-check-ok = Gjithçka është e paprekur: skedari, { NUMBER($rows) } rreshta kundrejt regjistrit të ndryshimeve, { NUMBER($files) } skedarë bashkëngjitur.
settings-check-file-bad = Skedari i bazës së të dhënave është i dëmtuar.
settings-check-log-bad = { NUMBER($count) } rreshta ndryshojnë nga ajo që thotë regjistri i ndryshimeve.
settings-check-files-damaged = Të ndryshuar që kur u bashkëngjitën: { $names }
settings-check-files-missing = Nuk janë në këtë laptop ({ NUMBER($count) }; shtuar në një laptop tjetër, ose hequr nga dosja): { $names }
settings-check-way-out = Riktheni kopjen e fundit të mirë (më lart): baza e dëmtuar ruhet pranë saj, asgjë nuk fshihet.
settings-passphrase-title-set = Ndrysho fjalëkalimin
settings-passphrase-title-new = Enkripto me fjalëkalim
settings-passphrase-help = E gjithë baza e të dhënave shkruhet nga e para me fjalëkalimin e ri; nëse diçka e ndërpret, baza mbetet siç ishte. Kopjet rezervë të mëparshme mbajnë fjalëkalimin me të cilin u bënë.
settings-passphrase-new = Fjalëkalimi i ri
settings-passphrase-repeat = Përsëriteni
settings-passphrase-save = Enkripto me këtë fjalëkalim
settings-passphrase-done = Baza e të dhënave tani është e enkriptuar me fjalëkalimin e ri.
app-damaged = Kjo bazë e të dhënave nuk e kaloi kontrollin në nisje: një pjesë e saj është e dëmtuar. Riktheni kopjen e fundit të mirë te Cilësimet → Kopjet rezervë; baza e dëmtuar ruhet pranë saj.
app-damaged-open = Hap Cilësimet
welcome-title = Mirë se vini në Tessera
welcome-body = Plani, projektet, njerëzit dhe financat e organizatës suaj, të ruajtura në këtë laptop dhe që punojnë pa internet. Si dëshironi të filloni?
welcome-create-title = Krijoni organizatën tonë
welcome-create-body = Filloni me organizatën tuaj: emrin, shtetin dhe monedhën. Projektet, njerëzit dhe financat vijnë më pas.
welcome-create-help = Të gjitha këto mund të ndryshohen më vonë te Cilësimet.
welcome-create-submit = Krijo organizatën
welcome-create-working = Po krijohet…
welcome-demo-title = Eksploroni demonstrimin
welcome-demo-body = Një organizatë e sajuar me projekte, njerëz dhe financa, për të provuar gjithçka. Hiqeni kur të jeni gati të filloni.
welcome-demo-working = Po përgatitet demonstrimi…
welcome-protect-title = Mbroni të dhënat
welcome-protect-encrypt = Enkriptoni bazën e të dhënave me fjalëkalim (e rekomanduar)
welcome-protect-warning = Shkruajeni fjalëkalimin dhe ruajeni në një vend të sigurt. Pa të askush nuk mund t’i hapë të dhënat – as ju, as një koleg, as krijuesit e Tessera: një fjalëkalim i humbur nuk mund të rikthehet.
welcome-protect-off = Pa fjalëkalim, kushdo që ka këtë laptop ose diskun e tij mund të lexojë të dhënat e njerëzve që ju shërbeni.
settings-org-short-name-help = Përdoret në kodet e personave (RAA-0001) dhe në raporte.
settings-org-currency-help = Monedha në të cilën mbahen llogaritë.
settings-org-fiscal-year = Viti financiar fillon në
settings-org-choose = Zgjidhni…
settings-org-logo = Logoja
settings-org-logo-help = PNG ose JPEG, deri në 2 MB: shfaqet në kopertinat e raporteve.
settings-org-logo-pick = Zgjidhni një skedar…
settings-org-logo-change = Ndryshoni…
settings-org-logo-remove = Hiqe
settings-org-logo-preview = Logoja e organizatës
common-back = Prapa
form-problems =
    { $count ->
        [one] Një fushë kërkon vëmendje.
       *[other] { $count } fusha kërkojnë vëmendje.
    }
error-no-database = Ende nuk ka bazë të dhënash: krijoni më parë organizatën tuaj ose eksploroni demonstrimin.
error-not-demo = Kjo është baza e të dhënave e organizatës suaj, jo demonstrimi: nuk hiqet.
demo-banner-title = Organizatë demonstruese.
demo-banner-body = Gjithçka këtu është e sajuar, për të provuar Tessera. Hiqeni për të krijuar organizatën tuaj.
demo-remove = Hiqe demonstrimin…
demo-remove-ask = Të hiqet organizata demonstruese me gjithë të dhënat e saj të sajuara nga ky laptop? Pas kësaj vjen ekrani i mirëseardhjes.
demo-remove-yes = Hiqe demonstrimin
dashboard-start-title = Filloni me projektin tuaj të parë
dashboard-start-body = Një projekt mban kornizën logjike, buxhetin, aktivitetet dhe njerëzit që arrin. Krijoni një këtu, ose importoni një paketë projekti që ju dërgoi një partner.
settings-org-save = Ruaj profilin
settings-org-saved = Profili u ruajt
welcome-join-title = Bashkohuni me organizatën tonë
welcome-join-body = Një koleg e përdor tashmë Tessera: bashkohuni me kodin e regjistrimit që ju jep dhe ky laptop sinkronizohet me të tijin.
welcome-join-help = Ku takohen laptopët e kolegut tuaj (dosja e përbashkët, serveri WebDAV ose kova S3 që ka vendosur te Sinkronizimi) dhe kodi që iu shfaq. Ky laptop merr kopjen e vet të të dhënave të organizatës.
welcome-join-code = Kodi i regjistrimit
welcome-join-code-help = 24 shkronja dhe shifra në grupe me katër, siç e tregon ekrani i Sinkronizimit të kolegut.
welcome-join-submit = Bashkohu
welcome-join-working = Po bashkoheni: po merren të dhënat e organizatës…
keys-title = Shkurtoret e tastierës
keys-this-screen = Në këtë ekran
keys-everywhere = Kudo
keys-close = Mbyll
keys-palette = Shkoni te çdo ekran, projekt, person ose veprim
keys-screens = Ekranet e shiritit anësor, me radhë
keys-search = Kërkoni në listën që shfaqet
keys-save = Ruani formularin
keys-cancel = Mbyllni ose anuloni
keys-undo = Zhbëni ndryshimin e fundit
keys-help = Shfaqni këtë listë
keys-list-move = Lëvizni nëpër listë
keys-list-open = Hapni rreshtin e zgjedhur
keys-list-ends = Rreshti i parë ose i fundit
keys-new-project = Projekt i ri
keys-new-activity = Aktivitet i ri
keys-new-person = Regjistroni një person
keys-new-organisation = Organizatë e re
keys-new-item = Element i ri në skedën që shfaqet
keys-calendar-month = Muaji i mëparshëm ose i ardhshëm në kalendar
keys-finance-tabs = Skedat: buxheti, transaksionet, grantet, kurset, periudhat
keys-next-field = Fusha tjetër; në të fundit, regjistroni shpenzimin
keys-generate = Krijoni raportin
keys-sync-now = Sinkronizoni tani
keys-rename = Riemërtoni elementin e zgjedhur të kornizës logjike
keys-move = Lëvizeni lart ose poshtë
keys-delete = Fshijeni (pyetet më parë)
keys-back-to-projects = Kthehuni te projektet
settings-lock-title = Kyçja kur nuk përdoret
settings-lock-after = Kyçe bazën e të dhënave pas
settings-lock-never = Asnjëherë
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } minutë pa përdorim
       *[other] { $minutes } minuta pa përdorim
    }
settings-lock-now = Kyçe tani
settings-lock-saved = Koha e kyçjes u ruajt
settings-lock-help = Pa asnjë tast, klikim ose lëvizje për aq kohë, Tessera mbyll bazën e të dhënave dhe kërkon sërish fjalëkalimin: një laptop i lënë hapur nuk ia tregon askujt të dhënat e njerëzve.
settings-about-title = Rreth Tessera
settings-about-version = Versioni
settings-about-schema = Formati i bazës së të dhënave
settings-about-fonts = Shkronjat
settings-about-crates =
    { $count ->
        [one] Ndërtuar nga { $count } paketë Rust, sipas licencës
       *[other] Ndërtuar nga { $count } paketa Rust, sipas licencës
    }
settings-about-npm =
    { $count ->
        [one] dhe { $count } paketë npm në ndërfaqe
       *[other] dhe { $count } paketa npm në ndërfaqe
    }
calendar-month-empty = Asgjë këtë muaj.
calendar-go-nearest = Shko te { $date }
settings-report-lang = Gjuha e raporteve të reja
settings-report-lang-help = Çfarë ofron së pari ekrani i Raporteve, për çdo laptop të organizatës (anglisht për shumicën e donatorëve); çdo raport mund të bëhet gjithsesi në cilëndo nga të shtatat.
settings-report-lang-interface = Gjuha e ndërfaqes
reports-deviation-title = Shënime për devijimin
reports-deviation-intro = Pse arritja e një treguesi deri më { $date } devijon nga synimi përtej kufijve të organizatës. Tabela e shfaq çdo shënim në kolonën e fundit.
reports-deviation-needed = Duhet shënim
reports-deviation-percent = { $percent } e synimit
reports-deviation-no-target = Pa synim për krahasim
reports-deviation-none = Çdo tregues është brenda kufijve për këtë periudhë: nuk duhet asnjë shënim.
reports-deviation-others = Tregues të tjerë ({ $count })
reports-deviation-saved = Shënimi u ruajt.
reports-deviation-label = Shënim për devijimin e { $ref }
reports-deviation-regenerate = Shënimet ndryshuan: krijojeni raportin përsëri për t’i parë në tabelë.
reports-ethnicity = Personat e arritur sipas përkatësisë etnike
reports-ethnicity-about = E dhënë e kategorisë së veçantë: vetëm për këtë raport, numrat nën 5 fshihen.

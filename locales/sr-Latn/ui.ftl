# Tessera — interfejs na srpskom jeziku (ekavica).
# Množina: one / few / other (CLDR). sr-Latn/ui.ftl je isti tekst latinicom: dobija se iz ove datoteke
# naredbom node ui/scripts/sr-latn.mjs.

## Application frame

app-name = Tessera
app-skip-to-content = Pređi na sadržaj

## Sidebar

nav-label = Glavna navigacija
nav-dashboard = Kontrolna tabla
nav-plan = Strateški plan
nav-projects = Projekti
nav-activities = Aktivnosti
nav-beneficiaries = Korisnici
nav-finance = Finansije
nav-reports = Izveštaji
nav-sync = Sinhronizacija
nav-settings = Podešavanja
nav-item-title = { $label } ({ $key })
nav-collapse = Sakrij bočni meni
nav-expand = Prikaži bočni meni

## Top bar

topbar-palette = Idi na ekran ili projekat…
language-switcher-label = Jezik interfejsa
sync-badge-not-set-up = Nije podešeno
sync-badge-title = Sinhronizacija između laptopova organizacije: kada se ovaj poslednji put sinhronizovao i šta čeka. Otvara ekran Sinhronizacija.

## Command palette (Ctrl+K)

palette-title = Idi na
palette-placeholder = Unesite naziv ekrana, naziv ili šifru projekta
palette-group-screens = Ekrani
palette-group-projects = Projekti
palette-no-results = Ništa ne odgovara pojmu „{ $query }“.
palette-loading-projects = Učitavanje projekata…
palette-hint = ↑ ↓ za kretanje · Enter za otvaranje · Esc za zatvaranje

## Shared words

common-loading = Učitavanje…
common-retry = Pokušaj ponovo
common-dismiss = Zatvori
common-empty-value = —
common-period = { DATE($start) } – { DATE($end) }

## Dashboard

dashboard-title = Kontrolna tabla
dashboard-subtitle = { $org } ukratko
dashboard-figures = Ključni pokazatelji
dashboard-card-projects-active =
    { $count ->
        [one] aktivan projekat
        [few] aktivna projekta
       *[other] aktivnih projekata
    }
dashboard-card-beneficiaries =
    { $count ->
        [one] obuhvaćen korisnik
        [few] obuhvaćena korisnika
       *[other] obuhvaćenih korisnika
    }
dashboard-card-activities-done =
    { $count ->
        [one] završena aktivnost
        [few] završene aktivnosti
       *[other] završenih aktivnosti
    }
dashboard-card-activities-planned =
    { $count ->
        [one] planirana aktivnost
        [few] planirane aktivnosti
       *[other] planiranih aktivnosti
    }
dashboard-deadlines-title = Predstojeći rokovi
dashboard-deadlines-empty = Nema predstojećih rokova. Ovde će se pojaviti rokovi za izveštaje po vašim grantovima.
dashboard-due-today = rok je danas
dashboard-due-in-days =
    { $days ->
        [one] za { $days } dan
        [few] za { $days } dana
       *[other] za { $days } dana
    }
dashboard-overdue-days =
    { $days ->
        [one] kasni { $days } dan
        [few] kasni { $days } dana
       *[other] kasni { $days } dana
    }
deadline-kind-interim = Periodični izveštaj
deadline-kind-final = Završni izveštaj
deadline-kind-financial-report = Finansijski izveštaj
deadline-kind-narrative-report = Narativni izveštaj

## Projects list

projects-title = Projekti
projects-count =
    { $count ->
        [one] { $count } projekat
        [few] { $count } projekta
       *[other] { $count } projekata
    }
projects-filter-label = Filtriraj projekte po šifri ili nazivu
projects-filter-placeholder = Filtriraj po šifri ili nazivu
projects-filter-none = Nijedan projekat ne odgovara pojmu „{ $query }“.
projects-keyboard-hint = ↑ ↓ za kretanje kroz projekte · Enter za otvaranje · / za filter
projects-col-code = Šifra
projects-col-title = Naziv
projects-col-status = Status
projects-col-period = Period
projects-col-countries = Zemlje
projects-col-budget = Budžet
projects-col-beneficiaries = Korisnici
projects-col-activities = Aktivnosti

project-status-pipeline = U pripremi
project-status-active = Aktivan
project-status-closed = Zatvoren

## Empty states

empty-projects-title = Još nema projekata
empty-projects-body = Ovde će biti popisani projekti vaše organizacije koje finansiraju donatori, sa logičkim okvirima, grantovima i aktivnostima.
empty-import-hint = Do tada se paket projekta može uvesti naredbom { $command }.
empty-plan-body = Ovde će biti prikazani vizija, misija, strateški ciljevi i operativni ciljevi vaše organizacije, kao i projekti koji im doprinose.
empty-activities-body = Ovde će biti popisane obuke, radionice, podele pomoći i ostale aktivnosti svih vaših projekata, sa evidencijom prisustva.
empty-beneficiaries-body = Ovde će biti popisani korisnici i domaćinstva koje registrujete.
empty-finance-body = Ovde ćete voditi grantove, budžete, rashode sa priznanicama i poređenje budžeta sa stvarnim troškovima.
empty-reports-body = Ovde ćete pripremati narativne i finansijske izveštaje za donatore, na jeziku koji svaki donator traži.

## Project overview

project-back = Nazad na projekte
project-status = Status
project-period = Period
project-countries = Zemlje
project-budget = Budžet
project-beneficiaries = Korisnici
project-section-summary = Sažetak
project-section-partners = Vodeća organizacija i partneri
project-section-grants = Grantovi
project-section-logframe = Logički okvir
project-section-activities = Aktivnosti

partner-role-lead = Vodeći aplikant
partner-role-partner = Partner
partner-role-associate = Saradnik

grants-col-donor = Donator
grants-col-programme = Program
grants-col-contract = Broj ugovora
grants-col-period = Period
grants-col-amount = Iznos
grants-amount = { MONEY($amount, $currency) }
grants-empty = Za ovaj projekat još nije evidentiran nijedan grant.

logframe-level-goal = Opšti cilj
logframe-level-objective = Specifični cilj
logframe-level-result = Očekivani rezultat
logframe-empty = Logički okvir ovog projekta je još prazan.

indicator-col-indicator = Indikator
indicator-col-baseline = Početna vrednost
indicator-col-target = Ciljna vrednost
indicator-col-actual = Ostvareno
indicator-col-progress = Napredak
indicator-progress = { NUMBER($progress, style: "percent") } ciljne vrednosti
indicator-no-measurement = Još nema merenja
indicator-target-reached = Cilj ostvaren
indicator-aggregation-sum = zbir merenja
indicator-aggregation-latest = poslednja vrednost
indicator-aggregation-max = najveća vrednost
indicator-unit-count = broj
indicator-unit-percent = procenat
indicator-unit-yes-no = da/ne
indicator-unit-text = tekst

activities-col-title = Aktivnost
activities-col-type = Vrsta
activities-col-status = Status
activities-col-date = Planirano za
activities-col-municipality = Opština
activities-col-participants = Učesnici
activities-empty = Za ovaj projekat još nisu planirane aktivnosti.

activity-type-training = Obuka
activity-type-workshop = Radionica
activity-type-information-meeting = Informativni sastanak
activity-type-forum = Forum
activity-type-round-table = Okrugli sto
activity-type-campaign = Kampanja
activity-type-research = Istraživanje
activity-type-advocacy-initiative = Zagovaračka inicijativa
activity-type-distribution = Podela pomoći
activity-type-legal-aid = Pravna pomoć
activity-type-psychosocial-support = Psihosocijalna podrška
activity-type-monitoring-visit = Monitoring poseta
activity-type-other = Ostalo

activity-status-planned = Planirano
activity-status-ongoing = U toku
activity-status-done = Završeno
activity-status-postponed = Odloženo
activity-status-cancelled = Otkazano

## Settings

settings-title = Podešavanja
settings-language-title = Jezik
settings-language-label = Jezik interfejsa
settings-language-help = Jezik menija i ekrana na ovom laptopu. Svaki izveštaj može biti napisan na drugom jeziku.
settings-org-title = Organizacija
settings-org-name = Naziv
settings-org-short-name = Skraćeni naziv
settings-org-country = Zemlja
settings-org-currency = Osnovna valuta
settings-db-title = Baza podataka
settings-db-path = Lokacija
settings-db-encryption = Šifrovanje
settings-db-encrypted-yes = Šifrovana lozinkom
settings-db-encrypted-no = Nije šifrovana

## Unlock

unlock-title = Otključajte bazu podataka
unlock-body = Podaci vaše organizacije na ovom laptopu su šifrovani. Unesite lozinku da biste ih otvorili.
unlock-passphrase = Lozinka
unlock-submit = Otključaj
unlock-working = Otključavanje…

## Errors

error-unexpected = Aplikacija Tessera ne može da pristupi svojoj bazi podataka. Zatvorite aplikaciju i ponovo je otvorite; ako se ponovi, obratite se podršci.

# Editing projects and logframes
common-save = Sačuvaj
common-cancel = Otkaži
common-delete = Obriši
common-undo = Poništi
common-actions = Radnje
field-date-help = Kao 31.03.2026. ili 2026-03-31.
project-new = Novi projekat
project-new-title = Novi projekat
project-field-code = Šifra
project-field-code-help = Kratka šifra po kojoj ga organizacija zna, na primer RISE-2026.
project-field-title = Naziv
project-field-start = Početak
project-field-end = Kraj
project-field-currency = Valuta
project-field-countries-help = ISO šifre odvojene zarezima, na primer AL, XK, MK.
logframe-add-goal = Dodaj opšti cilj
logframe-add-objective = Dodaj specifični cilj
logframe-add-result = Dodaj rezultat
logframe-new-goal = Opšti cilj
logframe-new-objective = Novi specifični cilj
logframe-new-result = Novi očekivani rezultat
logframe-field-text = Tekst
logframe-keyboard-hint = F2 preimenuje · Delete briše · Alt+↑/↓ pomera
logframe-delete-confirm = Obrisati { $ref } i sve ispod?
logframe-deleted = { $ref } je obrisan.
indicator-add = Dodaj indikator
indicator-field-text = Indikator
indicator-field-unit = Jedinica mere
indicator-field-aggregation = Kako se merenja sabiraju
indicator-field-target = Ciljna vrednost na kraju projekta
measurement-add = Upiši merenje
measurement-field-date = Datum
measurement-field-value = Vrednost
measurement-field-source = Izvor / sredstva provere

# Dashboard: pace and activities
dashboard-behind-title = Indikatori koji kasne
dashboard-behind-empty = Svaki indikator ide u skladu sa ciljnom vrednošću, ili je još nema.
dashboard-behind-figures = { NUMBER($achieved) } od { NUMBER($expected) } očekivanih do danas (cilj { NUMBER($target) })
dashboard-behind-more =
    { $count ->
        [one] i još { $count }
        [few] i još { $count }
       *[other] i još { $count }
    }
dashboard-week-title = Aktivnosti ove nedelje
dashboard-week-empty = Nijedna aktivnost nije planirana da počne ove nedelje.
dashboard-overdue-title = Aktivnosti koje kasne
dashboard-overdue-empty = Nijednoj planiranoj aktivnosti nije prošao rok.

# Project actions
project-edit = Uredi
project-edit-title = Uređivanje projekta
project-close = Zatvori projekat
project-closed = Projekat { $code } je zatvoren.
project-deleted = Projekat { $code } je obrisan.
project-delete-confirm = Obrisati projekat { $code } sa svim u njemu?
common-saved = Sačuvano.

# Strategic plan
plan-title = Strateški plan
plan-empty-title = Još nema strateškog plana
plan-empty-body = Opišite plan organizacije za jedan period; njegov napredak dolazi iz projekata vezanih za njegove ciljeve.
plan-field-title = Naziv
plan-field-start = Od
plan-field-end = Do
plan-field-vision = Vizija
plan-field-mission = Misija
plan-create = Započni plan
plan-add-goal = Dodaj strateški cilj
plan-new-goal = Novi strateški cilj
plan-add-objective = Dodaj strateški zadatak
plan-new-objective = Novi strateški zadatak
plan-goals-empty = Plan još nema strateških ciljeva.
plan-no-progress = još nema izmerenog napretka
plan-unlink = Odveži
plan-link-project = Poveži projekat…
plan-link = Poveži
plan-item-deleted = { $code } je obrisan.
target-set = Postavi cilj
target-field-period-end = Kraj perioda
target-field-period-end-help = Ciljna vrednost za period koji se završava tog dana; poslednja je cilj na kraju projekta.
dashboard-plan-title = Strateški plan
dashboard-plan-empty = Još nema strateškog plana.
dashboard-plan-start = Započnite ga

## Organisations directory
organisation-kind-ngo = NVO
organisation-kind-public-authority = Organ javne vlasti
organisation-kind-donor = Donator
organisation-kind-network = Mreža
organisation-kind-private = Privatna firma
organisation-kind-other = Drugo
nav-organisations = Organizacije
org-title = Organizacije
org-intro = Partneri, donatori, korisnici podgrantova i organi vlasti: jedna lista iz koje biraju projekti i grantovi.
org-new = Nova organizacija
org-edit-title = Izmena organizacije
org-field-name = Naziv
org-field-short-name = Kratki naziv
org-field-kind = Vrsta
org-field-country = Država
org-field-country-help = ISO kod, na primer RS ili BA.
org-projects = Projekti
org-grants = Grantovi
org-owner = Ova organizacija
org-empty = Još nema drugih organizacija. Dodajte partnere, donatore i organe vlasti sa kojima rade vaši projekti.
org-search = Pretraga organizacija
org-no-match = Nijedna organizacija ne odgovara „{ $query }“.
org-deleted = { $name } je obrisana.
org-delete-confirm = Obrisati { $name } sa liste?
org-edit = Izmeni
project-field-lead = Vodeći aplikant
project-field-partners = Partneri
project-partner-add = Dodaj partnera…
project-partner-remove = Ukloni { $name }
project-partners-none = Još nema partnera.
project-field-municipalities = Opštine
project-municipality-search = Upišite opštinu…
project-municipality-remove = Ukloni { $name }
project-municipalities-none = Nije izabrana nijedna opština.

## Assumptions and risks, disaggregation, indicator chart
assumption-kind-assumption = Pretpostavka
assumption-kind-risk = Rizik
gender-female = Ženski
gender-male = Muški
gender-other = Drugo
gender-undisclosed = Ne želim da navedem
logframe-assumptions = Pretpostavke i rizici
logframe-add-assumption = Dodaj pretpostavku
logframe-add-risk = Dodaj rizik
logframe-new-assumption = Nova pretpostavka
logframe-new-risk = Novi rizik
assumption-deleted = { $kind }: obrisano.
measurement-disaggregation = Razvrstavanje (neobavezno)
measurement-field-gender = Pol
measurement-field-age-band = Starosna grupa
measurement-field-municipality = Opština
measurement-any = Sve
indicator-chart = { $text }: ostvareno kroz vreme, prema cilju

## Work packages
project-section-work-packages = Radni paketi
wp-add = Dodaj radni paket
wp-new = Novi radni paket
wp-field-title = Naziv
wp-rename = Preimenuj
wp-empty = Još nema radnih paketa.
wp-deleted = { $code } je obrisan.
wp-activities = Aktivnosti: { NUMBER($count) }

## Activities in the logframe
logframe-level-activity = Aktivnost
logframe-add-activity = Dodaj aktivnost
logframe-new-activity = Nova aktivnost
## People: field labels (forms, the import's mapping step; a table's header may be any language's)
people-field-code = Šifra
people-field-first_name = Ime
people-field-last_name = Prezime
people-field-gender = Pol
people-field-birth_year = Godina rođenja
people-field-country = Država
people-field-municipality = Opština
people-field-settlement = Naselje
people-field-household = Domaćinstvo
people-field-household_size = Broj članova domaćinstva
people-field-ethnicity = Etnička pripadnost
people-field-disability = Invaliditet
people-field-consent_date = Datum pristanka
people-field-consent_purposes = Svrhe pristanka
people-field-consent_withdrawn = Opozvan pristanak
## What people type in a table's cells, comma-separated (compared without case, diacritics or script)
people-words-gender-female = ž, žensko, žena, ženski, devojčica
people-words-gender-male = m, muško, muškarac, muški, dečak
people-words-gender-other = drugo
people-words-gender-undisclosed = ne želi da navede
people-words-yes = da, d
people-words-no = ne, n

## The beneficiary registry
people-intro = Osobe, domaćinstva i organizacije kojima vaša organizacija služi. Prvo šifra; imena samo gde su ljudi pristali.
people-import = Uvezi iz tabele
people-new = Registruj osobu
people-search = Traži po šifri ili imenu, bilo kojim pismom
people-count = { $count ->
    [one] { NUMBER($count) } osoba
    [few] { NUMBER($count) } osobe
   *[other] { NUMBER($count) } osoba
}
people-col-name = Ime
people-no-name = (ime nije upisano)
people-no-match = Niko ne odgovara upitu „{ $query }“.
people-list-keys = ↑↓ za kretanje, Enter za otvaranje, / za pretragu, Ctrl+N za registraciju
people-registered = { $code } je registrovan/a.
people-edit-title = Izmeni { $code }
people-code-next = Šifra će biti { $prefix }-… (sledeći slobodan broj).
people-names-help = Imena nisu obavezna: šifra je dovoljna.
people-municipality-help = Upišite bilo kojim pismom; lista predlaže.
people-sensitive = Osetljivi podaci (posebne vrste)
common-yes = Da
common-no = Ne
people-back = Nazad na listu
people-edit = Izmeni
people-delete-confirm = Obrisati { $code }? Osoba izlazi iz registra i iz brojanja; Opozovi je vraća.
people-deleted = { $code } je obrisan/a.
people-erased-badge = Podaci o ličnosti su izbrisani
people-withdrawn-badge = Opozvan pristanak
people-household-line = { $code }: { $size } osoba, registrovano { $members }
people-consent = Pristanak
people-consent-given = Dat { DATE($date) } za: { $purposes }.
people-consent-recorded-by = Upisao/la { $name }.
people-consent-withdrawn-on = Opozvan { DATE($date) }: nije u novim prisustvima ni izvozima.
people-consent-none = Pristanak još nije upisan.
people-consent-recorded-by-label = Upisao/la (zaposleni)
people-consent-withdraw-date = Opozvan dana
people-consent-withdraw = Opozovi pristanak
people-consent-correct = Ispravi pristanak
people-consent-record = Upiši pristanak
people-erase = Izbriši podatke o ličnosti
people-erase-confirm = Izbrisati imena, godinu rođenja, naselje, kontakt i osetljiva polja osobe { $code } — sa ovog laptopa sada i sa svakog drugog pri njegovoj sledećoj sinhronizaciji? Šifra, pol i opština ostaju, da brojevi ostanu tačni. Ovo se ne može opozvati.
people-erased = { $code }: podaci o ličnosti su izbrisani.
people-services = Usluge
people-services-none = Nema upisanih usluga.
people-attendance = Prisustvo
people-attendance-none = Nema upisanog prisustva.
consent-purpose-services = Usluge
consent-purpose-reporting = Izveštavanje donatora
consent-purpose-contact = Kontakt
consent-purpose-photos = Fotografije
people-import-title = Uvoz osoba iz tabele
people-import-intro = CSV ili XLSX datoteka sa redom zaglavlja. Odredite koje je polje svaka kolona, proverite, pa uvezite — sve redove ili nijedan.
people-import-file = Datoteka
people-import-project = Projekat
people-import-rows = { $count ->
    [one] { NUMBER($count) } red ispod zaglavlja.
    [few] { NUMBER($count) } reda ispod zaglavlja.
   *[other] { NUMBER($count) } redova ispod zaglavlja.
}
people-import-remembered = Polja ovih kolona su ona izabrana prošli put.
people-import-field-of = Polje kolone „{ $column }“
people-import-skip = (izostavi)
people-import-check = Proveri
people-import-run = Uvezi
people-import-ok = { $count ->
    [one] Red može da se uveze (novih domaćinstava: { $households }).
    [few] Sva { NUMBER($count) } reda mogu da se uvezu (novih domaćinstava: { $households }).
   *[other] Svi redovi ({ NUMBER($count) }) mogu da se uvezu (novih domaćinstava: { $households }).
}
people-import-done = { $count ->
    [one] Uvezena je { NUMBER($count) } osoba.
    [few] Uvezene su { NUMBER($count) } osobe.
   *[other] Uvezeno je { NUMBER($count) } osoba.
}
people-import-at = Red { $row }, „{ $column }“:
settings-people-title = Registar osoba
settings-code-prefix = Prefiks šifara osoba
settings-code-prefix-help = Nove osobe dobijaju šifre poput { $example }. Ostavite prazno da se koristi kratki naziv organizacije.
settings-sensitive-title = Osetljiva polja
settings-sensitive-help = Etnička pripadnost, invaliditet i ranjivost su posebne vrste podataka o ličnosti (član 9 GDPR-a i zakoni o zaštiti podataka u regionu): upisujte ih samo kada ih vaš rad traži i kada su ljudi pristali. Svako polje ostaje skriveno svuda dok se ovde ne uključi.
settings-sensitive-ethnicity = Etnička pripadnost
settings-sensitive-disability = Invaliditet
settings-sensitive-vulnerability = Oznake ranjivosti

## Likely duplicates
people-likely-intro = { $count ->
    [one] Ovo je možda neko već registrovan:
    [few] Ovo su možda { $count } već registrovane osobe:
   *[other] Ovo je možda { $count } već registrovanih osoba:
}
people-likely-open = Otvori
people-likely-anyway = Otvorite ih da proverite; ili ponovo sačuvajte da registrujete novu osobu.
people-likely-register-anyway = Ipak registruj
people-duplicates-title = Verovatni duplikati
people-duplicates-intro = Osobe koje su možda registrovane dvaput: drugim pismom, sa greškom u kucanju, sa zamenjenim imenom i prezimenom ili godinom rođenja razlike jedne godine. Spojite ih ili označite da nisu ista osoba.
people-duplicates-none = Nema verovatnih duplikata.
people-duplicates-count = { $count ->
    [one] { NUMBER($count) } par za odluku.
    [few] { NUMBER($count) } para za odluku.
   *[other] { NUMBER($count) } parova za odluku.
}
people-duplicates-likeness = Koliko su slični
people-merged = { $other } je spojen/a sa { $kept }.
people-merge-confirm = Spojiti { $other } sa { $kept }? { $other } se briše; sve usluge i prisustva oboje ostaju kod { $kept }, a prazna polja { $kept } dobijaju vrednosti od { $other }.
people-merge = Spoji
people-merge-into = Zadrži { $code }
people-not-same = Nije ista osoba

## Registry export
people-export = Izvezi
people-export-title = Izvoz registra
people-export-intro = Tabela za sopstveni rad organizacije: šifre uvek; imena i osetljiva polja samo kada ih zatražite. Osobe koje su opozvale pristanak se izostavljaju.
people-export-everyone = Svi
people-export-format = Format
people-export-names = Uključi imena i prezimena
people-export-names-warning = Datoteka će sadržati podatke o ličnosti: čuvajte je na šifrovanom disku i izbrišite je kada završite.
people-export-done = Sačuvano u { $path }.

people-import-likely = { $count ->
    [one] { NUMBER($count) } red je možda neko već registrovan (možete da uvezete i kasnije spojite, ili ispravite datoteku):
    [few] { NUMBER($count) } reda su možda već registrovane osobe (možete da uvezete i kasnije spojite, ili ispravite datoteku):
   *[other] { NUMBER($count) } redova su možda već registrovane osobe (možete da uvezete i kasnije spojite, ili ispravite datoteku):
}
people-import-at-row = Red { $row }:
people-household-help = Upišite šifru domaćinstva: postojećeg, ili se pravi novo.
people-household-members = Članovi
people-field-vulnerability = Oznake ranjivosti
people-vulnerability-help = Odvojene zarezima: samohrani roditelj, bez dokumenata, …
service-kind-food-package = Paket hrane
service-kind-hygiene-package = Higijenski paket
service-kind-legal-aid = Pravna pomoć
service-kind-counselling = Savetovanje
service-kind-training-attendance = Učešće na obuci
service-kind-referral = Upućivanje
service-kind-psychosocial-support = Psihosocijalna podrška
service-kind-other = Ostalo
age-band-0-17 = 0–17
age-band-18-29 = 18–29
age-band-30-59 = 30–59
age-band-60-plus = 60 i više
age-band-unknown = Nepoznata starost
activities-intro = Obuke, forumi, podele i ostale aktivnosti vaših projekata: ko je došao, šta je dobio i liste koje je potpisao.
activity-new = Nova aktivnost
activity-edit-title = Izmeni aktivnost
activity-edit = Izmeni
activity-back = Nazad na aktivnosti
activity-field-project = Projekat
activity-field-result = Rezultat
activity-no-result = Bez rezultata
activity-field-title = Naziv
activity-field-type = Vrsta
activity-field-status = Status
activity-field-planned-start = Planirani početak
activity-field-planned-end = Planirani završetak
activity-field-actual-start = Održana od
activity-field-actual-end = Održana do
activity-field-description = Opis
activity-field-reason = Razlog (prikazuje se u izveštaju)
activity-field-country = Država
activity-field-municipality = Opština
activity-field-settlement = Naselje
activity-field-venue = Mesto održavanja
activity-field-responsible = Odgovorna osoba ili partner
activity-planned = Planirano
activity-held = Održano
activity-delete-confirm = Obrisati „{ $title }“ sa prisustvom, brojem prisutnih i listama? Možete to da opozovete.
activity-deleted = „{ $title }“ je obrisana.
attendance-title = Prisustvo
attendance-add = Dodaj registrovanu osobu
attendance-add-help = Upišite ime ili šifru, izaberite sa ↓ i ↑, Enter dodaje; zatim sledeću.
attendance-already = već je tu
attendance-empty = Još niko nije označen kao prisutan.
attendance-organisation = organizacija
attendance-remove = Ukloni { $name } iz prisustva
attendance-removed = { $name } više nije označen kao prisutan.
headcount-title = Broj prisutnih
headcount-intro = Anonimni učesnici javnog događaja, prebrojani po polu i starosnoj grupi — iskazuju se pored registrovanih osoba, nikad se ne dodaju njima.
headcount-age-band = Starosna grupa
headcount-count = Broj
headcount-add = Dodaj
headcount-remove = Ukloni ovaj broj
headcount-removed = Broj je uklonjen.
attachments-title = Liste prisutnih i dokazi
attachments-intro = Fotografije ili skenovi potpisanih lista i dnevnog reda: čuvaju se na ovom laptopu po svom otisku, pa se ista datoteka čuva jednom.
attachments-add = Priloži fotografije ili skenove…
attachments-uploading = Prilaže se…
attachments-remove = Ukloni { $name }
attachment-removed = { $name } je uklonjen.
reach-title = Obuhvaćeni projektom { $code }
reach-intro = Različite osobe koje su prisustvovale održanoj aktivnosti ili dobile uslugu, od početka projekta do danas; svaka osoba jednom.
reach-people = Obuhvaćene osobe
reach-organisations = Organizacije korisnice
reach-headcount = Broj prisutnih (posebno)
activities-search = Pronađi aktivnost…
activities-all-projects = Svi projekti
activities-view = Prikaz
activities-view-list = Lista
activities-view-calendar = Kalendar
activities-view-plan = Plan rada
activities-no-match = Nijedna aktivnost ne odgovara „{ $query }“.
calendar-previous = Prethodni mesec
calendar-next = Sledeći mesec
plan-choose-project = Izaberite projekat iznad da vidite njegov plan rada: aktivnosti po rezultatima, planirane i održane, po mesecima.
activity-field-ref = Šifra aktivnosti
service-title = Upiši uslugu
service-recipients = Korisnici: { NUMBER($count) }
service-record = Upiši
service-recorded = { $kind } upisano. Korisnici: { NUMBER($count) }.
service-field-kind = Usluga
service-field-date = Datum
service-field-quantity = Količina
service-per-household = Jedna po domaćinstvu (prvom registrovanom članu)
service-for-attendees = Usluga za prisutne
service-for-listed = Usluga za osobe sa liste
reach-from = Od
reach-to = Do
reach-in-period = U periodu
reach-since-start = Od početka
reach-total = Ukupno
reach-by-gender-age = Po polu i starosnoj grupi (u periodu)
reach-by-municipality = Po opštinama (u periodu)
reach-no-municipality = Opština nije upisana
reach-bad-period = Upišite oba datuma kao 31.03.2026 ili 2026-03-31, kraj ne pre početka.
activity-field-budget-lines = Budžetske linije iz kojih se finansira
rate-field-date = Datum
rate-field-from = Iz valute
rate-field-to = U valutu
rate-field-rate = Kurs
rate-field-source = Izvor
transaction-kind-expense = Rashod
transaction-kind-income = Prihod
transaction-kind-transfer = Prenos
payment-method-bank = Banka
payment-method-cash = Gotovina
exchange-rule-contract-rate = Ugovoreni kurs
exchange-rule-inforeuro-invoice-month = InforEuro kurs meseca fakture
exchange-rule-inforeuro-payment-month = InforEuro kurs meseca plaćanja
exchange-rule-transaction-rate = Sopstveni kurs transakcije
exchange-rule-period-average = Prosek mesečnih kurseva perioda
transaction-field-ref = Oznaka
transaction-field-kind = Vrsta
transaction-field-invoice-date = Datum fakture
transaction-field-booking-date = Datum knjiženja
transaction-field-payment-date = Datum plaćanja
transaction-field-amount = Iznos
transaction-field-currency = Valuta
transaction-field-rate = Devizni kurs
transaction-field-budget-line = Budžetska linija
transaction-field-grant = Grant
transaction-field-share = Udeo
transaction-field-partner = Partner
transaction-field-payee = Primalac
transaction-field-document-no = Broj dokumenta
transaction-field-method = Način plaćanja
transaction-field-description = Opis
transaction-field-reverses = Stornira
finance-intro = Novac jednog projekta u njegovoj valuti: budžet naspram stvarnih troškova, transakcije, devizni kursevi i izveštajni periodi.
finance-project = Projekat
finance-no-projects = Još nema projekta: prvo napravite projekat ili uvezite paket.
finance-tab-budget = Budžet naspram stvarnih troškova
finance-tab-transactions = Transakcije
finance-tab-rates = Devizni kursevi
finance-tab-periods = Izveštajni periodi
finance-window = Period
finance-window-to-date = Od početka do danas
finance-window-whole = Ceo projekat
finance-budget = Budžet
finance-spent-period = Utrošeno u periodu
finance-spent-cumulative = Utrošeno od početka
finance-remaining = Preostalo
finance-percent-spent = % utrošeno
finance-col-heading = Kategorija i budžetska linija
finance-warnings = Upozorenja
finance-no-warnings = Nema upozorenja za ovaj period.
finance-warning-heading-deviation = { $heading }: utrošeno { $percent } % budžeta (granica { $limit } %).
finance-warning-indirect-above-rate = Indirektni troškovi su { $percent } % direktnih, iznad { $limit } % koliko grant dozvoljava.
finance-warning-subgrant-above-60000 = Podgrant { $subgrant } je veći od 60 000 EUR.
finance-by-grant = Udeo svakog granta
finance-grant-amount = Iznos granta
finance-no-budget = Ovaj projekat još nema budžetskih linija: dodajte prvu sa Nova budžetska linija (Ctrl+N).
finance-open-rates = Otvori devizne kurseve
budget-heading-1 = Ljudski resursi
budget-heading-2 = Putovanja
budget-heading-3 = Oprema i materijal
budget-heading-4 = Lokalna kancelarija
budget-heading-5 = Ostali troškovi i usluge
budget-heading-6 = Ostalo (finansijska podrška trećim licima)
budget-heading-7 = Međuzbir direktnih troškova
budget-heading-8 = Indirektni troškovi
budget-heading-9 = Ukupni prihvatljivi troškovi
transactions-new = Nova transakcija
transactions-edit-title = Transakcija { $ref }
transactions-help = Enter prelazi na sledeće polje, a na poslednjem knjiži; Ctrl+S knjiži iz bilo kog polja. Datum, valuta, budžetska linija, grant i način ostaju za sledeću.
transactions-book = Proknjiži
transactions-booked = Transakcija { $ref } je proknjižena.
transactions-deleted = Transakcija { $ref } je obrisana.
transactions-reversed = Storno knjiženje { $ref } je proknjiženo.
transactions-no-line = Bez budžetske linije
transactions-no-grant = Bez granta
transactions-share = Udeo u %
transactions-add-split = Podeli sa drugim grantom
transactions-more = Vrsta, datumi fakture i plaćanja, sopstveni kurs
transactions-rate-help = Jedinice ove valute za jednu projektnu; prazno: pravilo granta.
transactions-locked = U predatom izveštaju
transactions-locked-help = Ova transakcija je u predatom izveštaju i ne može se menjati. Ispravite je storno knjiženjem sa datumom u otvorenom periodu; oba ostaju vidljiva.
transactions-reverse-on = Storno knjiženje sa datumom
transactions-reverse = Proknjiži storno
transactions-reverses = Stornira { $ref }
transactions-reversed-by = Stornirana sa { $ref }
transactions-search = Traži po primaocu, dokumentu, opisu ili oznaci
transactions-shown = Prikazano prvih { $shown } od { $total }: tražite da suzite.
transactions-empty = Za ovaj projekat još nema transakcija: unesite prvu iznad ili uvezite tabelu sa tessera import transactions.
transactions-col-date = Datum
transactions-col-who = Primalac i opis
transactions-col-converted = U { $currency }
transactions-missing-rate = Nema kursa za { $currency } za { $month }
rates-new = Unesite devizni kurs
rates-help = Jedinice druge valute za jednu prve, kako ih objavljuje InforEuro (EUR → ALL 139,87); kurs za mesec nosi datum 1. u mesecu. Kurs za isti datum, valute i izvor zamenjuje stari.
rates-saved = Devizni kurs je sačuvan.
rates-deleted = Devizni kurs je obrisan.
rates-empty = Još nema deviznih kurseva: unesite kurs iznad ili uvezite tabelu InforEuro sa tessera import exchange-rates.
periods-help = Označavanje perioda kao predatog zaključava svaku transakciju sa datumom do njegovog kraja, da brojke izveštaja ostanu kako su predate; ispravka je tada storno knjiženje.
periods-locked-until = Transakcije sa datumom do { DATE($until) } su zaključane.
periods-empty = Grantovi projekta nemaju izveštajnih perioda.
periods-col-kind = Izveštaj
periods-col-period = Period
periods-col-due = Rok
periods-col-status = Status
periods-open = Otvoren
periods-submitted = Predat { DATE($on) }
periods-submit = Označi kao predat
periods-reopen = Ponovo otvori
periods-confirm = Zaključati sve transakcije sa datumom do { DATE($end) }?
periods-submitted-done = Period je označen kao predat: njegove transakcije su zaključane.
periods-reopened = Period je ponovo otvoren.
budget-line-new = Nova budžetska linija
budget-line-edit = Budžetska linija { $ref }
budget-line-heading = Kategorija
budget-line-unit = Jedinica
budget-line-quantity = Količina
budget-line-unit-cost = Jedinična cena ({ $currency })
budget-line-total = Ukupno
budget-line-funded-by = Finansira
budget-line-own = Sopstveno sufinansiranje
budget-line-deleted = Budžetska linija { $ref } je obrisana.
finance-tab-grants = Grantovi
grant-new = Novi grant
grant-edit = Grant { $ref }
grant-deleted = Grant { $ref } je obrisan.
grant-field-amount = Iznos ({ $currency })
grant-field-start = Početak
grant-field-end = Kraj
grant-field-cofinancing = Sufinansiranje (%)
grant-field-indirect = Indirektni troškovi (% direktnih)
grant-field-rule = Pravilo deviznog kursa
grant-field-contract-rate = Ugovoreni kurs (jedinica za 1)
grant-field-reports = Raspored izveštavanja
grant-add-period = Dodaj izveštajni period
transactions-receipt-add = Priznanica (sken ili fotografija)
transactions-receipts = Priložene priznanice: { NUMBER($count) }
finance-burn-rate = Utrošeno mesečno
finance-months-elapsed = Meseci od početka: { NUMBER($months) }
finance-projected = Procena na kraju
finance-months-left = Preostalo meseci: { NUMBER($months) }
finance-cofinancing = Ostvareno sufinansiranje
finance-cofinancing-required = Potrebno: { $amount }
finance-warning-outside-grant-period = Knjiženo na grant izvan njegovog perioda: { $refs }.
measurement-field-country = Država
reports-intro = Izveštaj donatoru za jedan projekat i period, na bilo kom od sedam jezika: pregledajte strane, pa sačuvajte PDF.
reports-no-projects = Još nema projekata: izveštaj se pravi za projekat.
reports-project = Projekat
reports-period = Izveštajni period
reports-template = Šablon
reports-template-eu = Narativni i finansijski izveštaj za EU
reports-template-eu-about = Struktura Aneksa VI, finansijski izveštaj, aneks troškova.
reports-template-itt = Tabela praćenja indikatora
reports-template-itt-about = Jedna položena tabela: ciljevi, ostvareno po kvartalima, napomene o odstupanjima.
reports-template-generic = Izveštaj o napretku
reports-template-generic-about = Za upravne odbore, opštine i manje donatore, sa grafikonom budžeta.
reports-language = Jezik izveštaja
reports-generate = Pregled
reports-generating = Izveštaj se pravi…
reports-save = Sačuvaj kao PDF
reports-saved = Sačuvano u { $path }.
reports-open = Otvori
reports-preview = Pregled
reports-preview-empty = Izaberite period, šablon i jezik, pa Pregled (Ctrl+Enter) da vidite strane izveštaja.
reports-pages = { $pages ->
    [one] { $pages } strana
    [few] { $pages } strane
   *[other] { $pages } strana
} · { $name }
reports-page = Strana { $page } od { $pages }
reports-preview-failed = Strane se ne mogu prikazati ovde, ali izveštaj je spreman ({ $pages } str.): sačuvajte ga i otvorite.
settings-reports-title = Izveštaji
settings-deviation-help = Tabela praćenja indikatora traži napomenu o odstupanju kada je postignuće indikatora van ovog raspona cilja.
settings-deviation-low = Ispod (% cilja)
settings-deviation-high = Iznad (% cilja)
sync-badge-syncing = Sinhronizacija…
sync-badge-unreachable = Fascikla nedostupna
sync-badge-problems = { $count } odbijenih datoteka
sync-badge-pending = { $count } izmena za slanje
sync-badge-synced = Sinhronizovano { $when }
sync-badge-never = Još nije sinhronizovano
sync-badge-title-not-set-up = Sinhronizacija između laptopova organizacije još nije podešena: podesite je na ekranu Sinhronizacija.
sync-done = Sinhronizovano: primljeno { $bundles } paketa ({ $changes } izmena), poslato { $sent } izmena.
sync-revoked = Uređaj je opozvan: njegovi paketi se od sada odbijaju, a ostali laptopovi dobijaju novi ključ organizacije pri sledećoj sinhronizaciji. Stari kodovi za pridruživanje više ne rade: prikazan je novi.
sync-busy = Sinhronizacija…
sync-now = Sinhronizuj sada
sync-code-title = Kod za pridruživanje
sync-code-help = Dajte ovaj kod kolegi čiji laptop treba da se pridruži. Čuvajte ga u tajnosti, kao ključ: svako ko ima njega i fasciklu može da čita podatke organizacije.
sync-code-join = Na drugom laptopu: { $kind ->
    [webdav] tessera sync join --webdav { $folder }
    [s3] tessera sync join --s3 { $folder }
   *[folder] tessera sync join --folder { $folder }
 }, zatim upišite kod.
sync-code-copy = Kopiraj kod
sync-setup-title = Podesite sinhronizaciju na ovom laptopu
sync-setup-help = Izaberite gde se vaši laptopovi susreću: fascikla koju Nextcloud, Syncthing, mrežna fascikla ili USB drže istom, ili direktno vaš WebDAV server ili S3 kanta. Tessera tu upisuje svoje šifrovane izmene; niko bez koda za pridruživanje ne može da ih pročita.
sync-folder = Zajednička fascikla
sync-setup = Podesi
sync-join-help = Pridruživanje organizaciji koja se već sinhronizuje: na novom laptopu izaberite „Pridružite se našoj organizaciji“ na ekranu dobrodošlice i upišite kod koji vam da kolega (ili pokrenite tessera sync join).
sync-last = Poslednja sinhronizacija
sync-never = nikad
sync-pending = Izmene koje čekaju slanje
sync-sent = Poslati paketi
sync-received = Primljeni paketi
sync-conflicts = Rešeni konflikti
sync-quarantined = Čekaju sat
sync-devices = Uređaji
sync-device-name = Uređaj
sync-device-id = Oznaka
sync-this-device = ovaj laptop
sync-device-revoked = opozvan
sync-revoke = Opozovi
sync-revoke-confirm = Opozvati { $name }? Od sada se njegovi paketi odbijaju na svakom laptopu; za izgubljen ili ukraden laptop.
sync-problems = Neprimenjene datoteke
sync-kind = Gde je deljenje
sync-kind-folder = Zajednička fascikla
sync-kind-webdav = WebDAV server
sync-kind-s3 = S3 kanta
sync-kind-folder-help = koju istom drže Nextcloud, Syncthing, mrežna fascikla ili USB
sync-kind-webdav-help = vaš Nextcloud ili ownCloud, ili bilo koji WebDAV server, direktno
sync-kind-s3-help = S3-kompatibilna kanta: MinIO, Garage ili dobavljač usluga u oblaku
sync-address-folder = Zajednička fascikla
sync-address-webdav = WebDAV adresa
sync-address-s3 = Adresa kante (https://host/kanta)
sync-user = Korisničko ime
sync-password = Lozinka
sync-access-key = Pristupni ključ
sync-secret-key = Tajni ključ
sync-region = Regija (po želji)
sync-credentials-help = Lozinka se čuva zapečaćena samo za ovaj laptop. Za Nextcloud napravite lozinku aplikacije (Podešavanja → Bezbednost) umesto da date svoju.
sync-progress = { $done } od { $total } paketa
sync-outbox = Odlazno
sync-outbox-empty = Ništa ne čeka slanje. Izveštaj stavljen na čekanje na ekranu Izveštaji ide u fasciklu za slanje deljenja sa sledećom sinhronizacijom.
sync-outbox-file = Datoteka
sync-outbox-queued = Na čekanju
sync-outbox-state = Stanje
sync-outbox-waiting = Čeka deljenje
sync-outbox-retry = Čeka; ponovni pokušaj { $when }
sync-outbox-sent = Poslato
sync-outbox-sent-at = Poslato { $when }
sync-outbox-cancelled = Otkazano
sync-outbox-cancel = Otkaži slanje
sync-outbox-cancel-confirm = Otkazati slanje datoteke { $name }? Kopija koja ovde čeka se briše.
sync-journal = Rešeni konflikti
sync-journal-empty = Nema konflikata: nijedna dva laptopa nisu promenila isto polje u isto vreme.
sync-journal-help = Kada su dva laptopa promenila isto polje, kasnija izmena je zadržana na svim laptopovima. Druga vrednost se čuva ovde: vratite je ako je ona bila tačna.
sync-journal-record = Zapis
sync-journal-kept = Zadržano
sync-journal-overwritten = Prepisano
sync-journal-by = { $name }, { $when }
sync-journal-restore = Vrati drugu vrednost
sync-journal-restored = Druga vrednost je vraćena; ostali laptopovi je dobijaju pri sledećoj sinhronizaciji.
sync-journal-binary = { $bytes } bajtova
sync-table-beneficiaries = Osoba
sync-table-projects = Projekat
sync-table-transactions = Transakcija
sync-table-activities = Aktivnost
sync-table-indicators = Indikator
sync-table-households = Domaćinstvo
sync-badge-server-unreachable = Server nedostupan
reports-queue = Stavi na slanje
reports-queue-help = Pošalji ga u fasciklu za slanje deljenja sa sledećom sinhronizacijom: odmah kad je deljenje dostupno, inače čim bude moguće.
reports-queued = { $name } čeka u odlaznom; ide sa sledećom sinhronizacijom.
settings-backup-title = Rezervne kopije
settings-backup-help = Rezervna kopija je jedna datoteka sa celom bazom podataka i priloženim datotekama. Čuvajte kopije van ovog laptopa: na USB-u ili u sinhronizovanoj fascikli.
settings-backup-folder = Fascikla za rezervne kopije
settings-backup-folder-placeholder = /media/usb/Tessera ili ~/Tessera kopije
settings-backup-every = Automatska kopija
settings-backup-every-off = Isključeno
settings-backup-every-daily = Svakog dana
settings-backup-every-weekly = Svake nedelje
settings-backup-keep = Broj čuvanih kopija
settings-backup-last = Poslednja kopija na ovom laptopu: { $when }.
settings-backup-never = Na ovom laptopu još nije napravljena nijedna rezervna kopija.
settings-backup-encrypted = Kopije se šifruju lozinkom baze podataka.
settings-backup-plain = Kopije nisu šifrovane, jer baza podataka nema lozinku: čuvajte ih na bezbednom mestu.
settings-backup-now = Napravi kopiju sada
settings-backup-progress-label = Kopija u toku
settings-backup-none = Fascikla još nema rezervnih kopija.
settings-backup-col-file = Datoteka
settings-backup-col-made = Napravljena
settings-backup-col-size = Veličina
settings-backup-restore = Povrati…
settings-backup-restore-other = Povrati drugu datoteku kopije
settings-backup-restore-confirm = Zameniti bazu podataka kopijom { $name }? Najpre se proverava; baza koja se sada koristi čuva se pored nje i ništa se ne briše.
settings-backup-restore-passphrase = Lozinka kopije (samo kada nije lozinka ove baze)
settings-backup-restore-do = Povrati
backup-done = Kopija je upisana: { $name } ({ $size }).
backup-restored = Povraćena je kopija od { $date } ({ $organisation }). Prethodna baza je sačuvana kao { $kept }.
backup-restored-new = Povraćena je kopija od { $date } ({ $organisation }).
settings-check-title = Provera baze podataka
settings-check-help = Proverava datoteku baze, da li se dnevnik promena slaže sa tabelama, i svaku priloženu datoteku prema njenom kontrolnom zbiru.
settings-check-now = Proveri sada
settings-check-running = Provera…
settings-check-ok = Sve je neoštećeno: datoteka, redova prema dnevniku promena: { NUMBER($rows) }, priloženih datoteka: { NUMBER($files) }.
settings-check-file-bad = Datoteka baze podataka je oštećena.
settings-check-log-bad = Redova koji se razlikuju od onoga što kaže dnevnik promena: { NUMBER($count) }.
settings-check-files-damaged = Promenjene otkako su priložene: { $names }
settings-check-files-missing = Nisu na ovom laptopu ({ NUMBER($count) }; dodate na drugom laptopu ili uklonjene iz fascikle): { $names }
settings-check-way-out = Povratite poslednju ispravnu kopiju (iznad): oštećena baza se čuva pored nje, ništa se ne briše.
settings-passphrase-title-set = Promena lozinke
settings-passphrase-title-new = Šifruj lozinkom
settings-passphrase-help = Cela baza podataka se iznova upisuje pod novom lozinkom; ako nešto to prekine, baza ostaje kakva je bila. Ranije rezervne kopije zadržavaju lozinku sa kojom su napravljene.
settings-passphrase-new = Nova lozinka
settings-passphrase-repeat = Ponovite je
settings-passphrase-save = Šifruj ovom lozinkom
settings-passphrase-done = Baza podataka je sada šifrovana novom lozinkom.
app-damaged = Ova baza podataka nije prošla proveru pri pokretanju: deo nje je oštećen. Povratite poslednju ispravnu kopiju u Podešavanja → Rezervne kopije; oštećena baza se čuva pored nje.
app-damaged-open = Otvori Podešavanja
welcome-title = Dobro došli u program Tessera
welcome-body = Plan, projekti, ljudi i finansije vaše organizacije, čuvani na ovom laptopu i dostupni bez interneta. Kako želite da počnete?
welcome-create-title = Napravite našu organizaciju
welcome-create-body = Počnite sa svojom organizacijom: naziv, zemlja i valuta. Projekti, ljudi i finansije dolaze posle.
welcome-create-help = Sve ovo možete kasnije da promenite u Podešavanjima.
welcome-create-submit = Napravi organizaciju
welcome-create-working = Pravljenje…
welcome-demo-title = Istražite demo
welcome-demo-body = Izmišljena organizacija sa projektima, ljudima i finansijama, da isprobate sve. Uklonite je kada budete spremni da počnete.
welcome-demo-working = Priprema demoa…
welcome-protect-title = Zaštitite podatke
welcome-protect-encrypt = Šifrujte bazu podataka lozinkom (preporučeno)
welcome-protect-warning = Zapišite lozinku i čuvajte je na sigurnom mestu. Bez nje niko ne može da otvori podatke – ni vi, ni kolega, ni autori programa Tessera: izgubljena lozinka ne može da se povrati.
welcome-protect-off = Bez lozinke, svako ko ima ovaj laptop ili njegov disk može da pročita podatke o ljudima kojima pomažete.
settings-org-short-name-help = Koristi se u šiframa osoba (RAA-0001) i u izveštajima.
settings-org-currency-help = Valuta u kojoj se vode knjige.
settings-org-fiscal-year = Finansijska godina počinje u
settings-org-choose = Izaberite…
settings-org-logo = Logo
settings-org-logo-help = PNG ili JPEG, najviše 2 MB: prikazuje se na naslovnim stranama izveštaja.
settings-org-logo-pick = Izaberite datoteku…
settings-org-logo-change = Promeni…
settings-org-logo-remove = Ukloni
settings-org-logo-preview = Logo organizacije
common-back = Nazad
form-problems =
    { $count ->
        [one] { $count } polje traži pažnju.
        [few] { $count } polja traže pažnju.
       *[other] { $count } polja traži pažnju.
    }
error-no-database = Još nema baze podataka: prvo napravite svoju organizaciju ili istražite demo.
error-not-demo = Ovo je baza podataka vaše organizacije, a ne demo: ne uklanja se.
demo-banner-title = Demo organizacija.
demo-banner-body = Sve ovde je izmišljeno, da isprobate program Tessera. Uklonite je da napravite svoju organizaciju.
demo-remove = Ukloni demo…
demo-remove-ask = Ukloniti demo organizaciju i sve njene izmišljene podatke sa ovog laptopa? Nakon toga sledi ekran dobrodošlice.
demo-remove-yes = Ukloni demo
dashboard-start-title = Počnite sa svojim prvim projektom
dashboard-start-body = Projekat sadrži logički okvir, budžet, aktivnosti i ljude do kojih dopire. Napravite ga ovde ili uvezite paket projekta koji vam je poslao partner.
settings-org-save = Sačuvaj profil
settings-org-saved = Profil je sačuvan
welcome-join-title = Pridružite se našoj organizaciji
welcome-join-body = Kolega već koristi program Tessera: pridružite se kodom za pridruživanje koji vam da, i ovaj laptop se sinhronizuje sa njegovim.
welcome-join-help = Gde se sastaju laptopovi vašeg kolege (deljena fascikla, WebDAV server ili S3 kanta koju je podesio u Sinhronizaciji) i kod koji mu je prikazan. Ovaj laptop dobija sopstvenu kopiju podataka organizacije.
welcome-join-code = Kod za pridruživanje
welcome-join-code-help = 24 slova i cifre u grupama od po četiri, kako ih prikazuje ekran Sinhronizacija kod kolege.
welcome-join-submit = Pridruži se
welcome-join-working = Pridruživanje: preuzimanje podataka organizacije…
keys-title = Prečice na tastaturi
keys-this-screen = Na ovom ekranu
keys-everywhere = Svuda
keys-close = Zatvori
keys-palette = Idite na bilo koji ekran, projekat, osobu ili radnju
keys-screens = Ekrani bočne trake, redom
keys-search = Pretraga prikazane liste
keys-save = Sačuvajte obrazac
keys-cancel = Zatvorite ili otkažite
keys-undo = Poništite poslednju promenu
keys-help = Prikažite ovu listu
keys-list-move = Kretanje kroz listu
keys-list-open = Otvorite izabrani red
keys-list-ends = Prvi ili poslednji red
keys-new-project = Novi projekat
keys-new-activity = Nova aktivnost
keys-new-person = Registrujte osobu
keys-new-organisation = Nova organizacija
keys-new-item = Nova stavka na prikazanoj kartici
keys-calendar-month = Prethodni ili sledeći mesec u kalendaru
keys-finance-tabs = Kartice: budžet, transakcije, grantovi, kursevi, periodi
keys-next-field = Sledeće polje; na poslednjem, knjižite trošak
keys-generate = Napravite izveštaj
keys-sync-now = Sinhronizujte sada
keys-rename = Preimenujte izabranu stavku logičkog okvira
keys-move = Pomerite je gore ili dole
keys-delete = Obrišite je (uz potvrdu)
keys-back-to-projects = Nazad na projekte
settings-lock-title = Zaključavanje kada se ne koristi
settings-lock-after = Zaključaj bazu podataka posle
settings-lock-never = Nikad
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } minuta bez korišćenja
        [few] { $minutes } minuta bez korišćenja
       *[other] { $minutes } minuta bez korišćenja
    }
settings-lock-now = Zaključaj sada
settings-lock-saved = Vreme zaključavanja je sačuvano
settings-lock-help = Bez tastera, klika ili pomeranja toliko dugo, program Tessera zatvara bazu podataka i ponovo traži lozinku: laptop ostavljen otvoren nikome ne pokazuje podatke o ljudima.
settings-about-title = O programu Tessera
settings-about-version = Verzija
settings-about-schema = Format baze podataka
settings-about-fonts = Fontovi
settings-about-crates =
    { $count ->
        [one] Izgrađen od { $count } Rust paketa, po licenci
        [few] Izgrađen od { $count } Rust paketa, po licenci
       *[other] Izgrađen od { $count } Rust paketa, po licenci
    }
settings-about-npm =
    { $count ->
        [one] i { $count } npm paket u interfejsu
        [few] i { $count } npm paketa u interfejsu
       *[other] i { $count } npm paketa u interfejsu
    }
calendar-month-empty = Ništa ovog meseca.
calendar-go-nearest = Idi na { $date }
settings-report-lang = Jezik novih izveštaja
settings-report-lang-help = Šta ekran Izveštaji nudi prvo, na svakom laptopu organizacije (engleski za većinu donatora); svaki izveštaj se i dalje može napraviti na bilo kom od sedam.
settings-report-lang-interface = Jezik interfejsa
reports-deviation-title = Napomene o odstupanju
reports-deviation-intro = Zašto ostvarenje indikatora do { $date } odstupa od cilja izvan opsega koji je organizacija odredila. Tabela ispisuje svaku napomenu u poslednjoj koloni.
reports-deviation-needed = Potrebna napomena
reports-deviation-percent = { $percent } cilja
reports-deviation-no-target = Nema cilja za poređenje
reports-deviation-none = Svi indikatori su u opsegu za ovaj period: napomena nije potrebna.
reports-deviation-others = Ostali indikatori ({ $count })
reports-deviation-saved = Napomena je sačuvana.
reports-deviation-label = Napomena o odstupanju za { $ref }
reports-deviation-regenerate = Napomene su promenjene: ponovo napravite izveštaj da biste ih videli u tabeli.
reports-ethnicity = Obuhvaćene osobe prema etničkoj pripadnosti
reports-ethnicity-about = Podaci posebne vrste: samo za ovaj izveštaj, brojevi manji od 5 su skriveni.

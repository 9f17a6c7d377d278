# Tessera — интерфејс на македонски јазик.
# Множина: one / other (CLDR).

## Application frame

app-name = Tessera
app-skip-to-content = Прескокни до содржината

## Sidebar

nav-label = Главна навигација
nav-dashboard = Контролна табла
nav-plan = Стратешки план
nav-projects = Проекти
nav-activities = Активности
nav-beneficiaries = Корисници
nav-finance = Финансии
nav-reports = Извештаи
nav-sync = Синхронизација
nav-settings = Поставки
nav-item-title = { $label } ({ $key })
nav-collapse = Собери го страничното мени
nav-expand = Рашири го страничното мени

## Top bar

topbar-palette = Оди на екран или проект…
language-switcher-label = Јазик на интерфејсот
sync-badge-not-set-up = Не е поставено
sync-badge-title = Синхронизација меѓу лаптопите на организацијата: кога овој последен пат се синхронизираше и што чека. Го отвора екранот Синхронизација.

## Command palette (Ctrl+K)

palette-title = Оди на
palette-placeholder = Внесете име на екран, наслов или шифра на проект
palette-group-screens = Екрани
palette-group-projects = Проекти
palette-no-results = Ништо не одговара на „{ $query }“.
palette-loading-projects = Се вчитуваат проектите…
palette-hint = ↑ ↓ за движење · Enter за отворање · Esc за затворање

## Shared words

common-loading = Се вчитува…
common-retry = Обиди се повторно
common-dismiss = Затвори
common-empty-value = —
common-period = { DATE($start) } – { DATE($end) }

## Dashboard

dashboard-title = Контролна табла
dashboard-subtitle = { $org } накратко
dashboard-figures = Клучни показатели
dashboard-card-projects-active =
    { $count ->
        [one] активен проект
       *[other] активни проекти
    }
dashboard-card-beneficiaries =
    { $count ->
        [one] опфатен корисник
       *[other] опфатени корисници
    }
dashboard-card-activities-done =
    { $count ->
        [one] завршена активност
       *[other] завршени активности
    }
dashboard-card-activities-planned =
    { $count ->
        [one] планирана активност
       *[other] планирани активности
    }
dashboard-deadlines-title = Претстојни рокови
dashboard-deadlines-empty = Нема претстојни рокови. Тука ќе се појават роковите за извештаите по вашите грантови.
dashboard-due-today = рокот е денес
dashboard-due-in-days =
    { $days ->
        [one] за { $days } ден
       *[other] за { $days } дена
    }
dashboard-overdue-days =
    { $days ->
        [one] доцни { $days } ден
       *[other] доцни { $days } дена
    }
deadline-kind-interim = Периодичен извештај
deadline-kind-final = Завршен извештај
deadline-kind-financial-report = Финансиски извештај
deadline-kind-narrative-report = Наративен извештај

## Projects list

projects-title = Проекти
projects-count =
    { $count ->
        [one] { $count } проект
       *[other] { $count } проекти
    }
projects-filter-label = Филтрирај ги проектите по шифра или наслов
projects-filter-placeholder = Филтрирај по шифра или наслов
projects-filter-none = Ниеден проект не одговара на „{ $query }“.
projects-keyboard-hint = ↑ ↓ за движење низ проектите · Enter за отворање · / за филтер
projects-col-code = Шифра
projects-col-title = Наслов
projects-col-status = Статус
projects-col-period = Период
projects-col-countries = Земји
projects-col-budget = Буџет
projects-col-beneficiaries = Корисници
projects-col-activities = Активности

project-status-pipeline = Во подготовка
project-status-active = Активен
project-status-closed = Затворен

## Empty states

empty-projects-title = Сè уште нема проекти
empty-projects-body = Тука ќе бидат наведени проектите на вашата организација што ги финансираат донатори, со нивните логички рамки, грантови и активности.
empty-import-hint = Дотогаш, пакет со проект може да се увезе со наредбата { $command }.
empty-plan-body = Тука ќе бидат прикажани визијата, мисијата, стратешките цели и оперативните цели на вашата организација, како и проектите што придонесуваат кон нив.
empty-activities-body = Тука ќе бидат наведени обуките, работилниците, распределбите на помош и другите активности на сите ваши проекти, со евиденција на присуство.
empty-beneficiaries-body = Тука ќе бидат наведени корисниците и домаќинствата што ги регистрирате.
empty-finance-body = Тука ќе ги водите грантовите, буџетите, расходите со признаниците и споредбата на буџетот со реалните трошоци.
empty-reports-body = Тука ќе подготвувате наративни и финансиски извештаи за донаторите, на јазикот што го бара секој донатор.

## Project overview

project-back = Назад кон проектите
project-status = Статус
project-period = Период
project-countries = Земји
project-budget = Буџет
project-beneficiaries = Корисници
project-section-summary = Резиме
project-section-partners = Водечка организација и партнери
project-section-grants = Грантови
project-section-logframe = Логичка рамка
project-section-activities = Активности

partner-role-lead = Водечки апликант
partner-role-partner = Партнер
partner-role-associate = Соработник

grants-col-donor = Донатор
grants-col-programme = Програма
grants-col-contract = Број на договор
grants-col-period = Период
grants-col-amount = Износ
grants-amount = { MONEY($amount, $currency) }
grants-empty = За овој проект сè уште не е евидентиран ниеден грант.

logframe-level-goal = Општа цел
logframe-level-objective = Специфична цел
logframe-level-result = Очекуван резултат
logframe-empty = Логичката рамка на овој проект е сè уште празна.

indicator-col-indicator = Индикатор
indicator-col-baseline = Почетна вредност
indicator-col-target = Целна вредност
indicator-col-actual = Постигнато
indicator-col-progress = Напредок
indicator-progress = { NUMBER($progress, style: "percent") } од целната вредност
indicator-no-measurement = Сè уште нема мерење
indicator-target-reached = Целта е постигната
indicator-aggregation-sum = збир на мерењата
indicator-aggregation-latest = последна вредност
indicator-aggregation-max = највисока вредност
indicator-unit-count = број
indicator-unit-percent = процент
indicator-unit-yes-no = да/не
indicator-unit-text = текст

activities-col-title = Активност
activities-col-type = Вид
activities-col-status = Статус
activities-col-date = Планирано за
activities-col-municipality = Општина
activities-col-participants = Учесници
activities-empty = За овој проект сè уште нема планирани активности.

activity-type-training = Обука
activity-type-workshop = Работилница
activity-type-information-meeting = Информативна средба
activity-type-forum = Форум
activity-type-round-table = Тркалезна маса
activity-type-campaign = Кампања
activity-type-research = Истражување
activity-type-advocacy-initiative = Иницијатива за застапување
activity-type-distribution = Распределба на помош
activity-type-legal-aid = Правна помош
activity-type-psychosocial-support = Психосоцијална поддршка
activity-type-monitoring-visit = Мониторинг посета
activity-type-other = Друго

activity-status-planned = Планирано
activity-status-ongoing = Во тек
activity-status-done = Завршено
activity-status-postponed = Одложено
activity-status-cancelled = Откажано

## Settings

settings-title = Поставки
settings-language-title = Јазик
settings-language-label = Јазик на интерфејсот
settings-language-help = Јазикот на менијата и екраните на овој лаптоп. Секој извештај може да биде напишан на друг јазик.
settings-org-title = Организација
settings-org-name = Назив
settings-org-short-name = Краток назив
settings-org-country = Земја
settings-org-currency = Основна валута
settings-db-title = База на податоци
settings-db-path = Локација
settings-db-encryption = Шифрирање
settings-db-encrypted-yes = Шифрирана со лозинка
settings-db-encrypted-no = Не е шифрирана

## Unlock

unlock-title = Отклучете ја базата на податоци
unlock-body = Податоците на вашата организација на овој лаптоп се шифрирани. Внесете ја лозинката за да ги отворите.
unlock-passphrase = Лозинка
unlock-submit = Отклучи
unlock-working = Се отклучува…

## Errors

error-unexpected = Tessera не може да пристапи до својата база на податоци. Затворете ја апликацијата и отворете ја повторно; ако се повтори, обратете се до поддршката.

# Editing projects and logframes
common-save = Зачувај
common-cancel = Откажи
common-delete = Избриши
common-undo = Врати
common-actions = Дејства
field-date-help = Како 31.03.2026 или 2026-03-31.
project-new = Нов проект
project-new-title = Нов проект
project-field-code = Шифра
project-field-code-help = Кратка шифра по која организацијата го знае, на пример RISE-2026.
project-field-title = Наслов
project-field-start = Почеток
project-field-end = Крај
project-field-currency = Валута
project-field-countries-help = ISO шифри одделени со запирки, на пример AL, XK, MK.
logframe-add-goal = Додај општа цел
logframe-add-objective = Додај специфична цел
logframe-add-result = Додај резултат
logframe-new-goal = Општа цел
logframe-new-objective = Нова специфична цел
logframe-new-result = Нов очекуван резултат
logframe-field-text = Текст
logframe-keyboard-hint = F2 преименува · Delete брише · Alt+↑/↓ поместува
logframe-delete-confirm = Да се избрише { $ref } со сè под него?
logframe-deleted = { $ref } е избришан.
indicator-add = Додај индикатор
indicator-field-text = Индикатор
indicator-field-unit = Мерна единица
indicator-field-aggregation = Како се собираат мерењата
indicator-field-target = Целна вредност на крајот на проектот
measurement-add = Запиши мерење
measurement-field-date = Датум
measurement-field-value = Вредност
measurement-field-source = Извор / средства за проверка

# Dashboard: pace and activities
dashboard-behind-title = Индикатори што заостануваат
dashboard-behind-empty = Секој индикатор оди според целната вредност, или сè уште нема таква.
dashboard-behind-figures = { NUMBER($achieved) } од { NUMBER($expected) } очекувани до денес (цел { NUMBER($target) })
dashboard-behind-more =
    { $count ->
        [one] и уште { $count }
       *[other] и уште { $count }
    }
dashboard-week-title = Активности оваа недела
dashboard-week-empty = Ниедна активност не е планирана да започне оваа недела.
dashboard-overdue-title = Активности што доцнат
dashboard-overdue-empty = Ниедна планирана активност не ги поминала роковите.

# Project actions
project-edit = Уреди
project-edit-title = Уредување на проектот
project-close = Затвори го проектот
project-closed = Проектот { $code } е затворен.
project-deleted = Проектот { $code } е избришан.
project-delete-confirm = Да се избрише проектот { $code } со сè во него?
common-saved = Зачувано.

# Strategic plan
plan-title = Стратешки план
plan-empty-title = Сè уште нема стратешки план
plan-empty-body = Опишете го планот на организацијата за еден период; неговиот напредок доаѓа од проектите поврзани со неговите цели.
plan-field-title = Наслов
plan-field-start = Од
plan-field-end = До
plan-field-vision = Визија
plan-field-mission = Мисија
plan-create = Започни го планот
plan-add-goal = Додај стратешка цел
plan-new-goal = Нова стратешка цел
plan-add-objective = Додај стратешка задача
plan-new-objective = Нова стратешка задача
plan-goals-empty = Планот сè уште нема стратешки цели.
plan-no-progress = сè уште нема измерен напредок
plan-unlink = Одврзи
plan-link-project = Поврзи проект…
plan-link = Поврзи
plan-item-deleted = { $code } е избришан.
target-set = Постави цел
target-field-period-end = Крај на периодот
target-field-period-end-help = Целната вредност за периодот што завршува тој ден; последната е целта на крајот на проектот.
dashboard-plan-title = Стратешки план
dashboard-plan-empty = Сè уште нема стратешки план.
dashboard-plan-start = Започнете го

## Organisations directory
organisation-kind-ngo = НВО
organisation-kind-public-authority = Орган на јавна власт
organisation-kind-donor = Донатор
organisation-kind-network = Мрежа
organisation-kind-private = Приватна фирма
organisation-kind-other = Друго
nav-organisations = Организации
org-title = Организации
org-intro = Партнери, донатори, корисници на подгрантови и органи на власта: една листа од која избираат проектите и грантовите.
org-new = Нова организација
org-edit-title = Измена на организацијата
org-field-name = Назив
org-field-short-name = Краток назив
org-field-kind = Вид
org-field-country = Држава
org-field-country-help = ISO код, на пример MK или AL.
org-projects = Проекти
org-grants = Грантови
org-owner = Оваа организација
org-empty = Сè уште нема други организации. Додајте ги партнерите, донаторите и органите со кои работат вашите проекти.
org-search = Пребарување организации
org-no-match = Ниедна организација не одговара на „{ $query }“.
org-deleted = { $name } е избришана.
org-delete-confirm = Да се избрише { $name } од листата?
org-edit = Измени
project-field-lead = Водечки апликант
project-field-partners = Партнери
project-partner-add = Додај партнер…
project-partner-remove = Отстрани { $name }
project-partners-none = Сè уште нема партнери.
project-field-municipalities = Општини
project-municipality-search = Внесете општина…
project-municipality-remove = Отстрани { $name }
project-municipalities-none = Нема избрани општини.

## Assumptions and risks, disaggregation, indicator chart
assumption-kind-assumption = Претпоставка
assumption-kind-risk = Ризик
gender-female = Женски
gender-male = Машки
gender-other = Друго
gender-undisclosed = Не сакам да наведам
logframe-assumptions = Претпоставки и ризици
logframe-add-assumption = Додај претпоставка
logframe-add-risk = Додај ризик
logframe-new-assumption = Нова претпоставка
logframe-new-risk = Нов ризик
assumption-deleted = { $kind }: избришано.
measurement-disaggregation = Разделување (по избор)
measurement-field-gender = Пол
measurement-field-age-band = Возрасна група
measurement-field-municipality = Општина
measurement-any = Сите
indicator-chart = { $text }: постигнато низ времето, во однос на целта

## Work packages
project-section-work-packages = Работни пакети
wp-add = Додај работен пакет
wp-new = Нов работен пакет
wp-field-title = Наслов
wp-rename = Преименувај
wp-empty = Сè уште нема работни пакети.
wp-deleted = { $code } е избришан.
wp-activities = Активности: { NUMBER($count) }

## Activities in the logframe
logframe-level-activity = Активност
logframe-add-activity = Додај активност
logframe-new-activity = Нова активност
## People: field labels (forms, the import's mapping step; a table's header may be any language's)
people-field-code = Шифра
people-field-first_name = Име
people-field-last_name = Презиме
people-field-gender = Пол
people-field-birth_year = Година на раѓање
people-field-country = Држава
people-field-municipality = Општина
people-field-settlement = Населено место
people-field-household = Домаќинство
people-field-household_size = Број на членови на домаќинството
people-field-ethnicity = Етничка припадност
people-field-disability = Попреченост
people-field-consent_date = Датум на согласноста
people-field-consent_purposes = Цели на согласноста
people-field-consent_withdrawn = Повлечена согласност
## What people type in a table's cells, comma-separated (compared without case, diacritics or script)
people-words-gender-female = ж, женско, жена, женски, девојче
people-words-gender-male = м, машко, маж, машки, момче
people-words-gender-other = друго
people-words-gender-undisclosed = не сака да наведе
people-words-yes = да, д
people-words-no = не, н

## The beneficiary registry
people-intro = Лицата, домаќинствата и организациите на кои им служи вашата организација. Прво шифрата; имиња само каде што луѓето се согласиле.
people-import = Увези од табела
people-new = Регистрирај лице
people-search = Барај по шифра или име, на кое било писмо
people-count = { $count ->
    [one] { NUMBER($count) } лице
   *[other] { NUMBER($count) } лица
}
people-col-name = Име
people-no-name = (нема запишано име)
people-no-match = Никој не одговара на „{ $query }“.
people-list-keys = ↑↓ за движење, Enter за отворање, / за пребарување, Ctrl+N за регистрирање
people-registered = { $code } е регистрирано.
people-edit-title = Уреди { $code }
people-code-next = Шифрата ќе биде { $prefix }-… (следниот слободен број).
people-names-help = Имињата не се задолжителни: шифрата е доволна.
people-municipality-help = Пишувајте на кое било писмо; листата предлага.
people-sensitive = Чувствителни податоци (посебни категории)
common-yes = Да
common-no = Не
people-back = Назад кон листата
people-edit = Уреди
people-delete-confirm = Да се избрише { $code }? Лицето излегува од регистарот и од броењето; Врати го враќа.
people-deleted = { $code } е избришано.
people-erased-badge = Личните податоци се избришани
people-withdrawn-badge = Повлечена согласност
people-household-line = { $code }: { $size } лица, регистрирани { $members }
people-consent = Согласност
people-consent-given = Дадена на { DATE($date) } за: { $purposes }.
people-consent-recorded-by = Запишал/а { $name }.
people-consent-withdrawn-on = Повлечена на { DATE($date) }: не е во нови присуства ни извози.
people-consent-none = Сè уште нема запишана согласност.
people-consent-recorded-by-label = Запишал/а (вработен)
people-consent-withdraw-date = Повлечена на
people-consent-withdraw = Повлечи ја согласноста
people-consent-correct = Исправи ја согласноста
people-consent-record = Запиши согласност
people-erase = Избриши ги личните податоци
people-erase-confirm = Да се избришат имињата, годината на раѓање, населеното место, контактот и чувствителните полиња на { $code } — од овој лаптоп сега и од секој друг при неговата следна синхронизација? Шифрата, полот и општината остануваат, за броевите да останат точни. Ова не може да се врати.
people-erased = { $code }: личните податоци се избришани.
people-services = Услуги
people-services-none = Нема запишани услуги.
people-attendance = Присуство
people-attendance-none = Нема запишано присуство.
consent-purpose-services = Услуги
consent-purpose-reporting = Известување до донаторите
consent-purpose-contact = Контакт
consent-purpose-photos = Фотографии
people-import-title = Увоз на лица од табела
people-import-intro = CSV или XLSX датотека со ред за заглавие. Одредете кое поле е секоја колона, проверете, па увезете — сите редови или ниеден.
people-import-file = Датотека
people-import-project = Проект
people-import-rows = { $count ->
    [one] { NUMBER($count) } ред под заглавието.
   *[other] { NUMBER($count) } редови под заглавието.
}
people-import-remembered = Полињата на овие колони се оние избрани минатиот пат.
people-import-field-of = Поле на колоната „{ $column }“
people-import-skip = (изостави)
people-import-check = Провери
people-import-run = Увези
people-import-ok = { $count ->
    [one] { NUMBER($count) } ред може да се увезе (нови домаќинства: { $households }).
   *[other] Сите { NUMBER($count) } редови може да се увезат (нови домаќинства: { $households }).
}
people-import-done = { $count ->
    [one] Увезено е { NUMBER($count) } лице.
   *[other] Увезени се { NUMBER($count) } лица.
}
people-import-at = Ред { $row }, „{ $column }“:
settings-people-title = Регистар на лица
settings-code-prefix = Префикс на шифрите на лицата
settings-code-prefix-help = Новите лица добиваат шифри како { $example }. Оставете празно за да се користи краткото име на организацијата.
settings-sensitive-title = Чувствителни полиња
settings-sensitive-help = Етничката припадност, попреченоста и ранливоста се посебни категории лични податоци (член 9 од GDPR и законите за заштита на податоците во регионот): запишувајте ги само кога работата ги бара и луѓето се согласиле. Секое поле останува скриено насекаде додека не се вклучи тука.
settings-sensitive-ethnicity = Етничка припадност
settings-sensitive-disability = Попреченост
settings-sensitive-vulnerability = Ознаки за ранливост

## Likely duplicates
people-likely-intro = { $count ->
    [one] Ова можеби е некој веќе регистриран:
   *[other] Овие { $count } можеби се некој веќе регистриран:
}
people-likely-open = Отвори
people-likely-anyway = Отворете ги за да проверите; или зачувајте повторно за да регистрирате ново лице.
people-likely-register-anyway = Сепак регистрирај
people-duplicates-title = Веројатни дупликати
people-duplicates-intro = Лица што можеби се регистрирани двапати: на друго писмо, со печатна грешка, со заменети име и презиме или со година на раѓање разлика од една година. Спојте ги или означете дека не се исто лице.
people-duplicates-none = Нема веројатни дупликати.
people-duplicates-count = { $count ->
    [one] { NUMBER($count) } пар за одлука.
   *[other] { NUMBER($count) } парови за одлука.
}
people-duplicates-likeness = Колку се слични
people-merged = { $other } е споено со { $kept }.
people-merge-confirm = Да се спои { $other } со { $kept }? { $other } се брише; сите услуги и присуства на двајцата остануваат кај { $kept }, а празните полиња на { $kept } ги добиваат вредностите од { $other }.
people-merge = Спој
people-merge-into = Задржи { $code }
people-not-same = Не е исто лице

## Registry export
people-export = Извези
people-export-title = Извоз на регистарот
people-export-intro = Табела за сопствената работа на организацијата: шифрите секогаш; имиња и чувствителни полиња само кога ќе ги побарате. Лицата што ја повлекле согласноста се изоставени.
people-export-everyone = Сите
people-export-format = Формат
people-export-names = Вклучи имиња и презимиња
people-export-names-warning = Датотеката ќе содржи лични податоци: чувајте ја на шифриран диск и избришете ја кога ќе завршите.
people-export-done = Зачувано во { $path }.

people-import-likely = { $count ->
    [one] { NUMBER($count) } ред можеби е некој веќе регистриран (може да увезете и подоцна да споите, или да ја поправите датотеката):
   *[other] { NUMBER($count) } редови можеби се веќе регистрирани лица (може да увезете и подоцна да споите, или да ја поправите датотеката):
}
people-import-at-row = Ред { $row }:
people-household-help = Внесете ја шифрата на домаќинството: постојно, или се прави ново.
people-household-members = Членови
people-field-vulnerability = Ознаки за ранливост
people-vulnerability-help = Одделени со запирки: самохран родител, без документи, …
service-kind-food-package = Прехранбен пакет
service-kind-hygiene-package = Хигиенски пакет
service-kind-legal-aid = Правна помош
service-kind-counselling = Советување
service-kind-training-attendance = Учество на обука
service-kind-referral = Упатување
service-kind-psychosocial-support = Психосоцијална поддршка
service-kind-other = Друго
age-band-0-17 = 0–17
age-band-18-29 = 18–29
age-band-30-59 = 30–59
age-band-60-plus = 60 и повеќе
age-band-unknown = Непозната возраст
activities-intro = Обуките, форумите, поделбите и другите активности на вашите проекти: кој дошол, што добил и листите што ги потпишал.
activity-new = Нова активност
activity-edit-title = Измени ја активноста
activity-edit = Измени
activity-back = Назад кон активностите
activity-field-project = Проект
activity-field-result = Резултат
activity-no-result = Без резултат
activity-field-title = Наслов
activity-field-type = Вид
activity-field-status = Статус
activity-field-planned-start = Планиран почеток
activity-field-planned-end = Планиран крај
activity-field-actual-start = Одржана од
activity-field-actual-end = Одржана до
activity-field-description = Опис
activity-field-reason = Причина (се прикажува во извештајот)
activity-field-country = Држава
activity-field-municipality = Општина
activity-field-settlement = Населено место
activity-field-venue = Место на одржување
activity-field-responsible = Одговорно лице или партнер
activity-planned = Планирано
activity-held = Одржано
activity-delete-confirm = Да се избрише „{ $title }“ со присуството, бројот на присутни и листите? Може да го поништите.
activity-deleted = „{ $title }“ е избришана.
attendance-title = Присуство
attendance-add = Додади регистрирано лице
attendance-add-help = Внесете име или шифра, изберете со ↓ и ↑, Enter додава; потоа следниот.
attendance-already = веќе е тука
attendance-empty = Сè уште никој не е означен како присутен.
attendance-organisation = организација
attendance-remove = Отстрани го { $name } од присуството
attendance-removed = { $name } веќе не е означен како присутен.
headcount-title = Број на присутни
headcount-intro = Анонимни учесници на јавен настан, избројани по пол и возрасна група — се прикажуваат покрај регистрираните лица, никогаш не се додаваат на нив.
headcount-age-band = Возрасна група
headcount-count = Број
headcount-add = Додади
headcount-remove = Отстрани го овој број
headcount-removed = Бројот е отстранет.
attachments-title = Листи на присутни и докази
attachments-intro = Фотографии или скенирани потпишани листи и дневен ред: се чуваат на овој лаптоп според својот отпечаток, па истата датотека се чува еднаш.
attachments-add = Приложи фотографии или скенови…
attachments-uploading = Се приложува…
attachments-remove = Отстрани { $name }
attachment-removed = { $name } е отстранет.
reach-title = Опфатени со { $code }
reach-intro = Различни лица што присуствувале на одржана активност или добиле услуга, од почетокот на проектот до денес; секое лице еднаш.
reach-people = Опфатени лица
reach-organisations = Опслужени организации
reach-headcount = Број на присутни (посебно)
activities-search = Најди активност…
activities-all-projects = Сите проекти
activities-view = Приказ
activities-view-list = Листа
activities-view-calendar = Календар
activities-view-plan = Работен план
activities-no-match = Ниедна активност не одговара на „{ $query }“.
calendar-previous = Претходен месец
calendar-next = Следен месец
plan-choose-project = Изберете проект погоре за да го видите неговиот работен план: активностите по резултати, планирани и одржани, по месеци.
activity-field-ref = Шифра на активноста
service-title = Запиши услуга
service-recipients = Корисници: { NUMBER($count) }
service-record = Запиши
service-recorded = { $kind } е запишано. Корисници: { NUMBER($count) }.
service-field-kind = Услуга
service-field-date = Датум
service-field-quantity = Количина
service-per-household = По една на домаќинство (на првиот регистриран член)
service-for-attendees = Услуга за присутните
service-for-listed = Услуга за лицата од листата
reach-from = Од
reach-to = До
reach-in-period = Во периодот
reach-since-start = Од почетокот
reach-total = Вкупно
reach-by-gender-age = По пол и возрасна група (во периодот)
reach-by-municipality = По општини (во периодот)
reach-no-municipality = Општината не е запишана
reach-bad-period = Внесете ги двата датума како 31.03.2026 или 2026-03-31, крајот не пред почетокот.
activity-field-budget-lines = Буџетски ставки од кои се финансира
rate-field-date = Датум
rate-field-from = Од валута
rate-field-to = Во валута
rate-field-rate = Курс
rate-field-source = Извор
transaction-kind-expense = Расход
transaction-kind-income = Приход
transaction-kind-transfer = Пренос
payment-method-bank = Банка
payment-method-cash = Готовина
exchange-rule-contract-rate = Договорен курс
exchange-rule-inforeuro-invoice-month = Курс на InforEuro за месецот на фактурата
exchange-rule-inforeuro-payment-month = Курс на InforEuro за месецот на плаќањето
exchange-rule-transaction-rate = Сопствениот курс на трансакцијата
exchange-rule-period-average = Просек од месечните курсеви за периодот
transaction-field-ref = Ознака
transaction-field-kind = Вид
transaction-field-invoice-date = Датум на фактура
transaction-field-booking-date = Датум на книжење
transaction-field-payment-date = Датум на плаќање
transaction-field-amount = Износ
transaction-field-currency = Валута
transaction-field-rate = Девизен курс
transaction-field-budget-line = Буџетска ставка
transaction-field-grant = Грант
transaction-field-share = Удел
transaction-field-partner = Партнер
transaction-field-payee = Примач
transaction-field-document-no = Број на документ
transaction-field-method = Начин на плаќање
transaction-field-description = Опис
transaction-field-reverses = Сторнира
finance-intro = Парите на еден проект во неговата валута: буџет наспроти реални трошоци, трансакции, девизни курсеви и извештајни периоди.
finance-project = Проект
finance-no-projects = Сè уште нема проект: прво создајте проект или увезете пакет.
finance-tab-budget = Буџет наспроти реални трошоци
finance-tab-transactions = Трансакции
finance-tab-rates = Девизни курсеви
finance-tab-periods = Извештајни периоди
finance-window = Период
finance-window-to-date = Од почетокот до денес
finance-window-whole = Целиот проект
finance-budget = Буџет
finance-spent-period = Потрошено во периодот
finance-spent-cumulative = Потрошено од почетокот
finance-remaining = Преостанато
finance-percent-spent = % потрошено
finance-col-heading = Категорија и буџетска ставка
finance-warnings = Предупредувања
finance-no-warnings = Нема предупредувања за овој период.
finance-warning-heading-deviation = { $heading }: потрошени { $percent } % од буџетот (граница { $limit } %).
finance-warning-indirect-above-rate = Индиректните трошоци се { $percent } % од директните, над { $limit } % колку што дозволува грантот.
finance-warning-subgrant-above-60000 = Подгрантот { $subgrant } е поголем од 60 000 EUR.
finance-by-grant = Уделот на секој грант
finance-grant-amount = Износ на грантот
finance-no-budget = Овој проект сè уште нема буџетски ставки: додајте ја првата со Нова буџетска ставка (Ctrl+N).
finance-open-rates = Отвори ги девизните курсеви
budget-heading-1 = Човечки ресурси
budget-heading-2 = Патувања
budget-heading-3 = Опрема и материјали
budget-heading-4 = Локална канцеларија
budget-heading-5 = Други трошоци и услуги
budget-heading-6 = Друго (финансиска поддршка на трети лица)
budget-heading-7 = Меѓузбир директни трошоци
budget-heading-8 = Индиректни трошоци
budget-heading-9 = Вкупно прифатливи трошоци
transactions-new = Нова трансакција
transactions-edit-title = Трансакција { $ref }
transactions-help = Enter преминува на следното поле, а на последното книжи; Ctrl+S книжи од секое поле. Датумот, валутата, буџетската ставка, грантот и начинот остануваат за следната.
transactions-book = Прокнижи
transactions-booked = Трансакцијата { $ref } е прокнижена.
transactions-deleted = Трансакцијата { $ref } е избришана.
transactions-reversed = Сторно книжењето { $ref } е прокнижено.
transactions-no-line = Без буџетска ставка
transactions-no-grant = Без грант
transactions-share = Удел во %
transactions-add-split = Подели со друг грант
transactions-more = Вид, датуми на фактура и плаќање, сопствен курс
transactions-rate-help = Единици од оваа валута за една на проектот; празно: правилото на грантот.
transactions-locked = Во поднесен извештај
transactions-locked-help = Оваа трансакција е во поднесен извештај и не може да се менува. Исправете ја со сторно книжење со датум во отворен период; двете остануваат видливи.
transactions-reverse-on = Сторно книжење со датум
transactions-reverse = Прокнижи сторно
transactions-reverses = Сторнира { $ref }
transactions-reversed-by = Сторнирана со { $ref }
transactions-search = Барај по примач, документ, опис или ознака
transactions-shown = Прикажани се првите { $shown } од { $total }: барајте за да стесните.
transactions-empty = За овој проект сè уште нема трансакции: внесете ја првата погоре или увезете табела со tessera import transactions.
transactions-col-date = Датум
transactions-col-who = Примач и опис
transactions-col-converted = Во { $currency }
transactions-missing-rate = Нема курс за { $currency } за { $month }
rates-new = Внесете девизен курс
rates-help = Единици од втората валута за една од првата, како што ги објавува InforEuro (EUR → ALL 139,87); курсот за месец е со датум 1-ви. Курс за ист датум, валути и извор го заменува стариот.
rates-saved = Девизниот курс е зачуван.
rates-deleted = Девизниот курс е избришан.
rates-empty = Сè уште нема девизни курсеви: внесете курс погоре или увезете ја табелата InforEuro со tessera import exchange-rates.
periods-help = Означувањето период како поднесен ја заклучува секоја трансакција со датум до неговиот крај, за бројките од извештајот да останат како што се поднесени; исправка тогаш е сторно книжење.
periods-locked-until = Трансакциите со датум до { DATE($until) } се заклучени.
periods-empty = Грантовите на проектот немаат извештајни периоди.
periods-col-kind = Извештај
periods-col-period = Период
periods-col-due = Рок
periods-col-status = Статус
periods-open = Отворен
periods-submitted = Поднесен на { DATE($on) }
periods-submit = Означи како поднесен
periods-reopen = Повторно отвори
periods-confirm = Да се заклучат ли сите трансакции со датум до { DATE($end) }?
periods-submitted-done = Периодот е означен како поднесен: неговите трансакции се заклучени.
periods-reopened = Периодот е повторно отворен.
budget-line-new = Нова буџетска ставка
budget-line-edit = Буџетска ставка { $ref }
budget-line-heading = Категорија
budget-line-unit = Единица
budget-line-quantity = Количина
budget-line-unit-cost = Единечна цена ({ $currency })
budget-line-total = Вкупно
budget-line-funded-by = Финансирано од
budget-line-own = Сопствено кофинансирање
budget-line-deleted = Буџетската ставка { $ref } е избришана.
finance-tab-grants = Грантови
grant-new = Нов грант
grant-edit = Грант { $ref }
grant-deleted = Грантот { $ref } е избришан.
grant-field-amount = Износ ({ $currency })
grant-field-start = Почеток
grant-field-end = Крај
grant-field-cofinancing = Кофинансирање (%)
grant-field-indirect = Индиректни трошоци (% од директните)
grant-field-rule = Правило за девизниот курс
grant-field-contract-rate = Договорен курс (единици за 1)
grant-field-reports = Распоред на известување
grant-add-period = Додај извештаен период
transactions-receipt-add = Признаница (скен или фотографија)
transactions-receipts = Приложени признаници: { NUMBER($count) }
finance-burn-rate = Потрошено месечно
finance-months-elapsed = Месеци од почетокот: { NUMBER($months) }
finance-projected = Проекција на крајот
finance-months-left = Преостанати месеци: { NUMBER($months) }
finance-cofinancing = Остварено кофинансирање
finance-cofinancing-required = Потребно: { $amount }
finance-warning-outside-grant-period = Книжено на грант надвор од неговиот период: { $refs }.
measurement-field-country = Држава
reports-intro = Извештај до донаторот за еден проект и период, на кој било од седумте јазици: прегледајте ги страниците, па зачувајте го PDF-от.
reports-no-projects = Сè уште нема проекти: извештајот се прави за проект.
reports-project = Проект
reports-period = Извештаен период
reports-template = Шаблон
reports-template-eu = Наративен и финансиски извештај за ЕУ
reports-template-eu-about = Структура на Анекс VI, финансиски извештај, анекс на трошоците.
reports-template-itt = Табела за следење на индикаторите
reports-template-itt-about = Една положена табела: цели, остварено по квартали, белешки за отстапувањата.
reports-template-generic = Извештај за напредокот
reports-template-generic-about = За управни одбори, општини и помали донатори, со графикон на буџетот.
reports-language = Јазик на извештајот
reports-generate = Преглед
reports-generating = Извештајот се изработува…
reports-save = Зачувај како PDF
reports-saved = Зачувано во { $path }.
reports-open = Отвори
reports-preview = Преглед
reports-preview-empty = Изберете период, шаблон и јазик, па Преглед (Ctrl+Enter) за да ги видите страниците на извештајот.
reports-pages = { $pages ->
    [one] { $pages } страница
   *[other] { $pages } страници
} · { $name }
reports-page = Страница { $page } од { $pages }
reports-preview-failed = Страниците не можат да се прикажат тука, но извештајот е подготвен ({ $pages } стр.): зачувајте го и отворете го.
settings-reports-title = Извештаи
settings-deviation-help = Табелата за следење на индикаторите бара белешка за отстапувањето кога постигнатото кај индикаторот е надвор од овој опсег на целта.
settings-deviation-low = Под (% од целта)
settings-deviation-high = Над (% од целта)
sync-badge-syncing = Синхронизација…
sync-badge-unreachable = Папката е недостапна
sync-badge-problems = { $count } одбиени датотеки
sync-badge-pending = { $count } промени за испраќање
sync-badge-synced = Синхронизирано { $when }
sync-badge-never = Сè уште не е синхронизирано
sync-badge-title-not-set-up = Синхронизацијата меѓу лаптопите на организацијата сè уште не е поставена: поставете ја на екранот Синхронизација.
sync-done = Синхронизирано: примени { $bundles } пакети ({ $changes } промени), испратени { $sent } промени.
sync-revoked = Уредот е отповикан: неговите пакети отсега се одбиваат, а другите лаптопи добиваат нов клуч на организацијата при следната синхронизација. Старите кодови за приклучување повеќе не работат: прикажан е новиот.
sync-busy = Синхронизација…
sync-now = Синхронизирај сега
sync-code-title = Код за приклучување
sync-code-help = Дајте му го овој код на колегата чиј лаптоп треба да се приклучи. Чувајте го во тајност, како клуч: секој што го има него и папката може да ги чита податоците на организацијата.
sync-code-join = На другиот лаптоп: { $kind ->
    [webdav] tessera sync join --webdav { $folder }
    [s3] tessera sync join --s3 { $folder }
   *[folder] tessera sync join --folder { $folder }
 }, потоа внесете го кодот.
sync-code-copy = Копирај го кодот
sync-setup-title = Поставете синхронизација на овој лаптоп
sync-setup-help = Изберете каде се среќаваат вашите лаптопи: папка што Nextcloud, Syncthing, мрежна папка или USB ја држат иста, или директно вашиот WebDAV сервер или S3 кофа. Tessera таму ги запишува своите шифрирани промени; никој без кодот за приклучување не може да ги прочита.
sync-folder = Заедничка папка
sync-setup = Постави
sync-join-help = Приклучување кон организација што веќе се синхронизира: на нов лаптоп изберете „Приклучете се кон нашата организација“ на екранот за добредојде и внесете го кодот што ви го дава колега (или извршете tessera sync join).
sync-last = Последна синхронизација
sync-never = никогаш
sync-pending = Промени што чекаат испраќање
sync-sent = Испратени пакети
sync-received = Примени пакети
sync-conflicts = Решени конфликти
sync-quarantined = Чекаат часовник
sync-devices = Уреди
sync-device-name = Уред
sync-device-id = Ознака
sync-this-device = овој лаптоп
sync-device-revoked = отповикан
sync-revoke = Отповикај
sync-revoke-confirm = Да се отповика { $name }? Отсега неговите пакети се одбиваат на секој лаптоп; за изгубен или украден лаптоп.
sync-problems = Неприменети датотеки
sync-kind = Каде е споделувањето
sync-kind-folder = Заедничка папка
sync-kind-webdav = WebDAV сервер
sync-kind-s3 = S3 кофа
sync-kind-folder-help = што ја држат иста Nextcloud, Syncthing, мрежна папка или USB
sync-kind-webdav-help = вашиот Nextcloud или ownCloud, или кој било WebDAV сервер, директно
sync-kind-s3-help = S3-компатибилна кофа: MinIO, Garage или давател на услуги во облак
sync-address-folder = Заедничка папка
sync-address-webdav = WebDAV адреса
sync-address-s3 = Адреса на кофата (https://host/кофа)
sync-user = Корисничко име
sync-password = Лозинка
sync-access-key = Клуч за пристап
sync-secret-key = Таен клуч
sync-region = Регион (по избор)
sync-credentials-help = Лозинката се чува запечатена само за овој лаптоп. За Nextcloud направете лозинка за апликација (Поставки → Безбедност) наместо да ја дадете својата.
sync-progress = { $done } од { $total } пакети
sync-outbox = За испраќање
sync-outbox-empty = Ништо не чека испраќање. Извештај ставен на чекање на екранот Извештаи оди во папката за испраќање на споделувањето со следната синхронизација.
sync-outbox-file = Датотека
sync-outbox-queued = На чекање
sync-outbox-state = Состојба
sync-outbox-waiting = Го чека споделувањето
sync-outbox-retry = Чека; нов обид { $when }
sync-outbox-sent = Испратено
sync-outbox-sent-at = Испратено { $when }
sync-outbox-cancelled = Откажано
sync-outbox-cancel = Откажи испраќање
sync-outbox-cancel-confirm = Да се откаже испраќањето на { $name }? Копијата што чека тука се брише.
sync-journal = Решени конфликти
sync-journal-empty = Нема конфликти: ниту два лаптопа не го промениле истото поле во исто време.
sync-journal-help = Кога два лаптопа го промениле истото поле, подоцнежната промена е задржана на сите лаптопи. Другата вредност се чува тука: вратете ја ако таа била точната.
sync-journal-record = Запис
sync-journal-kept = Задржано
sync-journal-overwritten = Препишано
sync-journal-by = { $name }, { $when }
sync-journal-restore = Врати ја другата вредност
sync-journal-restored = Другата вредност е вратена; другите лаптопи ја добиваат при следната синхронизација.
sync-journal-binary = { $bytes } бајти
sync-table-beneficiaries = Лице
sync-table-projects = Проект
sync-table-transactions = Трансакција
sync-table-activities = Активност
sync-table-indicators = Индикатор
sync-table-households = Домаќинство
sync-badge-server-unreachable = Серверот е недостапен
reports-queue = Стави за испраќање
reports-queue-help = Испрати го во папката за испраќање на споделувањето со следната синхронизација: веднаш кога споделувањето е достапно, инаку штом може.
reports-queued = { $name } чека за испраќање; оди со следната синхронизација.
settings-backup-title = Резервни копии
settings-backup-help = Резервната копија е една датотека со целата база на податоци и приложените датотеки. Чувајте ги копиите надвор од овој лаптоп: на USB или во синхронизирана папка.
settings-backup-folder = Папка за резервните копии
settings-backup-folder-placeholder = /media/usb/Tessera или ~/Tessera копии
settings-backup-every = Автоматска копија
settings-backup-every-off = Исклучено
settings-backup-every-daily = Секој ден
settings-backup-every-weekly = Секоја недела
settings-backup-keep = Број на чувани копии
settings-backup-last = Последна копија на овој лаптоп: { $when }.
settings-backup-never = На овој лаптоп сè уште не е направена ниедна резервна копија.
settings-backup-encrypted = Копиите се шифрираат со лозинката на базата на податоци.
settings-backup-plain = Копиите не се шифрирани, бидејќи базата на податоци нема лозинка: чувајте ги на безбедно место.
settings-backup-now = Направи копија сега
settings-backup-progress-label = Копијата е во тек
settings-backup-none = Папката сè уште нема резервни копии.
settings-backup-col-file = Датотека
settings-backup-col-made = Направена
settings-backup-col-size = Големина
settings-backup-restore = Врати…
settings-backup-restore-other = Врати друга датотека со копија
settings-backup-restore-confirm = Да се замени базата на податоци со копијата { $name }? Прво се проверува; базата што сега се користи се чува покрај неа и ништо не се брише.
settings-backup-restore-passphrase = Лозинка на копијата (само кога не е лозинката на оваа база)
settings-backup-restore-do = Врати
backup-done = Копијата е запишана: { $name } ({ $size }).
backup-restored = Вратена е копијата од { $date } ({ $organisation }). Претходната база е зачувана како { $kept }.
backup-restored-new = Вратена е копијата од { $date } ({ $organisation }).
settings-check-title = Проверка на базата на податоци
settings-check-help = Ја проверува датотеката на базата, дали дневникот на промени се совпаѓа со табелите, и секоја приложена датотека според нејзиниот контролен збир.
settings-check-now = Провери сега
settings-check-running = Се проверува…
settings-check-ok = Сè е неоштетено: датотеката, редови според дневникот на промени: { NUMBER($rows) }, приложени датотеки: { NUMBER($files) }.
settings-check-file-bad = Датотеката на базата на податоци е оштетена.
settings-check-log-bad = Редови што се разликуваат од она што го вели дневникот на промени: { NUMBER($count) }.
settings-check-files-damaged = Променети откако се приложени: { $names }
settings-check-files-missing = Не се на овој лаптоп ({ NUMBER($count) }; додадени на друг лаптоп или отстранети од папката): { $names }
settings-check-way-out = Вратете ја последната исправна копија (погоре): оштетената база се чува покрај неа, ништо не се брише.
settings-passphrase-title-set = Промена на лозинката
settings-passphrase-title-new = Шифрирај со лозинка
settings-passphrase-help = Целата база на податоци се запишува одново со новата лозинка; ако нешто го прекине, базата останува каква што беше. Претходните резервни копии ја задржуваат лозинката со која се направени.
settings-passphrase-new = Нова лозинка
settings-passphrase-repeat = Повторете ја
settings-passphrase-save = Шифрирај со оваа лозинка
settings-passphrase-done = Базата на податоци сега е шифрирана со новата лозинка.
app-damaged = Оваа база на податоци не ја помина проверката при стартување: дел од неа е оштетен. Вратете ја последната исправна копија во Поставки → Резервни копии; оштетената база се чува покрај неа.
app-damaged-open = Отвори Поставки
welcome-title = Добредојдовте во програмата Tessera
welcome-body = Планот, проектите, луѓето и финансиите на вашата организација, чувани на овој лаптоп и достапни без интернет. Како сакате да започнете?
welcome-create-title = Создајте ја нашата организација
welcome-create-body = Започнете со својата организација: назив, земја и валута. Проектите, луѓето и финансиите доаѓаат потоа.
welcome-create-help = Сето ова може подоцна да се промени во Поставки.
welcome-create-submit = Создај ја организацијата
welcome-create-working = Се создава…
welcome-demo-title = Истражете го демото
welcome-demo-body = Измислена организација со проекти, луѓе и финансии, за да испробате сè. Отстранете ја кога ќе бидете подготвени да започнете.
welcome-demo-working = Се подготвува демото…
welcome-protect-title = Заштитете ги податоците
welcome-protect-encrypt = Шифрирајте ја базата на податоци со лозинка (препорачано)
welcome-protect-warning = Запишете ја лозинката и чувајте ја на сигурно место. Без неа никој не може да ги отвори податоците – ни вие, ни колега, ни авторите на програмата Tessera: изгубена лозинка не може да се врати.
welcome-protect-off = Без лозинка, секој што го има овој лаптоп или неговиот диск може да ги прочита податоците за луѓето на кои им помагате.
settings-org-short-name-help = Се користи во шифрите на лицата (RAA-0001) и во извештаите.
settings-org-currency-help = Валутата во која се водат книгите.
settings-org-fiscal-year = Финансиската година започнува во
settings-org-choose = Изберете…
settings-org-logo = Лого
settings-org-logo-help = PNG или JPEG, најмногу 2 MB: се прикажува на насловните страници на извештаите.
settings-org-logo-pick = Изберете датотека…
settings-org-logo-change = Промени…
settings-org-logo-remove = Отстрани
settings-org-logo-preview = Логото на организацијата
common-back = Назад
form-problems =
    { $count ->
        [one] { $count } поле бара внимание.
       *[other] { $count } полиња бараат внимание.
    }
error-no-database = Сè уште нема база на податоци: најпрво создајте ја својата организација или истражете го демото.
error-not-demo = Ова е базата на податоци на вашата организација, а не демото: не се отстранува.
demo-banner-title = Демо организација.
demo-banner-body = Сè овде е измислено, за да ја испробате програмата Tessera. Отстранете ја за да ја создадете својата организација.
demo-remove = Отстрани го демото…
demo-remove-ask = Да се отстрани ли демо организацијата со сите нејзини измислени податоци од овој лаптоп? Потоа следува екранот за добредојде.
demo-remove-yes = Отстрани го демото
dashboard-start-title = Започнете со вашиот прв проект
dashboard-start-body = Проектот ја содржи логичката рамка, буџетот, активностите и луѓето до кои допира. Создајте го овде или увезете пакет на проект што ви го испратил партнер.
settings-org-save = Зачувај го профилот
settings-org-saved = Профилот е зачуван
welcome-join-title = Приклучете се кон нашата организација
welcome-join-body = Колега веќе ја користи програмата Tessera: приклучете се со кодот за приклучување што ќе ви го даде, и овој лаптоп се синхронизира со неговиот.
welcome-join-help = Каде се среќаваат лаптопите на вашиот колега (споделената папка, серверот WebDAV или кофата S3 што ги поставил во Синхронизација) и кодот што му беше прикажан. Овој лаптоп добива своја копија од податоците на организацијата.
welcome-join-code = Код за приклучување
welcome-join-code-help = 24 букви и цифри во групи од по четири, како што ги прикажува екранот Синхронизација кај колегата.
welcome-join-submit = Приклучи се
welcome-join-working = Приклучување: се преземаат податоците на организацијата…
keys-title = Кратенки на тастатурата
keys-this-screen = На овој екран
keys-everywhere = Насекаде
keys-close = Затвори
keys-palette = Одете на кој било екран, проект, лице или дејство
keys-screens = Екраните од страничната лента, по ред
keys-search = Пребарување во прикажаната листа
keys-save = Зачувајте го образецот
keys-cancel = Затворете или откажете
keys-undo = Поништете ја последната промена
keys-help = Прикажете ја оваа листа
keys-list-move = Движење низ листата
keys-list-open = Отворете го избраниот ред
keys-list-ends = Прв или последен ред
keys-new-project = Нов проект
keys-new-activity = Нова активност
keys-new-person = Регистрирајте лице
keys-new-organisation = Нова организација
keys-new-item = Нова ставка на прикажаниот таб
keys-calendar-month = Претходен или следен месец во календарот
keys-finance-tabs = Табовите: буџет, трансакции, грантови, курсеви, периоди
keys-next-field = Следно поле; на последното, книжете го трошокот
keys-generate = Направете го извештајот
keys-sync-now = Синхронизирајте сега
keys-rename = Преименувајте ја избраната ставка од логичката рамка
keys-move = Поместете ја горе или долу
keys-delete = Избришете ја (со потврда)
keys-back-to-projects = Назад кон проектите
settings-lock-title = Заклучување кога не се користи
settings-lock-after = Заклучи ја базата на податоци по
settings-lock-never = Никогаш
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } минута без користење
       *[other] { $minutes } минути без користење
    }
settings-lock-now = Заклучи сега
settings-lock-saved = Времето за заклучување е зачувано
settings-lock-help = Без копче, клик или лизгање толку долго, програмата Tessera ја затвора базата на податоци и повторно бара лозинка: лаптоп оставен отворен никому не ги покажува податоците за луѓето.
settings-about-title = За програмата Tessera
settings-about-version = Верзија
settings-about-schema = Формат на базата на податоци
settings-about-fonts = Фонтови
settings-about-crates =
    { $count ->
        [one] Изграден од { $count } Rust пакет, по лиценца
       *[other] Изграден од { $count } Rust пакети, по лиценца
    }
settings-about-npm =
    { $count ->
        [one] и { $count } npm пакет во интерфејсот
       *[other] и { $count } npm пакети во интерфејсот
    }
calendar-month-empty = Ништо овој месец.
calendar-go-nearest = Оди на { $date }
settings-report-lang = Јазик на новите извештаи
settings-report-lang-help = Што прво нуди екранот Извештаи, на секој лаптоп на организацијата (англиски за повеќето донатори); секој извештај и понатаму може да се направи на кој било од седумте.
settings-report-lang-interface = Јазикот на интерфејсот
reports-deviation-title = Белешки за отстапување
reports-deviation-intro = Зошто остварувањето на индикаторот до { $date } отстапува од целта надвор од опсегот што го одредила организацијата. Табелата ја печати секоја белешка во последната колона.
reports-deviation-needed = Потребна е белешка
reports-deviation-percent = { $percent } од целта
reports-deviation-no-target = Нема цел за споредба
reports-deviation-none = Сите индикатори се во опсегот за овој период: не е потребна белешка.
reports-deviation-others = Други индикатори ({ $count })
reports-deviation-saved = Белешката е зачувана.
reports-deviation-label = Белешка за отстапувањето на { $ref }
reports-deviation-regenerate = Белешките се променети: повторно направете го извештајот за да ги видите во табелата.
reports-ethnicity = Опфатени лица според етничка припадност
reports-ethnicity-about = Посебна категорија податоци: само за овој извештај, броевите под 5 се скриени.

# Tessera — интерфејс на српском језику (екавица).
# Множина: one / few / other (CLDR). sr-Latn/ui.ftl је исти текст латиницом: добија се из ове датотеке
# наредбом node ui/scripts/sr-latn.mjs.

## Application frame

app-name = Tessera
app-skip-to-content = Пређи на садржај

## Sidebar

nav-label = Главна навигација
nav-dashboard = Контролна табла
nav-plan = Стратешки план
nav-projects = Пројекти
nav-activities = Активности
nav-beneficiaries = Корисници
nav-finance = Финансије
nav-reports = Извештаји
nav-sync = Синхронизација
nav-settings = Подешавања
nav-item-title = { $label } ({ $key })
nav-collapse = Сакриј бочни мени
nav-expand = Прикажи бочни мени

## Top bar

topbar-palette = Иди на екран или пројекат…
language-switcher-label = Језик интерфејса
sync-badge-not-set-up = Није подешено
sync-badge-title = Синхронизација између лаптопова организације: када се овај последњи пут синхронизовао и шта чека. Отвара екран Синхронизација.

## Command palette (Ctrl+K)

palette-title = Иди на
palette-placeholder = Унесите назив екрана, назив или шифру пројекта
palette-group-screens = Екрани
palette-group-projects = Пројекти
palette-no-results = Ништа не одговара појму „{ $query }“.
palette-loading-projects = Учитавање пројеката…
palette-hint = ↑ ↓ за кретање · Enter за отварање · Esc за затварање

## Shared words

common-loading = Учитавање…
common-retry = Покушај поново
common-dismiss = Затвори
common-empty-value = —
common-period = { DATE($start) } – { DATE($end) }

## Dashboard

dashboard-title = Контролна табла
dashboard-subtitle = { $org } укратко
dashboard-figures = Кључни показатељи
dashboard-card-projects-active =
    { $count ->
        [one] активан пројекат
        [few] активна пројекта
       *[other] активних пројеката
    }
dashboard-card-beneficiaries =
    { $count ->
        [one] обухваћен корисник
        [few] обухваћена корисника
       *[other] обухваћених корисника
    }
dashboard-card-activities-done =
    { $count ->
        [one] завршена активност
        [few] завршене активности
       *[other] завршених активности
    }
dashboard-card-activities-planned =
    { $count ->
        [one] планирана активност
        [few] планиране активности
       *[other] планираних активности
    }
dashboard-deadlines-title = Предстојећи рокови
dashboard-deadlines-empty = Нема предстојећих рокова. Овде ће се појавити рокови за извештаје по вашим грантовима.
dashboard-due-today = рок је данас
dashboard-due-in-days =
    { $days ->
        [one] за { $days } дан
        [few] за { $days } дана
       *[other] за { $days } дана
    }
dashboard-overdue-days =
    { $days ->
        [one] касни { $days } дан
        [few] касни { $days } дана
       *[other] касни { $days } дана
    }
deadline-kind-interim = Периодични извештај
deadline-kind-final = Завршни извештај
deadline-kind-financial-report = Финансијски извештај
deadline-kind-narrative-report = Наративни извештај

## Projects list

projects-title = Пројекти
projects-count =
    { $count ->
        [one] { $count } пројекат
        [few] { $count } пројекта
       *[other] { $count } пројеката
    }
projects-filter-label = Филтрирај пројекте по шифри или називу
projects-filter-placeholder = Филтрирај по шифри или називу
projects-filter-none = Ниједан пројекат не одговара појму „{ $query }“.
projects-keyboard-hint = ↑ ↓ за кретање кроз пројекте · Enter за отварање · / за филтер
projects-col-code = Шифра
projects-col-title = Назив
projects-col-status = Статус
projects-col-period = Период
projects-col-countries = Земље
projects-col-budget = Буџет
projects-col-beneficiaries = Корисници
projects-col-activities = Активности

project-status-pipeline = У припреми
project-status-active = Активан
project-status-closed = Затворен

## Empty states

empty-projects-title = Још нема пројеката
empty-projects-body = Овде ће бити пописани пројекти ваше организације које финансирају донатори, са логичким оквирима, грантовима и активностима.
empty-import-hint = До тада се пакет пројекта може увести наредбом { $command }.
empty-plan-body = Овде ће бити приказани визија, мисија, стратешки циљеви и оперативни циљеви ваше организације, као и пројекти који им доприносе.
empty-activities-body = Овде ће бити пописане обуке, радионице, поделе помоћи и остале активности свих ваших пројеката, са евиденцијом присуства.
empty-beneficiaries-body = Овде ће бити пописани корисници и домаћинства које региструјете.
empty-finance-body = Овде ћете водити грантове, буџете, расходе са признаницама и поређење буџета са стварним трошковима.
empty-reports-body = Овде ћете припремати наративне и финансијске извештаје за донаторе, на језику који сваки донатор тражи.

## Project overview

project-back = Назад на пројекте
project-status = Статус
project-period = Период
project-countries = Земље
project-budget = Буџет
project-beneficiaries = Корисници
project-section-summary = Сажетак
project-section-partners = Водећа организација и партнери
project-section-grants = Грантови
project-section-logframe = Логички оквир
project-section-activities = Активности

partner-role-lead = Водећи апликант
partner-role-partner = Партнер
partner-role-associate = Сарадник

grants-col-donor = Донатор
grants-col-programme = Програм
grants-col-contract = Број уговора
grants-col-period = Период
grants-col-amount = Износ
grants-amount = { MONEY($amount, $currency) }
grants-empty = За овај пројекат још није евидентиран ниједан грант.

logframe-level-goal = Општи циљ
logframe-level-objective = Специфични циљ
logframe-level-result = Очекивани резултат
logframe-empty = Логички оквир овог пројекта је још празан.

indicator-col-indicator = Индикатор
indicator-col-baseline = Почетна вредност
indicator-col-target = Циљна вредност
indicator-col-actual = Остварено
indicator-col-progress = Напредак
indicator-progress = { NUMBER($progress, style: "percent") } циљне вредности
indicator-no-measurement = Још нема мерења
indicator-target-reached = Циљ остварен
indicator-aggregation-sum = збир мерења
indicator-aggregation-latest = последња вредност
indicator-aggregation-max = највећа вредност
indicator-unit-count = број
indicator-unit-percent = проценат
indicator-unit-yes-no = да/не
indicator-unit-text = текст

activities-col-title = Активност
activities-col-type = Врста
activities-col-status = Статус
activities-col-date = Планирано за
activities-col-municipality = Општина
activities-col-participants = Учесници
activities-empty = За овај пројекат још нису планиране активности.

activity-type-training = Обука
activity-type-workshop = Радионица
activity-type-information-meeting = Информативни састанак
activity-type-forum = Форум
activity-type-round-table = Округли сто
activity-type-campaign = Кампања
activity-type-research = Истраживање
activity-type-advocacy-initiative = Заговарачка иницијатива
activity-type-distribution = Подела помоћи
activity-type-legal-aid = Правна помоћ
activity-type-psychosocial-support = Психосоцијална подршка
activity-type-monitoring-visit = Мониторинг посета
activity-type-other = Остало

activity-status-planned = Планирано
activity-status-ongoing = У току
activity-status-done = Завршено
activity-status-postponed = Одложено
activity-status-cancelled = Отказано

## Settings

settings-title = Подешавања
settings-language-title = Језик
settings-language-label = Језик интерфејса
settings-language-help = Језик менија и екрана на овом лаптопу. Сваки извештај може бити написан на другом језику.
settings-org-title = Организација
settings-org-name = Назив
settings-org-short-name = Скраћени назив
settings-org-country = Земља
settings-org-currency = Основна валута
settings-db-title = База података
settings-db-path = Локација
settings-db-encryption = Шифровање
settings-db-encrypted-yes = Шифрована лозинком
settings-db-encrypted-no = Није шифрована

## Unlock

unlock-title = Откључајте базу података
unlock-body = Подаци ваше организације на овом лаптопу су шифровани. Унесите лозинку да бисте их отворили.
unlock-passphrase = Лозинка
unlock-submit = Откључај
unlock-working = Откључавање…

## Errors

error-unexpected = Апликација Tessera не може да приступи својој бази података. Затворите апликацију и поново је отворите; ако се понови, обратите се подршци.

# Editing projects and logframes
common-save = Сачувај
common-cancel = Откажи
common-delete = Обриши
common-undo = Поништи
common-actions = Радње
field-date-help = Као 31.03.2026. или 2026-03-31.
project-new = Нови пројекат
project-new-title = Нови пројекат
project-field-code = Шифра
project-field-code-help = Кратка шифра по којој га организација зна, на пример RISE-2026.
project-field-title = Назив
project-field-start = Почетак
project-field-end = Крај
project-field-currency = Валута
project-field-countries-help = ISO шифре одвојене зарезима, на пример AL, XK, MK.
logframe-add-goal = Додај општи циљ
logframe-add-objective = Додај специфични циљ
logframe-add-result = Додај резултат
logframe-new-goal = Општи циљ
logframe-new-objective = Нови специфични циљ
logframe-new-result = Нови очекивани резултат
logframe-field-text = Текст
logframe-keyboard-hint = F2 преименује · Delete брише · Alt+↑/↓ помера
logframe-delete-confirm = Обрисати { $ref } и све испод?
logframe-deleted = { $ref } је обрисан.
indicator-add = Додај индикатор
indicator-field-text = Индикатор
indicator-field-unit = Јединица мере
indicator-field-aggregation = Како се мерења сабирају
indicator-field-target = Циљна вредност на крају пројекта
measurement-add = Упиши мерење
measurement-field-date = Датум
measurement-field-value = Вредност
measurement-field-source = Извор / средства провере

# Dashboard: pace and activities
dashboard-behind-title = Индикатори који касне
dashboard-behind-empty = Сваки индикатор иде у складу са циљном вредношћу, или је још нема.
dashboard-behind-figures = { NUMBER($achieved) } од { NUMBER($expected) } очекиваних до данас (циљ { NUMBER($target) })
dashboard-behind-more =
    { $count ->
        [one] и још { $count }
        [few] и још { $count }
       *[other] и још { $count }
    }
dashboard-week-title = Активности ове недеље
dashboard-week-empty = Ниједна активност није планирана да почне ове недеље.
dashboard-overdue-title = Активности које касне
dashboard-overdue-empty = Ниједној планираној активности није прошао рок.

# Project actions
project-edit = Уреди
project-edit-title = Уређивање пројекта
project-close = Затвори пројекат
project-closed = Пројекат { $code } је затворен.
project-deleted = Пројекат { $code } је обрисан.
project-delete-confirm = Обрисати пројекат { $code } са свим у њему?
common-saved = Сачувано.

# Strategic plan
plan-title = Стратешки план
plan-empty-title = Још нема стратешког плана
plan-empty-body = Опишите план организације за један период; његов напредак долази из пројеката везаних за његове циљеве.
plan-field-title = Назив
plan-field-start = Од
plan-field-end = До
plan-field-vision = Визија
plan-field-mission = Мисија
plan-create = Започни план
plan-add-goal = Додај стратешки циљ
plan-new-goal = Нови стратешки циљ
plan-add-objective = Додај стратешки задатак
plan-new-objective = Нови стратешки задатак
plan-goals-empty = План још нема стратешких циљева.
plan-no-progress = још нема измереног напретка
plan-unlink = Одвежи
plan-link-project = Повежи пројекат…
plan-link = Повежи
plan-item-deleted = { $code } је обрисан.
target-set = Постави циљ
target-field-period-end = Крај периода
target-field-period-end-help = Циљна вредност за период који се завршава тог дана; последња је циљ на крају пројекта.
dashboard-plan-title = Стратешки план
dashboard-plan-empty = Још нема стратешког плана.
dashboard-plan-start = Започните га

## Organisations directory
organisation-kind-ngo = НВО
organisation-kind-public-authority = Орган јавне власти
organisation-kind-donor = Донатор
organisation-kind-network = Мрежа
organisation-kind-private = Приватна фирма
organisation-kind-other = Друго
nav-organisations = Организације
org-title = Организације
org-intro = Партнери, донатори, корисници подгрантова и органи власти: једна листа из које бирају пројекти и грантови.
org-new = Нова организација
org-edit-title = Измена организације
org-field-name = Назив
org-field-short-name = Кратки назив
org-field-kind = Врста
org-field-country = Држава
org-field-country-help = ISO код, на пример RS или BA.
org-projects = Пројекти
org-grants = Грантови
org-owner = Ова организација
org-empty = Још нема других организација. Додајте партнере, донаторе и органе власти са којима раде ваши пројекти.
org-search = Претрага организација
org-no-match = Ниједна организација не одговара „{ $query }“.
org-deleted = { $name } је обрисана.
org-delete-confirm = Обрисати { $name } са листе?
org-edit = Измени
project-field-lead = Водећи апликант
project-field-partners = Партнери
project-partner-add = Додај партнера…
project-partner-remove = Уклони { $name }
project-partners-none = Још нема партнера.
project-field-municipalities = Општине
project-municipality-search = Упишите општину…
project-municipality-remove = Уклони { $name }
project-municipalities-none = Није изабрана ниједна општина.

## Assumptions and risks, disaggregation, indicator chart
assumption-kind-assumption = Претпоставка
assumption-kind-risk = Ризик
gender-female = Женски
gender-male = Мушки
gender-other = Друго
gender-undisclosed = Не желим да наведем
logframe-assumptions = Претпоставке и ризици
logframe-add-assumption = Додај претпоставку
logframe-add-risk = Додај ризик
logframe-new-assumption = Нова претпоставка
logframe-new-risk = Нови ризик
assumption-deleted = { $kind }: обрисано.
measurement-disaggregation = Разврставање (необавезно)
measurement-field-gender = Пол
measurement-field-age-band = Старосна група
measurement-field-municipality = Општина
measurement-any = Све
indicator-chart = { $text }: остварено кроз време, према циљу

## Work packages
project-section-work-packages = Радни пакети
wp-add = Додај радни пакет
wp-new = Нови радни пакет
wp-field-title = Назив
wp-rename = Преименуј
wp-empty = Још нема радних пакета.
wp-deleted = { $code } је обрисан.
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
people-field-birth_year = Година рођења
people-field-country = Држава
people-field-municipality = Општина
people-field-settlement = Насеље
people-field-household = Домаћинство
people-field-household_size = Број чланова домаћинства
people-field-ethnicity = Етничка припадност
people-field-disability = Инвалидитет
people-field-consent_date = Датум пристанка
people-field-consent_purposes = Сврхе пристанка
people-field-consent_withdrawn = Опозван пристанак
## What people type in a table's cells, comma-separated (compared without case, diacritics or script)
people-words-gender-female = ж, женско, жена, женски, девојчица
people-words-gender-male = м, мушко, мушкарац, мушки, дечак
people-words-gender-other = друго
people-words-gender-undisclosed = не жели да наведе
people-words-yes = да, д
people-words-no = не, н

## The beneficiary registry
people-intro = Особе, домаћинства и организације којима ваша организација служи. Прво шифра; имена само где су људи пристали.
people-import = Увези из табеле
people-new = Региструј особу
people-search = Тражи по шифри или имену, било којим писмом
people-count = { $count ->
    [one] { NUMBER($count) } особа
    [few] { NUMBER($count) } особе
   *[other] { NUMBER($count) } особа
}
people-col-name = Име
people-no-name = (име није уписано)
people-no-match = Нико не одговара упиту „{ $query }“.
people-list-keys = ↑↓ за кретање, Enter за отварање, / за претрагу, Ctrl+N за регистрацију
people-registered = { $code } је регистрован/а.
people-edit-title = Измени { $code }
people-code-next = Шифра ће бити { $prefix }-… (следећи слободан број).
people-names-help = Имена нису обавезна: шифра је довољна.
people-municipality-help = Упишите било којим писмом; листа предлаже.
people-sensitive = Осетљиви подаци (посебне врсте)
common-yes = Да
common-no = Не
people-back = Назад на листу
people-edit = Измени
people-delete-confirm = Обрисати { $code }? Особа излази из регистра и из бројања; Опозови је враћа.
people-deleted = { $code } је обрисан/а.
people-erased-badge = Подаци о личности су избрисани
people-withdrawn-badge = Опозван пристанак
people-household-line = { $code }: { $size } особа, регистровано { $members }
people-consent = Пристанак
people-consent-given = Дат { DATE($date) } за: { $purposes }.
people-consent-recorded-by = Уписао/ла { $name }.
people-consent-withdrawn-on = Опозван { DATE($date) }: није у новим присуствима ни извозима.
people-consent-none = Пристанак још није уписан.
people-consent-recorded-by-label = Уписао/ла (запослени)
people-consent-withdraw-date = Опозван дана
people-consent-withdraw = Опозови пристанак
people-consent-correct = Исправи пристанак
people-consent-record = Упиши пристанак
people-erase = Избриши податке о личности
people-erase-confirm = Избрисати имена, годину рођења, насеље, контакт и осетљива поља особе { $code } — са овог лаптопа сада и са сваког другог при његовој следећој синхронизацији? Шифра, пол и општина остају, да бројеви остану тачни. Ово се не може опозвати.
people-erased = { $code }: подаци о личности су избрисани.
people-services = Услуге
people-services-none = Нема уписаних услуга.
people-attendance = Присуство
people-attendance-none = Нема уписаног присуства.
consent-purpose-services = Услуге
consent-purpose-reporting = Извештавање донатора
consent-purpose-contact = Контакт
consent-purpose-photos = Фотографије
people-import-title = Увоз особа из табеле
people-import-intro = CSV или XLSX датотека са редом заглавља. Одредите које је поље свака колона, проверите, па увезите — све редове или ниједан.
people-import-file = Датотека
people-import-project = Пројекат
people-import-rows = { $count ->
    [one] { NUMBER($count) } ред испод заглавља.
    [few] { NUMBER($count) } реда испод заглавља.
   *[other] { NUMBER($count) } редова испод заглавља.
}
people-import-remembered = Поља ових колона су она изабрана прошли пут.
people-import-field-of = Поље колоне „{ $column }“
people-import-skip = (изостави)
people-import-check = Провери
people-import-run = Увези
people-import-ok = { $count ->
    [one] Ред може да се увезе (нових домаћинстава: { $households }).
    [few] Сва { NUMBER($count) } реда могу да се увезу (нових домаћинстава: { $households }).
   *[other] Сви редови ({ NUMBER($count) }) могу да се увезу (нових домаћинстава: { $households }).
}
people-import-done = { $count ->
    [one] Увезена је { NUMBER($count) } особа.
    [few] Увезене су { NUMBER($count) } особе.
   *[other] Увезено је { NUMBER($count) } особа.
}
people-import-at = Ред { $row }, „{ $column }“:
settings-people-title = Регистар особа
settings-code-prefix = Префикс шифара особа
settings-code-prefix-help = Нове особе добијају шифре попут { $example }. Оставите празно да се користи кратки назив организације.
settings-sensitive-title = Осетљива поља
settings-sensitive-help = Етничка припадност, инвалидитет и рањивост су посебне врсте података о личности (члан 9 GDPR-а и закони о заштити података у региону): уписујте их само када их ваш рад тражи и када су људи пристали. Свако поље остаје скривено свуда док се овде не укључи.
settings-sensitive-ethnicity = Етничка припадност
settings-sensitive-disability = Инвалидитет
settings-sensitive-vulnerability = Ознаке рањивости

## Likely duplicates
people-likely-intro = { $count ->
    [one] Ово је можда неко већ регистрован:
    [few] Ово су можда { $count } већ регистроване особе:
   *[other] Ово је можда { $count } већ регистрованих особа:
}
people-likely-open = Отвори
people-likely-anyway = Отворите их да проверите; или поново сачувајте да региструјете нову особу.
people-likely-register-anyway = Ипак региструј
people-duplicates-title = Вероватни дупликати
people-duplicates-intro = Особе које су можда регистроване двапут: другим писмом, са грешком у куцању, са замењеним именом и презименом или годином рођења разлике једне године. Спојите их или означите да нису иста особа.
people-duplicates-none = Нема вероватних дупликата.
people-duplicates-count = { $count ->
    [one] { NUMBER($count) } пар за одлуку.
    [few] { NUMBER($count) } пара за одлуку.
   *[other] { NUMBER($count) } парова за одлуку.
}
people-duplicates-likeness = Колико су слични
people-merged = { $other } је спојен/а са { $kept }.
people-merge-confirm = Спојити { $other } са { $kept }? { $other } се брише; све услуге и присуства обоје остају код { $kept }, а празна поља { $kept } добијају вредности од { $other }.
people-merge = Споји
people-merge-into = Задржи { $code }
people-not-same = Није иста особа

## Registry export
people-export = Извези
people-export-title = Извоз регистра
people-export-intro = Табела за сопствени рад организације: шифре увек; имена и осетљива поља само када их затражите. Особе које су опозвале пристанак се изостављају.
people-export-everyone = Сви
people-export-format = Формат
people-export-names = Укључи имена и презимена
people-export-names-warning = Датотека ће садржати податке о личности: чувајте је на шифрованом диску и избришите је када завршите.
people-export-done = Сачувано у { $path }.

people-import-likely = { $count ->
    [one] { NUMBER($count) } ред је можда неко већ регистрован (можете да увезете и касније спојите, или исправите датотеку):
    [few] { NUMBER($count) } реда су можда већ регистроване особе (можете да увезете и касније спојите, или исправите датотеку):
   *[other] { NUMBER($count) } редова су можда већ регистроване особе (можете да увезете и касније спојите, или исправите датотеку):
}
people-import-at-row = Ред { $row }:
people-household-help = Упишите шифру домаћинства: постојећег, или се прави ново.
people-household-members = Чланови
people-field-vulnerability = Ознаке рањивости
people-vulnerability-help = Одвојене зарезима: самохрани родитељ, без докумената, …
service-kind-food-package = Пакет хране
service-kind-hygiene-package = Хигијенски пакет
service-kind-legal-aid = Правна помоћ
service-kind-counselling = Саветовање
service-kind-training-attendance = Учешће на обуци
service-kind-referral = Упућивање
service-kind-psychosocial-support = Психосоцијална подршка
service-kind-other = Остало
age-band-0-17 = 0–17
age-band-18-29 = 18–29
age-band-30-59 = 30–59
age-band-60-plus = 60 и више
age-band-unknown = Непозната старост
activities-intro = Обуке, форуми, поделе и остале активности ваших пројеката: ко је дошао, шта је добио и листе које је потписао.
activity-new = Нова активност
activity-edit-title = Измени активност
activity-edit = Измени
activity-back = Назад на активности
activity-field-project = Пројекат
activity-field-result = Резултат
activity-no-result = Без резултата
activity-field-title = Назив
activity-field-type = Врста
activity-field-status = Статус
activity-field-planned-start = Планирани почетак
activity-field-planned-end = Планирани завршетак
activity-field-actual-start = Одржана од
activity-field-actual-end = Одржана до
activity-field-description = Опис
activity-field-reason = Разлог (приказује се у извештају)
activity-field-country = Држава
activity-field-municipality = Општина
activity-field-settlement = Насеље
activity-field-venue = Место одржавања
activity-field-responsible = Одговорна особа или партнер
activity-planned = Планирано
activity-held = Одржано
activity-delete-confirm = Обрисати „{ $title }“ са присуством, бројем присутних и листама? Можете то да опозовете.
activity-deleted = „{ $title }“ је обрисана.
attendance-title = Присуство
attendance-add = Додај регистровану особу
attendance-add-help = Упишите име или шифру, изаберите са ↓ и ↑, Enter додаје; затим следећу.
attendance-already = већ је ту
attendance-empty = Још нико није означен као присутан.
attendance-organisation = организација
attendance-remove = Уклони { $name } из присуства
attendance-removed = { $name } више није означен као присутан.
headcount-title = Број присутних
headcount-intro = Анонимни учесници јавног догађаја, пребројани по полу и старосној групи — исказују се поред регистрованих особа, никад се не додају њима.
headcount-age-band = Старосна група
headcount-count = Број
headcount-add = Додај
headcount-remove = Уклони овај број
headcount-removed = Број је уклоњен.
attachments-title = Листе присутних и докази
attachments-intro = Фотографије или скенови потписаних листа и дневног реда: чувају се на овом лаптопу по свом отиску, па се иста датотека чува једном.
attachments-add = Приложи фотографије или скенове…
attachments-uploading = Прилаже се…
attachments-remove = Уклони { $name }
attachment-removed = { $name } је уклоњен.
reach-title = Обухваћени пројектом { $code }
reach-intro = Различите особе које су присуствовале одржаној активности или добиле услугу, од почетка пројекта до данас; свака особа једном.
reach-people = Обухваћене особе
reach-organisations = Организације кориснице
reach-headcount = Број присутних (посебно)
activities-search = Пронађи активност…
activities-all-projects = Сви пројекти
activities-view = Приказ
activities-view-list = Листа
activities-view-calendar = Календар
activities-view-plan = План рада
activities-no-match = Ниједна активност не одговара „{ $query }“.
calendar-previous = Претходни месец
calendar-next = Следећи месец
plan-choose-project = Изаберите пројекат изнад да видите његов план рада: активности по резултатима, планиране и одржане, по месецима.
activity-field-ref = Шифра активности
service-title = Упиши услугу
service-recipients = Корисници: { NUMBER($count) }
service-record = Упиши
service-recorded = { $kind } уписано. Корисници: { NUMBER($count) }.
service-field-kind = Услуга
service-field-date = Датум
service-field-quantity = Количина
service-per-household = Једна по домаћинству (првом регистрованом члану)
service-for-attendees = Услуга за присутне
service-for-listed = Услуга за особе са листе
reach-from = Од
reach-to = До
reach-in-period = У периоду
reach-since-start = Од почетка
reach-total = Укупно
reach-by-gender-age = По полу и старосној групи (у периоду)
reach-by-municipality = По општинама (у периоду)
reach-no-municipality = Општина није уписана
reach-bad-period = Упишите оба датума као 31.03.2026 или 2026-03-31, крај не пре почетка.
activity-field-budget-lines = Буџетске линије из којих се финансира
rate-field-date = Датум
rate-field-from = Из валуте
rate-field-to = У валуту
rate-field-rate = Курс
rate-field-source = Извор
transaction-kind-expense = Расход
transaction-kind-income = Приход
transaction-kind-transfer = Пренос
payment-method-bank = Банка
payment-method-cash = Готовина
exchange-rule-contract-rate = Уговорени курс
exchange-rule-inforeuro-invoice-month = InforEuro курс месеца фактуре
exchange-rule-inforeuro-payment-month = InforEuro курс месеца плаћања
exchange-rule-transaction-rate = Сопствени курс трансакције
exchange-rule-period-average = Просек месечних курсева периода
transaction-field-ref = Ознака
transaction-field-kind = Врста
transaction-field-invoice-date = Датум фактуре
transaction-field-booking-date = Датум књижења
transaction-field-payment-date = Датум плаћања
transaction-field-amount = Износ
transaction-field-currency = Валута
transaction-field-rate = Девизни курс
transaction-field-budget-line = Буџетска линија
transaction-field-grant = Грант
transaction-field-share = Удео
transaction-field-partner = Партнер
transaction-field-payee = Прималац
transaction-field-document-no = Број документа
transaction-field-method = Начин плаћања
transaction-field-description = Опис
transaction-field-reverses = Сторнира
finance-intro = Новац једног пројекта у његовој валути: буџет наспрам стварних трошкова, трансакције, девизни курсеви и извештајни периоди.
finance-project = Пројекат
finance-no-projects = Још нема пројекта: прво направите пројекат или увезите пакет.
finance-tab-budget = Буџет наспрам стварних трошкова
finance-tab-transactions = Трансакције
finance-tab-rates = Девизни курсеви
finance-tab-periods = Извештајни периоди
finance-window = Период
finance-window-to-date = Од почетка до данас
finance-window-whole = Цео пројекат
finance-budget = Буџет
finance-spent-period = Утрошено у периоду
finance-spent-cumulative = Утрошено од почетка
finance-remaining = Преостало
finance-percent-spent = % утрошено
finance-col-heading = Категорија и буџетска линија
finance-warnings = Упозорења
finance-no-warnings = Нема упозорења за овај период.
finance-warning-heading-deviation = { $heading }: утрошено { $percent } % буџета (граница { $limit } %).
finance-warning-indirect-above-rate = Индиректни трошкови су { $percent } % директних, изнад { $limit } % колико грант дозвољава.
finance-warning-subgrant-above-60000 = Подгрант { $subgrant } је већи од 60 000 EUR.
finance-by-grant = Удео сваког гранта
finance-grant-amount = Износ гранта
finance-no-budget = Овај пројекат још нема буџетских линија: додајте прву са Нова буџетска линија (Ctrl+N).
finance-open-rates = Отвори девизне курсеве
budget-heading-1 = Људски ресурси
budget-heading-2 = Путовања
budget-heading-3 = Опрема и материјал
budget-heading-4 = Локална канцеларија
budget-heading-5 = Остали трошкови и услуге
budget-heading-6 = Остало (финансијска подршка трећим лицима)
budget-heading-7 = Међузбир директних трошкова
budget-heading-8 = Индиректни трошкови
budget-heading-9 = Укупни прихватљиви трошкови
transactions-new = Нова трансакција
transactions-edit-title = Трансакција { $ref }
transactions-help = Enter прелази на следеће поље, а на последњем књижи; Ctrl+S књижи из било ког поља. Датум, валута, буџетска линија, грант и начин остају за следећу.
transactions-book = Прокњижи
transactions-booked = Трансакција { $ref } је прокњижена.
transactions-deleted = Трансакција { $ref } је обрисана.
transactions-reversed = Сторно књижење { $ref } је прокњижено.
transactions-no-line = Без буџетске линије
transactions-no-grant = Без гранта
transactions-share = Удео у %
transactions-add-split = Подели са другим грантом
transactions-more = Врста, датуми фактуре и плаћања, сопствени курс
transactions-rate-help = Јединице ове валуте за једну пројектну; празно: правило гранта.
transactions-locked = У предатом извештају
transactions-locked-help = Ова трансакција је у предатом извештају и не може се мењати. Исправите је сторно књижењем са датумом у отвореном периоду; оба остају видљива.
transactions-reverse-on = Сторно књижење са датумом
transactions-reverse = Прокњижи сторно
transactions-reverses = Сторнира { $ref }
transactions-reversed-by = Сторнирана са { $ref }
transactions-search = Тражи по примаоцу, документу, опису или ознаци
transactions-shown = Приказано првих { $shown } од { $total }: тражите да сузите.
transactions-empty = За овај пројекат још нема трансакција: унесите прву изнад или увезите табелу са tessera import transactions.
transactions-col-date = Датум
transactions-col-who = Прималац и опис
transactions-col-converted = У { $currency }
transactions-missing-rate = Нема курса за { $currency } за { $month }
rates-new = Унесите девизни курс
rates-help = Јединице друге валуте за једну прве, како их објављује InforEuro (EUR → ALL 139,87); курс за месец носи датум 1. у месецу. Курс за исти датум, валуте и извор замењује стари.
rates-saved = Девизни курс је сачуван.
rates-deleted = Девизни курс је обрисан.
rates-empty = Још нема девизних курсева: унесите курс изнад или увезите табелу InforEuro са tessera import exchange-rates.
periods-help = Означавање периода као предатог закључава сваку трансакцију са датумом до његовог краја, да бројке извештаја остану како су предате; исправка је тада сторно књижење.
periods-locked-until = Трансакције са датумом до { DATE($until) } су закључане.
periods-empty = Грантови пројекта немају извештајних периода.
periods-col-kind = Извештај
periods-col-period = Период
periods-col-due = Рок
periods-col-status = Статус
periods-open = Отворен
periods-submitted = Предат { DATE($on) }
periods-submit = Означи као предат
periods-reopen = Поново отвори
periods-confirm = Закључати све трансакције са датумом до { DATE($end) }?
periods-submitted-done = Период је означен као предат: његове трансакције су закључане.
periods-reopened = Период је поново отворен.
budget-line-new = Нова буџетска линија
budget-line-edit = Буџетска линија { $ref }
budget-line-heading = Категорија
budget-line-unit = Јединица
budget-line-quantity = Количина
budget-line-unit-cost = Јединична цена ({ $currency })
budget-line-total = Укупно
budget-line-funded-by = Финансира
budget-line-own = Сопствено суфинансирање
budget-line-deleted = Буџетска линија { $ref } је обрисана.
finance-tab-grants = Грантови
grant-new = Нови грант
grant-edit = Грант { $ref }
grant-deleted = Грант { $ref } је обрисан.
grant-field-amount = Износ ({ $currency })
grant-field-start = Почетак
grant-field-end = Крај
grant-field-cofinancing = Суфинансирање (%)
grant-field-indirect = Индиректни трошкови (% директних)
grant-field-rule = Правило девизног курса
grant-field-contract-rate = Уговорени курс (јединица за 1)
grant-field-reports = Распоред извештавања
grant-add-period = Додај извештајни период
transactions-receipt-add = Признаница (скен или фотографија)
transactions-receipts = Приложене признанице: { NUMBER($count) }
finance-burn-rate = Утрошено месечно
finance-months-elapsed = Месеци од почетка: { NUMBER($months) }
finance-projected = Процена на крају
finance-months-left = Преостало месеци: { NUMBER($months) }
finance-cofinancing = Остварено суфинансирање
finance-cofinancing-required = Потребно: { $amount }
finance-warning-outside-grant-period = Књижено на грант изван његовог периода: { $refs }.
measurement-field-country = Држава
reports-intro = Извештај донатору за један пројекат и период, на било ком од седам језика: прегледајте стране, па сачувајте PDF.
reports-no-projects = Још нема пројеката: извештај се прави за пројекат.
reports-project = Пројекат
reports-period = Извештајни период
reports-template = Шаблон
reports-template-eu = Наративни и финансијски извештај за ЕУ
reports-template-eu-about = Структура Анекса VI, финансијски извештај, анекс трошкова.
reports-template-itt = Табела праћења индикатора
reports-template-itt-about = Једна положена табела: циљеви, остварено по кварталима, напомене о одступањима.
reports-template-generic = Извештај о напретку
reports-template-generic-about = За управне одборе, општине и мање донаторе, са графиконом буџета.
reports-language = Језик извештаја
reports-generate = Преглед
reports-generating = Извештај се прави…
reports-save = Сачувај као PDF
reports-saved = Сачувано у { $path }.
reports-open = Отвори
reports-preview = Преглед
reports-preview-empty = Изаберите период, шаблон и језик, па Преглед (Ctrl+Enter) да видите стране извештаја.
reports-pages = { $pages ->
    [one] { $pages } страна
    [few] { $pages } стране
   *[other] { $pages } страна
} · { $name }
reports-page = Страна { $page } од { $pages }
reports-preview-failed = Стране се не могу приказати овде, али извештај је спреман ({ $pages } стр.): сачувајте га и отворите.
settings-reports-title = Извештаји
settings-deviation-help = Табела праћења индикатора тражи напомену о одступању када је постигнуће индикатора ван овог распона циља.
settings-deviation-low = Испод (% циља)
settings-deviation-high = Изнад (% циља)
sync-badge-syncing = Синхронизација…
sync-badge-unreachable = Фасцикла недоступна
sync-badge-problems = { $count } одбијених датотека
sync-badge-pending = { $count } измена за слање
sync-badge-synced = Синхронизовано { $when }
sync-badge-never = Још није синхронизовано
sync-badge-title-not-set-up = Синхронизација између лаптопова организације још није подешена: подесите је на екрану Синхронизација.
sync-done = Синхронизовано: примљено { $bundles } пакета ({ $changes } измена), послато { $sent } измена.
sync-revoked = Уређај је опозван: његови пакети се од сада одбијају, а остали лаптопови добијају нови кључ организације при следећој синхронизацији. Стари кодови за придруживање више не раде: приказан је нови.
sync-busy = Синхронизација…
sync-now = Синхронизуј сада
sync-code-title = Код за придруживање
sync-code-help = Дајте овај код колеги чији лаптоп треба да се придружи. Чувајте га у тајности, као кључ: свако ко има њега и фасциклу може да чита податке организације.
sync-code-join = На другом лаптопу: { $kind ->
    [webdav] tessera sync join --webdav { $folder }
    [s3] tessera sync join --s3 { $folder }
   *[folder] tessera sync join --folder { $folder }
 }, затим упишите код.
sync-code-copy = Копирај код
sync-setup-title = Подесите синхронизацију на овом лаптопу
sync-setup-help = Изаберите где се ваши лаптопови сусрећу: фасцикла коју Nextcloud, Syncthing, мрежна фасцикла или USB држе истом, или директно ваш WebDAV сервер или S3 канта. Tessera ту уписује своје шифроване измене; нико без кода за придруживање не може да их прочита.
sync-folder = Заједничка фасцикла
sync-setup = Подеси
sync-join-help = Придруживање организацији која се већ синхронизује: на новом лаптопу изаберите „Придружите се нашој организацији“ на екрану добродошлице и упишите код који вам да колега (или покрените tessera sync join).
sync-last = Последња синхронизација
sync-never = никад
sync-pending = Измене које чекају слање
sync-sent = Послати пакети
sync-received = Примљени пакети
sync-conflicts = Решени конфликти
sync-quarantined = Чекају сат
sync-devices = Уређаји
sync-device-name = Уређај
sync-device-id = Ознака
sync-this-device = овај лаптоп
sync-device-revoked = опозван
sync-revoke = Опозови
sync-revoke-confirm = Опозвати { $name }? Од сада се његови пакети одбијају на сваком лаптопу; за изгубљен или украден лаптоп.
sync-problems = Непримењене датотеке
sync-kind = Где је дељење
sync-kind-folder = Заједничка фасцикла
sync-kind-webdav = WebDAV сервер
sync-kind-s3 = S3 канта
sync-kind-folder-help = коју истом држе Nextcloud, Syncthing, мрежна фасцикла или USB
sync-kind-webdav-help = ваш Nextcloud или ownCloud, или било који WebDAV сервер, директно
sync-kind-s3-help = S3-компатибилна канта: MinIO, Garage или добављач услуга у облаку
sync-address-folder = Заједничка фасцикла
sync-address-webdav = WebDAV адреса
sync-address-s3 = Адреса канте (https://host/канта)
sync-user = Корисничко име
sync-password = Лозинка
sync-access-key = Приступни кључ
sync-secret-key = Тајни кључ
sync-region = Регија (по жељи)
sync-credentials-help = Лозинка се чува запечаћена само за овај лаптоп. За Nextcloud направите лозинку апликације (Подешавања → Безбедност) уместо да дате своју.
sync-progress = { $done } од { $total } пакета
sync-outbox = Одлазно
sync-outbox-empty = Ништа не чека слање. Извештај стављен на чекање на екрану Извештаји иде у фасциклу за слање дељења са следећом синхронизацијом.
sync-outbox-file = Датотека
sync-outbox-queued = На чекању
sync-outbox-state = Стање
sync-outbox-waiting = Чека дељење
sync-outbox-retry = Чека; поновни покушај { $when }
sync-outbox-sent = Послато
sync-outbox-sent-at = Послато { $when }
sync-outbox-cancelled = Отказано
sync-outbox-cancel = Откажи слање
sync-outbox-cancel-confirm = Отказати слање датотеке { $name }? Копија која овде чека се брише.
sync-journal = Решени конфликти
sync-journal-empty = Нема конфликата: ниједна два лаптопа нису променила исто поље у исто време.
sync-journal-help = Када су два лаптопа променила исто поље, каснија измена је задржана на свим лаптоповима. Друга вредност се чува овде: вратите је ако је она била тачна.
sync-journal-record = Запис
sync-journal-kept = Задржано
sync-journal-overwritten = Преписано
sync-journal-by = { $name }, { $when }
sync-journal-restore = Врати другу вредност
sync-journal-restored = Друга вредност је враћена; остали лаптопови је добијају при следећој синхронизацији.
sync-journal-binary = { $bytes } бајтова
sync-table-beneficiaries = Особа
sync-table-projects = Пројекат
sync-table-transactions = Трансакција
sync-table-activities = Активност
sync-table-indicators = Индикатор
sync-table-households = Домаћинство
sync-badge-server-unreachable = Сервер недоступан
reports-queue = Стави на слање
reports-queue-help = Пошаљи га у фасциклу за слање дељења са следећом синхронизацијом: одмах кад је дељење доступно, иначе чим буде могуће.
reports-queued = { $name } чека у одлазном; иде са следећом синхронизацијом.
settings-backup-title = Резервне копије
settings-backup-help = Резервна копија је једна датотека са целом базом података и приложеним датотекама. Чувајте копије ван овог лаптопа: на USB-у или у синхронизованој фасцикли.
settings-backup-folder = Фасцикла за резервне копије
settings-backup-folder-placeholder = /media/usb/Tessera или ~/Tessera копије
settings-backup-every = Аутоматска копија
settings-backup-every-off = Искључено
settings-backup-every-daily = Сваког дана
settings-backup-every-weekly = Сваке недеље
settings-backup-keep = Број чуваних копија
settings-backup-last = Последња копија на овом лаптопу: { $when }.
settings-backup-never = На овом лаптопу још није направљена ниједна резервна копија.
settings-backup-encrypted = Копије се шифрују лозинком базе података.
settings-backup-plain = Копије нису шифроване, јер база података нема лозинку: чувајте их на безбедном месту.
settings-backup-now = Направи копију сада
settings-backup-progress-label = Копија у току
settings-backup-none = Фасцикла још нема резервних копија.
settings-backup-col-file = Датотека
settings-backup-col-made = Направљена
settings-backup-col-size = Величина
settings-backup-restore = Поврати…
settings-backup-restore-other = Поврати другу датотеку копије
settings-backup-restore-confirm = Заменити базу података копијом { $name }? Најпре се проверава; база која се сада користи чува се поред ње и ништа се не брише.
settings-backup-restore-passphrase = Лозинка копије (само када није лозинка ове базе)
settings-backup-restore-do = Поврати
backup-done = Копија је уписана: { $name } ({ $size }).
backup-restored = Повраћена је копија од { $date } ({ $organisation }). Претходна база је сачувана као { $kept }.
backup-restored-new = Повраћена је копија од { $date } ({ $organisation }).
settings-check-title = Провера базе података
settings-check-help = Проверава датотеку базе, да ли се дневник промена слаже са табелама, и сваку приложену датотеку према њеном контролном збиру.
settings-check-now = Провери сада
settings-check-running = Провера…
settings-check-ok = Све је неоштећено: датотека, редова према дневнику промена: { NUMBER($rows) }, приложених датотека: { NUMBER($files) }.
settings-check-file-bad = Датотека базе података је оштећена.
settings-check-log-bad = Редова који се разликују од онога што каже дневник промена: { NUMBER($count) }.
settings-check-files-damaged = Промењене откако су приложене: { $names }
settings-check-files-missing = Нису на овом лаптопу ({ NUMBER($count) }; додате на другом лаптопу или уклоњене из фасцикле): { $names }
settings-check-way-out = Повратите последњу исправну копију (изнад): оштећена база се чува поред ње, ништа се не брише.
settings-passphrase-title-set = Промена лозинке
settings-passphrase-title-new = Шифруј лозинком
settings-passphrase-help = Цела база података се изнова уписује под новом лозинком; ако нешто то прекине, база остаје каква је била. Раније резервне копије задржавају лозинку са којом су направљене.
settings-passphrase-new = Нова лозинка
settings-passphrase-repeat = Поновите је
settings-passphrase-save = Шифруј овом лозинком
settings-passphrase-done = База података је сада шифрована новом лозинком.
app-damaged = Ова база података није прошла проверу при покретању: део ње је оштећен. Повратите последњу исправну копију у Подешавања → Резервне копије; оштећена база се чува поред ње.
app-damaged-open = Отвори Подешавања
welcome-title = Добро дошли у програм Tessera
welcome-body = План, пројекти, људи и финансије ваше организације, чувани на овом лаптопу и доступни без интернета. Како желите да почнете?
welcome-create-title = Направите нашу организацију
welcome-create-body = Почните са својом организацијом: назив, земља и валута. Пројекти, људи и финансије долазе после.
welcome-create-help = Све ово можете касније да промените у Подешавањима.
welcome-create-submit = Направи организацију
welcome-create-working = Прављење…
welcome-demo-title = Истражите демо
welcome-demo-body = Измишљена организација са пројектима, људима и финансијама, да испробате све. Уклоните је када будете спремни да почнете.
welcome-demo-working = Припрема демоа…
welcome-protect-title = Заштитите податке
welcome-protect-encrypt = Шифрујте базу података лозинком (препоручено)
welcome-protect-warning = Запишите лозинку и чувајте је на сигурном месту. Без ње нико не може да отвори податке – ни ви, ни колега, ни аутори програма Tessera: изгубљена лозинка не може да се поврати.
welcome-protect-off = Без лозинке, свако ко има овај лаптоп или његов диск може да прочита податке о људима којима помажете.
settings-org-short-name-help = Користи се у шифрама особа (RAA-0001) и у извештајима.
settings-org-currency-help = Валута у којој се воде књиге.
settings-org-fiscal-year = Финансијска година почиње у
settings-org-choose = Изаберите…
settings-org-logo = Лого
settings-org-logo-help = PNG или JPEG, највише 2 MB: приказује се на насловним странама извештаја.
settings-org-logo-pick = Изаберите датотеку…
settings-org-logo-change = Промени…
settings-org-logo-remove = Уклони
settings-org-logo-preview = Лого организације
common-back = Назад
form-problems =
    { $count ->
        [one] { $count } поље тражи пажњу.
        [few] { $count } поља траже пажњу.
       *[other] { $count } поља тражи пажњу.
    }
error-no-database = Још нема базе података: прво направите своју организацију или истражите демо.
error-not-demo = Ово је база података ваше организације, а не демо: не уклања се.
demo-banner-title = Демо организација.
demo-banner-body = Све овде је измишљено, да испробате програм Tessera. Уклоните је да направите своју организацију.
demo-remove = Уклони демо…
demo-remove-ask = Уклонити демо организацију и све њене измишљене податке са овог лаптопа? Након тога следи екран добродошлице.
demo-remove-yes = Уклони демо
dashboard-start-title = Почните са својим првим пројектом
dashboard-start-body = Пројекат садржи логички оквир, буџет, активности и људе до којих допире. Направите га овде или увезите пакет пројекта који вам је послао партнер.
settings-org-save = Сачувај профил
settings-org-saved = Профил је сачуван
welcome-join-title = Придружите се нашој организацији
welcome-join-body = Колега већ користи програм Tessera: придружите се кодом за придруживање који вам да, и овај лаптоп се синхронизује са његовим.
welcome-join-help = Где се састају лаптопови вашег колеге (дељена фасцикла, WebDAV сервер или S3 канта коју је подесио у Синхронизацији) и код који му је приказан. Овај лаптоп добија сопствену копију података организације.
welcome-join-code = Код за придруживање
welcome-join-code-help = 24 слова и цифре у групама од по четири, како их приказује екран Синхронизација код колеге.
welcome-join-submit = Придружи се
welcome-join-working = Придруживање: преузимање података организације…
keys-title = Пречице на тастатури
keys-this-screen = На овом екрану
keys-everywhere = Свуда
keys-close = Затвори
keys-palette = Идите на било који екран, пројекат, особу или радњу
keys-screens = Екрани бочне траке, редом
keys-search = Претрага приказане листе
keys-save = Сачувајте образац
keys-cancel = Затворите или откажите
keys-undo = Поништите последњу промену
keys-help = Прикажите ову листу
keys-list-move = Кретање кроз листу
keys-list-open = Отворите изабрани ред
keys-list-ends = Први или последњи ред
keys-new-project = Нови пројекат
keys-new-activity = Нова активност
keys-new-person = Региструјте особу
keys-new-organisation = Нова организација
keys-new-item = Нова ставка на приказаној картици
keys-calendar-month = Претходни или следећи месец у календару
keys-finance-tabs = Картице: буџет, трансакције, грантови, курсеви, периоди
keys-next-field = Следеће поље; на последњем, књижите трошак
keys-generate = Направите извештај
keys-sync-now = Синхронизујте сада
keys-rename = Преименујте изабрану ставку логичког оквира
keys-move = Померите је горе или доле
keys-delete = Обришите је (уз потврду)
keys-back-to-projects = Назад на пројекте
settings-lock-title = Закључавање када се не користи
settings-lock-after = Закључај базу података после
settings-lock-never = Никад
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } минута без коришћења
        [few] { $minutes } минута без коришћења
       *[other] { $minutes } минута без коришћења
    }
settings-lock-now = Закључај сада
settings-lock-saved = Време закључавања је сачувано
settings-lock-help = Без тастера, клика или померања толико дуго, програм Tessera затвара базу података и поново тражи лозинку: лаптоп остављен отворен никоме не показује податке о људима.
settings-about-title = О програму Tessera
settings-about-version = Верзија
settings-about-schema = Формат базе података
settings-about-fonts = Фонтови
settings-about-crates =
    { $count ->
        [one] Изграђен од { $count } Rust пакета, по лиценци
        [few] Изграђен од { $count } Rust пакета, по лиценци
       *[other] Изграђен од { $count } Rust пакета, по лиценци
    }
settings-about-npm =
    { $count ->
        [one] и { $count } npm пакет у интерфејсу
        [few] и { $count } npm пакета у интерфејсу
       *[other] и { $count } npm пакета у интерфејсу
    }
calendar-month-empty = Ништа овог месеца.
calendar-go-nearest = Иди на { $date }
settings-report-lang = Језик нових извештаја
settings-report-lang-help = Шта екран Извештаји нуди прво, на сваком лаптопу организације (енглески за већину донатора); сваки извештај се и даље може направити на било ком од седам.
settings-report-lang-interface = Језик интерфејса
reports-deviation-title = Напомене о одступању
reports-deviation-intro = Зашто остварење индикатора до { $date } одступа од циља изван опсега који је организација одредила. Табела исписује сваку напомену у последњој колони.
reports-deviation-needed = Потребна напомена
reports-deviation-percent = { $percent } циља
reports-deviation-no-target = Нема циља за поређење
reports-deviation-none = Сви индикатори су у опсегу за овај период: напомена није потребна.
reports-deviation-others = Остали индикатори ({ $count })
reports-deviation-saved = Напомена је сачувана.
reports-deviation-label = Напомена о одступању за { $ref }
reports-deviation-regenerate = Напомене су промењене: поново направите извештај да бисте их видели у табели.
reports-ethnicity = Обухваћене особе према етничкој припадности
reports-ethnicity-about = Подаци посебне врсте: само за овај извештај, бројеви мањи од 5 су скривени.

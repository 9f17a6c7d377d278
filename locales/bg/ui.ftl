# Tessera — интерфейс на български език.
# Множествено число: one / other (CLDR).

## Application frame

app-name = Tessera
app-skip-to-content = Към съдържанието

## Sidebar

nav-label = Основна навигация
nav-dashboard = Табло
nav-plan = Стратегически план
nav-projects = Проекти
nav-activities = Дейности
nav-beneficiaries = Ползватели
nav-finance = Финанси
nav-reports = Отчети
nav-sync = Синхронизиране
nav-settings = Настройки
nav-item-title = { $label } ({ $key })
nav-collapse = Свиване на страничното меню
nav-expand = Разгъване на страничното меню

## Top bar

topbar-palette = Към екран или проект…
language-switcher-label = Език на интерфейса
sync-badge-not-set-up = Не е настроено
sync-badge-title = Синхронизиране между лаптопите на организацията: кога този се синхронизира за последно и какво чака. Отваря екрана „Синхронизиране“.

## Command palette (Ctrl+K)

palette-title = Отиди на
palette-placeholder = Въведете име на екран, наименование или код на проект
palette-group-screens = Екрани
palette-group-projects = Проекти
palette-no-results = Нищо не отговаря на „{ $query }“.
palette-loading-projects = Зареждане на проектите…
palette-hint = ↑ ↓ за придвижване · Enter за отваряне · Esc за затваряне

## Shared words

common-loading = Зареждане…
common-retry = Опитай отново
common-dismiss = Затвори
common-empty-value = —
common-period = { DATE($start) } – { DATE($end) }

## Dashboard

dashboard-title = Табло
dashboard-subtitle = { $org } накратко
dashboard-figures = Основни показатели
dashboard-card-projects-active =
    { $count ->
        [one] активен проект
       *[other] активни проекта
    }
dashboard-card-beneficiaries =
    { $count ->
        [one] обхванат ползвател
       *[other] обхванати ползватели
    }
dashboard-card-activities-done =
    { $count ->
        [one] завършена дейност
       *[other] завършени дейности
    }
dashboard-card-activities-planned =
    { $count ->
        [one] планирана дейност
       *[other] планирани дейности
    }
dashboard-deadlines-title = Предстоящи срокове
dashboard-deadlines-empty = Няма предстоящи срокове. Тук ще се появяват сроковете за отчетите по вашите грантове.
dashboard-due-today = срокът е днес
dashboard-due-in-days =
    { $days ->
        [one] след { $days } ден
       *[other] след { $days } дни
    }
dashboard-overdue-days =
    { $days ->
        [one] просрочен с { $days } ден
       *[other] просрочен с { $days } дни
    }
deadline-kind-interim = Междинен отчет
deadline-kind-final = Окончателен отчет
deadline-kind-financial-report = Финансов отчет
deadline-kind-narrative-report = Съдържателен отчет

## Projects list

projects-title = Проекти
projects-count =
    { $count ->
        [one] { $count } проект
       *[other] { $count } проекта
    }
projects-filter-label = Филтриране на проектите по код или наименование
projects-filter-placeholder = Филтриране по код или наименование
projects-filter-none = Няма проект, който да отговаря на „{ $query }“.
projects-keyboard-hint = ↑ ↓ за придвижване между проектите · Enter за отваряне · / за филтър
projects-col-code = Код
projects-col-title = Наименование
projects-col-status = Статус
projects-col-period = Период
projects-col-countries = Държави
projects-col-budget = Бюджет
projects-col-beneficiaries = Ползватели
projects-col-activities = Дейности

project-status-pipeline = В подготовка
project-status-active = Активен
project-status-closed = Приключен

## Empty states

empty-projects-title = Все още няма проекти
empty-projects-body = Тук ще бъдат изброени проектите на вашата организация, финансирани от донори, с техните логически рамки, грантове и дейности.
empty-import-hint = Дотогава пакет с проект може да бъде импортиран с командата { $command }.
empty-plan-body = Тук ще бъдат показани визията, мисията, стратегическите и оперативните цели на вашата организация, както и проектите, които допринасят за тях.
empty-activities-body = Тук ще бъдат изброени обученията, работните срещи, раздаванията на помощи и другите дейности по всички ваши проекти, с присъствените списъци.
empty-beneficiaries-body = Тук ще бъдат изброени ползвателите и домакинствата, които регистрирате.
empty-finance-body = Тук ще водите грантовете, бюджетите, разходите с разписките към тях и сравнението на бюджета с реалните разходи.
empty-reports-body = Тук ще подготвяте съдържателни и финансови отчети за донорите, на езика, който всеки донор изисква.

## Project overview

project-back = Обратно към проектите
project-status = Статус
project-period = Период
project-countries = Държави
project-budget = Бюджет
project-beneficiaries = Ползватели
project-section-summary = Резюме
project-section-partners = Водеща организация и партньори
project-section-grants = Грантове
project-section-logframe = Логическа рамка
project-section-activities = Дейности

partner-role-lead = Водещ кандидат
partner-role-partner = Партньор
partner-role-associate = Асоцииран партньор

grants-col-donor = Донор
grants-col-programme = Програма
grants-col-contract = Номер на договор
grants-col-period = Период
grants-col-amount = Сума
grants-amount = { MONEY($amount, $currency) }
grants-empty = За този проект все още няма въведен грант.

logframe-level-goal = Обща цел
logframe-level-objective = Специфична цел
logframe-level-result = Очакван резултат
logframe-empty = Логическата рамка на този проект все още е празна.

indicator-col-indicator = Индикатор
indicator-col-baseline = Базова стойност
indicator-col-target = Целева стойност
indicator-col-actual = Постигнато
indicator-col-progress = Напредък
indicator-progress = { NUMBER($progress, style: "percent") } от целевата стойност
indicator-no-measurement = Все още няма измерване
indicator-target-reached = Целта е постигната
indicator-aggregation-sum = сума от измерванията
indicator-aggregation-latest = последна стойност
indicator-aggregation-max = най-висока стойност
indicator-unit-count = брой
indicator-unit-percent = процент
indicator-unit-yes-no = да/не
indicator-unit-text = текст

activities-col-title = Дейност
activities-col-type = Вид
activities-col-status = Статус
activities-col-date = Планирана за
activities-col-municipality = Община
activities-col-participants = Участници
activities-empty = За този проект все още няма планирани дейности.

activity-type-training = Обучение
activity-type-workshop = Работна среща
activity-type-information-meeting = Информационна среща
activity-type-forum = Форум
activity-type-round-table = Кръгла маса
activity-type-campaign = Кампания
activity-type-research = Проучване
activity-type-advocacy-initiative = Застъпническа инициатива
activity-type-distribution = Раздаване на помощи
activity-type-legal-aid = Правна помощ
activity-type-psychosocial-support = Психосоциална подкрепа
activity-type-monitoring-visit = Мониторингово посещение
activity-type-other = Друго

activity-status-planned = Планирано
activity-status-ongoing = В процес
activity-status-done = Завършено
activity-status-postponed = Отложено
activity-status-cancelled = Отменено

## Settings

settings-title = Настройки
settings-language-title = Език
settings-language-label = Език на интерфейса
settings-language-help = Езикът на менютата и екраните на този лаптоп. Всеки отчет може да бъде написан на друг език.
settings-org-title = Организация
settings-org-name = Наименование
settings-org-short-name = Кратко наименование
settings-org-country = Държава
settings-org-currency = Основна валута
settings-db-title = База данни
settings-db-path = Местоположение
settings-db-encryption = Криптиране
settings-db-encrypted-yes = Криптирана с парола
settings-db-encrypted-no = Не е криптирана

## Unlock

unlock-title = Отключване на базата данни
unlock-body = Данните на вашата организация на този лаптоп са криптирани. Въведете паролата, за да ги отворите.
unlock-passphrase = Парола
unlock-submit = Отключи
unlock-working = Отключване…

## Errors

error-unexpected = Tessera няма достъп до своята база данни. Затворете приложението и го отворете отново; ако се повтори, свържете се с поддръжката.

# Editing projects and logframes
common-save = Запази
common-cancel = Отказ
common-delete = Изтрий
common-undo = Отмени
common-actions = Действия
field-date-help = Във вид 31.03.2026 или 2026-03-31.
project-new = Нов проект
project-new-title = Нов проект
project-field-code = Код
project-field-code-help = Кратък код, с който организацията го познава, например RISE-2026.
project-field-title = Заглавие
project-field-start = Начало
project-field-end = Край
project-field-currency = Валута
project-field-countries-help = Кодове по ISO, разделени със запетаи, например AL, XK, MK.
logframe-add-goal = Добави общата цел
logframe-add-objective = Добави специфична цел
logframe-add-result = Добави резултат
logframe-new-goal = Обща цел
logframe-new-objective = Нова специфична цел
logframe-new-result = Нов очакван резултат
logframe-field-text = Текст
logframe-keyboard-hint = F2 преименува · Delete изтрива · Alt+↑/↓ премества
logframe-delete-confirm = Да се изтрие ли { $ref } с всичко под него?
logframe-deleted = { $ref } е изтрит.
indicator-add = Добави индикатор
indicator-field-text = Индикатор
indicator-field-unit = Мерна единица
indicator-field-aggregation = Как се събират измерванията
indicator-field-target = Целева стойност в края на проекта
measurement-add = Запиши измерване
measurement-field-date = Дата
measurement-field-value = Стойност
measurement-field-source = Източник / средства за проверка

# Dashboard: pace and activities
dashboard-behind-title = Индикатори, които изостават
dashboard-behind-empty = Всеки индикатор върви според целевата си стойност или още няма такава.
dashboard-behind-figures = { NUMBER($achieved) } от { NUMBER($expected) } очаквани до днес (цел { NUMBER($target) })
dashboard-behind-more =
    { $count ->
        [one] и още { $count }
       *[other] и още { $count }
    }
dashboard-week-title = Дейности тази седмица
dashboard-week-empty = Няма дейност, планирана да започне тази седмица.
dashboard-overdue-title = Закъснели дейности
dashboard-overdue-empty = Няма планирана дейност с изтекли срокове.

# Project actions
project-edit = Редактирай
project-edit-title = Редактиране на проекта
project-close = Приключи проекта
project-closed = Проектът { $code } е приключен.
project-deleted = Проектът { $code } е изтрит.
project-delete-confirm = Да се изтрие ли проектът { $code } с всичко в него?
common-saved = Запазено.

# Strategic plan
plan-title = Стратегически план
plan-empty-title = Още няма стратегически план
plan-empty-body = Опишете плана на организацията за даден период; напредъкът му идва от проектите, свързани с целите му.
plan-field-title = Заглавие
plan-field-start = От
plan-field-end = До
plan-field-vision = Визия
plan-field-mission = Мисия
plan-create = Започни плана
plan-add-goal = Добави стратегическа цел
plan-new-goal = Нова стратегическа цел
plan-add-objective = Добави стратегическа задача
plan-new-objective = Нова стратегическа задача
plan-goals-empty = Планът още няма стратегически цели.
plan-no-progress = още няма измерен напредък
plan-unlink = Откачи
plan-link-project = Свържи проект…
plan-link = Свържи
plan-item-deleted = { $code } е изтрит.
target-set = Задай цел
target-field-period-end = Край на периода
target-field-period-end-help = Целевата стойност за периода, който завършва на този ден; последната е целта за края на проекта.
dashboard-plan-title = Стратегически план
dashboard-plan-empty = Още няма стратегически план.
dashboard-plan-start = Започнете го

## Organisations directory
organisation-kind-ngo = НПО
organisation-kind-public-authority = Публичен орган
organisation-kind-donor = Донор
organisation-kind-network = Мрежа
organisation-kind-private = Частна фирма
organisation-kind-other = Друго
nav-organisations = Организации
org-title = Организации
org-intro = Партньори, донори, подизпълнители по грантове и органи на властта: един списък, от който избират проектите и грантовете.
org-new = Нова организация
org-edit-title = Промяна на организацията
org-field-name = Име
org-field-short-name = Кратко име
org-field-kind = Вид
org-field-country = Държава
org-field-country-help = Код по ISO, например BG или MK.
org-projects = Проекти
org-grants = Грантове
org-owner = Тази организация
org-empty = Още няма други организации. Добавете партньорите, донорите и органите, с които работят проектите ви.
org-search = Търсене на организации
org-no-match = Няма организация, отговаряща на „{ $query }“.
org-deleted = { $name } е изтрита.
org-delete-confirm = Да се изтрие ли { $name } от списъка?
org-edit = Промяна
project-field-lead = Водещ кандидат
project-field-partners = Партньори
project-partner-add = Добавяне на партньор…
project-partner-remove = Премахване на { $name }
project-partners-none = Още няма партньори.
project-field-municipalities = Общини
project-municipality-search = Въведете община…
project-municipality-remove = Премахване на { $name }
project-municipalities-none = Няма избрани общини.

## Assumptions and risks, disaggregation, indicator chart
assumption-kind-assumption = Допускане
assumption-kind-risk = Риск
gender-female = Жена
gender-male = Мъж
gender-other = Друго
gender-undisclosed = Не желая да посоча
logframe-assumptions = Допускания и рискове
logframe-add-assumption = Добавяне на допускане
logframe-add-risk = Добавяне на риск
logframe-new-assumption = Ново допускане
logframe-new-risk = Нов риск
assumption-deleted = { $kind }: изтрито.
measurement-disaggregation = Разбивка (по избор)
measurement-field-gender = Пол
measurement-field-age-band = Възрастова група
measurement-field-municipality = Община
measurement-any = Всички
indicator-chart = { $text }: постигнатото във времето спрямо целта

## Work packages
project-section-work-packages = Работни пакети
wp-add = Добавяне на работен пакет
wp-new = Нов работен пакет
wp-field-title = Наименование
wp-rename = Преименуване
wp-empty = Още няма работни пакети.
wp-deleted = { $code } е изтрит.
wp-activities = Дейности: { NUMBER($count) }

## Activities in the logframe
logframe-level-activity = Дейност
logframe-add-activity = Добавяне на дейност
logframe-new-activity = Нова дейност
## People: field labels (forms, the import's mapping step; a table's header may be any language's)
people-field-code = Код
people-field-first_name = Име
people-field-last_name = Фамилия
people-field-gender = Пол
people-field-birth_year = Година на раждане
people-field-country = Държава
people-field-municipality = Община
people-field-settlement = Населено място
people-field-household = Домакинство
people-field-household_size = Брой членове на домакинството
people-field-ethnicity = Етническа принадлежност
people-field-disability = Увреждане
people-field-consent_date = Дата на съгласието
people-field-consent_purposes = Цели на съгласието
people-field-consent_withdrawn = Оттеглено съгласие
## What people type in a table's cells, comma-separated (compared without case, diacritics or script)
people-words-gender-female = ж, жена, женски, момиче
people-words-gender-male = м, мъж, мъжки, момче
people-words-gender-other = друго, друг
people-words-gender-undisclosed = не посочва, не желае да посочи
people-words-yes = да, д
people-words-no = не, н

## The beneficiary registry
people-intro = Лицата, домакинствата и организациите, на които служи вашата организация. Първо кодът; имена само където хората са съгласни.
people-import = Импортиране от таблица
people-new = Регистриране на лице
people-search = Търсене по код или име, на всяка азбука
people-count = { $count ->
    [one] едно лице
   *[other] { NUMBER($count) } лица
}
people-col-name = Име
people-no-name = (няма записано име)
people-no-match = Никой не отговаря на „{ $query }“.
people-list-keys = ↑↓ за движение, Enter за отваряне, / за търсене, Ctrl+N за регистриране
people-registered = { $code } е регистрирано.
people-edit-title = Редактиране на { $code }
people-code-next = Кодът ще бъде { $prefix }-… (следващият свободен номер).
people-names-help = Имената не са задължителни: кодът е достатъчен.
people-municipality-help = Пишете на всяка азбука; списъкът предлага.
people-sensitive = Чувствителни данни (от специална категория)
common-yes = Да
common-no = Не
people-back = Обратно към списъка
people-edit = Редактиране
people-delete-confirm = Да се изтрие ли { $code }? Лицето излиза от регистъра и от броенето; „Отмяна“ го връща.
people-deleted = { $code } е изтрито.
people-erased-badge = Личните данни са изтрити
people-withdrawn-badge = Оттеглено съгласие
people-household-line = { $code }: { $size } души, { $members } регистрирани
people-consent = Съгласие
people-consent-given = Дадено на { DATE($date) } за: { $purposes }.
people-consent-recorded-by = Записано от { $name }.
people-consent-withdrawn-on = Оттеглено на { DATE($date) }: не влиза в нови присъствия и експорти.
people-consent-none = Все още няма записано съгласие.
people-consent-recorded-by-label = Записано от (служител)
people-consent-withdraw-date = Оттеглено на
people-consent-withdraw = Оттегляне на съгласието
people-consent-correct = Поправка на съгласието
people-consent-record = Записване на съгласие
people-erase = Изтриване на лични данни
people-erase-confirm = Да се изтрият ли имената, годината на раждане, населеното място, контактът и чувствителните полета на { $code } — от този лаптоп сега и от всеки друг при следващата му синхронизация? Кодът, полът и общината остават, за да са верни броевете. Това не може да се отмени.
people-erased = { $code }: личните данни са изтрити.
people-services = Услуги
people-services-none = Няма записани услуги.
people-attendance = Присъствие
people-attendance-none = Няма записано присъствие.
consent-purpose-services = Услуги
consent-purpose-reporting = Отчитане пред донорите
consent-purpose-contact = Връзка
consent-purpose-photos = Снимки
people-import-title = Импортиране на лица от таблица
people-import-intro = Файл CSV или XLSX със заглавен ред. Посочете кое поле е всяка колона, проверете, после импортирайте — всички редове или нито един.
people-import-file = Файл
people-import-project = Проект
people-import-rows = { $count ->
    [one] Един ред под заглавието.
   *[other] { NUMBER($count) } реда под заглавието.
}
people-import-remembered = Полетата на тези колони са избраните миналия път.
people-import-field-of = Поле на колоната „{ $column }“
people-import-skip = (без)
people-import-check = Проверка
people-import-run = Импортиране
people-import-ok = { $count ->
    [one] Редът може да бъде импортиран ({ $households } нови домакинства).
   *[other] Всички { NUMBER($count) } реда могат да бъдат импортирани ({ $households } нови домакинства).
}
people-import-done = { $count ->
    [one] Импортирано е едно лице.
   *[other] Импортирани са { NUMBER($count) } лица.
}
people-import-at = Ред { $row }, „{ $column }“:
settings-people-title = Регистър на лицата
settings-code-prefix = Представка на кодовете на лицата
settings-code-prefix-help = Новите лица получават кодове като { $example }. Оставете празно, за да се ползва краткото име на организацията.
settings-sensitive-title = Чувствителни полета
settings-sensitive-help = Етническата принадлежност, уврежданията и уязвимостта са лични данни от специална категория (чл. 9 от ОРЗД и законите за защита на данните в региона): записвайте ги само когато работата ви ги изисква и хората са съгласни. Всяко поле остава скрито навсякъде, докато не бъде включено тук.
settings-sensitive-ethnicity = Етническа принадлежност
settings-sensitive-disability = Увреждане
settings-sensitive-vulnerability = Етикети за уязвимост

## Likely duplicates
people-likely-intro = { $count ->
    [one] Това може да е вече регистрирано лице:
   *[other] Тези { $count } може да са вече регистрирано лице:
}
people-likely-open = Отваряне
people-likely-anyway = Отворете ги, за да проверите; или запишете отново, за да регистрирате ново лице.
people-likely-register-anyway = Регистриране въпреки това
people-duplicates-title = Вероятни дубликати
people-duplicates-intro = Лица, които може да са регистрирани два пъти: на друга азбука, с грешка, с разменени име и фамилия или с година на раждане с една година разлика. Обединете ги или посочете, че не са едно и също лице.
people-duplicates-none = Няма вероятни дубликати.
people-duplicates-count = { $count ->
    [one] Една двойка за решаване.
   *[other] { NUMBER($count) } двойки за решаване.
}
people-duplicates-likeness = Колко си приличат
people-merged = { $other } е обединено с { $kept }.
people-merge-confirm = Да се обедини ли { $other } с { $kept }? { $other } се изтрива; всички услуги и присъствия на двамата остават при { $kept }, а празните полета на { $kept } вземат стойностите на { $other }.
people-merge = Обединяване
people-merge-into = Запазване на { $code }
people-not-same = Не е същото лице

## Registry export
people-export = Експортиране
people-export-title = Експортиране на регистъра
people-export-intro = Таблица за собствената работа на организацията: винаги кодовете; имена и чувствителни полета само когато ги поискате. Лицата, оттеглили съгласието си, не се включват.
people-export-everyone = Всички
people-export-format = Формат
people-export-names = Включване на имената и фамилиите
people-export-names-warning = Файлът ще съдържа лични данни: пазете го на криптиран диск и го изтрийте, когато приключите.
people-export-done = Записано в { $path }.

people-import-likely = { $count ->
    [one] Един ред може да е вече регистрирано лице (можете да импортирате и обедините по-късно или да поправите файла):
   *[other] { NUMBER($count) } реда може да са вече регистрирани лица (можете да импортирате и обедините по-късно или да поправите файла):
}
people-import-at-row = Ред { $row }:
people-household-help = Въведете кода на домакинството: съществуващо или се създава ново.
people-household-members = Членове
people-field-vulnerability = Етикети за уязвимост
people-vulnerability-help = Разделени със запетаи: самотен родител, без документи, …
service-kind-food-package = Пакет с храни
service-kind-hygiene-package = Пакет с хигиенни продукти
service-kind-legal-aid = Правна помощ
service-kind-counselling = Консултиране
service-kind-training-attendance = Участие в обучение
service-kind-referral = Насочване
service-kind-psychosocial-support = Психосоциална подкрепа
service-kind-other = Друго
age-band-0-17 = 0–17
age-band-18-29 = 18–29
age-band-30-59 = 30–59
age-band-60-plus = 60 и повече
age-band-unknown = Неизвестна възраст
activities-intro = Обученията, форумите, раздаванията и другите дейности по вашите проекти: кой е дошъл, какво е получил и списъците, които е подписал.
activity-new = Нова дейност
activity-edit-title = Промяна на дейността
activity-edit = Промяна
activity-back = Обратно към дейностите
activity-field-project = Проект
activity-field-result = Резултат
activity-no-result = Без резултат
activity-field-title = Заглавие
activity-field-type = Вид
activity-field-status = Състояние
activity-field-planned-start = Планирано начало
activity-field-planned-end = Планиран край
activity-field-actual-start = Проведена от
activity-field-actual-end = Проведена до
activity-field-description = Описание
activity-field-reason = Причина (показва се в отчета)
activity-field-country = Държава
activity-field-municipality = Община
activity-field-settlement = Населено място
activity-field-venue = Място на провеждане
activity-field-responsible = Отговорно лице или партньор
activity-planned = Планирана
activity-held = Проведена
activity-delete-confirm = Да се изтрие ли „{ $title }“ с присъствието, броя присъстващи и списъците? Може да го отмените.
activity-deleted = „{ $title }“ е изтрита.
attendance-title = Присъствие
attendance-add = Добавяне на регистрирано лице
attendance-add-help = Въведете име или код, изберете с ↓ и ↑, Enter добавя; после следващия.
attendance-already = вече е тук
attendance-empty = Още никой не е отбелязан като присъстващ.
attendance-organisation = организация
attendance-remove = Премахване на { $name } от присъствието
attendance-removed = { $name } вече не е отбелязан като присъстващ.
headcount-title = Брой присъстващи
headcount-intro = Анонимни участници в публично събитие, преброени по пол и възрастова група — отчитат се до регистрираните лица, никога не се добавят към тях.
headcount-age-band = Възрастова група
headcount-count = Брой
headcount-add = Добавяне
headcount-remove = Премахване на този брой
headcount-removed = Броят е премахнат.
attachments-title = Присъствени списъци и доказателства
attachments-intro = Снимки или сканирани подписани списъци и дневен ред: пазят се на този лаптоп по отпечатъка си, така че един файл се съхранява веднъж.
attachments-add = Прилагане на снимки или сканирани документи…
attachments-uploading = Прилага се…
attachments-remove = Премахване на { $name }
attachment-removed = { $name } е премахнат.
reach-title = Обхванати от { $code }
reach-intro = Отделни лица, присъствали на проведена дейност или получили услуга, от началото на проекта до днес; всяко лице веднъж.
reach-people = Обхванати лица
reach-organisations = Обслужени организации
reach-headcount = Брой присъстващи (отделно)
activities-search = Търсене на дейност…
activities-all-projects = Всички проекти
activities-view = Изглед
activities-view-list = Списък
activities-view-calendar = Календар
activities-view-plan = Работен план
activities-no-match = Няма дейност, отговаряща на „{ $query }“.
calendar-previous = Предишен месец
calendar-next = Следващ месец
plan-choose-project = Изберете проект по-горе, за да видите работния му план: дейностите по резултати, планирани и проведени, по месеци.
activity-field-ref = Код на дейността
service-title = Записване на услуга
service-recipients = Ползватели: { NUMBER($count) }
service-record = Запис
service-recorded = { $kind } е записан. Ползватели: { NUMBER($count) }.
service-field-kind = Услуга
service-field-date = Дата
service-field-quantity = Количество
service-per-household = По една на домакинство (на първия регистриран член)
service-for-attendees = Услуга за присъствалите
service-for-listed = Услуга за показаните в списъка
reach-from = От
reach-to = До
reach-in-period = През периода
reach-since-start = От началото
reach-total = Общо
reach-by-gender-age = По пол и възрастова група (през периода)
reach-by-municipality = По общини (през периода)
reach-no-municipality = Без посочена община
reach-bad-period = Въведете двете дати като 31.03.2026 или 2026-03-31, краят не преди началото.
activity-field-budget-lines = Бюджетни редове, от които се финансира
rate-field-date = Дата
rate-field-from = От валута
rate-field-to = Към валута
rate-field-rate = Курс
rate-field-source = Източник
transaction-kind-expense = Разход
transaction-kind-income = Приход
transaction-kind-transfer = Прехвърляне
payment-method-bank = Банка
payment-method-cash = Пари в брой
exchange-rule-contract-rate = Курс по договора
exchange-rule-inforeuro-invoice-month = Курс на InforEuro за месеца на фактурата
exchange-rule-inforeuro-payment-month = Курс на InforEuro за месеца на плащането
exchange-rule-transaction-rate = Собственият курс на транзакцията
exchange-rule-period-average = Средно от месечните курсове за периода
transaction-field-ref = Номер
transaction-field-kind = Вид
transaction-field-invoice-date = Дата на фактура
transaction-field-booking-date = Дата на осчетоводяване
transaction-field-payment-date = Дата на плащане
transaction-field-amount = Сума
transaction-field-currency = Валута
transaction-field-rate = Обменен курс
transaction-field-budget-line = Бюджетен ред
transaction-field-grant = Грант
transaction-field-share = Дял
transaction-field-partner = Партньор
transaction-field-payee = Получател
transaction-field-document-no = Номер на документ
transaction-field-method = Начин на плащане
transaction-field-description = Описание
transaction-field-reverses = Сторнира
finance-intro = Парите на един проект в неговата валута: бюджет спрямо реални разходи, транзакции, обменни курсове и отчетни периоди.
finance-project = Проект
finance-no-projects = Все още няма проект: първо създайте или внесете пакет.
finance-tab-budget = Бюджет спрямо реални разходи
finance-tab-transactions = Транзакции
finance-tab-rates = Обменни курсове
finance-tab-periods = Отчетни периоди
finance-window = Период
finance-window-to-date = От началото до днес
finance-window-whole = Целият проект
finance-budget = Бюджет
finance-spent-period = Изразходвано за периода
finance-spent-cumulative = Изразходвано от началото
finance-remaining = Остатък
finance-percent-spent = % изразходвано
finance-col-heading = Категория и бюджетен ред
finance-warnings = Предупреждения
finance-no-warnings = Няма предупреждения за този период.
finance-warning-heading-deviation = { $heading }: изразходвани { $percent } % от бюджета (граница { $limit } %).
finance-warning-indirect-above-rate = Непреките разходи са { $percent } % от преките, над { $limit } % по гранта.
finance-warning-subgrant-above-60000 = Финансовата подкрепа { $subgrant } е над 60 000 EUR.
finance-by-grant = Делът на всеки грант
finance-grant-amount = Размер на гранта
finance-no-budget = Този проект още няма бюджетни редове: добавете първия с Нов бюджетен ред (Ctrl+N).
finance-open-rates = Към обменните курсове
budget-heading-1 = Човешки ресурси
budget-heading-2 = Пътувания
budget-heading-3 = Оборудване и консумативи
budget-heading-4 = Местен офис
budget-heading-5 = Други разходи и услуги
budget-heading-6 = Други (финансова подкрепа за трети лица)
budget-heading-7 = Междинна сума преки разходи
budget-heading-8 = Непреки разходи
budget-heading-9 = Общо допустими разходи
transactions-new = Нова транзакция
transactions-edit-title = Транзакция { $ref }
transactions-help = Enter минава към следващото поле и осчетоводява на последното; Ctrl+S осчетоводява от всяко поле. Датата, валутата, бюджетният ред, грантът и начинът остават за следващата.
transactions-book = Осчетоводи
transactions-booked = Транзакция { $ref } е осчетоводена.
transactions-deleted = Транзакция { $ref } е изтрита.
transactions-reversed = Сторниращият запис { $ref } е осчетоводен.
transactions-no-line = Без бюджетен ред
transactions-no-grant = Без грант
transactions-share = Дял в %
transactions-add-split = Раздели с друг грант
transactions-more = Вид, дати на фактура и плащане, собствен курс
transactions-rate-help = Единици от тази валута за една на проекта; празно: правилото на гранта.
transactions-locked = В подаден отчет
transactions-locked-help = Тази транзакция е в подаден отчет и не може да се променя. Коригирайте я със сторниращ запис с дата в отворен период; и двата остават видими.
transactions-reverse-on = Сторниращ запис с дата
transactions-reverse = Осчетоводи сторно
transactions-reverses = Сторнира { $ref }
transactions-reversed-by = Сторнирана с { $ref }
transactions-search = Търсене по получател, документ, описание или номер
transactions-shown = Показани са първите { $shown } от { $total }: търсете, за да стесните.
transactions-empty = За този проект още няма транзакции: въведете първата отгоре или внесете таблица с tessera import transactions.
transactions-col-date = Дата
transactions-col-who = Получател и описание
transactions-col-converted = В { $currency }
transactions-missing-rate = Няма курс за { $currency } за { $month }
rates-new = Въведете обменен курс
rates-help = Единици от втората валута за една от първата, както ги публикува InforEuro (EUR → ALL 139,87); курсът за месец е с дата 1-во число. Курс за същата дата, валути и източник заменя стария.
rates-saved = Обменният курс е записан.
rates-deleted = Обменният курс е изтрит.
rates-empty = Още няма обменни курсове: въведете курс отгоре или внесете таблицата InforEuro с tessera import exchange-rates.
periods-help = Отбелязването на период като подаден заключва всяка транзакция с дата до края му, за да останат цифрите на отчета както са подадени; корекция тогава е сторниращ запис.
periods-locked-until = Транзакциите с дата до { DATE($until) } са заключени.
periods-empty = Грантовете на проекта нямат отчетни периоди.
periods-col-kind = Отчет
periods-col-period = Период
periods-col-due = Срок
periods-col-status = Статус
periods-open = Отворен
periods-submitted = Подаден на { DATE($on) }
periods-submit = Отбележи като подаден
periods-reopen = Отвори отново
periods-confirm = Да се заключат ли всички транзакции с дата до { DATE($end) }?
periods-submitted-done = Периодът е отбелязан като подаден: транзакциите му са заключени.
periods-reopened = Периодът е отворен отново.
budget-line-new = Нов бюджетен ред
budget-line-edit = Бюджетен ред { $ref }
budget-line-heading = Категория
budget-line-unit = Единица
budget-line-quantity = Количество
budget-line-unit-cost = Единична цена ({ $currency })
budget-line-total = Общо
budget-line-funded-by = Финансиран от
budget-line-own = Собствено съфинансиране
budget-line-deleted = Бюджетният ред { $ref } е изтрит.
finance-tab-grants = Грантове
grant-new = Нов грант
grant-edit = Грант { $ref }
grant-deleted = Грантът { $ref } е изтрит.
grant-field-amount = Размер ({ $currency })
grant-field-start = Начало
grant-field-end = Край
grant-field-cofinancing = Съфинансиране (%)
grant-field-indirect = Непреки разходи (% от преките)
grant-field-rule = Правило за обменния курс
grant-field-contract-rate = Курс по договора (единици за 1)
grant-field-reports = График на отчетите
grant-add-period = Добави отчетен период
transactions-receipt-add = Разписка (сканиране или снимка)
transactions-receipts = Приложени разписки: { NUMBER($count) }
finance-burn-rate = Изразходвано на месец
finance-months-elapsed = Месеци от началото: { NUMBER($months) }
finance-projected = Прогноза към края
finance-months-left = Оставащи месеци: { NUMBER($months) }
finance-cofinancing = Постигнато съфинансиране
finance-cofinancing-required = Изисквано: { $amount }
finance-warning-outside-grant-period = Отчетени по грант извън периода му: { $refs }.
measurement-field-country = Държава
reports-intro = Отчет към донора за един проект и период, на някой от седемте езика: прегледайте страниците и запазете PDF файла.
reports-no-projects = Все още няма проекти: отчетът се прави за проект.
reports-project = Проект
reports-period = Отчетен период
reports-template = Шаблон
reports-template-eu = Описателен и финансов отчет за ЕС
reports-template-eu-about = Структура на Приложение VI, финансов отчет, приложение с разходите.
reports-template-itt = Таблица за проследяване на индикаторите
reports-template-itt-about = Една хоризонтална таблица: цели, действително по тримесечия, бележки за отклоненията.
reports-template-generic = Отчет за напредъка
reports-template-generic-about = За управителни съвети, общини и по-малки донори, с графика на бюджета.
reports-language = Език на отчета
reports-generate = Преглед
reports-generating = Отчетът се създава…
reports-save = Запази като PDF
reports-saved = Запазено в { $path }.
reports-open = Отвори
reports-preview = Преглед
reports-preview-empty = Изберете период, шаблон и език, после Преглед (Ctrl+Enter), за да видите страниците на отчета.
reports-pages = { $pages ->
    [one] { $pages } страница
   *[other] { $pages } страници
} · { $name }
reports-page = Страница { $page } от { $pages }
reports-preview-failed = Страниците не могат да се покажат тук, но отчетът е готов ({ $pages } стр.): запазете го и го отворете.
settings-reports-title = Отчети
settings-deviation-help = Таблицата за проследяване на индикаторите изисква бележка за отклонението, когато постигнатото по индикатор е извън този диапазон от целта.
settings-deviation-low = Под (% от целта)
settings-deviation-high = Над (% от целта)
sync-badge-syncing = Синхронизиране…
sync-badge-unreachable = Папката е недостъпна
sync-badge-problems = { $count } отказани файла
sync-badge-pending = { $count } промени за изпращане
sync-badge-synced = Синхронизирано { $when }
sync-badge-never = Още не е синхронизирано
sync-badge-title-not-set-up = Синхронизирането между лаптопите на организацията още не е настроено: настройте го в екрана „Синхронизиране“.
sync-done = Синхронизирано: получени { $bundles } пакета ({ $changes } промени), изпратени { $sent } промени.
sync-revoked = Достъпът на устройството е отнет: пакетите му се отказват отсега, а другите лаптопи получават нов ключ на организацията при следващото си синхронизиране. Старите кодове за присъединяване вече не работят: показан е новият.
sync-busy = Синхронизиране…
sync-now = Синхронизирай сега
sync-code-title = Код за присъединяване
sync-code-help = Дайте този код на колега, чийто лаптоп трябва да се присъедини. Пазете го в тайна като ключ: всеки с него и папката може да чете данните на организацията.
sync-code-join = На другия лаптоп: { $kind ->
    [webdav] tessera sync join --webdav { $folder }
    [s3] tessera sync join --s3 { $folder }
   *[folder] tessera sync join --folder { $folder }
 }, после въведете кода.
sync-code-copy = Копирай кода
sync-setup-title = Настройване на синхронизирането на този лаптоп
sync-setup-help = Изберете къде се срещат лаптопите ви: папка, която Nextcloud, Syncthing, мрежова папка или USB памет поддържа еднаква, или направо вашия WebDAV сървър или S3 кофа. Tessera записва там шифрованите си промени; никой без кода за присъединяване не може да ги прочете.
sync-folder = Споделена папка
sync-setup = Настрой
sync-join-help = Присъединяване към организация, която вече се синхронизира: на нов лаптоп изберете „Присъединяване към нашата организация“ на началния екран и въведете кода, който ви дава колега (или изпълнете tessera sync join).
sync-last = Последно синхронизиране
sync-never = никога
sync-pending = Промени, чакащи изпращане
sync-sent = Изпратени пакети
sync-received = Получени пакети
sync-conflicts = Разрешени конфликти
sync-quarantined = Чакат часовника
sync-devices = Устройства
sync-device-name = Устройство
sync-device-id = Идентификатор
sync-this-device = този лаптоп
sync-device-revoked = с отнет достъп
sync-revoke = Отнеми достъпа
sync-revoke-confirm = Да се отнеме ли достъпът на { $name }? Отсега пакетите му се отказват на всеки лаптоп; за изгубен или откраднат лаптоп.
sync-problems = Неприложени файлове
sync-kind = Къде е хранилището
sync-kind-folder = Споделена папка
sync-kind-webdav = WebDAV сървър
sync-kind-s3 = S3 кофа
sync-kind-folder-help = поддържана еднаква от Nextcloud, Syncthing, мрежова папка или USB памет
sync-kind-webdav-help = вашият Nextcloud или ownCloud, или всеки WebDAV сървър, достъпен направо
sync-kind-s3-help = S3-съвместима кофа: MinIO, Garage или облачен доставчик
sync-address-folder = Споделена папка
sync-address-webdav = WebDAV адрес
sync-address-s3 = Адрес на кофата (https://host/кофа)
sync-user = Потребителско име
sync-password = Парола
sync-access-key = Ключ за достъп
sync-secret-key = Таен ключ
sync-region = Регион (по избор)
sync-credentials-help = Паролата се пази запечатана само за този лаптоп. За Nextcloud създайте парола за приложение (Настройки → Сигурност), вместо да давате своята.
sync-progress = { $done } от { $total } пакета
sync-outbox = Изходяща кутия
sync-outbox-empty = Нищо не чака изпращане. Отчет, поставен на опашка от екрана „Отчети“, отива в папката за изпращане на хранилището при следващото синхронизиране.
sync-outbox-file = Файл
sync-outbox-queued = На опашка
sync-outbox-state = Състояние
sync-outbox-waiting = Чака хранилището
sync-outbox-retry = Чака; нов опит { $when }
sync-outbox-sent = Изпратен
sync-outbox-sent-at = Изпратен { $when }
sync-outbox-cancelled = Отменен
sync-outbox-cancel = Отмени изпращането
sync-outbox-cancel-confirm = Да се отмени ли изпращането на { $name }? Копието, което чака тук, се премахва.
sync-journal = Разрешени конфликти
sync-journal-empty = Няма конфликти: никои два лаптопа не са променили едно и също поле едновременно.
sync-journal-help = Когато два лаптопа са променили едно и също поле, по-късната промяна е запазена на всички лаптопи. Другата стойност се пази тук: върнете я, ако тя е вярната.
sync-journal-record = Запис
sync-journal-kept = Запазена
sync-journal-overwritten = Презаписана
sync-journal-by = { $name }, { $when }
sync-journal-restore = Върни другата стойност
sync-journal-restored = Другата стойност е върната; другите лаптопи я получават при следващото си синхронизиране.
sync-journal-binary = { $bytes } байта
sync-table-beneficiaries = Лице
sync-table-projects = Проект
sync-table-transactions = Транзакция
sync-table-activities = Дейност
sync-table-indicators = Индикатор
sync-table-households = Домакинство
sync-badge-server-unreachable = Сървърът е недостъпен
reports-queue = Постави за изпращане
reports-queue-help = Изпрати го в папката за изпращане на хранилището при следващото синхронизиране: веднага, ако хранилището е достъпно, иначе при първа възможност.
reports-queued = { $name } чака в изходящата кутия; заминава при следващото синхронизиране.
settings-backup-title = Резервни копия
settings-backup-help = Резервното копие е един файл с цялата база данни и приложените файлове. Пазете копията извън този лаптоп: на USB памет или в синхронизирана папка.
settings-backup-folder = Папка за резервните копия
settings-backup-folder-placeholder = /media/usb/Tessera или ~/Копия Tessera
settings-backup-every = Автоматично копие
settings-backup-every-off = Изключено
settings-backup-every-daily = Всеки ден
settings-backup-every-weekly = Всяка седмица
settings-backup-keep = Пазени копия
settings-backup-last = Последно копие на този лаптоп: { $when }.
settings-backup-never = На този лаптоп все още няма направено резервно копие.
settings-backup-encrypted = Копията се шифроват с паролата на базата данни.
settings-backup-plain = Копията не са шифровани, защото базата данни няма парола: пазете ги на сигурно място.
settings-backup-now = Копие сега
settings-backup-progress-label = Създава се копие
settings-backup-none = В папката все още няма резервни копия.
settings-backup-col-file = Файл
settings-backup-col-made = Създадено
settings-backup-col-size = Размер
settings-backup-restore = Възстановяване…
settings-backup-restore-other = Възстановяване от друг файл с копие
settings-backup-restore-confirm = Да се замени ли базата данни с копието { $name }? Първо то се проверява; използваната сега база остава до него и нищо не се изтрива.
settings-backup-restore-passphrase = Парола на копието (само ако не е тази на базата)
settings-backup-restore-do = Възстанови
backup-done = Копието е записано: { $name } ({ $size }).
backup-restored = Възстановено е копието от { $date } ({ $organisation }). Предишната база е запазена като { $kept }.
backup-restored-new = Възстановено е копието от { $date } ({ $organisation }).
settings-check-title = Проверка на базата данни
settings-check-help = Проверява файла на базата, дали дневникът на промените съответства на таблиците и всеки приложен файл спрямо контролната му сума.
settings-check-now = Провери сега
settings-check-running = Проверява се…
settings-check-ok = Всичко е невредимо: файлът, { NUMBER($rows) } реда спрямо дневника на промените, { NUMBER($files) } приложени файла.
settings-check-file-bad = Файлът на базата данни е повреден.
settings-check-log-bad = { NUMBER($count) } реда се различават от записаното в дневника на промените.
settings-check-files-damaged = Променени след прилагането им: { $names }
settings-check-files-missing = Не са на този лаптоп ({ NUMBER($count) }; добавени на друг лаптоп или изтрити от папката): { $names }
settings-check-way-out = Възстановете последното изправно копие (по-горе): повредената база остава до него, нищо не се изтрива.
settings-passphrase-title-set = Смяна на паролата
settings-passphrase-title-new = Шифроване с парола
settings-passphrase-help = Цялата база данни се записва наново с новата парола; ако нещо прекъсне записа, базата остава каквато е била. По-старите резервни копия запазват паролата, с която са създадени.
settings-passphrase-new = Нова парола
settings-passphrase-repeat = Повторете я
settings-passphrase-save = Шифровай с тази парола
settings-passphrase-done = Базата данни вече е шифрована с новата парола.
app-damaged = Тази база данни не премина проверката при стартиране: част от нея е повредена. Възстановете последното изправно копие от Настройки → Резервни копия; повредената база остава до него.
app-damaged-open = Отвори Настройки
welcome-title = Добре дошли в Tessera
welcome-body = Планът, проектите, хората и финансите на вашата организация – на този лаптоп и без нужда от интернет. Как искате да започнете?
welcome-create-title = Създаване на нашата организация
welcome-create-body = Започнете със своята организация: наименование, държава и валута. Проектите, хората и финансите идват след това.
welcome-create-help = Всичко това може да се промени по-късно в Настройки.
welcome-create-submit = Създаване на организацията
welcome-create-working = Създаване…
welcome-demo-title = Разгледайте демонстрацията
welcome-demo-body = Измислена организация с проекти, хора и финанси, за да изпробвате всичко. Премахнете я, когато сте готови да започнете.
welcome-demo-working = Подготовка на демонстрацията…
welcome-protect-title = Защита на данните
welcome-protect-encrypt = Шифроване на базата данни с парола (препоръчително)
welcome-protect-warning = Запишете паролата и я пазете на сигурно място. Без нея никой не може да отвори данните – нито вие, нито колега, нито създателите на Tessera: изгубена парола не може да бъде възстановена.
welcome-protect-off = Без парола всеки, който има този лаптоп или диска му, може да прочете данните на хората, на които помагате.
settings-org-short-name-help = Използва се в кодовете на хората (RAA-0001) и в отчетите.
settings-org-currency-help = Валутата, в която се води счетоводството.
settings-org-fiscal-year = Финансовата година започва през
settings-org-choose = Изберете…
settings-org-logo = Лого
settings-org-logo-help = PNG или JPEG, до 2 MB: показва се на кориците на отчетите.
settings-org-logo-pick = Изберете файл…
settings-org-logo-change = Промяна…
settings-org-logo-remove = Премахване
settings-org-logo-preview = Логото на организацията
common-back = Назад
form-problems =
    { $count ->
        [one] Едно поле изисква внимание.
       *[other] { $count } полета изискват внимание.
    }
error-no-database = Все още няма база данни: първо създайте своята организация или разгледайте демонстрацията.
error-not-demo = Това е базата данни на вашата организация, а не демонстрацията: тя не се премахва.
demo-banner-title = Демонстрационна организация.
demo-banner-body = Всичко тук е измислено, за да изпробвате Tessera. Премахнете я, за да създадете своята организация.
demo-remove = Премахване на демонстрацията…
demo-remove-ask = Да се премахне ли демонстрационната организация с всичките ѝ измислени данни от този лаптоп? След това идва началният екран.
demo-remove-yes = Премахване
dashboard-start-title = Започнете с първия си проект
dashboard-start-body = Проектът съдържа логическата рамка, бюджета, дейностите и хората, до които достига. Създайте проект тук или внесете пакет на проект, изпратен от партньор.
settings-org-save = Запазване на профила
settings-org-saved = Профилът е запазен
welcome-join-title = Присъединяване към нашата организация
welcome-join-body = Колега вече използва Tessera: присъединете се с кода за присъединяване, който ви даде, и този лаптоп ще се синхронизира с неговия.
welcome-join-help = Къде се срещат лаптопите на колегата ви (споделената папка, сървърът WebDAV или кофата S3, настроени в Синхронизиране) и кодът, който му беше показан. Този лаптоп получава свое копие на данните на организацията.
welcome-join-code = Код за присъединяване
welcome-join-code-help = 24 букви и цифри в групи по четири, както ги показва екранът Синхронизиране на колегата.
welcome-join-submit = Присъединяване
welcome-join-working = Присъединяване: изтегляне на данните на организацията…
keys-title = Клавишни комбинации
keys-this-screen = На този екран
keys-everywhere = Навсякъде
keys-close = Затваряне
keys-palette = Към всеки екран, проект, човек или действие
keys-screens = Екраните от страничната лента, по ред
keys-search = Търсене в показания списък
keys-save = Запазване на формуляра
keys-cancel = Затваряне или отказ
keys-undo = Отмяна на последната промяна
keys-help = Показване на този списък
keys-list-move = Придвижване в списъка
keys-list-open = Отваряне на избрания ред
keys-list-ends = Първи или последен ред
keys-new-project = Нов проект
keys-new-activity = Нова дейност
keys-new-person = Регистриране на човек
keys-new-organisation = Нова организация
keys-new-item = Нов елемент в показания раздел
keys-calendar-month = Предишен или следващ месец в календара
keys-finance-tabs = Разделите: бюджет, трансакции, грантове, курсове, периоди
keys-next-field = Следващо поле; на последното – осчетоводяване на разхода
keys-generate = Създаване на отчета
keys-sync-now = Синхронизиране сега
keys-rename = Преименуване на избрания елемент от логическата рамка
keys-move = Преместване нагоре или надолу
keys-delete = Изтриване (след потвърждение)
keys-back-to-projects = Обратно към проектите
settings-lock-title = Заключване при бездействие
settings-lock-after = Заключване на базата данни след
settings-lock-never = Никога
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } минута без използване
       *[other] { $minutes } минути без използване
    }
settings-lock-now = Заключване сега
settings-lock-saved = Времето за заключване е запазено
settings-lock-help = Без натиснат клавиш, щракване или превъртане за това време Tessera затваря базата данни и отново иска паролата: оставен отворен лаптоп не показва на никого данните на хората.
settings-about-title = За Tessera
settings-about-version = Версия
settings-about-schema = Формат на базата данни
settings-about-fonts = Шрифтове
settings-about-crates =
    { $count ->
        [one] Изграден от { $count } пакет на Rust, по лиценз
       *[other] Изграден от { $count } пакета на Rust, по лиценз
    }
settings-about-npm =
    { $count ->
        [one] и { $count } пакет на npm в интерфейса
       *[other] и { $count } пакета на npm в интерфейса
    }
calendar-month-empty = Нищо през този месец.
calendar-go-nearest = Към { $date }
settings-report-lang = Език на новите отчети
settings-report-lang-help = Какво предлага първо екранът Отчети на всеки лаптоп на организацията (английски за повечето донори); всеки отчет пак може да се направи на всеки от седемте.
settings-report-lang-interface = Езикът на интерфейса
reports-deviation-title = Бележки за отклонения
reports-deviation-intro = Защо постигнатото по даден индикатор към { $date } се отклонява от целевата стойност извън допустимия за организацията диапазон. Таблицата показва всяка бележка в последната си колона.
reports-deviation-needed = Нужна е бележка
reports-deviation-percent = { $percent } от целевата стойност
reports-deviation-no-target = Няма целева стойност за сравнение
reports-deviation-none = Всички индикатори са в диапазона за този период: не е нужна бележка.
reports-deviation-others = Други индикатори ({ $count })
reports-deviation-saved = Бележката е запазена.
reports-deviation-label = Бележка за отклонението на { $ref }
reports-deviation-regenerate = Бележките са променени: създайте отчета отново, за да ги видите в таблицата.
reports-ethnicity = Достигнати хора по етническа принадлежност
reports-ethnicity-about = Данни от специална категория: само за този отчет, броеве под 5 са скрити.

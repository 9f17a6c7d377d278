# Грешки на ядрото и на командния ред. Всеки типизиран код на грешка `x` има съобщение `error-x`;
# всеки код на проблем в пакет `y` има съобщение `package-y`.

error-passphrase-required = Тази база данни е шифрована. Въведете паролата ѝ (или задайте TESSERA_PASSPHRASE).
error-wrong-passphrase = Паролата не е вярна. Проверете подредбата на клавиатурата и Caps Lock и опитайте отново.
error-passphrase-mismatch = Двете пароли не съвпадат. Нищо не е създадено.
error-passphrase-empty = Не е въведена парола. Нищо не е създадено.
error-not-a-database = { $path } не е база данни на Tessera.
error-database-exists = В { $path } вече има база данни. Нищо не е променено.
error-database-not-found = В { $path } няма база данни. Създайте нова с „tessera init“ или „tessera demo“.
error-not-initialised = В тази база данни все още няма организация. Създайте я с „tessera init“.
error-migration-changed = Тази база данни е създадена от друга компилация на Tessera (стъпка { $version } от структурата ѝ е различна). Тя не е отворена, така че нищо не е загубено.
error-schema-too-new = Тази база данни е записана от по-нова версия на Tessera (структура { $found }, а тази версия поддържа { $supported }). Обновете Tessera, за да я отворите.
error-project-not-found = Няма проект с код { $code }.
error-not-found =
    { $what ->
        [project] Проектът не е намерен (идентификатор { $id }). Възможно е да е бил изтрит.
       *[other] Търсеният запис не е намерен ({ $what } { $id }).
    }
error-invalid-currency = „{ $value }“ не е код на валута по ISO 4217 (например EUR, ALL, BAM, RSD, MKD, BGN).
error-invalid-country = „{ $value }“ не е код на държава по ISO 3166 (например AL, XK, BA, RS, ME, MK, BG).
error-unsupported-language = Езикът „{ $lang }“ не е наличен в тази версия.
error-invalid-package = { $count ->
    [one] Пакетът съдържа една грешка. Нищо не е импортирано.
   *[other] Пакетът съдържа { $count } грешки. Нищо не е импортирано.
}
error-not-json = Файлът не е валиден JSON (ред { $line }, колона { $column }): { $message }
error-invalid-date = „{ $value }“ не е дата. Запишете я като ГГГГ-ММ-ДД, например 2015-01-31.
error-period-reversed = Периодът започва на { $from }, след края си на { $to }. Разменете двете дати.
error-unknown-template = Няма шаблон за отчет „{ $template }“. Използвайте eu, itt или generic.
error-report-format-unavailable = Отчети като { $format } още не са налични в тази версия. Използвайте --format json за данните на отчета.
error-io = Неуспешно четене или запис в { $path }: { $reason }
error-database = Базата данни съобщи за проблем: { $reason }
error-internal = В Tessera възникна грешка. Ако се повтори, изпратете на поддръжката този идентификатор: { $reference }.
error-locked = Базата данни е заключена. Въведете паролата, за да я отворите.

# Един проблем в пакет, с пътя му в JSON.
package-issue-at = { $path }: { $message }
package-missing-field = липсва задължителното поле „{ $field }“.
package-unknown-field = полето „{ $field }“ не е част от формата на пакета (проверете как е изписано).
package-wrong-type = „{ $value }“ е от грешен тип; очаква се { $expected }.
package-invalid-value = „{ $value }“ не е допустима стойност. Допустими стойности: { $allowed }.
package-invalid-format = „{ $value }“ не е записано в очаквания формат.
package-out-of-range = { $value } е извън допустимия диапазон.
package-invalid-date = „{ $value }“ не е съществуваща календарна дата.
package-end-before-start = крайната дата { $end } е преди началната дата { $start }.
package-duplicate-ref = препратката „{ $ref }“ се използва повече от веднъж в този списък.
package-unknown-ref = препратката „{ $ref }“ не сочи към нищо в пакета.
package-unknown-currency = „{ $value }“ не е валута по ISO 4217.
package-unknown-country = „{ $value }“ не е код на държава по ISO 3166.
package-funding-not-one = дяловете на финансирането са общо { $sum }; сборът им трябва да е точно 1.
package-shares-over-one = дяловете по грантовете са общо { $sum }; един разход не може да бъде отнесен повече от веднъж (най-много 1).
package-zero-amount = сумата е нула.
package-negative-amount = сумата { $value } е отрицателна; тя трябва да е нула или повече.
package-too-many-decimals = { $value } има повече знаци след десетичната запетая, отколкото позволява { $currency } ({ $digits }).
package-not-positive = { $value } трябва да е по-голямо от нула.
error-invalid-input = { $count ->
    [one] Едно поле изисква внимание. Нищо не е записано.
   *[other] { $count } полета изискват внимание. Нищо не е записано.
}
field-required = Попълнете това поле.
field-duplicate-code = Кодът „{ $value }“ вече се използва от друг проект.
field-invalid-date = „{ $value }“ не е дата. Запишете я като ГГГГ-ММ-ДД.
field-end-before-start = Краят ({ $end }) е преди началото ({ $start }).
field-unknown-currency = „{ $value }“ не е код на валута по ISO 4217 (например EUR, ALL, BAM, RSD, MKD, BGN).
field-unknown-country = „{ $value }“ не е код на държава по ISO 3166 (например AL, XK, BA, RS, ME, MK, BG).
field-invalid-value = „{ $value }“ не е сред: { $allowed }.
field-not-a-count = „{ $value }“ не е брой: въведете цяло число, 0 или повече.
field-not-a-percent = „{ $value }“ не е процент: въведете число от 0 до 100.
field-not-yes-no = Изберете да или не.
field-outside-project = { $value } е извън периода на проекта ({ $start } – { $end }).
field-before-baseline = { $value } е преди датата на базовата стойност ({ $baseline }).
field-in-use = { $count } проекта, гранта или лица все още я посочват: премахнете я първо оттам.
field-unknown-municipality = „{ $value }“ не е в списъка на общините на { $country }.
field-owner-stays = Това е организацията, която води тази база данни: тя остава.
field-outside-plan = { $value } е извън периода на плана ({ $start } – { $end }).
error-invalid-table = { $count ->
    [one] Един ред от таблицата е отхвърлен: нищо не е записано.
   *[other] { $count } реда от таблицата са отхвърлени: нищо не е записано.
}
error-unreadable-table = { $path } не е таблица, която Tessera може да прочете: запишете я като CSV (UTF-8) или XLSX.
error-sheet-not-found = Файлът няма лист „{ $name }“. Листовете му: { $sheets }.
field-not-a-year = „{ $value }“ не е година: напишете я с четири цифри, например 1987.
field-year-out-of-range = { $value } не е година на раждане от { $min } до { $max }.
field-person-code-taken = Кодът „{ $value }“ вече се използва от друго лице.
field-person-code-twice = Кодът „{ $value }“ вече се използва на ред { $row } от тази таблица.
field-unknown-column = Няма поле с име „{ $value }“. Колоните на таблицата могат да бъдат: { $allowed }.
field-column-twice = Две колони са „{ $value }“: тази и „{ $first }“.
field-sensitive-off = Това са данни от специална категория, които организацията не записва: първо ги включете в Настройки.
field-no-rows = Таблицата няма редове под заглавния ред.
error-attachment-damaged = Приложеният файл { $filename } липсва или е променен, след като е приложен.
field-reason-required = Посочете причината: тя се показва в отчета.
field-consent-withdrawn = Това лице е оттеглило съгласието си: не може да бъде добавено.
field-unknown-activity = Проект { $project } няма дейност „{ $value }“.
field-unknown-person = Няма регистрирано лице с код „{ $value }“.
error-missing-rate = Няма обменен курс за { $currency } за { $month }: добавете го в обменните курсове (ръчно или от таблицата InforEuro) и опитайте отново.
error-transaction-locked = Транзакция { $transaction } е в подаден отчет (отчетният период до { DATE($until) }): не може да се променя или изтрива. Коригирайте я със сторниращ запис.
field-zero-amount = Сума нула не е транзакция.
field-negative-amount = „{ $value }“ е отрицателна: отрицателна сума е само сторниращ запис, който коригира по-ранен.
field-shares-over-100 = Дяловете на грантовете са общо { $sum } %: разход не се отчита повече от веднъж (най-много 100 %).
field-period-locked = { DATE($value) } е в подаден отчетен период (до { DATE($until) }): осчетоводете я в отворен период.
field-line-in-use = По този бюджетен ред има осчетоводени транзакции: { NUMBER($count) }. Първо ги преместете на друг ред.
field-grant-in-use = Този грант финансира транзакции или бюджетни редове: { NUMBER($count) }. Първо ги променете.
error-sync-not-set-up = Тази база данни още не се синхронизира. Настройте я с „tessera sync setup --folder DIR“ или се присъединете с „tessera sync join“.
error-sync-already-set-up = Тази база данни вече се синхронизира чрез { $folder }.
error-sync-folder-missing = Споделената папка { $path } я няма. Включена ли е USB паметта или свързана мрежовата папка?
error-sync-not-a-share = { $path } не е споделена папка на Tessera (няма tessera-share.json).
error-sync-share-in-use = { $path } вече е споделена папка на Tessera. Присъединете се с „tessera sync join“ или настройте в празна папка.
error-sync-other-organisation = { $path } принадлежи на синхронизирането на друга организация.
error-sync-code-malformed = Това не е код за присъединяване: той има 24 букви и цифри в групи по четири, като ABCD-EFGH-….
error-sync-wrong-code = Кодът за присъединяване не отваря нищо в { $path }. Проверете го с колегата, който ви го даде.
error-sync-wrong-passphrase = Паролата не отваря файла за присъединяване { $path }.
error-sync-join-not-empty = { $path } вече съдържа организация. Присъединете се с нова база данни (--db NEW.db).
error-sync-no-snapshot = Споделената папка { $path } още няма снимка за присъединяване: оставете първия лаптоп да се синхронизира още веднъж.
error-sync-device-unknown = Няма устройство „{ $device }“, което се синхронизира с това (вижте „tessera sync status“).
error-sync-device-ambiguous = „{ $device }“ посочва повече от едно устройство: дайте повече от идентификатора му.
error-sync-revoke-self = Устройство не може да отнеме достъпа си само: отнемете го от друг лаптоп.
sync-reason-not-a-bundle = не е файл за синхронизиране на Tessera
sync-reason-truncated = прекъснат е (може би още се копира)
sync-reason-unsigned = подписът му не е на устройството, което посочва
sync-reason-tampered = променен е, след като е записан
sync-reason-foreign = принадлежи на друга организация
sync-reason-revoked = достъпът на устройството му е отнет
sync-reason-key-changed = ключът на устройството му не е този, който имаше
sync-reason-out-of-order = не следва предишния файл на устройството си
sync-reason-unknown-key = запечатан е с ключ, който този лаптоп няма
sync-reason-too-large = обявява повече данни, отколкото има който и да е файл за синхронизиране
sync-reason-wrong-device = намира се в папката на друго устройство
sync-reason-unreadable = съдържанието му не може да се прочете от тази версия на Tessera
sync-reason-waiting = още не е в папката; следващото синхронизиране ще го вземе
sync-reason-folder-missing = споделената папка я няма
sync-reason-clock-ahead = часовникът на това устройство избързва с повече от ден; промените му чакат
error-sync-address-invalid = { $address } не е адрес на WebDAV или S3 хранилище: започва с https:// (или http://) и назовава сървъра, напр. https://cloud.example.org/remote.php/dav/files/ana/Tessera.
error-sync-unreachable = Сървърът на { $address } е недостъпен. Свързан ли е лаптопът с интернет? Следващото синхронизиране ще опита отново; междувременно нищо не се губи.
error-sync-unauthorised = Сървърът на { $address } не прие потребителското име или паролата. Проверете ги (за Nextcloud – парола за приложение) и ги въведете отново.
error-sync-forbidden = Сървърът на { $address } не допуска този потребител там. Помолете администратора му да даде на потребителя достъп до тази папка.
error-sync-share-not-found = На сървъра няма { $address }. Проверете адреса или първо създайте папката на сървъра.
error-sync-server-full = Сървърът на { $address } е пълен (или отказва толкова голям файл). Освободете място на него и синхронизирайте отново; междувременно нищо не се губи.
error-sync-tls = Защитената връзка с { $address } не успя: този компютър не се доверява на сертификата на сървъра (изтекъл, самоподписан или издаден за друго име).
error-sync-server-fault = Сървърът на { $address } отговори с грешка { $status }. Опитайте отново по-късно; междувременно нищо не се губи.
error-sync-credentials-missing = Нужни са потребителското име и паролата за { $address }. Те се пазят запечатани за лаптопа, на който са въведени: на този ги въведете отново.
error-backup-not-a-backup = { $path } не е резервно копие на Tessera.
error-backup-passphrase-required = { $path } е шифровано. Въведете паролата, с която е създадено.
error-backup-wrong-passphrase = Тази парола не отваря { $path }. Резервното копие се отваря с паролата, която базата данни е имала при създаването му, или с избраната тогава парола за копието.
error-backup-damaged = { $path } е повредено ({ $what }) и не може да бъде възстановено. Нищо не е променено. Опитайте с по-старо резервно копие.
error-backup-too-new = { $path } е създадено от по-нова версия на Tessera (формат на копието { $found }). Обновете Tessera и след това го възстановете.
error-backup-check-failed = Базата данни в { $path } не премина проверката, затова не е възстановена. Нищо не е променено. Опитайте с по-старо резервно копие.
field-not-a-folder = „{ $value }“ не е папка, в която този лаптоп може да записва. Въведете пълния път, например /media/usb/Tessera или ~/Копия Tessera.
error-disk-full =
    { $where ->
        [database] Дискът с базата данни е пълен
       *[other] Дискът е пълен (при запис на { $where })
    }: нищо не е записано, а предишното е невредимо. Освободете място и опитайте отново.
error-read-only =
    { $where ->
        [database] В базата данни или в папката ѝ не може да се записва
       *[other] В { $where } не може да се записва
    }: само за четене е (защитена USB памет, CD или липса на права). Нищо не е променено.
field-passphrase-mismatch = Двете пароли се различават: въведете една и съща два пъти.
error-busy = Друг прозорец или команда на Tessera записва в тази база данни и не приключи до 5 секунди. Изчакайте да приключи (импорт или синхронизация) и опитайте отново; нищо не е променено.
field-passphrase-too-short = Използвайте поне { $min } знака: няколко думи се помнят по-лесно от кратък код.
field-not-an-image = { $name } не е изображение PNG или JPEG.
field-file-too-large = { $name } е по-голям от { $max }: изберете по-малко изображение.

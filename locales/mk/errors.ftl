# Грешки на јадрото и на командната линија. Секој типизиран код на грешка `x` има порака `error-x`;
# секој код на проблем во пакет `y` има порака `package-y`.

error-passphrase-required = Оваа база на податоци е шифрирана. Внесете ја нејзината лозинка (или поставете TESSERA_PASSPHRASE).
error-wrong-passphrase = Лозинката не е точна. Проверете го распоредот на тастатурата и Caps Lock, па обидете се повторно.
error-passphrase-mismatch = Двете лозинки не се совпаѓаат. Ништо не е создадено.
error-passphrase-empty = Лозинката не е внесена. Ништо не е создадено.
error-not-a-database = { $path } не е база на податоци на Tessera.
error-database-exists = На локацијата { $path } веќе постои база на податоци. Ништо не е променето.
error-database-not-found = На локацијата { $path } нема база на податоци. Создадете нова со „tessera init“ или „tessera demo“.
error-not-initialised = Оваа база на податоци сè уште нема организација. Создадете ја со „tessera init“.
error-migration-changed = Оваа база на податоци е поставена од друго издание на Tessera (чекорот { $version } од нејзината структура е различен). Базата не е отворена, па ништо не е изгубено.
error-schema-too-new = Оваа база на податоци е запишана од понова верзија на Tessera (структура { $found }, а оваа верзија ја познава { $supported }). Инсталирајте понова верзија на Tessera за да ја отворите.
error-project-not-found = Не постои проект со шифра { $code }.
error-not-found =
    { $what ->
        [project] Проектот не е пронајден (ознака { $id }). Можеби е избришан.
       *[other] Бараниот запис не е пронајден ({ $what } { $id }).
    }
error-invalid-currency = „{ $value }“ не е код на валута според ISO 4217 (на пр. EUR, ALL, BAM, RSD, MKD, BGN).
error-invalid-country = „{ $value }“ не е код на држава според ISO 3166 (на пр. AL, XK, BA, RS, ME, MK, BG).
error-unsupported-language = Јазикот „{ $lang }“ не е достапен во оваа верзија.
error-invalid-package = { $count ->
    [one] Пакетот има { $count } грешка. Ништо не е увезено.
   *[other] Пакетот има { $count } грешки. Ништо не е увезено.
}
error-not-json = Датотеката не е валиден JSON (ред { $line }, колона { $column }): { $message }
error-invalid-date = „{ $value }“ не е датум. Напишете го како ГГГГ-ММ-ДД, на пример 2015-01-31.
error-period-reversed = Периодот почнува на { $from }, по својот крај на { $to }. Заменете ги двата датуми.
error-unknown-template = Не постои образец за извештај „{ $template }“. Користете eu, itt или generic.
error-report-format-unavailable = Извештаите како { $format } сè уште не се достапни во оваа верзија. Користете --format json за податоците од извештајот.
error-io = Не е можно читање или запишување во { $path }: { $reason }
error-database = Базата на податоци пријави проблем: { $reason }
error-internal = Настана грешка во Tessera. Ако се повтори, испратете ја оваа ознака до поддршката: { $reference }.
error-locked = Базата на податоци е заклучена. Внесете ја лозинката за да ја отворите.

# Еден проблем во пакет, со неговата JSON-патека.
package-issue-at = { $path }: { $message }
package-missing-field = недостасува задолжителното поле „{ $field }“.
package-unknown-field = полето „{ $field }“ не е дел од форматот на пакетот (проверете како е напишано).
package-wrong-type = „{ $value }“ е од погрешен тип; се очекува { $expected }.
package-invalid-value = „{ $value }“ не е дозволена вредност. Дозволени вредности: { $allowed }.
package-invalid-format = „{ $value }“ не е запишано во очекуваниот формат.
package-out-of-range = { $value } е надвор од дозволениот опсег.
package-invalid-date = „{ $value }“ не е датум што постои во календарот.
package-end-before-start = датумот на завршување { $end } е пред датумот на почеток { $start }.
package-duplicate-ref = референцата „{ $ref }“ се користи повеќе од еднаш во оваа листа.
package-unknown-ref = референцата „{ $ref }“ не упатува на ништо во пакетот.
package-unknown-currency = „{ $value }“ не е валута според ISO 4217.
package-unknown-country = „{ $value }“ не е код на држава според ISO 3166.
package-funding-not-one = уделите во финансирањето вкупно изнесуваат { $sum }; збирот мора да биде точно 1.
package-shares-over-one = уделите на грантовите вкупно изнесуваат { $sum }; истиот трошок не може да се пријави повеќе од еднаш (најмногу 1).
package-zero-amount = износот е нула.
package-negative-amount = износот { $value } е негативен; мора да биде нула или повеќе.
package-too-many-decimals = { $value } има повеќе децимали отколку што дозволува { $currency } ({ $digits }).
package-not-positive = { $value } мора да биде поголемо од нула.
error-invalid-input = { $count ->
    [one] Едно поле бара внимание. Ништо не е зачувано.
   *[other] { $count } полиња бараат внимание. Ништо не е зачувано.
}
field-required = Пополнете го ова поле.
field-duplicate-code = Шифрата „{ $value }“ веќе ја користи друг проект.
field-invalid-date = „{ $value }“ не е датум. Напишете го како ГГГГ-ММ-ДД.
field-end-before-start = Крајот ({ $end }) е пред почетокот ({ $start }).
field-unknown-currency = „{ $value }“ не е ISO 4217 шифра на валута (на пример EUR, ALL, BAM, RSD, MKD, BGN).
field-unknown-country = „{ $value }“ не е ISO 3166 шифра на држава (на пример AL, XK, BA, RS, ME, MK, BG).
field-invalid-value = „{ $value }“ не е едно од: { $allowed }.
field-not-a-count = „{ $value }“ не е број: внесете цел број, 0 или повеќе.
field-not-a-percent = „{ $value }“ не е процент: внесете број од 0 до 100.
field-not-yes-no = Изберете да или не.
field-outside-project = { $value } е надвор од периодот на проектот ({ $start } – { $end }).
field-before-baseline = { $value } е пред датумот на почетната вредност ({ $baseline }).
field-in-use = { $count } проекти, грантови или лица сè уште ја наведуваат: прво отстранете ја таму.
field-unknown-municipality = „{ $value }“ не е на листата на општини за { $country }.
field-owner-stays = Ова е организацијата што ја води оваа база на податоци: таа останува.
field-outside-plan = { $value } е надвор од периодот на планот ({ $start } – { $end }).
error-invalid-table = { $count ->
    [one] Одбиен е { $count } ред од табелата: ништо не е запишано.
   *[other] Одбиени се { $count } редови од табелата: ништо не е запишано.
}
error-unreadable-table = { $path } не е табела што Tessera може да ја прочита: зачувајте ја како CSV (UTF-8) или XLSX.
error-sheet-not-found = Датотеката нема лист „{ $name }“. Нејзините листови: { $sheets }.
field-not-a-year = „{ $value }“ не е година: напишете ја со четири цифри, на пр. 1987.
field-year-out-of-range = { $value } не е година на раѓање од { $min } до { $max }.
field-person-code-taken = Шифрата „{ $value }“ веќе ја користи друго лице.
field-person-code-twice = Шифрата „{ $value }“ веќе е употребена во редот { $row } од оваа табела.
field-unknown-column = Ниедно поле не се вика „{ $value }“. Колоните на табелата можат да бидат: { $allowed }.
field-column-twice = Две колони се „{ $value }“: оваа и „{ $first }“.
field-sensitive-off = Ова се посебни категории лични податоци, кои организацијата не ги евидентира: прво вклучете ги во Поставки.
field-no-rows = Табелата нема редови под заглавието.
error-attachment-damaged = Приложената датотека { $filename } недостасува или е изменета откако е приложена.
field-reason-required = Наведете ја причината: таа се прикажува во извештајот.
field-consent-withdrawn = Ова лице ја повлече согласноста: не може да се додаде.
field-unknown-activity = Проектот { $project } нема активност „{ $value }“.
field-unknown-person = Никој не е регистриран со шифрата „{ $value }“.
error-missing-rate = Нема курс за { $currency } за { $month }: додајте го во курсната листа (рачно или од табелата InforEuro), па обидете се повторно.
error-transaction-locked = Трансакцијата { $transaction } е во поднесен извештај (извештајниот период до { DATE($until) }): не може да се менува ниту брише. Исправете ја со сторно книжење.
field-zero-amount = Износ нула не е трансакција.
field-negative-amount = „{ $value }“ е негативен: негативен износ е само сторно книжење што исправа претходно.
field-shares-over-100 = Уделите на грантовите заедно се { $sum } %: трошокот никогаш не се книжи повеќе пати (најмногу 100 %).
field-period-locked = { DATE($value) } е во поднесен извештаен период (до { DATE($until) }): прокнижете ја во отворен период.
field-line-in-use = На оваа буџетска ставка се прокнижени трансакции: { NUMBER($count) }. Прво преместете ги на друга ставка.
field-grant-in-use = Овој грант финансира трансакции или буџетски ставки: { NUMBER($count) }. Прво изменете ги.
error-sync-not-set-up = Оваа база на податоци сè уште не се синхронизира. Поставете ја со „tessera sync setup --folder DIR“ или приклучете се со „tessera sync join“.
error-sync-already-set-up = Оваа база на податоци веќе се синхронизира преку { $folder }.
error-sync-folder-missing = Заедничката папка { $path } ја нема. Дали е приклучен USB-от или поврзана мрежната папка?
error-sync-not-a-share = { $path } не е заедничка папка на Tessera (нема tessera-share.json).
error-sync-share-in-use = { $path } веќе е заедничка папка на Tessera. Приклучете се со „tessera sync join“ или поставете во празна папка.
error-sync-other-organisation = { $path } припаѓа на синхронизацијата на друга организација.
error-sync-code-malformed = Тоа не е код за приклучување: има 24 букви и цифри во групи од по четири, како ABCD-EFGH-….
error-sync-wrong-code = Кодот за приклучување не отвора ништо во { $path }. Проверете го со колегата што ви го даде.
error-sync-wrong-passphrase = Лозинката не ја отвора датотеката за приклучување { $path }.
error-sync-join-not-empty = { $path } веќе содржи организација. Приклучете се со нова база на податоци (--db NEW.db).
error-sync-no-snapshot = Заедничката папка { $path } сè уште нема снимка за приклучување: нека првиот лаптоп се синхронизира уште еднаш.
error-sync-device-unknown = Ниеден уред „{ $device }“ не се синхронизира со овој (видете „tessera sync status“).
error-sync-device-ambiguous = „{ $device }“ означува повеќе од еден уред: наведете повеќе од неговата ознака.
error-sync-revoke-self = Уред не може сам себе да се отповика: отповикајте го од друг лаптоп.
sync-reason-not-a-bundle = не е датотека за синхронизација на Tessera
sync-reason-truncated = скратена е (можеби сè уште се копира)
sync-reason-unsigned = потписот не е од уредот што го наведува
sync-reason-tampered = изменета е откако е запишана
sync-reason-foreign = припаѓа на друга организација
sync-reason-revoked = нејзиниот уред е отповикан
sync-reason-key-changed = клучот на нејзиниот уред не е оној што го имаше
sync-reason-out-of-order = не следи по претходната датотека на својот уред
sync-reason-unknown-key = запечатена е со клуч што овој лаптоп го нема
sync-reason-too-large = наведува повеќе податоци отколку што има која било датотека за синхронизација
sync-reason-wrong-device = се наоѓа во папката на друг уред
sync-reason-unreadable = нејзината содржина не може да ја прочита оваа верзија на Tessera
sync-reason-waiting = сè уште не е во папката; следната синхронизација ќе ја земе
sync-reason-folder-missing = заедничката папка ја нема
sync-reason-clock-ahead = часовникот на тој уред брза повеќе од еден ден; неговите промени чекаат
error-sync-address-invalid = { $address } не е адреса на WebDAV или S3 споделување: почнува со https:// (или http://) и го наведува серверот, на пр. https://cloud.example.org/remote.php/dav/files/ana/Tessera.
error-sync-unreachable = Серверот на { $address } не е достапен. Дали лаптопот е на интернет? Следната синхронизација пробува повторно; во меѓувреме ништо не се губи.
error-sync-unauthorised = Серверот на { $address } не ги прифати корисничкото име или лозинката. Проверете ги (за Nextcloud, лозинка за апликација) и внесете ги повторно.
error-sync-forbidden = Серверот на { $address } не му дозволува пристап на овој корисник таму. Замолете го администраторот да му даде пристап до таа папка.
error-sync-share-not-found = На серверот нема { $address }. Проверете ја адресата или прво создадете ја папката на серверот.
error-sync-server-full = Серверот на { $address } е полн (или одбива толку голема датотека). Ослободете простор на него, па синхронизирајте повторно; во меѓувреме ништо не се губи.
error-sync-tls = Безбедната врска со { $address } не успеа: овој компјутер не му верува на сертификатот на серверот (истечен, самопотпишан или издаден за друго име).
error-sync-server-fault = Серверот на { $address } одговори со грешка { $status }. Обидете се повторно подоцна; во меѓувреме ништо не се губи.
error-sync-credentials-missing = Потребни се корисничкото име и лозинката за { $address }. Се чуваат запечатени за лаптопот на кој се внесени: на овој внесете ги повторно.
error-backup-not-a-backup = { $path } не е резервна копија на Tessera.
error-backup-passphrase-required = { $path } е шифрирана. Внесете ја лозинката со која е направена.
error-backup-wrong-passphrase = Оваа лозинка не ја отвора { $path }. Резервната копија се отвора со лозинката што ја имаше базата на податоци кога е направена копијата, или со лозинката на копијата избрана тогаш.
error-backup-damaged = { $path } е оштетена ({ $what }) и не може да се врати. Ништо не е променето. Обидете се со постара резервна копија.
error-backup-too-new = { $path } е направена од понова верзија на Tessera (формат на копијата { $found }). Ажурирајте ја Tessera, па вратете ја.
error-backup-check-failed = Базата на податоци во { $path } не ја помина проверката, па не е вратена. Ништо не е променето. Обидете се со постара резервна копија.
field-not-a-folder = „{ $value }“ не е папка во која овој лаптоп може да запишува. Внесете ја целата патека, на пр. /media/usb/Tessera или ~/Tessera копии.
error-disk-full =
    { $where ->
        [database] Дискот на кој е базата на податоци е полн
       *[other] Дискот е полн (при запишување на { $where })
    }: ништо не е зачувано, а она што беше претходно е неоштетено. Ослободете простор, па обидете се повторно.
error-read-only =
    { $where ->
        [database] Во базата на податоци, или папката во која е, не може да се запишува
       *[other] Во { $where } не може да се запишува
    }: само за читање е (USB заштитен од запишување, CD или нема дозвола). Ништо не е променето.
field-passphrase-mismatch = Двете лозинки се разликуваат: внесете ја истата двапати.
error-busy = Друг прозорец или команда на Tessera запишува во оваа база и не заврши за 5 секунди. Почекајте да заврши (увоз или синхронизација), па обидете се повторно; ништо не е променето.
field-passphrase-too-short = Користете најмалку { $min } знаци: неколку зборови полесно се паметат од краток код.
field-not-an-image = { $name } не е слика PNG или JPEG.
field-file-too-large = { $name } е поголема од { $max }: изберете помала слика.

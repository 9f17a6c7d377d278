# Грешке језгра и командне линије. Сваки типизирани код грешке `x` има поруку `error-x`;
# сваки код проблема у пакету `y` има поруку `package-y`.

error-passphrase-required = Ова база података је шифрована. Унесите њену лозинку (или подесите TESSERA_PASSPHRASE).
error-wrong-passphrase = Лозинка није тачна. Проверите распоред тастатуре и Caps Lock, па покушајте поново.
error-passphrase-mismatch = Две лозинке се не поклапају. Ништа није направљено.
error-passphrase-empty = Лозинка није унета. Ништа није направљено.
error-not-a-database = { $path } није база података програма Tessera.
error-database-exists = На локацији { $path } већ постоји база података. Ништа није промењено.
error-database-not-found = На локацији { $path } нема базе података. Направите је командом „tessera init“ или „tessera demo“.
error-not-initialised = Ова база података још нема организацију. Направите је командом „tessera init“.
error-migration-changed = Ову базу података поставило је другачије издање програма Tessera (корак { $version } њене структуре се разликује). База није отворена, тако да ништа није изгубљено.
error-schema-too-new = Ову базу података записала је новија верзија програма Tessera (структура { $found }, а ова верзија познаје { $supported }). Инсталирајте новију верзију програма Tessera да бисте је отворили.
error-project-not-found = Не постоји пројекат са шифром { $code }.
error-not-found =
    { $what ->
        [project] Пројекат није пронађен (ознака { $id }). Можда је обрисан.
       *[other] Тражени запис није пронађен ({ $what } { $id }).
    }
error-invalid-currency = „{ $value }“ није ознака валуте према ISO 4217 (нпр. EUR, ALL, BAM, RSD, MKD, BGN).
error-invalid-country = „{ $value }“ није ознака државе према ISO 3166 (нпр. AL, XK, BA, RS, ME, MK, BG).
error-unsupported-language = Језик „{ $lang }“ није доступан у овој верзији.
error-invalid-package = { $count ->
    [one] Пакет има { $count } грешку. Ништа није увезено.
    [few] Пакет има { $count } грешке. Ништа није увезено.
   *[other] Пакет има { $count } грешака. Ништа није увезено.
}
error-not-json = Датотека није исправан JSON (ред { $line }, колона { $column }): { $message }
error-invalid-date = „{ $value }“ није датум. Напишите га као ГГГГ-ММ-ДД, на пример 2015-01-31.
error-period-reversed = Период почиње { $from }, после свог краја { $to }. Замените та два датума.
error-unknown-template = Не постоји шаблон извештаја „{ $template }“. Користите eu, itt или generic.
error-report-format-unavailable = Извештаји као { $format } још нису доступни у овој верзији. Користите --format json за податке извештаја.
error-io = Није могуће прочитати или уписати { $path }: { $reason }
error-database = База података је пријавила проблем: { $reason }
error-internal = Дошло је до грешке у апликацији Tessera. Ако се понови, пошаљите подршци ову ознаку: { $reference }.
error-locked = База података је закључана. Унесите лозинку да бисте је отворили.

# Један проблем у пакету, са његовом JSON путањом.
package-issue-at = { $path }: { $message }
package-missing-field = недостаје обавезно поље „{ $field }“.
package-unknown-field = поље „{ $field }“ није део формата пакета (проверите како је написано).
package-wrong-type = „{ $value }“ је погрешног типа; очекује се { $expected }.
package-invalid-value = „{ $value }“ није дозвољена вредност. Дозвољене вредности: { $allowed }.
package-invalid-format = „{ $value }“ није написано у очекиваном формату.
package-out-of-range = { $value } је ван дозвољеног опсега.
package-invalid-date = „{ $value }“ није датум који постоји у календару.
package-end-before-start = датум завршетка { $end } је пре датума почетка { $start }.
package-duplicate-ref = референца „{ $ref }“ користи се више пута у овој листи.
package-unknown-ref = референца „{ $ref }“ не упућује ни на шта у пакету.
package-unknown-currency = „{ $value }“ није валута према ISO 4217.
package-unknown-country = „{ $value }“ није ознака државе према ISO 3166.
package-funding-not-one = удели у финансирању укупно износе { $sum }; збир мора бити тачно 1.
package-shares-over-one = удели грантова укупно износе { $sum }; исти трошак не може да се правда више пута (највише 1).
package-zero-amount = износ је нула.
package-negative-amount = износ { $value } је негативан; мора бити нула или више.
package-too-many-decimals = { $value } има више децимала него што дозвољава { $currency } ({ $digits }).
package-not-positive = { $value } мора бити веће од нуле.
error-invalid-input = { $count ->
    [one] Једно поље тражи пажњу. Ништа није сачувано.
    [few] { $count } поља траже пажњу. Ништа није сачувано.
   *[other] { $count } поља тражи пажњу. Ништа није сачувано.
}
field-required = Попуните ово поље.
field-duplicate-code = Шифру „{ $value }“ већ користи други пројекат.
field-invalid-date = „{ $value }“ није датум. Напишите га као ГГГГ-ММ-ДД.
field-end-before-start = Крај ({ $end }) је пре почетка ({ $start }).
field-unknown-currency = „{ $value }“ није ISO 4217 шифра валуте (на пример EUR, ALL, BAM, RSD, MKD, BGN).
field-unknown-country = „{ $value }“ није ISO 3166 шифра државе (на пример AL, XK, BA, RS, ME, MK, BG).
field-invalid-value = „{ $value }“ није једно од: { $allowed }.
field-not-a-count = „{ $value }“ није број: унесите цео број, 0 или више.
field-not-a-percent = „{ $value }“ није проценат: унесите број од 0 до 100.
field-not-yes-no = Изаберите да или не.
field-outside-project = { $value } је ван периода пројекта ({ $start } – { $end }).
field-before-baseline = { $value } је пре датума почетне вредности ({ $baseline }).
field-in-use = { $count } пројеката, грантова или особа је још наводи: прво је уклоните тамо.
field-unknown-municipality = „{ $value }“ није на листи општина за { $country }.
field-owner-stays = Ово је организација која води ову базу података: она остаје.
field-outside-plan = { $value } је ван периода плана ({ $start } – { $end }).
error-invalid-table = { $count ->
    [one] Одбијен је { $count } ред табеле: ништа није записано.
    [few] Одбијена су { $count } реда табеле: ништа није записано.
   *[other] Одбијено је { $count } редова табеле: ништа није записано.
}
error-unreadable-table = { $path } није табела коју Tessera може да прочита: сачувајте је као CSV (UTF-8) или XLSX.
error-sheet-not-found = Датотека нема лист „{ $name }“. Њени листови: { $sheets }.
field-not-a-year = „{ $value }“ није година: напишите је са четири цифре, нпр. 1987.
field-year-out-of-range = { $value } није година рођења од { $min } до { $max }.
field-person-code-taken = Шифру „{ $value }“ већ користи друга особа.
field-person-code-twice = Шифра „{ $value }“ је већ употребљена у реду { $row } ове табеле.
field-unknown-column = Ниједно поље се не зове „{ $value }“. Колоне табеле могу бити: { $allowed }.
field-column-twice = Две колоне су „{ $value }“: ова и „{ $first }“.
field-sensitive-off = Ово су посебне врсте података о личности, које организација не бележи: прво их укључите у Подешавањима.
field-no-rows = Табела нема редова испод заглавља.
error-attachment-damaged = Приложена датотека { $filename } недостаје или је измењена након што је приложена.
field-reason-required = Наведите разлог: приказује се у извештају.
field-consent-withdrawn = Ова особа је опозвала пристанак: не може да се дода.
field-unknown-activity = Пројекат { $project } нема активност „{ $value }“.
field-unknown-person = Нико није регистрован са шифром „{ $value }“.
error-missing-rate = Нема курса за { $currency } за { $month }: додајте га у курсну листу (ручно или из табеле InforEuro), па покушајте поново.
error-transaction-locked = Трансакција { $transaction } је у предатом извештају (извештајни период до { DATE($until) }): не може се мењати ни брисати. Исправите је сторно књижењем.
field-zero-amount = Износ нула није трансакција.
field-negative-amount = „{ $value }“ је негативан: негативан износ је само сторно књижење које исправља раније.
field-shares-over-100 = Удели грантова заједно чине { $sum } %: трошак се никад не књижи више пута (највише 100 %).
field-period-locked = { DATE($value) } је у предатом извештајном периоду (до { DATE($until) }): прокњижите је у отвореном периоду.
field-line-in-use = На овој буџетској линији су прокњижене трансакције: { NUMBER($count) }. Прво их преместите на другу линију.
field-grant-in-use = Овај грант финансира трансакције или буџетске линије: { NUMBER($count) }. Прво их измените.
error-sync-not-set-up = Ова база података се још не синхронизује. Подесите је са „tessera sync setup --folder DIR“ или се придружите са „tessera sync join“.
error-sync-already-set-up = Ова база података се већ синхронизује преко { $folder }.
error-sync-folder-missing = Заједничка фасцикла { $path } није ту. Да ли је USB прикључен или мрежна фасцикла повезана?
error-sync-not-a-share = { $path } није заједничка фасцикла програма Tessera (нема tessera-share.json).
error-sync-share-in-use = { $path } је већ заједничка фасцикла програма Tessera. Придружите се са „tessera sync join“ или подесите у празној фасцикли.
error-sync-other-organisation = { $path } припада синхронизацији друге организације.
error-sync-code-malformed = То није код за придруживање: има 24 слова и цифре у групама од по четири, као ABCD-EFGH-….
error-sync-wrong-code = Код за придруживање не отвара ништа у { $path }. Проверите га са колегом који вам га је дао.
error-sync-wrong-passphrase = Лозинка не отвара датотеку за придруживање { $path }.
error-sync-join-not-empty = { $path } већ садржи организацију. Придружите се са новом базом података (--db NEW.db).
error-sync-no-snapshot = Заједничка фасцикла { $path } још нема снимак за придруживање: нека се први лаптоп синхронизује још једном.
error-sync-device-unknown = Ниједан уређај „{ $device }“ се не синхронизује са овим (видети „tessera sync status“).
error-sync-device-ambiguous = „{ $device }“ означава више од једног уређаја: наведите више од његове ознаке.
error-sync-revoke-self = Уређај не може да опозове сам себе: опозовите га са другог лаптопа.
sync-reason-not-a-bundle = није датотека за синхронизацију програма Tessera
sync-reason-truncated = скраћена је (можда се још копира)
sync-reason-unsigned = потпис није од уређаја који наводи
sync-reason-tampered = измењена је након што је записана
sync-reason-foreign = припада другој организацији
sync-reason-revoked = њен уређај је опозван
sync-reason-key-changed = кључ њеног уређаја није онај који је имао
sync-reason-out-of-order = не следи претходну датотеку свог уређаја
sync-reason-unknown-key = запечаћена је кључем који овај лаптоп нема
sync-reason-too-large = наводи више података него што иједна датотека за синхронизацију има
sync-reason-wrong-device = налази се у фасцикли другог уређаја
sync-reason-unreadable = њен садржај не може да прочита ова верзија програма Tessera
sync-reason-waiting = још није у фасцикли; следећа синхронизација ће је преузети
sync-reason-folder-missing = заједничка фасцикла није ту
sync-reason-clock-ahead = сат тог уређаја жури више од једног дана; његове измене чекају
error-sync-address-invalid = { $address } није адреса WebDAV или S3 дељења: почиње са https:// (или http://) и наводи сервер, нпр. https://cloud.example.org/remote.php/dav/files/ana/Tessera.
error-sync-unreachable = Сервер за { $address } није доступан. Да ли је овај лаптоп на мрежи? Следећа синхронизација покушава поново; у међувремену се ништа не губи.
error-sync-unauthorised = Сервер за { $address } није прихватио корисничко име или лозинку. Проверите их (за Nextcloud, лозинку апликације) и унесите их поново.
error-sync-forbidden = Сервер за { $address } не дозвољава овом кориснику приступ тамо. Замолите онога ко га води да кориснику да приступ тој фасцикли.
error-sync-share-not-found = На серверу нема { $address }. Проверите адресу или прво направите фасциклу на серверу.
error-sync-server-full = Сервер за { $address } је пун (или одбија оволико велику датотеку). Ослободите простор на њему, па поново синхронизујте; у међувремену се ништа не губи.
error-sync-tls = Безбедна веза са { $address } није успела: овај рачунар не верује сертификату сервера (истекао, самопотписан или издат за друго име).
error-sync-server-fault = Сервер за { $address } је одговорио грешком { $status }. Покушајте поново касније; у међувремену се ништа не губи.
error-sync-credentials-missing = Потребни су корисничко име и лозинка за { $address }. Чувају се запечаћени за лаптоп на којем су унети: на овом их унесите поново.
error-backup-not-a-backup = { $path } није резервна копија програма Tessera.
error-backup-passphrase-required = { $path } је шифрована. Унесите лозинку са којом је направљена.
error-backup-wrong-passphrase = Ова лозинка не отвара { $path }. Резервна копија се отвара лозинком коју је база података имала када је копија направљена, или лозинком копије изабраном тада.
error-backup-damaged = { $path } је оштећена ({ $what }) и не може се повратити. Ништа није промењено. Покушајте са старијом резервном копијом.
error-backup-too-new = { $path } је направила новија верзија програма Tessera (формат копије { $found }). Ажурирајте програм Tessera па је повратите.
error-backup-check-failed = База података у { $path } није прошла проверу, па није повраћена. Ништа није промењено. Покушајте са старијом резервном копијом.
field-not-a-folder = „{ $value }“ није фасцикла у коју овај лаптоп може да пише. Упишите целу путању, нпр. /media/usb/Tessera или ~/Tessera копије.
error-disk-full =
    { $where ->
        [database] Диск на којем је база података је пун
       *[other] Диск је пун (при упису { $where })
    }: ништа није сачувано, а оно што је било раније је неоштећено. Ослободите простор па покушајте поново.
error-read-only =
    { $where ->
        [database] У базу података, или фасциклу у којој је, не може се писати
       *[other] У { $where } не може се писати
    }: само је за читање (USB заштићен од уписа, CD или нема дозволе). Ништа није промењено.
field-passphrase-mismatch = Две лозинке се разликују: упишите исту два пута.
error-busy = Други прозор или команда програма Tessera уписује у ову базу и није завршила за 5 секунди. Сачекајте да заврши (увоз или синхронизација) па покушајте поново; ништа није промењено.
field-passphrase-too-short = Користите најмање { $min } знакова: неколико речи се лакше памти од кратке шифре.
field-not-an-image = { $name } није слика PNG или JPEG.
field-file-too-large = { $name } је већа од { $max }: изаберите мању слику.

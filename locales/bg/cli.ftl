# Съобщения на командния ред `tessera`.

cli-passphrase-prompt = Парола:
cli-passphrase-repeat = Въведете паролата отново:
cli-init-done = Създадена е база данни за { $name } в { $path }.
cli-init-encrypted = Базата данни е шифрована. Пазете паролата на сигурно място: без нея никой не може да прочете данните, дори ние.
cli-demo-done = Създадена е демонстрационната организация „{ $name }“ в { $path } (проекти: { $projects }, ползватели: { $beneficiaries }, транзакции: { $transactions }).
cli-import-progress = Импортиране
cli-import-done = { $created ->
    [one] Импортирането завърши ({ $projects }): създаден е един запис, обновени: { $updated }.
   *[other] Импортирането завърши ({ $projects }): създадени са { $created } записа, обновени: { $updated }.
}
cli-import-dry-run = Пакетът е валиден ({ $projects }). Това беше пробно изпълнение: нищо не е записано.
cli-export-done = Проектът { $code } е експортиран в { $path }.
cli-list-empty = Нищо не е намерено.
cli-col-code = Код
cli-col-title = Наименование
cli-col-status = Статус
cli-col-period = Период
cli-col-name = Име
cli-col-gender = Пол
cli-col-municipality = Община
cli-col-date = Дата
cli-col-amount = Сума
cli-col-payee = Получател
cli-col-project = Проект
cli-col-type = Вид
cli-name-withheld = (името не се показва)
cli-col-level = Ниво
cli-col-indicator = Индикатор
cli-col-baseline = Базова стойност
cli-col-target = Целева стойност
cli-col-achieved = Постигнато
cli-col-percent-of-target = % от целта
cli-percent = { $value } %
cli-report-done = Данните на отчета за проект { $code } са записани в { $path }.
cli-table-issue-at = Ред { $row }, колона „{ $column }“: { $message }
cli-import-people-done = { $people ->
    [one] Импортирано е едно лице в { $project } ({ $households } нови домакинства, { $consents } съгласия).
   *[other] Импортирани са { $people } лица в { $project } ({ $households } нови домакинства, { $consents } съгласия).
}
cli-import-people-dry-run = { $people ->
    [one] Таблицата е валидна: едно лице за { $project }. Пробно импортиране: нищо не е записано.
   *[other] Таблицата е валидна: { $people } лица за { $project }. Пробно импортиране: нищо не е записано.
}
cli-export-people-done = { $count ->
    [one] Експортирано е едно лице в { $path }.
   *[other] Експортирани са { $count } лица в { $path }.
}
cli-import-activities-done = Дейностите са внесени в { $project }: нови { $created }, променени { $updated }.
cli-import-activities-dry-run = Таблицата е валидна за { $project }: нови дейности { $created }, променени { $updated }. Пробно импортиране: нищо не е записано.
cli-import-attendance-done = Присъствието е внесено в { $project }: записани { $recorded }, вече налични { $already }.
cli-import-attendance-dry-run = Таблицата е валидна за { $project }: за записване { $recorded }, вече налични { $already }. Пробно импортиране: нищо не е записано.
cli-col-size = Членове
cli-col-members = Регистрирани
cli-col-donor = Донор
cli-import-rates-done = Обменните курсове са внесени за { $project }: нови { $created }, заменени { $updated }.
cli-import-rates-dry-run = Таблицата е валидна за { $project }: нови курсове { $created }, за замяна { $updated }. Пробно импортиране: нищо не е записано.
cli-import-transactions-done = Транзакциите са внесени за { $project }: нови { $created }, променени { $updated }.
cli-import-transactions-dry-run = Таблицата е валидна за { $project }: нови транзакции { $created }, за промяна { $updated }. Пробно импортиране: нищо не е записано.
cli-report-pdf-done = Отчетът { $template } на проект { $code } ({ $pages } стр.) е записан в { $path }.
cli-export-list-done = { $count ->
    [one] Записан е { $count } ред в { $path }.
   *[other] Записани са { $count } реда в { $path }.
}
cli-export-iati-done = Проект { $code } е записан като XML на дейност по IATI 2.03 в { $path }.
cli-report-progress = Създаване на отчета
cli-sync-setup-done = Този лаптоп вече се синхронизира чрез { $folder }. Дайте на колегите този код за присъединяване (пазете го в тайна като ключ):
cli-sync-enrol-file-done = Файлът за присъединяване е записан в { $path }: колега се присъединява с него и паролата му (tessera sync join --enrol-file).
cli-sync-joined = Присъединихте се към организацията чрез { $folder }: получени { $changes } промени.
cli-sync-done = Синхронизирано: получени { $bundles } пакета ({ $changes } приложени промени), изпратени { $sent } промени.
cli-sync-problem = Не е приложен: { $file } — { $reason }.
cli-sync-revoked-here = Друго устройство отне достъпа на този лаптоп: другите вече не приемат промените му.
cli-sync-revoked = Достъпът на устройство { $name } ({ $device }) е отнет: отсега всяко устройство отказва пакетите му.
cli-sync-code-prompt = Код за присъединяване:
cli-sync-enrol-passphrase = Парола на файла за присъединяване:
cli-sync-status-folder = { $kind ->
    [webdav] WebDAV хранилище
    [s3] S3 кофа
   *[folder] Споделена папка
 }: { $folder }
cli-sync-status-figures = Промени, чакащи изпращане: { $pending } · изпратени пакети: { $sent } · получени: { $received } · разрешени конфликти: { $conflicts } · чакащи часовника: { $quarantined }
cli-sync-never = никога
cli-sync-this-device = този лаптоп
cli-sync-device-active = активно
cli-sync-device-revoked = с отнет достъп
cli-col-device = Устройство
cli-col-last-sync = Последно синхронизиране
cli-col-received = Пакети
cli-col-state = Състояние
cli-sync-key-rotated = Организацията има нов ключ, запечатан за { $reached } устройства: лаптопът с отнет достъп не може да чете нищо, записано отсега. Старите кодове за присъединяване вече не работят; колега се присъединява с този нов код:
cli-sync-key-unreached = Недостигнати (не са се синхронизирали, откакто са се присъединили; присъединяват се отново с новия код): { $names }
cli-sync-progress = Синхронизиране
cli-sync-user-prompt = Потребителско име (или ключ за достъп) за хранилището:
cli-sync-password-prompt = Парола (или таен ключ):
cli-col-file = Файл
cli-col-queued = Чака от
cli-outbox-waiting = чака хранилището
cli-outbox-retry = чака; нов опит { $when }
cli-outbox-sent = изпратен { $when }
cli-outbox-cancelled = отменен
cli-backup-progress = Създаване на резервно копие
cli-restore-progress = Възстановяване
cli-check-progress = Проверка
cli-backup-passphrase-prompt = Парола на резервното копие:
cli-backup-done = Резервното копие е записано в { $path } ({ $size }): базата данни и { $files } приложени файла.
cli-backup-encrypted = То е шифровано и се отваря с паролата на базата данни.
cli-backup-encrypted-separate = То е шифровано и се отваря с паролата за резервни копия (TESSERA_BACKUP_PASSPHRASE). Пазете тази парола отделно от копията.
cli-backup-plain = То не е шифровано, защото базата данни няма парола: пазете го на сигурно място или задайте TESSERA_BACKUP_PASSPHRASE, за да шифровате копията.
cli-backup-missing = { $count } приложени файла, посочени в базата данни, не са на този лаптоп (добавени на друг лаптоп или изтрити), затова не са в резервното копие.
cli-backup-damaged-files = { $count } приложени файла вече не съответстват на контролната си сума; в копието са такива, каквито са. Изпълнете „tessera check“.
cli-restore-done = { $path } е възстановена от резервното копие от { $date } ({ $organisation }, приложени файлове: { $files }); проверката премина ({ $rows } реда).
cli-restore-kept = Заменената база данни е запазена като { $path }.
cli-restore-damaged-files = { $count } приложени файла в копието не съответстват на контролната си сума; възстановени са такива, каквито са.
cli-check-file-ok = Файлът на базата данни е невредим.
cli-check-file-bad = Файлът на базата данни е повреден (находки: { $count }):
cli-check-log-ok = Дневникът на промените съответства на таблиците ({ $rows } реда).
cli-check-log-bad = { $count } от { $rows } реда се различават от записаното в дневника на промените:
cli-check-files = Приложени файлове: { $intact } от { $count } невредими.
cli-check-files-damaged = Променени след прилагането им (контролната сума вече не съвпада): { $names }
cli-check-files-missing = Не са на този лаптоп ({ $count }; добавени на друг лаптоп или изтрити от папката): { $names }
cli-check-way-out = Базата данни е повредена. Възстановете последното изправно резервно копие с „tessera restore FILE“: повредената база остава до него, нищо не се изтрива.
cli-passphrase-new-prompt = Нова парола:
cli-passphrase-changed = Базата данни вече е шифрована с новата парола. По-старите резервни копия се отварят с паролата, с която са създадени.
cli-passphrase-removed = Базата данни вече не е шифрована: всеки, който има файла, може да го прочете.

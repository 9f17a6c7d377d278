# Поруке командне линије `tessera`.

cli-passphrase-prompt = Лозинка:
cli-passphrase-repeat = Поновите лозинку:
cli-init-done = Направљена је база података за { $name } на локацији { $path }.
cli-init-encrypted = База података је шифрована. Чувајте лозинку на сигурном месту: без ње нико не може да прочита податке, чак ни ми.
cli-demo-done = Направљена је демо организација „{ $name }“ на локацији { $path } (пројекти: { $projects }, корисници: { $beneficiaries }, трансакције: { $transactions }).
cli-import-progress = Увоз у току
cli-import-done = { $created ->
    [one] Увоз је завршен ({ $projects }): направљен је { $created } запис, ажурирано: { $updated }.
    [few] Увоз је завршен ({ $projects }): направљена су { $created } записа, ажурирано: { $updated }.
   *[other] Увоз је завршен ({ $projects }): направљено је { $created } записа, ажурирано: { $updated }.
}
cli-import-dry-run = Пакет је исправан ({ $projects }). Ово је био пробни увоз: ништа није уписано.
cli-export-done = Пројекат { $code } је извезен у { $path }.
cli-list-empty = Ништа није пронађено.
cli-col-code = Шифра
cli-col-title = Назив
cli-col-status = Статус
cli-col-period = Период
cli-col-name = Име
cli-col-gender = Пол
cli-col-municipality = Општина
cli-col-date = Датум
cli-col-amount = Износ
cli-col-payee = Прималац
cli-col-project = Пројекат
cli-col-type = Врста
cli-name-withheld = (име се не приказује)
cli-col-level = Ниво
cli-col-indicator = Индикатор
cli-col-baseline = Почетна вредност
cli-col-target = Циљна вредност
cli-col-achieved = Остварено
cli-col-percent-of-target = % циља
cli-percent = { $value } %
cli-report-done = Подаци извештаја пројекта { $code } уписани су у { $path }.
cli-table-issue-at = Ред { $row }, колона „{ $column }“: { $message }
cli-import-people-done = { $people ->
    [one] Увезена је { $people } особа у { $project } (нових домаћинстава: { $households }, пристанака: { $consents }).
    [few] Увезене су { $people } особе у { $project } (нових домаћинстава: { $households }, пристанака: { $consents }).
   *[other] Увезено је { $people } особа у { $project } (нових домаћинстава: { $households }, пристанака: { $consents }).
}
cli-import-people-dry-run = { $people ->
    [one] Табела је исправна: { $people } особа за { $project }. Пробни увоз: ништа није записано.
    [few] Табела је исправна: { $people } особе за { $project }. Пробни увоз: ништа није записано.
   *[other] Табела је исправна: { $people } особа за { $project }. Пробни увоз: ништа није записано.
}
cli-export-people-done = { $count ->
    [one] Извезена је { $count } особа у { $path }.
    [few] Извезене су { $count } особе у { $path }.
   *[other] Извезено је { $count } особа у { $path }.
}
cli-import-activities-done = Активности увезене у { $project }: нових { $created }, измењених { $updated }.
cli-import-activities-dry-run = Табела је исправна за { $project }: нових активности { $created }, измењених { $updated }. Пробни увоз: ништа није записано.
cli-import-attendance-done = Присуство увезено у { $project }: уписано { $recorded }, већ постојећих { $already }.
cli-import-attendance-dry-run = Табела је исправна за { $project }: за упис { $recorded }, већ постојећих { $already }. Пробни увоз: ништа није записано.
cli-col-size = Величина
cli-col-members = Регистровани
cli-col-donor = Донатор
cli-import-rates-done = Девизни курсеви увезени за { $project }: нових { $created }, замењених { $updated }.
cli-import-rates-dry-run = Табела је исправна за { $project }: нових курсева { $created }, за замену { $updated }. Пробни увоз: ништа није записано.
cli-import-transactions-done = Трансакције увезене за { $project }: нових { $created }, измењених { $updated }.
cli-import-transactions-dry-run = Табела је исправна за { $project }: нових трансакција { $created }, за измену { $updated }. Пробни увоз: ништа није записано.
cli-report-pdf-done = Извештај { $template } пројекта { $code } ({ $pages } стр.) записан је у { $path }.
cli-export-list-done = { $count ->
    [one] Записан је { $count } ред у { $path }.
    [few] Записана су { $count } реда у { $path }.
   *[other] Записано је { $count } редова у { $path }.
}
cli-export-iati-done = Пројекат { $code } записан је као IATI 2.03 XML активности у { $path }.
cli-report-progress = Израда извештаја
cli-sync-setup-done = Овај лаптоп се сада синхронизује преко { $folder }. Дајте колегама овај код за придруживање (чувајте га у тајности, као кључ):
cli-sync-enrol-file-done = Датотека за придруживање је записана у { $path }: колега се придружује са њом и њеном лозинком (tessera sync join --enrol-file).
cli-sync-joined = Придружили сте се организацији преко { $folder }: примљено { $changes } измена.
cli-sync-done = Синхронизовано: примљено { $bundles } пакета ({ $changes } примењених измена), послато { $sent } измена.
cli-sync-problem = Није примењено: { $file } — { $reason }.
cli-sync-revoked-here = Други уређај је опозвао овај лаптоп: остали више не прихватају његове измене.
cli-sync-revoked = Уређај { $name } ({ $device }) је опозван: од сада сваки уређај одбија његове пакете.
cli-sync-code-prompt = Код за придруживање:
cli-sync-enrol-passphrase = Лозинка датотеке за придруживање:
cli-sync-status-folder = { $kind ->
    [webdav] WebDAV дељење
    [s3] S3 канта
   *[folder] Заједничка фасцикла
 }: { $folder }
cli-sync-status-figures = Измене које чекају слање: { $pending } · послати пакети: { $sent } · примљени: { $received } · решени конфликти: { $conflicts } · чекају сат: { $quarantined }
cli-sync-never = никад
cli-sync-this-device = овај лаптоп
cli-sync-device-active = активан
cli-sync-device-revoked = опозван
cli-col-device = Уређај
cli-col-last-sync = Последња синхронизација
cli-col-received = Пакети
cli-col-state = Стање
cli-sync-key-rotated = Организација има нови кључ, запечаћен за { $reached } уређаја: опозвани лаптоп не може да чита ништа што се од сада запише. Стари кодови за придруживање више не раде; колега се придружује овим новим кодом:
cli-sync-key-unreached = Недостигнути (нису се синхронизовали откако су се придружили; поново се придружују новим кодом): { $names }
cli-sync-progress = Синхронизација
cli-sync-user-prompt = Корисничко име (или приступни кључ) за дељење:
cli-sync-password-prompt = Лозинка (или тајни кључ):
cli-col-file = Датотека
cli-col-queued = На чекању од
cli-outbox-waiting = чека дељење
cli-outbox-retry = чека; поновни покушај { $when }
cli-outbox-sent = послато { $when }
cli-outbox-cancelled = отказано
cli-backup-progress = Прављење резервне копије
cli-restore-progress = Повраћај
cli-check-progress = Провера
cli-backup-passphrase-prompt = Лозинка резервне копије:
cli-backup-done = Резервна копија је уписана у { $path } ({ $size }): база података и приложених датотека: { $files }.
cli-backup-encrypted = Шифрована је и отвара се лозинком базе података.
cli-backup-encrypted-separate = Шифрована је и отвара се лозинком резервне копије (TESSERA_BACKUP_PASSPHRASE). Чувајте ту лозинку одвојено од резервних копија.
cli-backup-plain = Није шифрована, јер база података нема лозинку: чувајте је на безбедном месту или поставите TESSERA_BACKUP_PASSPHRASE да бисте шифровали копије.
cli-backup-missing = Приложене датотеке које база података наводи нису на овом лаптопу ({ $count }; додате на другом лаптопу или уклоњене), па нису у резервној копији.
cli-backup-damaged-files = Приложене датотеке које се више не слажу са својим контролним збиром: { $count }; у копији су такве какве јесу. Покрените „tessera check“.
cli-restore-done = { $path } је повраћена из резервне копије од { $date } ({ $organisation }, приложених датотека: { $files }); провера је прошла (редова: { $rows }).
cli-restore-kept = Замењена база података је сачувана као { $path }.
cli-restore-damaged-files = Приложене датотеке у копији које се не слажу са својим контролним збиром: { $count }; повраћене су такве какве јесу.
cli-check-file-ok = Датотека базе података је неоштећена.
cli-check-file-bad = Датотека базе података је оштећена (налаза: { $count }):
cli-check-log-ok = Дневник промена се слаже са табелама (редова: { $rows }).
cli-check-log-bad = { $count } од { $rows } редова разликује се од онога што каже дневник промена:
cli-check-files = Приложене датотеке: { $intact } од { $count } неоштећено.
cli-check-files-damaged = Промењене откако су приложене (контролни збир се више не слаже): { $names }
cli-check-files-missing = Нису на овом лаптопу ({ $count }; додате на другом лаптопу или уклоњене из фасцикле): { $names }
cli-check-way-out = База података је оштећена. Повратите последњу исправну резервну копију са „tessera restore FILE“: оштећена база се чува поред ње, ништа се не брише.
cli-passphrase-new-prompt = Нова лозинка:
cli-passphrase-changed = База података је сада шифрована новом лозинком. Раније резервне копије отварају се лозинком са којом су направљене.
cli-passphrase-removed = База података више није шифрована: свако ко има датотеку може је прочитати.

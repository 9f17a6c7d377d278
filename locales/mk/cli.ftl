# Пораки на командната линија `tessera`.

cli-passphrase-prompt = Лозинка:
cli-passphrase-repeat = Повторете ја лозинката:
cli-init-done = Создадена е база на податоци за { $name } во { $path }.
cli-init-encrypted = Базата на податоци е шифрирана. Чувајте ја лозинката на безбедно место: без неа никој не може да ги прочита податоците, дури ни ние.
cli-demo-done = Создадена е демо организацијата „{ $name }“ во { $path } (проекти: { $projects }, корисници: { $beneficiaries }, трансакции: { $transactions }).
cli-import-progress = Увоз во тек
cli-import-done = { $created ->
    [one] Увозот е завршен ({ $projects }): создаден е { $created } запис, ажурирани: { $updated }.
   *[other] Увозот е завршен ({ $projects }): создадени се { $created } записи, ажурирани: { $updated }.
}
cli-import-dry-run = Пакетот е исправен ({ $projects }). Ова беше пробен увоз: ништо не е запишано.
cli-export-done = Проектот { $code } е извезен во { $path }.
cli-list-empty = Ништо не е пронајдено.
cli-col-code = Шифра
cli-col-title = Наслов
cli-col-status = Статус
cli-col-period = Период
cli-col-name = Име
cli-col-gender = Пол
cli-col-municipality = Општина
cli-col-date = Датум
cli-col-amount = Износ
cli-col-payee = Примач
cli-col-project = Проект
cli-col-type = Вид
cli-name-withheld = (името не се прикажува)
cli-col-level = Ниво
cli-col-indicator = Индикатор
cli-col-baseline = Почетна вредност
cli-col-target = Целна вредност
cli-col-achieved = Постигнато
cli-col-percent-of-target = % од целта
cli-percent = { $value } %
cli-report-done = Податоците од извештајот за проектот { $code } се запишани во { $path }.
cli-table-issue-at = Ред { $row }, колона „{ $column }“: { $message }
cli-import-people-done = { $people ->
    [one] Увезено е { $people } лице во { $project } (нови домаќинства: { $households }, согласности: { $consents }).
   *[other] Увезени се { $people } лица во { $project } (нови домаќинства: { $households }, согласности: { $consents }).
}
cli-import-people-dry-run = { $people ->
    [one] Табелата е исправна: { $people } лице за { $project }. Пробен увоз: ништо не е запишано.
   *[other] Табелата е исправна: { $people } лица за { $project }. Пробен увоз: ништо не е запишано.
}
cli-export-people-done = { $count ->
    [one] Извезено е { $count } лице во { $path }.
   *[other] Извезени се { $count } лица во { $path }.
}
cli-import-activities-done = Активностите се увезени во { $project }: нови { $created }, изменети { $updated }.
cli-import-activities-dry-run = Табелата е исправна за { $project }: нови активности { $created }, изменети { $updated }. Пробен увоз: ништо не е запишано.
cli-import-attendance-done = Присуството е увезено во { $project }: запишани { $recorded }, веќе постоечки { $already }.
cli-import-attendance-dry-run = Табелата е исправна за { $project }: за запишување { $recorded }, веќе постоечки { $already }. Пробен увоз: ништо не е запишано.
cli-col-size = Големина
cli-col-members = Регистрирани
cli-col-donor = Донатор
cli-import-rates-done = Девизните курсеви се увезени за { $project }: нови { $created }, заменети { $updated }.
cli-import-rates-dry-run = Табелата е исправна за { $project }: нови курсеви { $created }, за замена { $updated }. Пробен увоз: ништо не е запишано.
cli-import-transactions-done = Трансакциите се увезени за { $project }: нови { $created }, изменети { $updated }.
cli-import-transactions-dry-run = Табелата е исправна за { $project }: нови трансакции { $created }, за измена { $updated }. Пробен увоз: ништо не е запишано.
cli-report-pdf-done = Извештајот { $template } на проектот { $code } ({ $pages } стр.) е запишан во { $path }.
cli-export-list-done = { $count ->
    [one] Запишан е { $count } ред во { $path }.
   *[other] Запишани се { $count } редови во { $path }.
}
cli-export-iati-done = Проектот { $code } е запишан како IATI 2.03 XML на активност во { $path }.
cli-report-progress = Изработка на извештајот
cli-sync-setup-done = Овој лаптоп сега се синхронизира преку { $folder }. Дајте им на колегите овој код за приклучување (чувајте го во тајност, како клуч):
cli-sync-enrol-file-done = Датотеката за приклучување е запишана во { $path }: колега се приклучува со неа и нејзината лозинка (tessera sync join --enrol-file).
cli-sync-joined = Се приклучивте на организацијата преку { $folder }: примени { $changes } промени.
cli-sync-done = Синхронизирано: примени { $bundles } пакети ({ $changes } применети промени), испратени { $sent } промени.
cli-sync-problem = Не е применето: { $file } — { $reason }.
cli-sync-revoked-here = Друг уред го отповика овој лаптоп: другите повеќе не ги прифаќаат неговите промени.
cli-sync-revoked = Уредот { $name } ({ $device }) е отповикан: отсега секој уред ги одбива неговите пакети.
cli-sync-code-prompt = Код за приклучување:
cli-sync-enrol-passphrase = Лозинка на датотеката за приклучување:
cli-sync-status-folder = { $kind ->
    [webdav] WebDAV споделување
    [s3] S3 кофа
   *[folder] Заедничка папка
 }: { $folder }
cli-sync-status-figures = Промени што чекаат испраќање: { $pending } · испратени пакети: { $sent } · примени: { $received } · решени конфликти: { $conflicts } · чекаат часовник: { $quarantined }
cli-sync-never = никогаш
cli-sync-this-device = овој лаптоп
cli-sync-device-active = активен
cli-sync-device-revoked = отповикан
cli-col-device = Уред
cli-col-last-sync = Последна синхронизација
cli-col-received = Пакети
cli-col-state = Состојба
cli-sync-key-rotated = Организацијата има нов клуч, запечатен за { $reached } уреди: отповиканиот лаптоп не може да чита ништо што се запишува отсега. Старите кодови за приклучување повеќе не работат; колега се приклучува со овој нов код:
cli-sync-key-unreached = Недостигнати (не се синхронизирале откако се приклучиле; повторно се приклучуваат со новиот код): { $names }
cli-sync-progress = Синхронизација
cli-sync-user-prompt = Корисничко име (или клуч за пристап) за споделувањето:
cli-sync-password-prompt = Лозинка (или таен клуч):
cli-col-file = Датотека
cli-col-queued = Чека од
cli-outbox-waiting = го чека споделувањето
cli-outbox-retry = чека; нов обид { $when }
cli-outbox-sent = испратено { $when }
cli-outbox-cancelled = откажано
cli-backup-progress = Правење резервна копија
cli-restore-progress = Враќање
cli-check-progress = Проверка
cli-backup-passphrase-prompt = Лозинка на резервната копија:
cli-backup-done = Резервната копија е запишана во { $path } ({ $size }): базата на податоци и приложени датотеки: { $files }.
cli-backup-encrypted = Шифрирана е и се отвора со лозинката на базата на податоци.
cli-backup-encrypted-separate = Шифрирана е и се отвора со лозинката на резервната копија (TESSERA_BACKUP_PASSPHRASE). Чувајте ја таа лозинка одвоено од резервните копии.
cli-backup-plain = Не е шифрирана, бидејќи базата на податоци нема лозинка: чувајте ја на безбедно место или поставете TESSERA_BACKUP_PASSPHRASE за да ги шифрирате копиите.
cli-backup-missing = Приложените датотеки што ги наведува базата на податоци не се на овој лаптоп ({ $count }; додадени на друг лаптоп или отстранети), па не се во резервната копија.
cli-backup-damaged-files = Приложени датотеки што веќе не се совпаѓаат со својот контролен збир: { $count }; во копијата се такви какви што се. Извршете „tessera check“.
cli-restore-done = { $path } е вратена од резервната копија од { $date } ({ $organisation }, приложени датотеки: { $files }); проверката помина (редови: { $rows }).
cli-restore-kept = Заменетата база на податоци е зачувана како { $path }.
cli-restore-damaged-files = Приложени датотеки во копијата што не се совпаѓаат со својот контролен збир: { $count }; вратени се такви какви што се.
cli-check-file-ok = Датотеката на базата на податоци е неоштетена.
cli-check-file-bad = Датотеката на базата на податоци е оштетена (наоди: { $count }):
cli-check-log-ok = Дневникот на промени се совпаѓа со табелите (редови: { $rows }).
cli-check-log-bad = { $count } од { $rows } редови се разликуваат од она што го вели дневникот на промени:
cli-check-files = Приложени датотеки: { $intact } од { $count } неоштетени.
cli-check-files-damaged = Променети откако се приложени (контролниот збир веќе не се совпаѓа): { $names }
cli-check-files-missing = Не се на овој лаптоп ({ $count }; додадени на друг лаптоп или отстранети од папката): { $names }
cli-check-way-out = Базата на податоци е оштетена. Вратете ја последната исправна резервна копија со „tessera restore FILE“: оштетената база се чува покрај неа, ништо не се брише.
cli-passphrase-new-prompt = Нова лозинка:
cli-passphrase-changed = Базата на податоци сега е шифрирана со новата лозинка. Претходните резервни копии се отвораат со лозинката со која се направени.
cli-passphrase-removed = Базата на податоци повеќе не е шифрирана: секој што ја има датотеката може да ја прочита.

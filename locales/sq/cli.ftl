# Mesazhet e rreshtit të komandave `tessera`.

cli-passphrase-prompt = Fjalëkalimi:
cli-passphrase-repeat = Përsëritni fjalëkalimin:
cli-init-done = U krijua baza e të dhënave për { $name } në { $path }.
cli-init-encrypted = Baza e të dhënave është e enkriptuar. Ruajeni fjalëkalimin në vend të sigurt: pa të askush nuk mund t’i lexojë të dhënat, as ne.
cli-demo-done = U krijua organizata demonstruese “{ $name }” në { $path }: { $projects } projekte, { $beneficiaries } përfitues, { $transactions } transaksione.
cli-import-progress = Duke importuar
cli-import-done = { $created ->
    [one] Importimi përfundoi ({ $projects }): u krijua një regjistrim, u përditësuan { $updated }.
   *[other] Importimi përfundoi ({ $projects }): u krijuan { $created } regjistrime, u përditësuan { $updated }.
}
cli-import-dry-run = Paketa është e vlefshme ({ $projects }). Ishte vetëm një provë: nuk u shkrua asgjë.
cli-export-done = Projekti { $code } u eksportua në { $path }.
cli-list-empty = Nuk u gjet asgjë.
cli-col-code = Kodi
cli-col-title = Titulli
cli-col-status = Statusi
cli-col-period = Periudha
cli-col-name = Emri
cli-col-gender = Gjinia
# Kosovë dhe Maqedoni e Veriut: Komuna
cli-col-municipality = Bashkia
cli-col-date = Data
cli-col-amount = Shuma
cli-col-payee = Marrësi i pagesës
cli-col-project = Projekti
cli-col-type = Lloji
cli-name-withheld = (emri nuk shfaqet)
cli-col-level = Niveli
cli-col-indicator = Treguesi
cli-col-baseline = Vlera bazë
cli-col-target = Vlera e synuar
cli-col-achieved = Arritur
cli-col-percent-of-target = % e synimit
cli-percent = { $value } %
cli-report-done = Të dhënat e raportit të projektit { $code } u shkruan në { $path }.
cli-table-issue-at = Rreshti { $row }, kolona “{ $column }”: { $message }
cli-import-people-done = { $people ->
    [one] U importua një person në { $project } ({ $households } ekonomi familjare të reja, { $consents } pëlqime).
   *[other] U importuan { $people } persona në { $project } ({ $households } ekonomi familjare të reja, { $consents } pëlqime).
}
cli-import-people-dry-run = { $people ->
    [one] Tabela është e vlefshme: një person për { $project }. Provë: nuk u shkrua asgjë.
   *[other] Tabela është e vlefshme: { $people } persona për { $project }. Provë: nuk u shkrua asgjë.
}
cli-export-people-done = { $count ->
    [one] U eksportua një person në { $path }.
   *[other] U eksportuan { $count } persona në { $path }.
}
cli-import-activities-done = Aktivitetet u importuan në { $project }: { $created } të reja, { $updated } të ndryshuara.
cli-import-activities-dry-run = Tabela është e vlefshme për { $project }: { $created } aktivitete të reja, { $updated } të ndryshuara. Ishte vetëm një provë: nuk u shkrua asgjë.
cli-import-attendance-done = Pjesëmarrja u importua në { $project }: { $recorded } të regjistruara, { $already } ishin tashmë.
cli-import-attendance-dry-run = Tabela është e vlefshme për { $project }: { $recorded } për t’u regjistruar, { $already } ishin tashmë. Ishte vetëm një provë: nuk u shkrua asgjë.
cli-col-size = Madhësia
cli-col-members = Të regjistruar
cli-col-donor = Donatori
cli-import-rates-done = Kurset e këmbimit u importuan për { $project }: { $created } të reja, { $updated } të zëvendësuara.
cli-import-rates-dry-run = Tabela është e vlefshme për { $project }: { $created } kurse të reja, { $updated } për t’u zëvendësuar. Ishte vetëm një provë: nuk u shkrua asgjë.
cli-import-transactions-done = Transaksionet u importuan për { $project }: { $created } të reja, { $updated } të ndryshuara.
cli-import-transactions-dry-run = Tabela është e vlefshme për { $project }: { $created } transaksione të reja, { $updated } për t’u ndryshuar. Ishte vetëm një provë: nuk u shkrua asgjë.
cli-report-pdf-done = Raporti { $template } i projektit { $code } ({ $pages } faqe) u shkrua në { $path }.
cli-export-list-done = { $count ->
    [one] U shkrua { $count } rresht në { $path }.
   *[other] U shkruan { $count } rreshta në { $path }.
}
cli-export-iati-done = Projekti { $code } u shkrua si XML aktiviteti IATI 2.03 në { $path }.
cli-report-progress = Po krijohet raporti
cli-sync-setup-done = Ky laptop tani sinkronizohet përmes { $folder }. Jepuni kolegëve këtë kod regjistrimi për t'u bashkuar (mbajeni të fshehtë, si një çelës):
cli-sync-enrol-file-done = Skedari i regjistrimit u shkrua në { $path }: një koleg bashkohet me të dhe fjalëkalimin e tij (tessera sync join --enrol-file).
cli-sync-joined = U bashkuat me organizatën përmes { $folder }: u morën { $changes } ndryshime.
cli-sync-done = U sinkronizua: u morën { $bundles } paketa ({ $changes } ndryshime të zbatuara), u dërguan { $sent } ndryshime.
cli-sync-problem = Nuk u zbatua: { $file } — { $reason }.
cli-sync-revoked-here = Një pajisje tjetër e revokoi këtë laptop: të tjerat nuk i pranojnë më ndryshimet e tij.
cli-sync-revoked = Pajisja { $name } ({ $device }) u revokua: tani e tutje çdo pajisje refuzon paketat e saj.
cli-sync-code-prompt = Kodi i regjistrimit:
cli-sync-enrol-passphrase = Fjalëkalimi i skedarit të regjistrimit:
cli-sync-status-folder = { $kind ->
    [webdav] Ndarje WebDAV
    [s3] Kovë S3
   *[folder] Dosje e përbashkët
 }: { $folder }
cli-sync-status-figures = Ndryshime në pritje për t'u dërguar: { $pending } · paketa të dërguara: { $sent } · të marra: { $received } · përplasje të zgjidhura: { $conflicts } · në pritje të orës: { $quarantined }
cli-sync-never = asnjëherë
cli-sync-this-device = ky laptop
cli-sync-device-active = aktive
cli-sync-device-revoked = e revokuar
cli-col-device = Pajisja
cli-col-last-sync = Sinkronizimi i fundit
cli-col-received = Paketa
cli-col-state = Gjendja
cli-sync-key-rotated = Organizata ka një çelës të ri, të mbyllur për { $reached } pajisje: laptopi i revokuar nuk mund të lexojë asgjë që shkruhet tani e tutje. Kodet e vjetra të regjistrimit nuk funksionojnë më; një koleg bashkohet me këtë kod të ri:
cli-sync-key-unreached = Të paarritura (nuk janë sinkronizuar që kur u bashkuan; bashkohen përsëri me kodin e ri): { $names }
cli-sync-progress = Po sinkronizohet
cli-sync-user-prompt = Emri i përdoruesit (ose çelësi i qasjes) për ndarjen:
cli-sync-password-prompt = Fjalëkalimi (ose çelësi sekret):
cli-col-file = Skedari
cli-col-queued = Në radhë që nga
cli-outbox-waiting = pret ndarjen
cli-outbox-retry = në pritje; provon përsëri { $when }
cli-outbox-sent = dërguar { $when }
cli-outbox-cancelled = anuluar
cli-backup-progress = Po bëhet kopja rezervë
cli-restore-progress = Po rikthehet
cli-check-progress = Po kontrollohet
cli-backup-passphrase-prompt = Fjalëkalimi i kopjes rezervë:
cli-backup-done = Kopja rezervë u shkrua në { $path } ({ $size }): baza e të dhënave dhe { $files } skedarë bashkëngjitur.
cli-backup-encrypted = Është e enkriptuar dhe hapet me fjalëkalimin e bazës së të dhënave.
cli-backup-encrypted-separate = Është e enkriptuar dhe hapet me fjalëkalimin e kopjes rezervë (TESSERA_BACKUP_PASSPHRASE). Ruajeni atë fjalëkalim veçmas nga kopjet rezervë.
cli-backup-plain = Nuk është e enkriptuar, sepse baza e të dhënave nuk ka fjalëkalim: ruajeni në vend të sigurt, ose vendosni TESSERA_BACKUP_PASSPHRASE për t'i enkriptuar kopjet.
cli-backup-missing = { $count } skedarë bashkëngjitur që përmend baza e të dhënave nuk janë në këtë laptop (shtuar në një laptop tjetër, ose të hequr), ndaj nuk janë në kopjen rezervë.
cli-backup-damaged-files = { $count } skedarë bashkëngjitur nuk përputhen më me shumën e kontrollit; janë në kopje ashtu siç janë. Ekzekutoni “tessera check”.
cli-restore-done = { $path } u rikthye nga kopja rezervë e { $date } ({ $organisation }, { $files } skedarë bashkëngjitur); kontrolli kaloi ({ $rows } rreshta).
cli-restore-kept = Baza e të dhënave që u zëvendësua ruhet si { $path }.
cli-restore-damaged-files = { $count } skedarë bashkëngjitur në kopje nuk përputhen me shumën e kontrollit; u rikthyen ashtu siç janë.
cli-check-file-ok = Skedari i bazës së të dhënave është i paprekur.
cli-check-file-bad = Skedari i bazës së të dhënave është i dëmtuar ({ $count } gjetje):
cli-check-log-ok = Regjistri i ndryshimeve përputhet me tabelat ({ $rows } rreshta).
cli-check-log-bad = { $count } nga { $rows } rreshta ndryshojnë nga ajo që thotë regjistri i ndryshimeve:
cli-check-files = Skedarët bashkëngjitur: { $intact } nga { $count } të paprekur.
cli-check-files-damaged = Të ndryshuar që kur u bashkëngjitën (shuma e kontrollit nuk përputhet më): { $names }
cli-check-files-missing = Nuk janë në këtë laptop ({ $count }; shtuar në një laptop tjetër, ose hequr nga dosja): { $names }
cli-check-way-out = Baza e të dhënave është e dëmtuar. Riktheni kopjen rezervë të fundit të mirë me “tessera restore FILE”: baza e dëmtuar ruhet pranë saj, asgjë nuk fshihet.
cli-passphrase-new-prompt = Fjalëkalimi i ri:
cli-passphrase-changed = Baza e të dhënave tani është e enkriptuar me fjalëkalimin e ri. Kopjet rezervë të mëparshme hapen me fjalëkalimin me të cilin u bënë.
cli-passphrase-removed = Baza e të dhënave nuk është më e enkriptuar: kushdo që ka skedarin mund ta lexojë.

# Poruke komandne linije `tessera`.

cli-passphrase-prompt = Lozinka:
cli-passphrase-repeat = Ponovite lozinku:
cli-init-done = Napravljena je baza podataka za { $name } na lokaciji { $path }.
cli-init-encrypted = Baza podataka je šifrovana. Čuvajte lozinku na sigurnom mestu: bez nje niko ne može da pročita podatke, čak ni mi.
cli-demo-done = Napravljena je demo organizacija „{ $name }“ na lokaciji { $path } (projekti: { $projects }, korisnici: { $beneficiaries }, transakcije: { $transactions }).
cli-import-progress = Uvoz u toku
cli-import-done = { $created ->
    [one] Uvoz je završen ({ $projects }): napravljen je { $created } zapis, ažurirano: { $updated }.
    [few] Uvoz je završen ({ $projects }): napravljena su { $created } zapisa, ažurirano: { $updated }.
   *[other] Uvoz je završen ({ $projects }): napravljeno je { $created } zapisa, ažurirano: { $updated }.
}
cli-import-dry-run = Paket je ispravan ({ $projects }). Ovo je bio probni uvoz: ništa nije upisano.
cli-export-done = Projekat { $code } je izvezen u { $path }.
cli-list-empty = Ništa nije pronađeno.
cli-col-code = Šifra
cli-col-title = Naziv
cli-col-status = Status
cli-col-period = Period
cli-col-name = Ime
cli-col-gender = Pol
cli-col-municipality = Opština
cli-col-date = Datum
cli-col-amount = Iznos
cli-col-payee = Primalac
cli-col-project = Projekat
cli-col-type = Vrsta
cli-name-withheld = (ime se ne prikazuje)
cli-col-level = Nivo
cli-col-indicator = Indikator
cli-col-baseline = Početna vrednost
cli-col-target = Ciljna vrednost
cli-col-achieved = Ostvareno
cli-col-percent-of-target = % cilja
cli-percent = { $value } %
cli-report-done = Podaci izveštaja projekta { $code } upisani su u { $path }.
cli-table-issue-at = Red { $row }, kolona „{ $column }“: { $message }
cli-import-people-done = { $people ->
    [one] Uvezena je { $people } osoba u { $project } (novih domaćinstava: { $households }, pristanaka: { $consents }).
    [few] Uvezene su { $people } osobe u { $project } (novih domaćinstava: { $households }, pristanaka: { $consents }).
   *[other] Uvezeno je { $people } osoba u { $project } (novih domaćinstava: { $households }, pristanaka: { $consents }).
}
cli-import-people-dry-run = { $people ->
    [one] Tabela je ispravna: { $people } osoba za { $project }. Probni uvoz: ništa nije zapisano.
    [few] Tabela je ispravna: { $people } osobe za { $project }. Probni uvoz: ništa nije zapisano.
   *[other] Tabela je ispravna: { $people } osoba za { $project }. Probni uvoz: ništa nije zapisano.
}
cli-export-people-done = { $count ->
    [one] Izvezena je { $count } osoba u { $path }.
    [few] Izvezene su { $count } osobe u { $path }.
   *[other] Izvezeno je { $count } osoba u { $path }.
}
cli-import-activities-done = Aktivnosti uvezene u { $project }: novih { $created }, izmenjenih { $updated }.
cli-import-activities-dry-run = Tabela je ispravna za { $project }: novih aktivnosti { $created }, izmenjenih { $updated }. Probni uvoz: ništa nije zapisano.
cli-import-attendance-done = Prisustvo uvezeno u { $project }: upisano { $recorded }, već postojećih { $already }.
cli-import-attendance-dry-run = Tabela je ispravna za { $project }: za upis { $recorded }, već postojećih { $already }. Probni uvoz: ništa nije zapisano.
cli-col-size = Veličina
cli-col-members = Registrovani
cli-col-donor = Donator
cli-import-rates-done = Devizni kursevi uvezeni za { $project }: novih { $created }, zamenjenih { $updated }.
cli-import-rates-dry-run = Tabela je ispravna za { $project }: novih kurseva { $created }, za zamenu { $updated }. Probni uvoz: ništa nije zapisano.
cli-import-transactions-done = Transakcije uvezene za { $project }: novih { $created }, izmenjenih { $updated }.
cli-import-transactions-dry-run = Tabela je ispravna za { $project }: novih transakcija { $created }, za izmenu { $updated }. Probni uvoz: ništa nije zapisano.
cli-report-pdf-done = Izveštaj { $template } projekta { $code } ({ $pages } str.) zapisan je u { $path }.
cli-export-list-done = { $count ->
    [one] Zapisan je { $count } red u { $path }.
    [few] Zapisana su { $count } reda u { $path }.
   *[other] Zapisano je { $count } redova u { $path }.
}
cli-export-iati-done = Projekat { $code } zapisan je kao IATI 2.03 XML aktivnosti u { $path }.
cli-report-progress = Izrada izveštaja
cli-sync-setup-done = Ovaj laptop se sada sinhronizuje preko { $folder }. Dajte kolegama ovaj kod za pridruživanje (čuvajte ga u tajnosti, kao ključ):
cli-sync-enrol-file-done = Datoteka za pridruživanje je zapisana u { $path }: kolega se pridružuje sa njom i njenom lozinkom (tessera sync join --enrol-file).
cli-sync-joined = Pridružili ste se organizaciji preko { $folder }: primljeno { $changes } izmena.
cli-sync-done = Sinhronizovano: primljeno { $bundles } paketa ({ $changes } primenjenih izmena), poslato { $sent } izmena.
cli-sync-problem = Nije primenjeno: { $file } — { $reason }.
cli-sync-revoked-here = Drugi uređaj je opozvao ovaj laptop: ostali više ne prihvataju njegove izmene.
cli-sync-revoked = Uređaj { $name } ({ $device }) je opozvan: od sada svaki uređaj odbija njegove pakete.
cli-sync-code-prompt = Kod za pridruživanje:
cli-sync-enrol-passphrase = Lozinka datoteke za pridruživanje:
cli-sync-status-folder = { $kind ->
    [webdav] WebDAV deljenje
    [s3] S3 kanta
   *[folder] Zajednička fascikla
 }: { $folder }
cli-sync-status-figures = Izmene koje čekaju slanje: { $pending } · poslati paketi: { $sent } · primljeni: { $received } · rešeni konflikti: { $conflicts } · čekaju sat: { $quarantined }
cli-sync-never = nikad
cli-sync-this-device = ovaj laptop
cli-sync-device-active = aktivan
cli-sync-device-revoked = opozvan
cli-col-device = Uređaj
cli-col-last-sync = Poslednja sinhronizacija
cli-col-received = Paketi
cli-col-state = Stanje
cli-sync-key-rotated = Organizacija ima novi ključ, zapečaćen za { $reached } uređaja: opozvani laptop ne može da čita ništa što se od sada zapiše. Stari kodovi za pridruživanje više ne rade; kolega se pridružuje ovim novim kodom:
cli-sync-key-unreached = Nedostignuti (nisu se sinhronizovali otkako su se pridružili; ponovo se pridružuju novim kodom): { $names }
cli-sync-progress = Sinhronizacija
cli-sync-user-prompt = Korisničko ime (ili pristupni ključ) za deljenje:
cli-sync-password-prompt = Lozinka (ili tajni ključ):
cli-col-file = Datoteka
cli-col-queued = Na čekanju od
cli-outbox-waiting = čeka deljenje
cli-outbox-retry = čeka; ponovni pokušaj { $when }
cli-outbox-sent = poslato { $when }
cli-outbox-cancelled = otkazano
cli-backup-progress = Pravljenje rezervne kopije
cli-restore-progress = Povraćaj
cli-check-progress = Provera
cli-backup-passphrase-prompt = Lozinka rezervne kopije:
cli-backup-done = Rezervna kopija je upisana u { $path } ({ $size }): baza podataka i priloženih datoteka: { $files }.
cli-backup-encrypted = Šifrovana je i otvara se lozinkom baze podataka.
cli-backup-encrypted-separate = Šifrovana je i otvara se lozinkom rezervne kopije (TESSERA_BACKUP_PASSPHRASE). Čuvajte tu lozinku odvojeno od rezervnih kopija.
cli-backup-plain = Nije šifrovana, jer baza podataka nema lozinku: čuvajte je na bezbednom mestu ili postavite TESSERA_BACKUP_PASSPHRASE da biste šifrovali kopije.
cli-backup-missing = Priložene datoteke koje baza podataka navodi nisu na ovom laptopu ({ $count }; dodate na drugom laptopu ili uklonjene), pa nisu u rezervnoj kopiji.
cli-backup-damaged-files = Priložene datoteke koje se više ne slažu sa svojim kontrolnim zbirom: { $count }; u kopiji su takve kakve jesu. Pokrenite „tessera check“.
cli-restore-done = { $path } je povraćena iz rezervne kopije od { $date } ({ $organisation }, priloženih datoteka: { $files }); provera je prošla (redova: { $rows }).
cli-restore-kept = Zamenjena baza podataka je sačuvana kao { $path }.
cli-restore-damaged-files = Priložene datoteke u kopiji koje se ne slažu sa svojim kontrolnim zbirom: { $count }; povraćene su takve kakve jesu.
cli-check-file-ok = Datoteka baze podataka je neoštećena.
cli-check-file-bad = Datoteka baze podataka je oštećena (nalaza: { $count }):
cli-check-log-ok = Dnevnik promena se slaže sa tabelama (redova: { $rows }).
cli-check-log-bad = { $count } od { $rows } redova razlikuje se od onoga što kaže dnevnik promena:
cli-check-files = Priložene datoteke: { $intact } od { $count } neoštećeno.
cli-check-files-damaged = Promenjene otkako su priložene (kontrolni zbir se više ne slaže): { $names }
cli-check-files-missing = Nisu na ovom laptopu ({ $count }; dodate na drugom laptopu ili uklonjene iz fascikle): { $names }
cli-check-way-out = Baza podataka je oštećena. Povratite poslednju ispravnu rezervnu kopiju sa „tessera restore FILE“: oštećena baza se čuva pored nje, ništa se ne briše.
cli-passphrase-new-prompt = Nova lozinka:
cli-passphrase-changed = Baza podataka je sada šifrovana novom lozinkom. Ranije rezervne kopije otvaraju se lozinkom sa kojom su napravljene.
cli-passphrase-removed = Baza podataka više nije šifrovana: svako ko ima datoteku može je pročitati.

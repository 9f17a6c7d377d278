# Gabimet e bërthamës dhe të rreshtit të komandave. Çdo kod gabimi i tipizuar `x` ka një mesazh `error-x`;
# çdo kod problemi në paketë `y` ka një mesazh `package-y`.

error-passphrase-required = Kjo bazë të dhënash është e enkriptuar. Shkruani fjalëkalimin e saj (ose vendoseni te TESSERA_PASSPHRASE).
error-wrong-passphrase = Fjalëkalimi nuk është i saktë. Kontrolloni paraqitjen e tastierës dhe Caps Lock, pastaj provoni përsëri.
error-passphrase-mismatch = Dy fjalëkalimet nuk përputhen. Nuk u krijua asgjë.
error-passphrase-empty = Nuk keni shkruar fjalëkalim. Nuk u krijua asgjë.
error-not-a-database = { $path } nuk është bazë të dhënash e Tessera-s.
error-database-exists = Në { $path } ka tashmë një bazë të dhënash. Nuk u ndryshua asgjë.
error-database-not-found = Në { $path } nuk ka bazë të dhënash. Krijoni një me “tessera init” ose “tessera demo”.
error-not-initialised = Kjo bazë të dhënash nuk ka ende një organizatë. Krijoni një të tillë me “tessera init”.
error-migration-changed = Kjo bazë të dhënash është krijuar nga një ndërtim tjetër i Tessera-s (hapi { $version } i strukturës së saj është ndryshe). Ajo nuk u hap, prandaj nuk humbi asgjë.
error-schema-too-new = Kjo bazë të dhënash është shkruar nga një version më i ri i Tessera-s (struktura { $found }, ndërsa ky version njeh { $supported }). Përditësoni Tessera-n për ta hapur.
error-project-not-found = Nuk ka asnjë projekt me kodin { $code }.
error-not-found =
    { $what ->
        [project] Projekti nuk u gjet (referenca { $id }). Mund të jetë fshirë.
       *[other] Regjistrimi i kërkuar nuk u gjet ({ $what } { $id }).
    }
error-invalid-currency = “{ $value }” nuk është kod monedhe sipas ISO 4217 (p.sh. EUR, ALL, BAM, RSD, MKD, BGN).
error-invalid-country = “{ $value }” nuk është kod shteti sipas ISO 3166 (p.sh. AL, XK, BA, RS, ME, MK, BG).
error-unsupported-language = Gjuha „{ $lang }“ nuk është e disponueshme në këtë version.
error-invalid-package = { $count ->
    [one] Paketa ka një gabim. Nuk u importua asgjë.
   *[other] Paketa ka { $count } gabime. Nuk u importua asgjë.
}
error-not-json = Skedari nuk është JSON i vlefshëm (rreshti { $line }, kolona { $column }): { $message }
error-invalid-date = “{ $value }” nuk është datë. Shkruajeni si VVVV-MM-DD, për shembull 2015-01-31.
error-period-reversed = Periudha fillon më { $from }, pas mbarimit të saj më { $to }. Ndërroni dy datat.
error-unknown-template = Nuk ka shabllon raporti “{ $template }”. Përdorni eu, itt ose generic.
error-report-format-unavailable = Raportet si { $format } nuk janë ende të disponueshme në këtë version. Përdorni --format json për të dhënat e raportit.
error-io = Nuk u arrit leximi ose shkrimi në { $path }: { $reason }
error-database = Baza e të dhënave raportoi një problem: { $reason }
error-internal = Ndodhi një gabim brenda Tessera-s. Nëse përsëritet, dërgojini mbështetjes këtë referencë: { $reference }.
error-locked = Baza e të dhënave është e bllokuar. Shkruani fjalëkalimin për ta hapur.

# Një problem në një paketë, te shtegu i tij JSON.
package-issue-at = { $path }: { $message }
package-missing-field = mungon fusha e detyrueshme “{ $field }”.
package-unknown-field = fusha “{ $field }” nuk bën pjesë në formatin e paketës (kontrolloni si është shkruar).
package-wrong-type = “{ $value }” është i llojit të gabuar; pritej { $expected }.
package-invalid-value = “{ $value }” nuk është vlerë e lejuar. Vlerat e lejuara: { $allowed }.
package-invalid-format = “{ $value }” nuk është shkruar në formatin e pritur.
package-out-of-range = { $value } është jashtë kufijve të lejuar.
package-invalid-date = “{ $value }” nuk është një datë që ekziston në kalendar.
package-end-before-start = data e mbarimit { $end } është para datës së fillimit { $start }.
package-duplicate-ref = referenca “{ $ref }” përdoret më shumë se një herë në këtë listë.
package-unknown-ref = referenca “{ $ref }” nuk përputhet me asnjë element të paketës.
package-unknown-currency = “{ $value }” nuk është monedhë sipas ISO 4217.
package-unknown-country = “{ $value }” nuk është kod shteti sipas ISO 3166.
package-funding-not-one = pjesët e financimit japin gjithsej { $sum }; ato duhet të japin saktësisht 1.
package-shares-over-one = pjesët e granteve japin gjithsej { $sum }; e njëjta kosto nuk mund të ngarkohet më shumë se një herë (jo më shumë se 1).
package-zero-amount = shuma është zero.
package-negative-amount = shuma { $value } është negative; duhet të jetë zero ose më shumë.
package-too-many-decimals = { $value } ka më shumë shifra dhjetore nga sa lejon { $currency } ({ $digits }).
package-not-positive = { $value } duhet të jetë mbi zero.
error-invalid-input = { $count ->
    [one] Një fushë ka nevojë për vëmendje. Asgjë nuk u ruajt.
   *[other] { $count } fusha kanë nevojë për vëmendje. Asgjë nuk u ruajt.
}
field-required = Plotësojeni këtë.
field-duplicate-code = Kodi “{ $value }” përdoret tashmë nga një projekt tjetër.
field-invalid-date = “{ $value }” nuk është datë. Shkruajeni si VVVV-MM-DD.
field-end-before-start = Mbarimi ({ $end }) është para fillimit ({ $start }).
field-unknown-currency = “{ $value }” nuk është kod monedhe ISO 4217 (për shembull EUR, ALL, BAM, RSD, MKD, BGN).
field-unknown-country = “{ $value }” nuk është kod shteti ISO 3166 (për shembull AL, XK, BA, RS, ME, MK, BG).
field-invalid-value = “{ $value }” nuk është një nga: { $allowed }.
field-not-a-count = “{ $value }” nuk është numërim: shkruani një numër të plotë, 0 ose më shumë.
field-not-a-percent = “{ $value }” nuk është përqindje: shkruani një numër nga 0 deri në 100.
field-not-yes-no = Zgjidhni po ose jo.
field-outside-project = { $value } është jashtë periudhës së projektit ({ $start } – { $end }).
field-before-baseline = { $value } është para datës së vlerës bazë ({ $baseline }).
field-in-use = { $count } projekte, grante ose persona e përmendin ende: hiqeni fillimisht atje.
field-unknown-municipality = “{ $value }” nuk është në listën e bashkive të { $country }.
field-owner-stays = Kjo është organizata që mban këtë bazë të dhënash: ajo mbetet.
field-outside-plan = { $value } është jashtë periudhës së planit ({ $start } – { $end }).
error-invalid-table = { $count ->
    [one] Një rresht i tabelës u refuzua: nuk u shkrua asgjë.
   *[other] { $count } rreshta të tabelës u refuzuan: nuk u shkrua asgjë.
}
error-unreadable-table = { $path } nuk është tabelë që Tessera mund ta lexojë: ruajeni si CSV (UTF-8) ose XLSX.
error-sheet-not-found = Skedari nuk ka fletë “{ $name }”. Fletët e tij: { $sheets }.
field-not-a-year = “{ $value }” nuk është vit: shkruajeni me katër shifra, p.sh. 1987.
field-year-out-of-range = { $value } nuk është vit lindjeje nga { $min } deri në { $max }.
field-person-code-taken = Kodi “{ $value }” përdoret tashmë nga një person tjetër.
field-person-code-twice = Kodi “{ $value }” përdoret tashmë në rreshtin { $row } të kësaj tabele.
field-unknown-column = Asnjë fushë nuk quhet “{ $value }”. Kolonat e një tabele mund të jenë: { $allowed }.
field-column-twice = Dy kolona janë “{ $value }”: kjo dhe “{ $first }”.
field-sensitive-off = Këto janë të dhëna të kategorisë së veçantë, që organizata nuk i regjistron: aktivizojini së pari te Cilësimet.
field-no-rows = Tabela nuk ka rreshta poshtë kokës.
error-attachment-damaged = Skedari i bashkëngjitur { $filename } mungon ose është ndryshuar pasi u bashkëngjit.
field-reason-required = Shkruani arsyen: ajo shfaqet në raport.
field-consent-withdrawn = Ky person e ka tërhequr pëlqimin: nuk mund të shtohet.
field-unknown-activity = Projekti { $project } nuk ka aktivitet “{ $value }”.
field-unknown-person = Askush nuk është regjistruar me kodin “{ $value }”.
error-missing-rate = Nuk ka kurs këmbimi për { $currency } në { $month }: shtojeni te kurset e këmbimit (me dorë ose nga tabela InforEuro) dhe provoni përsëri.
error-transaction-locked = Transaksioni { $transaction } është në një raport të dorëzuar (periudha raportuese deri më { DATE($until) }): nuk mund të ndryshohet as të fshihet. Korrigjojeni me një regjistrim anulues.
field-zero-amount = Një shumë zero nuk është transaksion.
field-negative-amount = “{ $value }” është negative: një shumë negative lejohet vetëm si regjistrim anulues që korrigjon një të mëparshëm.
field-shares-over-100 = Pjesët e granteve mblidhen në { $sum } %: një kosto nuk ngarkohet kurrë më shumë se një herë (jo mbi 100 %).
field-period-locked = { DATE($value) } bie në një periudhë raportuese të dorëzuar (deri më { DATE($until) }): regjistrojeni në një periudhë të hapur.
field-line-in-use = Në këtë linjë buxhetore janë regjistruar transaksione: { NUMBER($count) }. Kalojini më parë në një linjë tjetër.
field-grant-in-use = Ky grant financon transaksione ose linja buxhetore: { NUMBER($count) }. Ndryshojini më parë.
error-sync-not-set-up = Kjo bazë të dhënash nuk sinkronizohet ende. Konfigurojeni me “tessera sync setup --folder DIR” ose bashkohuni me “tessera sync join”.
error-sync-already-set-up = Kjo bazë të dhënash sinkronizohet tashmë përmes { $folder }.
error-sync-folder-missing = Dosja e përbashkët { $path } nuk gjendet. A është futur USB-ja ose lidhur dosja e rrjetit?
error-sync-not-a-share = { $path } nuk është dosje e përbashkët e Tessera-s (nuk ka tessera-share.json).
error-sync-share-in-use = { $path } është tashmë dosje e përbashkët e Tessera-s. Bashkohuni me “tessera sync join” ose konfiguroni në një dosje bosh.
error-sync-other-organisation = { $path } i përket sinkronizimit të një organizate tjetër.
error-sync-code-malformed = Ky nuk është kod regjistrimi: ka 24 shkronja dhe shifra në grupe me katër, si ABCD-EFGH-….
error-sync-wrong-code = Kodi i regjistrimit nuk hap asnjë regjistrim në { $path }. Kontrollojeni me kolegun që jua dha.
error-sync-wrong-passphrase = Fjalëkalimi nuk hap skedarin e regjistrimit { $path }.
error-sync-join-not-empty = { $path } mban tashmë një organizatë. Bashkohuni me një bazë të re të dhënash (--db NEW.db).
error-sync-no-snapshot = Dosja e përbashkët { $path } nuk ka ende një pamje të plotë për t'u bashkuar: lëreni laptopin e parë të sinkronizojë edhe një herë.
error-sync-device-unknown = Asnjë pajisje “{ $device }” nuk sinkronizohet me këtë (shihni “tessera sync status”).
error-sync-device-ambiguous = “{ $device }” emërton më shumë se një pajisje: jepni më shumë nga identifikuesi i saj.
error-sync-revoke-self = Një pajisje nuk mund të revokojë veten: revokojeni nga një laptop tjetër.
sync-reason-not-a-bundle = nuk është skedar sinkronizimi i Tessera-s
sync-reason-truncated = është i cunguar (ndoshta ende po kopjohet)
sync-reason-unsigned = nënshkrimi i tij nuk është i pajisjes që emërton
sync-reason-tampered = është ndryshuar pasi u shkrua
sync-reason-foreign = i përket një organizate tjetër
sync-reason-revoked = pajisja e tij është revokuar
sync-reason-key-changed = çelësi i pajisjes së tij nuk është ai që kishte
sync-reason-out-of-order = nuk vjen pas skedarit të mëparshëm të pajisjes
sync-reason-unknown-key = është mbyllur me një çelës që ky laptop nuk e ka
sync-reason-too-large = deklaron më shumë të dhëna se çdo skedar sinkronizimi
sync-reason-wrong-device = është në dosjen e një pajisjeje tjetër
sync-reason-unreadable = përmbajtja e tij nuk lexohet nga ky version i Tessera-s
sync-reason-waiting = nuk është ende në dosje; sinkronizimi i ardhshëm do ta marrë
sync-reason-folder-missing = dosja e përbashkët nuk gjendet
sync-reason-clock-ahead = ora e asaj pajisjeje është më shumë se një ditë përpara; ndryshimet e saj presin
error-sync-address-invalid = { $address } nuk është adresë e një ndarjeje WebDAV ose S3: ajo fillon me https:// (ose http://) dhe emërton serverin, p.sh. https://cloud.example.org/remote.php/dav/files/ana/Tessera.
error-sync-unreachable = Serveri i { $address } nuk arrihet. A është ky laptop në linjë? Sinkronizimi i radhës provon përsëri; ndërkohë nuk humbet asgjë.
error-sync-unauthorised = Serveri i { $address } nuk pranoi emrin e përdoruesit ose fjalëkalimin. Kontrollojini (për Nextcloud, një fjalëkalim aplikacioni) dhe jepini përsëri.
error-sync-forbidden = Serveri i { $address } nuk e lejon këtë përdorues atje. Kërkojini atij që e administron t'i japë përdoruesit qasje në atë dosje.
error-sync-share-not-found = Nuk ka { $address } në serverin e saj. Kontrolloni adresën ose krijoni më parë dosjen në server.
error-sync-server-full = Serveri i { $address } është plot (ose refuzon një skedar kaq të madh). Lironi hapësirë në të, pastaj sinkronizoni përsëri; ndërkohë nuk humbet asgjë.
error-sync-tls = Lidhja e sigurt me { $address } dështoi: ky kompjuter nuk i beson certifikatës së serverit (e skaduar, e vetënënshkruar ose e bërë për një emër tjetër).
error-sync-server-fault = Serveri i { $address } u përgjigj me gabimin { $status }. Provoni përsëri më vonë; ndërkohë nuk humbet asgjë.
error-sync-credentials-missing = Nevojiten emri i përdoruesit dhe fjalëkalimi për { $address }. Ata ruhen të mbyllur për laptopin që i mori: në këtë, jepini përsëri.
error-backup-not-a-backup = { $path } nuk është kopje rezervë e Tessera-s.
error-backup-passphrase-required = { $path } është i enkriptuar. Shkruani fjalëkalimin me të cilin u bë.
error-backup-wrong-passphrase = Ky fjalëkalim nuk e hap { $path }. Një kopje rezervë hapet me fjalëkalimin që kishte baza e të dhënave kur u bë kopja, ose me fjalëkalimin e kopjes së zgjedhur atëherë.
error-backup-damaged = { $path } është i dëmtuar ({ $what }) dhe nuk mund të rikthehet. Asgjë nuk u ndryshua. Provoni një kopje rezervë më të vjetër.
error-backup-too-new = { $path } u bë nga një version më i ri i Tessera-s (formati i kopjes { $found }). Përditësoni Tessera-n, pastaj rikthejeni.
error-backup-check-failed = Baza e të dhënave në { $path } nuk e kaloi kontrollin, prandaj nuk u rikthye. Asgjë nuk u ndryshua. Provoni një kopje rezervë më të vjetër.
field-not-a-folder = “{ $value }” nuk është dosje ku ky laptop mund të shkruajë. Shkruani shtegun e plotë, si /media/usb/Tessera ose ~/Kopje Tessera.
error-disk-full =
    { $where ->
        [database] Disku ku ndodhet baza e të dhënave është plot
       *[other] Disku është plot (gjatë shkrimit të { $where })
    }: asgjë nuk u ruajt dhe ajo që ishte më parë është e paprekur. Lironi pak hapësirë, pastaj provoni përsëri.
error-read-only =
    { $where ->
        [database] Baza e të dhënave, ose dosja ku ndodhet, nuk mund të shkruhet
       *[other] { $where } nuk mund të shkruhet
    }: është vetëm për lexim (USB e mbrojtur nga shkrimi, CD, ose pa leje). Asgjë nuk u ndryshua.
field-passphrase-mismatch = Dy fjalëkalimet ndryshojnë: shkruani të njëjtin dy herë.
error-busy = Një dritare ose komandë tjetër e Tessera-s po shkruan në këtë bazë dhe nuk mbaroi brenda 5 sekondave. Prisni sa të mbarojë (një import ose sinkronizim), pastaj provoni përsëri; asgjë nuk u ndryshua.
field-passphrase-too-short = Përdorni të paktën { $min } shenja: disa fjalë mbahen mend më lehtë se një kod i shkurtër.
field-not-an-image = { $name } nuk është fotografi PNG ose JPEG.
field-file-too-large = { $name } është më i madh se { $max }: zgjidhni një fotografi më të vogël.

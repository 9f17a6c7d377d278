# Greške jezgra i komandne linije. Svaki tipizirani kod greške `x` ima poruku `error-x`;
# svaki kod problema u paketu `y` ima poruku `package-y`.

error-passphrase-required = Ova baza podataka je šifrovana. Unesite njenu lozinku (ili postavite TESSERA_PASSPHRASE).
error-wrong-passphrase = Lozinka nije tačna. Provjerite raspored tastature i Caps Lock pa pokušajte ponovo.
error-passphrase-mismatch = Dvije lozinke se ne podudaraju. Ništa nije napravljeno.
error-passphrase-empty = Lozinka nije unesena. Ništa nije napravljeno.
error-not-a-database = { $path } nije baza podataka programa Tessera.
error-database-exists = Na lokaciji { $path } već postoji baza podataka. Ništa nije promijenjeno.
error-database-not-found = Na lokaciji { $path } nema baze podataka. Napravite je naredbom „tessera init“ ili „tessera demo“.
error-not-initialised = Ova baza podataka još nema organizaciju. Napravite je naredbom „tessera init“.
error-migration-changed = Ovu bazu podataka postavilo je drugačije izdanje programa Tessera (korak { $version } njene strukture se razlikuje). Baza nije otvorena, tako da ništa nije izgubljeno.
error-schema-too-new = Ovu bazu podataka zapisala je novija verzija programa Tessera (struktura { $found }, a ova verzija poznaje { $supported }). Instalirajte noviju verziju programa Tessera da biste je otvorili.
error-project-not-found = Ne postoji projekat sa šifrom { $code }.
error-not-found =
    { $what ->
        [project] Projekat nije pronađen (oznaka { $id }). Možda je obrisan.
       *[other] Traženi zapis nije pronađen ({ $what } { $id }).
    }
error-invalid-currency = „{ $value }“ nije oznaka valute prema ISO 4217 (npr. EUR, ALL, BAM, RSD, MKD, BGN).
error-invalid-country = „{ $value }“ nije oznaka države prema ISO 3166 (npr. AL, XK, BA, RS, ME, MK, BG).
error-unsupported-language = Jezik „{ $lang }“ nije dostupan u ovoj verziji.
error-invalid-package = { $count ->
    [one] Paket ima { $count } grešku. Ništa nije uvezeno.
    [few] Paket ima { $count } greške. Ništa nije uvezeno.
   *[other] Paket ima { $count } grešaka. Ništa nije uvezeno.
}
error-not-json = Datoteka nije ispravan JSON (red { $line }, kolona { $column }): { $message }
error-invalid-date = „{ $value }“ nije datum. Napišite ga kao GGGG-MM-DD, na primjer 2015-01-31.
error-period-reversed = Period počinje { $from }, nakon svog kraja { $to }. Zamijenite ta dva datuma.
error-unknown-template = Ne postoji šablon izvještaja „{ $template }“. Koristite eu, itt ili generic.
error-report-format-unavailable = Izvještaji kao { $format } još nisu dostupni u ovoj verziji. Koristite --format json za podatke izvještaja.
error-io = Nije moguće pročitati ili zapisati { $path }: { $reason }
error-database = Baza podataka je prijavila problem: { $reason }
error-internal = Nešto nije u redu unutar Tessere. Ako se ponovi, pošaljite podršci ovu oznaku: { $reference }.
error-locked = Baza podataka je zaključana. Unesite lozinku da je otvorite.

# Jedan problem u paketu, s njegovom JSON putanjom.
package-issue-at = { $path }: { $message }
package-missing-field = nedostaje obavezno polje „{ $field }“.
package-unknown-field = polje „{ $field }“ nije dio formata paketa (provjerite kako je napisano).
package-wrong-type = „{ $value }“ je pogrešnog tipa; očekuje se { $expected }.
package-invalid-value = „{ $value }“ nije dozvoljena vrijednost. Dozvoljene vrijednosti: { $allowed }.
package-invalid-format = „{ $value }“ nije napisano u očekivanom formatu.
package-out-of-range = { $value } je izvan dozvoljenog raspona.
package-invalid-date = „{ $value }“ nije datum koji postoji u kalendaru.
package-end-before-start = datum završetka { $end } je prije datuma početka { $start }.
package-duplicate-ref = referenca „{ $ref }“ koristi se više puta u ovoj listi.
package-unknown-ref = referenca „{ $ref }“ ne upućuje ni na šta u paketu.
package-unknown-currency = „{ $value }“ nije valuta prema ISO 4217.
package-unknown-country = „{ $value }“ nije oznaka države prema ISO 3166.
package-funding-not-one = udjeli u finansiranju ukupno iznose { $sum }; zbir mora biti tačno 1.
package-shares-over-one = udjeli grantova ukupno iznose { $sum }; isti trošak ne može se pravdati više puta (najviše 1).
package-zero-amount = iznos je nula.
package-negative-amount = iznos { $value } je negativan; mora biti nula ili više.
package-too-many-decimals = { $value } ima više decimala nego što dozvoljava { $currency } ({ $digits }).
package-not-positive = { $value } mora biti veće od nule.
error-invalid-input = { $count ->
    [one] Jedno polje traži pažnju. Ništa nije sačuvano.
    [few] { $count } polja traže pažnju. Ništa nije sačuvano.
   *[other] { $count } polja traži pažnju. Ništa nije sačuvano.
}
field-required = Popunite ovo polje.
field-duplicate-code = Šifru „{ $value }“ već koristi drugi projekat.
field-invalid-date = „{ $value }“ nije datum. Napišite ga kao GGGG-MM-DD.
field-end-before-start = Kraj ({ $end }) je prije početka ({ $start }).
field-unknown-currency = „{ $value }“ nije ISO 4217 šifra valute (na primjer EUR, ALL, BAM, RSD, MKD, BGN).
field-unknown-country = „{ $value }“ nije ISO 3166 šifra države (na primjer AL, XK, BA, RS, ME, MK, BG).
field-invalid-value = „{ $value }“ nije jedno od: { $allowed }.
field-not-a-count = „{ $value }“ nije broj: unesite cijeli broj, 0 ili više.
field-not-a-percent = „{ $value }“ nije postotak: unesite broj od 0 do 100.
field-not-yes-no = Izaberite da ili ne.
field-outside-project = { $value } je izvan perioda projekta ({ $start } – { $end }).
field-before-baseline = { $value } je prije datuma početne vrijednosti ({ $baseline }).
field-in-use = { $count } projekata, grantova ili osoba je još navodi: prvo je uklonite tamo.
field-unknown-municipality = „{ $value }“ nije na listi općina za { $country }.
field-owner-stays = Ovo je organizacija koja vodi ovu bazu podataka: ona ostaje.
field-outside-plan = { $value } je izvan perioda plana ({ $start } – { $end }).
error-invalid-table = { $count ->
    [one] Odbijen je { $count } red tabele: ništa nije zapisano.
    [few] Odbijena su { $count } reda tabele: ništa nije zapisano.
   *[other] Odbijeno je { $count } redova tabele: ništa nije zapisano.
}
error-unreadable-table = { $path } nije tabela koju Tessera može pročitati: sačuvajte je kao CSV (UTF-8) ili XLSX.
error-sheet-not-found = Datoteka nema list „{ $name }“. Njeni listovi: { $sheets }.
field-not-a-year = „{ $value }“ nije godina: napišite je sa četiri cifre, npr. 1987.
field-year-out-of-range = { $value } nije godina rođenja od { $min } do { $max }.
field-person-code-taken = Šifru „{ $value }“ već koristi druga osoba.
field-person-code-twice = Šifra „{ $value }“ već je korištena u redu { $row } ove tabele.
field-unknown-column = Nijedno polje se ne zove „{ $value }“. Kolone tabele mogu biti: { $allowed }.
field-column-twice = Dvije kolone su „{ $value }“: ova i „{ $first }“.
field-sensitive-off = Ovo su posebne kategorije podataka, koje organizacija ne bilježi: prvo ih uključite u Postavkama.
field-no-rows = Tabela nema redova ispod zaglavlja.
error-attachment-damaged = Priložena datoteka { $filename } nedostaje ili je izmijenjena nakon što je priložena.
field-reason-required = Navedite razlog: prikazuje se u izvještaju.
field-consent-withdrawn = Ova osoba je povukla saglasnost: ne može se dodati.
field-unknown-activity = Projekat { $project } nema aktivnost „{ $value }“.
field-unknown-person = Niko nije registrovan sa šifrom „{ $value }“.
error-missing-rate = Nema kursa za { $currency } za { $month }: dodajte ga u kursnu listu (ručno ili iz tabele InforEuro), pa pokušajte ponovo.
error-transaction-locked = Transakcija { $transaction } je u predanom izvještaju (izvještajni period do { DATE($until) }): ne može se mijenjati ni brisati. Ispravite je storno knjiženjem.
field-zero-amount = Iznos nula nije transakcija.
field-negative-amount = „{ $value }“ je negativan: negativan iznos je samo storno knjiženje koje ispravlja ranije.
field-shares-over-100 = Udjeli grantova zajedno čine { $sum } %: trošak se nikad ne knjiži više puta (najviše 100 %).
field-period-locked = { DATE($value) } je u predanom izvještajnom periodu (do { DATE($until) }): proknjižite je u otvorenom periodu.
field-line-in-use = Na ovoj budžetskoj liniji su proknjižene transakcije: { NUMBER($count) }. Prvo ih premjestite na drugu liniju.
field-grant-in-use = Ovaj grant finansira transakcije ili budžetske linije: { NUMBER($count) }. Prvo ih izmijenite.
error-sync-not-set-up = Ova baza podataka se još ne sinhronizuje. Podesite je sa „tessera sync setup --folder DIR“ ili se pridružite sa „tessera sync join“.
error-sync-already-set-up = Ova baza podataka se već sinhronizuje preko { $folder }.
error-sync-folder-missing = Zajednička fascikla { $path } nije tu. Je li USB uključen ili mrežna fascikla povezana?
error-sync-not-a-share = { $path } nije zajednička fascikla Tessere (nema tessera-share.json).
error-sync-share-in-use = { $path } je već zajednička fascikla Tessere. Pridružite se sa „tessera sync join“ ili podesite u praznoj fascikli.
error-sync-other-organisation = { $path } pripada sinhronizaciji druge organizacije.
error-sync-code-malformed = To nije kod za pridruživanje: ima 24 slova i cifre u grupama od po četiri, kao ABCD-EFGH-….
error-sync-wrong-code = Kod za pridruživanje ne otvara ništa u { $path }. Provjerite ga s kolegom koji vam ga je dao.
error-sync-wrong-passphrase = Lozinka ne otvara datoteku za pridruživanje { $path }.
error-sync-join-not-empty = { $path } već sadrži organizaciju. Pridružite se s novom bazom podataka (--db NEW.db).
error-sync-no-snapshot = Zajednička fascikla { $path } još nema snimak za pridruživanje: neka se prvi laptop sinhronizuje još jednom.
error-sync-device-unknown = Nijedan uređaj „{ $device }“ se ne sinhronizuje s ovim (vidi „tessera sync status“).
error-sync-device-ambiguous = „{ $device }“ označava više od jednog uređaja: navedite više od njegove oznake.
error-sync-revoke-self = Uređaj ne može opozvati sam sebe: opozovite ga s drugog laptopa.
sync-reason-not-a-bundle = nije datoteka za sinhronizaciju Tessere
sync-reason-truncated = skraćena je (možda se još kopira)
sync-reason-unsigned = potpis nije od uređaja koji navodi
sync-reason-tampered = izmijenjena je nakon što je zapisana
sync-reason-foreign = pripada drugoj organizaciji
sync-reason-revoked = njen uređaj je opozvan
sync-reason-key-changed = ključ njenog uređaja nije onaj koji je imao
sync-reason-out-of-order = ne slijedi prethodnu datoteku svog uređaja
sync-reason-unknown-key = zapečaćena je ključem koji ovaj laptop nema
sync-reason-too-large = navodi više podataka nego što ijedna datoteka za sinhronizaciju ima
sync-reason-wrong-device = nalazi se u fascikli drugog uređaja
sync-reason-unreadable = njen sadržaj ne može pročitati ova verzija Tessere
sync-reason-waiting = još nije u fascikli; sljedeća sinhronizacija će je preuzeti
sync-reason-folder-missing = zajednička fascikla nije tu
sync-reason-clock-ahead = sat tog uređaja žuri više od jednog dana; njegove izmjene čekaju
error-sync-address-invalid = { $address } nije adresa WebDAV ili S3 dijeljenja: počinje sa https:// (ili http://) i navodi server, npr. https://cloud.example.org/remote.php/dav/files/ana/Tessera.
error-sync-unreachable = Server za { $address } nije dostupan. Je li ovaj laptop na mreži? Sljedeća sinhronizacija pokušava ponovo; u međuvremenu se ništa ne gubi.
error-sync-unauthorised = Server za { $address } nije prihvatio korisničko ime ili lozinku. Provjerite ih (za Nextcloud, lozinku aplikacije) i unesite ih ponovo.
error-sync-forbidden = Server za { $address } ne dopušta ovom korisniku pristup tamo. Zamolite onoga ko ga vodi da korisniku da pristup toj fascikli.
error-sync-share-not-found = Na serveru nema { $address }. Provjerite adresu ili prvo napravite fasciklu na serveru.
error-sync-server-full = Server za { $address } je pun (ili odbija ovoliko veliku datoteku). Oslobodite prostor na njemu, pa ponovo sinhronizujte; u međuvremenu se ništa ne gubi.
error-sync-tls = Sigurna veza sa { $address } nije uspjela: ovaj računar ne vjeruje certifikatu servera (istekao, samopotpisan ili izdat za drugo ime).
error-sync-server-fault = Server za { $address } je odgovorio greškom { $status }. Pokušajte ponovo kasnije; u međuvremenu se ništa ne gubi.
error-sync-credentials-missing = Potrebni su korisničko ime i lozinka za { $address }. Čuvaju se zapečaćeni za laptop na kojem su uneseni: na ovom ih unesite ponovo.
error-backup-not-a-backup = { $path } nije rezervna kopija programa Tessera.
error-backup-passphrase-required = { $path } je šifrovana. Unesite lozinku s kojom je napravljena.
error-backup-wrong-passphrase = Ova lozinka ne otvara { $path }. Rezervna kopija se otvara lozinkom koju je baza podataka imala kada je kopija napravljena, ili lozinkom kopije izabranom tada.
error-backup-damaged = { $path } je oštećena ({ $what }) i ne može se povratiti. Ništa nije promijenjeno. Pokušajte sa starijom rezervnom kopijom.
error-backup-too-new = { $path } je napravila novija verzija programa Tessera (format kopije { $found }). Ažurirajte Tessera pa je povratite.
error-backup-check-failed = Baza podataka u { $path } nije prošla provjeru, pa nije povraćena. Ništa nije promijenjeno. Pokušajte sa starijom rezervnom kopijom.
field-not-a-folder = „{ $value }“ nije fascikla u koju ovaj laptop može pisati. Upišite cijelu putanju, npr. /media/usb/Tessera ili ~/Tessera kopije.
error-disk-full =
    { $where ->
        [database] Disk na kojem je baza podataka je pun
       *[other] Disk je pun (pri upisu { $where })
    }: ništa nije sačuvano, a ono što je bilo ranije je neoštećeno. Oslobodite prostor pa pokušajte ponovo.
error-read-only =
    { $where ->
        [database] U bazu podataka, ili fasciklu u kojoj je, ne može se pisati
       *[other] U { $where } ne može se pisati
    }: samo je za čitanje (USB zaštićen od upisa, CD ili nema dozvole). Ništa nije promijenjeno.
field-passphrase-mismatch = Dvije lozinke se razlikuju: upišite istu dva puta.
error-busy = Drugi prozor ili komanda programa Tessera upisuje u ovu bazu i nije završila za 5 sekundi. Sačekajte da završi (uvoz ili sinhronizacija) pa pokušajte ponovo; ništa nije promijenjeno.
field-passphrase-too-short = Koristite najmanje { $min } znakova: nekoliko riječi se lakše pamti od kratke šifre.
field-not-an-image = { $name } nije slika PNG ili JPEG.
field-file-too-large = { $name } je veća od { $max }: odaberite manju sliku.

# Errors of the core and the command line. Each typed error code `x` has a message `error-x`;
# each package problem code `y` has a message `package-y`.

error-passphrase-required = This database is encrypted. Enter its passphrase (or set TESSERA_PASSPHRASE).
error-wrong-passphrase = This passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.
error-passphrase-mismatch = The two passphrases differ. Nothing was created.
error-passphrase-empty = The passphrase is empty. Nothing was created.
error-not-a-database = { $path } is not a Tessera database.
error-database-exists = A database already exists at { $path }. Nothing was changed.
error-database-not-found = There is no database at { $path }. Create one with “tessera init” or “tessera demo”.
error-not-initialised = This database has no organisation yet. Create one with “tessera init”.
error-migration-changed = The database was set up by a different build of Tessera (step { $version } of its structure differs). It was not opened, so nothing is lost.
error-schema-too-new = This database was written by a newer version of Tessera (structure { $found }, this version knows { $supported }). Update Tessera to open it.
error-project-not-found = There is no project with the code { $code }.
error-not-found =
    { $what ->
        [project] This project was not found (reference { $id }). It may have been deleted.
       *[other] The requested record was not found ({ $what } { $id }).
    }
error-invalid-currency = “{ $value }” is not an ISO 4217 currency code (for example EUR, ALL, BAM, RSD, MKD, BGN).
error-invalid-country = “{ $value }” is not an ISO 3166 country code (for example AL, XK, BA, RS, ME, MK, BG).
error-unsupported-language = The language “{ $lang }” is not available in this version.
error-invalid-package = { $count ->
    [one] The package has one error. Nothing was imported.
   *[other] The package has { $count } errors. Nothing was imported.
}
error-not-json = The file is not valid JSON (line { $line }, column { $column }): { $message }
error-invalid-date = “{ $value }” is not a date. Write it as YYYY-MM-DD, for example 2015-01-31.
error-period-reversed = The period starts on { $from }, after its end on { $to }. Swap the two dates.
error-unknown-template = There is no report template “{ $template }”. Use eu, itt or generic.
error-report-format-unavailable = Reports as { $format } are not available in this version yet. Use --format json for the report data.
error-io = Cannot read or write { $path }: { $reason }
error-database = The database reported a problem: { $reason }
error-internal = Something went wrong inside Tessera. If it happens again, give your support this reference: { $reference }.
error-locked = The database is locked. Enter the passphrase to open it.

# One problem in a package, at its JSON path.
package-issue-at = { $path }: { $message }
package-missing-field = the required field “{ $field }” is missing.
package-unknown-field = the field “{ $field }” is not part of the package format (check its spelling).
package-wrong-type = “{ $value }” has the wrong type; expected { $expected }.
package-invalid-value = “{ $value }” is not an allowed value. Allowed: { $allowed }.
package-invalid-format = “{ $value }” is not written in the expected format.
package-out-of-range = { $value } is outside the allowed range.
package-invalid-date = “{ $value }” is not a real calendar date.
package-end-before-start = the end { $end } is before the start { $start }.
package-duplicate-ref = the reference “{ $ref }” is used more than once in this list.
package-unknown-ref = the reference “{ $ref }” does not point to anything in the package.
package-unknown-currency = “{ $value }” is not an ISO 4217 currency.
package-unknown-country = “{ $value }” is not an ISO 3166 country code.
package-funding-not-one = the funding shares add up to { $sum }; they must add up to exactly 1.
package-shares-over-one = the grant shares add up to { $sum }; a cost cannot be charged more than once (at most 1).
package-zero-amount = the amount is zero.
package-negative-amount = the amount { $value } is negative; it must be zero or more.
package-too-many-decimals = { $value } has more decimals than { $currency } allows ({ $digits }).
package-not-positive = { $value } must be more than zero.
error-invalid-input = { $count ->
    [one] One field needs attention. Nothing was saved.
   *[other] { $count } fields need attention. Nothing was saved.
}
field-required = Fill this in.
field-duplicate-code = The code “{ $value }” is already used by another project.
field-invalid-date = “{ $value }” is not a date. Write it as YYYY-MM-DD.
field-end-before-start = The end ({ $end }) is before the start ({ $start }).
field-unknown-currency = “{ $value }” is not an ISO 4217 currency code (for example EUR, ALL, BAM, RSD, MKD, BGN).
field-unknown-country = “{ $value }” is not an ISO 3166 country code (for example AL, XK, BA, RS, ME, MK, BG).
field-invalid-value = “{ $value }” is not one of: { $allowed }.
field-not-a-count = “{ $value }” is not a count: enter a whole number, 0 or more.
field-not-a-percent = “{ $value }” is not a percentage: enter a number from 0 to 100.
field-not-yes-no = Choose yes or no.
field-outside-project = { $value } is outside the project period ({ $start } – { $end }).
field-before-baseline = { $value } is before the baseline date ({ $baseline }).
field-in-use = { $count } projects, grants or people still name it: remove it there first.
field-unknown-municipality = “{ $value }” is not in the list of municipalities of { $country }.
field-owner-stays = This is the organisation that keeps this database: it stays.
field-outside-plan = { $value } is outside the plan’s period ({ $start } – { $end }).
error-invalid-table = { $count ->
    [one] One row of the table was rejected: nothing was written.
   *[other] { $count } rows of the table were rejected: nothing was written.
}
error-unreadable-table = { $path } is not a table Tessera can read: save it as CSV (UTF-8) or XLSX.
error-sheet-not-found = The file has no sheet “{ $name }”. Its sheets: { $sheets }.
field-not-a-year = “{ $value }” is not a year: write it with four digits, such as 1987.
field-year-out-of-range = { $value } is not a birth year from { $min } to { $max }.
field-person-code-taken = The code “{ $value }” is already used by another person.
field-person-code-twice = The code “{ $value }” is already used in row { $row } of this table.
field-unknown-column = No field is called “{ $value }”. A table’s columns may be: { $allowed }.
field-column-twice = Two columns are “{ $value }”: this one and “{ $first }”.
field-sensitive-off = This is special-category data, which the organisation does not record: switch it on in Settings first.
field-no-rows = The table has no rows below its header.
error-attachment-damaged = The attached file { $filename } is missing or was changed since it was attached.
field-reason-required = Say why: the reason is shown in the report.
field-consent-withdrawn = This person withdrew their consent: they cannot be added.
field-unknown-activity = Project { $project } has no activity “{ $value }”.
field-unknown-person = No one is registered with the code “{ $value }”.
error-missing-rate = There is no exchange rate for { $currency } in { $month }: add it to the exchange rates (by hand or from the InforEuro table), then try again.
error-transaction-locked = Transaction { $transaction } is in a submitted report (the reporting period up to { DATE($until) }): it cannot be changed or deleted. Correct it with a reversing entry.
field-zero-amount = An amount of zero is not a transaction.
field-negative-amount = “{ $value }” is negative: a negative amount is only a reversing entry that corrects an earlier one.
field-shares-over-100 = The grants' shares add up to { $sum } %: a cost is never charged more than once (at most 100 %).
field-period-locked = { DATE($value) } lies in a submitted reporting period (up to { DATE($until) }): book it in an open period.
field-line-in-use = { NUMBER($count) } transactions are booked on this budget line: move them to another line first.
field-grant-in-use = { NUMBER($count) } transactions or budget lines are funded by this grant: change them first.
error-sync-not-set-up = This database does not sync yet. Set it up with “tessera sync setup --folder DIR”, or join with “tessera sync join”.
error-sync-already-set-up = This database already syncs through { $folder }.
error-sync-folder-missing = The shared folder { $path } is not there. Is the USB stick plugged in, or the network share connected?
error-sync-not-a-share = { $path } is not a Tessera shared folder (it has no tessera-share.json).
error-sync-share-in-use = { $path } is already a Tessera shared folder. Join it with “tessera sync join”, or set up in an empty folder.
error-sync-other-organisation = { $path } belongs to another organisation's sync.
error-sync-code-malformed = That is not an enrolment code: it has 24 letters and digits in groups of four, like ABCD-EFGH-….
error-sync-wrong-code = The enrolment code opens no enrolment in { $path }. Check it with the colleague who gave it.
error-sync-wrong-passphrase = The passphrase does not open the enrolment file { $path }.
error-sync-join-not-empty = { $path } already holds an organisation. Join with a new database (--db NEW.db).
error-sync-no-snapshot = The shared folder { $path } has no snapshot to join from yet: let the first laptop sync once more.
error-sync-device-unknown = No device “{ $device }” syncs with this one (see “tessera sync status”).
error-sync-device-ambiguous = “{ $device }” names more than one device: give more of its id.
error-sync-revoke-self = A device cannot revoke itself: revoke it from another laptop.
sync-reason-not-a-bundle = it is not a Tessera sync file
sync-reason-truncated = it is cut short (perhaps still being copied)
sync-reason-unsigned = its signature is not the device's it names
sync-reason-tampered = it was changed after it was written
sync-reason-foreign = it belongs to another organisation
sync-reason-revoked = its device was revoked
sync-reason-key-changed = its device's key is not the one it had
sync-reason-out-of-order = it does not follow its device's previous file
sync-reason-unknown-key = it is sealed with a key this laptop does not have
sync-reason-too-large = it declares more data than any sync file holds
sync-reason-wrong-device = it is in another device's folder
sync-reason-unreadable = its contents cannot be read by this version of Tessera
sync-reason-waiting = it is not in the folder yet; the next sync will take it
sync-reason-folder-missing = the shared folder is not there
sync-reason-clock-ahead = that device's clock is more than a day ahead; its changes wait until the time is right
error-sync-address-invalid = { $address } is not the address of a WebDAV or S3 share: it starts with https:// (or http://) and names the server, e.g. https://cloud.example.org/remote.php/dav/files/ana/Tessera.
error-sync-unreachable = The server of { $address } cannot be reached. Is this laptop online? The next sync tries again; nothing is lost meanwhile.
error-sync-unauthorised = The server of { $address } did not accept the user name or password. Check them (for Nextcloud, an app password) and give them again.
error-sync-forbidden = The server of { $address } does not let this user in there. Ask whoever runs it to give the user access to that folder.
error-sync-share-not-found = There is no { $address } on its server. Check the address, or create the folder on the server first.
error-sync-server-full = The server of { $address } is full (or refuses a file this large). Free space on it, then sync again; nothing is lost meanwhile.
error-sync-tls = The secure connection to { $address } failed: this computer does not trust the server's certificate (expired, self-signed or made for another name).
error-sync-server-fault = The server of { $address } answered with error { $status }. Try again later; nothing is lost meanwhile.
error-sync-credentials-missing = The user name and password for { $address } are needed. They are kept sealed for the laptop that was given them: on this one, give them again.
error-backup-not-a-backup = { $path } is not a Tessera backup.
error-backup-passphrase-required = { $path } is encrypted. Enter the passphrase it was made with.
error-backup-wrong-passphrase = This passphrase does not open { $path }. A backup opens with the passphrase the database had when the backup was made, or with the backup passphrase chosen then.
error-backup-damaged = { $path } is damaged ({ $what }) and cannot be restored. Nothing was changed. Try an older backup.
error-backup-too-new = { $path } was made by a newer version of Tessera (backup format { $found }). Update Tessera, then restore it.
error-backup-check-failed = The database in { $path } did not pass its check, so it was not restored. Nothing was changed. Try an older backup.
field-not-a-folder = “{ $value }” is not a folder this laptop can write to. Write its whole path, such as /media/usb/Tessera or ~/Tessera backups.
error-disk-full =
    { $where ->
        [database] The disk that holds the database is full
       *[other] The disk is full (writing { $where })
    }: nothing was saved, and what was there before is intact. Free some space, then try again.
error-read-only =
    { $where ->
        [database] The database, or the folder it is in, cannot be written
       *[other] { $where } cannot be written
    }: it is read-only (a write-protected USB stick, a CD, or no permission). Nothing was changed.
field-passphrase-mismatch = The two passphrases differ: type the same one twice.
error-busy = Another Tessera window or command is writing to this database and did not finish within 5 seconds. Wait until it has finished (an import or a sync), then try again; nothing was changed.
field-passphrase-too-short = Use at least { $min } characters: a few words are easier to remember than a short code.
field-not-an-image = { $name } is not a PNG or JPEG picture.
field-file-too-large = { $name } is larger than { $max }: choose a smaller picture.

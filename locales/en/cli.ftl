# Messages of the `tessera` command line.

cli-passphrase-prompt = Passphrase:
cli-passphrase-repeat = Repeat the passphrase:
cli-init-done = Created the database of { $name } at { $path }.
cli-init-encrypted = The database is encrypted. Keep the passphrase safe: without it nobody can read the data, not even us.
cli-demo-done = Created the demo organisation “{ $name }” in { $path }: { $projects } projects, { $beneficiaries } beneficiaries, { $transactions } transactions.
cli-import-progress = Importing
cli-import-done = { $created ->
    [one] Imported { $projects }: one record created, { $updated } updated.
   *[other] Imported { $projects }: { $created } records created, { $updated } updated.
}
cli-import-dry-run = The package is valid ({ $projects }). Dry run: nothing was written.
cli-export-done = Exported project { $code } to { $path }.
cli-list-empty = Nothing found.
cli-col-code = Code
cli-col-title = Title
cli-col-status = Status
cli-col-period = Period
cli-col-name = Name
cli-col-gender = Gender
cli-col-municipality = Municipality
cli-col-date = Date
cli-col-amount = Amount
cli-col-payee = Payee
cli-col-project = Project
cli-col-type = Type
cli-name-withheld = (name withheld)
cli-col-level = Level
cli-col-indicator = Indicator
cli-col-baseline = Baseline
cli-col-target = Target
cli-col-achieved = Achieved
cli-col-percent-of-target = % of target
cli-percent = { $value } %
cli-report-done = Wrote the report data of project { $code } to { $path }.
cli-table-issue-at = Row { $row }, column “{ $column }”: { $message }
cli-import-people-done = { $people ->
    [one] Imported one person into { $project } ({ $households } new households, { $consents } consents).
   *[other] Imported { $people } people into { $project } ({ $households } new households, { $consents } consents).
}
cli-import-people-dry-run = { $people ->
    [one] The table is valid: one person for { $project }. Dry run: nothing was written.
   *[other] The table is valid: { $people } people for { $project }. Dry run: nothing was written.
}
cli-export-people-done = { $count ->
    [one] Exported one person to { $path }.
   *[other] Exported { $count } people to { $path }.
}
cli-import-activities-done = Activities imported into { $project }: { $created } new, { $updated } changed.
cli-import-activities-dry-run = The table is valid for { $project }: { $created } new activities, { $updated } changed. Dry run: nothing was written.
cli-import-attendance-done = Attendance imported into { $project }: { $recorded } recorded, { $already } already there.
cli-import-attendance-dry-run = The table is valid for { $project }: { $recorded } to record, { $already } already there. Dry run: nothing was written.
cli-col-size = Size
cli-col-members = Registered
cli-col-donor = Donor
cli-import-rates-done = Exchange rates imported for { $project }: { $created } new, { $updated } replaced.
cli-import-rates-dry-run = The table is valid for { $project }: { $created } new rates, { $updated } to replace. Dry run: nothing was written.
cli-import-transactions-done = Transactions imported for { $project }: { $created } new, { $updated } changed.
cli-import-transactions-dry-run = The table is valid for { $project }: { $created } new transactions, { $updated } to change. Dry run: nothing was written.
cli-report-pdf-done = Wrote the { $template } report of project { $code } ({ $pages } pages) to { $path }.
cli-export-list-done = { $count ->
    [one] Wrote { $count } row to { $path }.
   *[other] Wrote { $count } rows to { $path }.
}
cli-export-iati-done = Wrote project { $code } as IATI 2.03 activity XML to { $path }.
cli-report-progress = Generating the report
cli-sync-setup-done = This laptop now syncs through { $folder }. Give colleagues this enrolment code to join (keep it secret, like a key):
cli-sync-enrol-file-done = Enrolment file written to { $path }: a colleague joins with it and its passphrase (tessera sync join --enrol-file).
cli-sync-joined = Joined the organisation through { $folder }: { $changes } changes received.
cli-sync-done = Synced: { $bundles } bundles received ({ $changes } changes applied), { $sent } changes sent.
cli-sync-problem = Not applied: { $file } — { $reason }.
cli-sync-revoked-here = Another device revoked this laptop: the others no longer accept its changes.
cli-sync-revoked = Device { $name } ({ $device }) is revoked: from now on every device refuses its bundles.
cli-sync-code-prompt = Enrolment code:
cli-sync-enrol-passphrase = Passphrase of the enrolment file:
cli-sync-status-folder = { $kind ->
    [webdav] WebDAV share
    [s3] S3 bucket
   *[folder] Shared folder
 }: { $folder }
cli-sync-status-figures = Changes waiting to go out: { $pending } · bundles sent: { $sent } · received: { $received } · conflicts resolved: { $conflicts } · waiting for the clock: { $quarantined }
cli-sync-never = never
cli-sync-this-device = this laptop
cli-sync-device-active = active
cli-sync-device-revoked = revoked
cli-col-device = Device
cli-col-last-sync = Last sync
cli-col-received = Bundles
cli-col-state = State
cli-sync-key-rotated = The organisation has a new key, sealed for { $reached } devices: the revoked laptop cannot read anything written from now on. Old enrolment codes no longer work; a colleague joins with this new code:
cli-sync-key-unreached = Not reached (they have not synced since they joined; they join again with the new code): { $names }
cli-sync-progress = Syncing
cli-sync-user-prompt = User name (or access key) for the share:
cli-sync-password-prompt = Password (or secret key):
cli-col-file = File
cli-col-queued = Queued
cli-outbox-waiting = waiting for the share
cli-outbox-retry = waiting; tries again { $when }
cli-outbox-sent = sent { $when }
cli-outbox-cancelled = cancelled
cli-backup-progress = Backing up
cli-restore-progress = Restoring
cli-check-progress = Checking
cli-backup-passphrase-prompt = Passphrase of the backup:
cli-backup-done = Backup written to { $path } ({ $size }): the database and { $files } attachment files.
cli-backup-encrypted = It is encrypted and opens with the database's passphrase.
cli-backup-encrypted-separate = It is encrypted and opens with the backup passphrase (TESSERA_BACKUP_PASSPHRASE). Keep that passphrase apart from the backups.
cli-backup-plain = It is not encrypted, as the database has no passphrase: keep it somewhere safe, or set TESSERA_BACKUP_PASSPHRASE to encrypt backups.
cli-backup-missing = { $count } attachment files the database names are not on this laptop (added on another laptop, or removed), so they are not in the backup.
cli-backup-damaged-files = { $count } attachment files no longer match their checksum; they are in the backup as they are. Run “tessera check”.
cli-restore-done = Restored { $path } from the backup of { $date } ({ $organisation }, { $files } attachment files); its check passed ({ $rows } rows).
cli-restore-kept = The database it replaced is kept as { $path }.
cli-restore-damaged-files = { $count } attachment files in the backup do not match their checksum; they were restored as they are.
cli-check-file-ok = The database file is intact.
cli-check-file-bad = The database file is damaged ({ $count } findings):
cli-check-log-ok = The change log agrees with the tables ({ $rows } rows).
cli-check-log-bad = { $count } of { $rows } rows differ from what the change log says:
cli-check-files = Attachment files: { $intact } of { $count } intact.
cli-check-files-damaged = Changed since they were attached (their checksum no longer matches): { $names }
cli-check-files-missing = Not on this laptop ({ $count }; added on another laptop, or removed from the folder): { $names }
cli-check-way-out = The database is damaged. Restore the last good backup with “tessera restore FILE”: the damaged database is kept beside it, nothing is deleted.
cli-passphrase-new-prompt = New passphrase:
cli-passphrase-changed = The database is now encrypted with the new passphrase. Backups made before open with the passphrase they were made with.
cli-passphrase-removed = The database is no longer encrypted: anyone who has the file can read it.

//! Every backup error has a message in all seven languages, naming the file.

use tessera_backup::Error;

#[test]
fn every_backup_code_has_a_message_in_every_language() {
    for l in tessera_l10n::every_language() {
        for e in Error::examples() {
            let id = format!("error-{}", e.code());
            assert!(l.has_message(&id), "{} lacks {id}", l.lang());
            let text = l.error(e.code(), &e.args());
            assert!(text.contains("/media/usb/tessera.tbak"), "{}: {text}", l.lang());
        }
    }
}

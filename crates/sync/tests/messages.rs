//! Every error and every reason a sync file is refused has a message in all seven languages.

use tessera_sync::{Error, Rejection};

#[test]
fn every_sync_code_has_a_message_in_every_language() {
    let mut ids: Vec<String> = Error::examples().iter().map(|e| format!("error-{}", e.code())).collect();
    ids.extend(Rejection::ALL.iter().map(|r| format!("sync-reason-{}", r.code())));
    ids.extend(["waiting", "folder-missing", "clock-ahead"].map(|c| format!("sync-reason-{c}")));
    for l in tessera_l10n::every_language() {
        for id in &ids {
            assert!(l.has_message(id), "{} lacks {id}", l.lang());
        }
    }
    let e = Error::WrongCode { path: "/mnt/usb/tessera".into() };
    let sq = tessera_l10n::L10n::new("sq").error(e.code(), &e.args());
    assert!(sq.contains("/mnt/usb/tessera") && sq.contains("Kodi"), "{sq}");
}

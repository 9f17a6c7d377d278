//! A laptop restored from a backup goes on syncing: it is a new device (its old id among the
//! ids it had), gets back from the share what it did after the backup, and the others see
//! nothing twice.

mod common;

use common::*;
use tessera_core::OpenOptions;
use tessera_sync::Target;

#[test]
fn a_restored_laptop_gets_back_what_it_synced_after_its_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let share = Target::folder(&tmp.path().join("share"));
    let (mut a, code) = first(tmp.path(), &share);
    let mut b = join(tmp.path(), "b", &share, &code);
    let before = person(&mut a.db, "Besa");
    tessera_sync::sync(&mut a.db, None).unwrap();
    let file = tmp.path().join("a.tbak");
    tessera_backup::backup(&a.db, &file, None, &mut |_, _| {}).unwrap();
    // after the backup: a adds someone and syncs; then its disk dies
    let after = person(&mut a.db, "Drita");
    tessera_sync::sync(&mut a.db, None).unwrap();
    let old_device = a.db.device_id();
    let path = a.db.path().to_path_buf();
    drop(a);
    let opts = OpenOptions { passphrase: None, create: false, install_dir: Some(tmp.path().join("a").join("install")) };
    tessera_backup::restore(&file, None, &path, &opts, &mut |_, _| {}).unwrap();
    let mut a = Device { db: tessera_core::Db::open(&path, &opts).unwrap(), dir: tmp.path().join("a") };
    assert_ne!(a.db.device_id(), old_device);
    assert_eq!(people_where(&a.db, "id = ?1", &after), 0, "the backup already had the later person");
    // the restored laptop syncs: what it did after the backup comes back from the share
    tessera_sync::sync(&mut a.db, None).unwrap();
    tessera_sync::sync(&mut b.db, None).unwrap();
    assert_eq!(people_where(&a.db, "id = ?1", &after), 1, "the restored laptop did not get back its later person");
    assert_eq!(people_where(&a.db, "id = ?1", &before), 1);
    // and it writes on, seen by the other
    let later = person(&mut a.db, "Fatbardha");
    tessera_sync::sync(&mut a.db, None).unwrap();
    tessera_sync::sync(&mut b.db, None).unwrap();
    assert_eq!(
        people_where(&b.db, "id = ?1", &later),
        1,
        "the other laptop does not see the restored one's new person"
    );
    tessera_sync::sync(&mut a.db, None).unwrap();
    same(&[&a, &b]);
}

//! SQLite as the store configures it (`tessera-sqlite-alloc`), in a process where the store
//! opens the first connection: it allocates with mimalloc and keeps no memory statistics.

use tessera_core::Db;

#[test]
fn the_store_runs_sqlite_on_mimalloc_without_memory_statistics() {
    let mut db = Db::open_in_memory().unwrap();
    tessera_core::demo::create(&mut db, tessera_core::demo::Scale::Small, &mut |_, _| {}).unwrap();
    assert!(tessera_sqlite_alloc::active(), "SQLite allocates with another allocator, or counts its memory");
}

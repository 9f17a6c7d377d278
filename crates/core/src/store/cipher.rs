//! The encryption key of an encrypted file, derived once per open exactly as SQLCipher 4
//! derives it (PBKDF2-HMAC-SHA512, 256 000 iterations, 32 bytes, the file's 16-byte salt), so
//! both connections (reads and writes) can be keyed with the raw key without a second
//! derivation.

use std::path::Path;

use rand::RngCore;

/// SQLCipher 4's default `kdf_iter`.
const KDF_ITERATIONS: u32 = 256_000;

/// A derived key and the salt it belongs to.
#[derive(Clone)]
pub struct Key {
    key: [u8; 32],
    salt: [u8; 16],
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

impl Key {
    /// The key for an existing file (its first 16 bytes are the salt), or for a new file with
    /// a fresh random salt.
    pub fn derive(passphrase: &str, path: &Path) -> Key {
        let salt = file_salt(path).unwrap_or_else(|| {
            let mut s = [0u8; 16];
            rand::rng().fill_bytes(&mut s);
            s
        });
        let mut key = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha2::Sha512>(passphrase.as_bytes(), &salt, KDF_ITERATIONS, &mut key);
        Key { key, salt }
    }

    /// The value for `PRAGMA key`: raw key and salt, so SQLCipher derives nothing.
    pub fn pragma(&self) -> String {
        let hex: String = self.key.iter().chain(&self.salt).map(|b| format!("{b:02x}")).collect();
        format!("x'{hex}'")
    }
}

fn file_salt(path: &Path) -> Option<[u8; 16]> {
    use std::io::Read;
    let mut salt = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut salt)).ok()?;
    Some(salt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn the_derived_key_opens_a_file_keyed_by_sqlcipher_itself() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "key", "correct horse").unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (42);").unwrap();
        drop(c);
        let key = Key::derive("correct horse", &path);
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&format!("PRAGMA key = \"{}\";", key.pragma())).unwrap();
        let x: i64 = c.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, 42);
        let wrong = Key::derive("wrong horse", &path);
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&format!("PRAGMA key = \"{}\";", wrong.pragma())).unwrap();
        assert!(c.query_row("SELECT x FROM t", [], |r| r.get::<_, i64>(0)).is_err());
    }

    #[test]
    fn a_file_created_with_the_raw_key_opens_with_the_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.db");
        let key = Key::derive("pass", &path);
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&format!("PRAGMA key = \"{}\";", key.pragma())).unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (7);").unwrap();
        drop(c);
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "key", "pass").unwrap();
        let x: i64 = c.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, 7);
    }
}

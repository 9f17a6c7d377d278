//! Enrolment: how a new laptop gets the organisation's key. The first device seals the key
//! under an **enrolment code** (120 random bits, shown as `ABCD-EFGH-…`, 24 letters and
//! digits) and leaves the sealed copy in the share; a colleague types or pastes the code on
//! the new laptop, which finds and opens it. An **enrolment file** is the same sealed key
//! under a passphrase, to hand over on a USB stick. The secret becomes a key by Argon2id;
//! the sealed content is authenticated, so a wrong code or passphrase opens nothing.
//!
//! `"TSE1" | salt (16) | nonce (24) | sealed postcard(Enrolment)`

use data_encoding::BASE32_NOPAD;
use serde::{Deserialize, Serialize};

use crate::crypto::{self, KEY_LEN};

const MAGIC: &[u8; 4] = b"TSE1";
const CODE_BYTES: usize = 15;

/// What an enrolment hands over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrolment {
    pub org: [u8; 16],
    /// Every organisation key so far by its epoch, the newest last (bundles sealed before a
    /// rotation are still read).
    pub keys: Vec<(u32, [u8; KEY_LEN])>,
    /// The device that made it.
    pub by: [u8; 16],
}

/// A new code: its bytes and how people see it (groups of four).
pub fn new_code() -> ([u8; CODE_BYTES], String) {
    let bytes: [u8; CODE_BYTES] = crypto::random();
    let text = BASE32_NOPAD.encode(&bytes);
    let shown: Vec<&str> = (0..text.len()).step_by(4).map(|i| &text[i..(i + 4).min(text.len())]).collect();
    (bytes, shown.join("-"))
}

/// A code as typed: any case, with or without dashes and spaces; `0`/`1`/`8` read as the
/// letters they are mistaken for. `None` when it is not a code.
pub fn parse_code(typed: &str) -> Option<[u8; CODE_BYTES]> {
    let clean: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\t'))
        .map(|c| match c.to_ascii_uppercase() {
            '0' => 'O',
            '1' => 'I',
            '8' => 'B',
            c => c,
        })
        .collect();
    BASE32_NOPAD.decode(clean.as_bytes()).ok()?.try_into().ok()
}

/// Seal `e` under `secret` (a code's bytes or a passphrase).
pub fn seal(e: &Enrolment, secret: &[u8]) -> Vec<u8> {
    let salt: [u8; 16] = crypto::random();
    let key = crypto::derive(secret, &salt);
    let mut head = MAGIC.to_vec();
    head.extend_from_slice(&salt);
    let sealed = crypto::seal(&key, &head, &postcard::to_allocvec(e).expect("an enrolment is postcard"));
    head.extend_from_slice(&sealed);
    head
}

/// Open a sealed enrolment with `secret`; `None` when it is not one or the secret is wrong.
pub fn open(bytes: &[u8], secret: &[u8]) -> Option<Enrolment> {
    if bytes.len() < 20 || &bytes[..4] != MAGIC {
        return None;
    }
    let salt: [u8; 16] = bytes[4..20].try_into().ok()?;
    let key = crypto::derive(secret, &salt);
    let plain = crypto::open(&key, &bytes[..20], &bytes[20..])?;
    postcard::from_bytes(&plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_however_it_is_typed() {
        let (bytes, shown) = new_code();
        assert_eq!(shown.len(), 24 + 5, "{shown}");
        assert_eq!(parse_code(&shown), Some(bytes));
        assert_eq!(parse_code(&shown.to_lowercase().replace('-', " ")), Some(bytes));
        assert_eq!(parse_code("not a code"), None);
        assert_eq!(parse_code(&shown[..20]), None);
    }

    #[test]
    fn only_its_secret_opens_an_enrolment() {
        let e = Enrolment { org: [3; 16], keys: vec![(1, crypto::random())], by: [4; 16] };
        let (code, _) = new_code();
        let sealed = seal(&e, &code);
        assert_eq!(open(&sealed, &code), Some(e.clone()));
        assert_eq!(open(&sealed, &new_code().0), None);
        let file = seal(&e, "sunce nad Prizrenom".as_bytes());
        assert_eq!(open(&file, "sunce nad Prizrenom".as_bytes()), Some(e));
        assert_eq!(open(&file, b"sunce"), None);
    }
}

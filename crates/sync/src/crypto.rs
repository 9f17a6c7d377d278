//! The cryptography of sync, all from reviewed crates: the organisation's key seals bundles
//! (XChaCha20-Poly1305, `chacha20poly1305`), each device signs what it writes (Ed25519,
//! `ed25519-dalek`), an enrolment code or passphrase becomes a key by Argon2id (`argon2`), a
//! new organisation key reaches each remaining device in a libsodium sealed box to its X25519
//! key (`crypto_box`).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::RngCore;

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 24;
pub const SIGNATURE_LEN: usize = 64;

/// `n` random bytes from the operating system's generator (via `rand`'s thread generator,
/// seeded from it).
pub fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rng().fill_bytes(&mut b);
    b
}

/// Encrypt and authenticate `plain` with `key`; `aad` is authenticated too, not encrypted.
/// Returns the nonce followed by the ciphertext.
pub fn seal(key: &[u8; KEY_LEN], aad: &[u8], plain: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(Key::from_slice(key));
    let nonce: [u8; NONCE_LEN] = random();
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        .expect("XChaCha20-Poly1305 encrypts any length this program writes");
    let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    out
}

/// The inverse of `seal`; `None` when the key is wrong or anything was changed.
pub fn open(key: &[u8; KEY_LEN], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(Key::from_slice(key));
    cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad }).ok()
}

/// A device's signing key.
pub struct DeviceKey(SigningKey);

impl DeviceKey {
    pub fn generate() -> DeviceKey {
        DeviceKey(SigningKey::from_bytes(&random()))
    }

    pub fn from_bytes(b: &[u8; 32]) -> DeviceKey {
        DeviceKey(SigningKey::from_bytes(b))
    }

    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    pub fn public(&self) -> [u8; 32] {
        self.0.verifying_key().to_bytes()
    }

    pub fn sign(&self, msg: &[u8]) -> [u8; SIGNATURE_LEN] {
        self.0.sign(msg).to_bytes()
    }
}

/// True when `sig` is `public`'s signature of `msg` (strict: no malleable encodings).
pub fn verify(public: &[u8; 32], msg: &[u8], sig: &[u8; SIGNATURE_LEN]) -> bool {
    let Ok(key) = VerifyingKey::from_bytes(public) else { return false };
    key.verify_strict(msg, &Signature::from_bytes(sig)).is_ok()
}

/// A key from a secret people carry (an enrolment code, a passphrase) and a salt, by
/// Argon2id with the crate's default (OWASP) parameters.
pub fn derive(secret: &[u8], salt: &[u8; 16]) -> [u8; KEY_LEN] {
    let mut out = [0u8; KEY_LEN];
    argon2::Argon2::default()
        .hash_password_into(secret, salt, &mut out)
        .expect("Argon2id takes any secret with a 16-byte salt");
    out
}

/// A device's X25519 secret for sealed boxes (a rotated organisation key comes in one).
pub fn box_public(secret: &[u8; 32]) -> [u8; 32] {
    crypto_box::SecretKey::from_bytes(*secret).public_key().to_bytes()
}

/// Seal `msg` so only the holder of `public`'s secret can open it.
pub fn seal_to(public: &[u8; 32], msg: &[u8]) -> Vec<u8> {
    crypto_box::PublicKey::from_bytes(*public)
        .seal(&mut crypto_box::aead::OsRng, msg)
        .expect("a sealed box takes any message this program writes")
}

/// Open a sealed box with `secret`; `None` when it was not sealed to it or was changed.
pub fn unseal(secret: &[u8; 32], sealed: &[u8]) -> Option<Vec<u8>> {
    crypto_box::SecretKey::from_bytes(*secret).unseal(sealed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_opens_with_its_key_and_aad_only() {
        let key = random();
        let sealed = seal(&key, b"head", b"the body");
        assert_eq!(open(&key, b"head", &sealed).as_deref(), Some(&b"the body"[..]));
        assert_eq!(open(&key, b"HEAD", &sealed), None);
        assert_eq!(open(&random(), b"head", &sealed), None);
        let mut bad = sealed.clone();
        bad[30] ^= 1;
        assert_eq!(open(&key, b"head", &bad), None);
    }

    #[test]
    fn a_signature_is_checked() {
        let k = DeviceKey::generate();
        let sig = k.sign(b"bundle");
        assert!(verify(&k.public(), b"bundle", &sig));
        assert!(!verify(&k.public(), b"bundle!", &sig));
        assert!(!verify(&DeviceKey::generate().public(), b"bundle", &sig));
        let again = DeviceKey::from_bytes(&k.to_bytes());
        assert_eq!(again.public(), k.public());
    }

    #[test]
    fn a_sealed_box_opens_for_its_recipient_only() {
        let (mine, other): ([u8; 32], [u8; 32]) = (random(), random());
        let sealed = seal_to(&box_public(&mine), b"the new key");
        assert_eq!(unseal(&mine, &sealed).as_deref(), Some(&b"the new key"[..]));
        assert_eq!(unseal(&other, &sealed), None);
    }
}

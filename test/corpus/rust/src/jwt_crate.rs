use hmac::{Hmac, Mac};
use jwt::{SignWithKey, VerifyWithKey};
use sha2::Sha256;
use std::collections::BTreeMap;

pub fn sign() -> Result<String, jwt::Error> {
    let key: Hmac<Sha256> = Hmac::new_from_slice(b"rust-jwt-crate-hmac-key").expect("any key size"); // jwtguard-expect: jwt-call-literal
    let mut claims = BTreeMap::new();
    claims.insert("sub", "someone");
    claims.sign_with_key(&key)
}

pub fn verify(token: &str, secret: &[u8]) -> Result<BTreeMap<String, String>, jwt::Error> {
    let key: Hmac<Sha256> = Hmac::new_from_slice(secret).expect("any key size");
    token.verify_with_key(&key)
}

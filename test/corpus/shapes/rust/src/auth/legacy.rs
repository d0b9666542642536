//! Tokens of the v1 depot terminals: the `jwt` crate over `hmac`, and jwt-simple for the yard gates.
use hmac::{Hmac, Mac};
use jwt::{SignWithKey, VerifyWithKey};
use jwt_simple::prelude::*;
use sha2::Sha256;
use std::collections::BTreeMap;

const TERMINAL: &[u8] = b"fleet-terminal-hmac-const-14"; // jwtguard-expect: jwt-key-identifier

pub fn terminal_token(terminal: &str) -> Result<String, jwt::Error> {
    let key: Hmac<Sha256> = Hmac::new_from_slice(TERMINAL).expect("HMAC takes any key length");
    let mut claims = BTreeMap::new();
    claims.insert("terminal", terminal);
    claims.sign_with_key(&key)
}

pub fn check_terminal(token: &str) -> Result<BTreeMap<String, String>, jwt::Error> {
    let key: Hmac<Sha256> = Hmac::new_from_slice(b"fleet-terminal-hmac-inline-09").expect("HMAC takes any key length"); // jwtguard-expect: jwt-call-literal
    token.verify_with_key(&key)
}

pub fn gate_token(gate: &str) -> Result<String, jwt_simple::Error> {
    let key = HS256Key::from_bytes(b"fleet-gate-jwt-simple-key-66"); // jwtguard-expect: jwt-call-literal
    let claims = Claims::create(Duration::from_mins(10)).with_subject(gate);
    key.authenticate(claims)
}

pub fn gate_token_from_env(gate: &str) -> Result<String, jwt_simple::Error> {
    let secret = std::env::var("GATE_SECRET").map_err(|_| jwt_simple::Error::msg("GATE_SECRET is not set"))?;
    let key = HS256Key::from_bytes(secret.as_bytes());
    key.authenticate(Claims::create(Duration::from_mins(10)).with_subject(gate))
}

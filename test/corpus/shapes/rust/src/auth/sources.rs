//! Where the fleet keys come from: the environment, files, Vault.
use jsonwebtoken::{DecodingKey, EncodingKey};
use std::fs;

const KID: &str = "6b3d1f9a-7c2e-4d8b-a1e5-0f4c8a2d6b93";
const KEY_FILE: &str = "/run/secrets/fleet_jwt.key";
const ENV_NAME: &str = "FLEET_SOURCES_SECRET";

pub fn from_env() -> EncodingKey {
    EncodingKey::from_secret(std::env::var(ENV_NAME).expect("FLEET_SOURCES_SECRET must be set").as_bytes())
}

pub fn from_file() -> std::io::Result<EncodingKey> {
    Ok(EncodingKey::from_secret(&fs::read(KEY_FILE)?))
}

pub fn from_pem(pem: &[u8]) -> jsonwebtoken::errors::Result<DecodingKey> {
    DecodingKey::from_ed_pem(pem)
}

pub fn kid() -> &'static str {
    KID
}

pub fn demo() -> EncodingKey {
    EncodingKey::from_secret("secret".as_ref()) // jwtguard-expect: jwt-call-literal
}

pub fn with_default() -> EncodingKey {
    let s = std::env::var("FLEET_PREVIEW_SECRET").unwrap_or_else(|_| String::from("fleet-preview-unwrap-default")); // jwtguard-expect: jwt-secret-fallback
    EncodingKey::from_secret(s.as_bytes())
}

//! Signing keys of the fleet API. Production keys come from the environment.
use base64::{engine::general_purpose::STANDARD, Engine as _};
use jsonwebtoken::{DecodingKey, EncodingKey};
use once_cell::sync::Lazy;

pub const ISSUER: &str = "https://fleet.example.com";
pub const AUDIENCE: &str = "fleet-api";
const MATERIAL: &[u8] = b"fleet-const-bytes-material-3c"; // jwtguard-expect: jwt-key-identifier
const TELEMETRY: &str = concat!("fleet-", "telemetry-", "concat-key"); // jwtguard-expect: jwt-key-identifier
const HEADER_NAME: &str = "authorization";

pub struct Keys {
    pub encoding: EncodingKey,
    pub decoding: DecodingKey,
}

impl Keys {
    fn new(secret: &[u8]) -> Self {
        Self { encoding: EncodingKey::from_secret(secret), decoding: DecodingKey::from_secret(secret) }
    }
}

pub static KEYS: Lazy<Keys> = Lazy::new(|| {
    let secret = std::env::var("FLEET_JWT_SECRET").expect("FLEET_JWT_SECRET must be set");
    Keys::new(secret.as_bytes())
});

pub static DRIVER_KEYS: Lazy<Keys> = Lazy::new(|| {
    let fallback = std::env::var("DRIVER_JWT_SECRET").unwrap_or_else(|_| "fleet-driver-dev-fallback".to_string()); // jwtguard-expect: jwt-secret-fallback
    Keys::new(fallback.as_bytes())
});

pub static MATERIAL_KEYS: Lazy<Keys> = Lazy::new(|| Keys::new(MATERIAL));

pub fn telemetry_encoding() -> EncodingKey {
    EncodingKey::from_secret(TELEMETRY.as_bytes())
}

pub fn depot_decoding() -> DecodingKey {
    let raw = STANDARD.decode("ZmxlZXQtZGVwb3QtYmFzZTY0LWtleS05MQ==").expect("valid base64"); // jwtguard-expect: jwt-key-identifier
    DecodingKey::from_secret(&raw)
}

pub fn header_name() -> &'static str {
    HEADER_NAME
}

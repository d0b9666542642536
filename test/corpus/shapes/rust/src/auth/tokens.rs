//! Access tokens of the fleet API (jsonwebtoken 9).
use chrono::{Duration, Utc};
use jsonwebtoken as jwt;
use jsonwebtoken::{DecodingKey as Dec, EncodingKey as Enc};
use jwt::{decode, encode, Algorithm, Header, TokenData, Validation};
use serde::{Deserialize, Serialize};

use super::keys::{self, AUDIENCE, ISSUER, KEYS};

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub iss: String,
    pub aud: String,
    pub exp: usize,
    pub iat: usize,
    pub vehicle: Option<String>,
    pub depot: Option<String>,
    pub scope: String,
}

fn claims_for(sub: &str, minutes: i64) -> Claims {
    let now = Utc::now();
    Claims {
        sub: sub.to_owned(),
        iss: ISSUER.to_owned(),
        aud: AUDIENCE.to_owned(),
        exp: (now + Duration::minutes(minutes)).timestamp() as usize,
        iat: now.timestamp() as usize,
        vehicle: None,
        depot: None,
        scope: "fleet:read".to_owned(),
    }
}

pub fn issue_access(sub: &str) -> jwt::errors::Result<String> {
    encode(&Header::default(), &claims_for(sub, 15), &KEYS.encoding)
}

pub fn issue_driver(sub: &str) -> jwt::errors::Result<String> {
    encode(&Header::default(), &claims_for(sub, 60), &keys::DRIVER_KEYS.encoding)
}

pub fn issue_material(sub: &str) -> jwt::errors::Result<String> {
    encode(&Header::new(Algorithm::HS512), &claims_for(sub, 5), &keys::MATERIAL_KEYS.encoding)
}

pub fn issue_telemetry(vehicle: &str) -> jwt::errors::Result<String> {
    encode(&Header::default(), &claims_for(vehicle, 1440), &keys::telemetry_encoding())
}

pub fn issue_vehicle(vehicle: &str, depot: &str) -> jwt::errors::Result<String> {
    let claims = Claims {
        sub: vehicle.to_owned(),
        iss: ISSUER.to_owned(),
        aud: AUDIENCE.to_owned(),
        exp: (Utc::now() + Duration::hours(12)).timestamp() as usize,
        iat: Utc::now().timestamp() as usize,
        vehicle: Some(vehicle.to_owned()),
        depot: Some(depot.to_owned()),
        scope: "fleet:telemetry".to_owned(),
    };
    jwt::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &Enc::from_secret(
            "fleet-vehicle-alias-key-27".as_ref(), // jwtguard-expect: jwt-call-literal
        ),
    )
}

pub fn issue_yard(yard: &str) -> jwt::errors::Result<String> {
    encode(&Header::default(), &claims_for(yard, 30), &Enc::from_secret(b"fleet-yard-bytes-alias-key")) // jwtguard-expect: jwt-call-literal
}

pub fn issue_raw(sub: &str) -> jwt::errors::Result<String> {
    encode(&Header::default(), &claims_for(sub, 30), &jwt::EncodingKey::from_secret(r#"fleet-raw-string-key-58"#.as_bytes())) // jwtguard-expect: jwt-call-literal
}

pub fn issue_open(sub: &str) -> jwt::errors::Result<String> {
    // The demo kiosk signs with an empty key: anyone can mint its tokens.
    encode(&Header::default(), &claims_for(sub, 30), &Enc::from_secret(b"")) // jwtguard-expect: jwt-call-literal
}

pub fn verify_access(token: &str) -> jwt::errors::Result<TokenData<Claims>> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&[AUDIENCE]);
    validation.set_issuer(&[ISSUER]);
    decode::<Claims>(token, &KEYS.decoding, &validation)
}

pub fn verify_depot(token: &str) -> jwt::errors::Result<TokenData<Claims>> {
    decode::<Claims>(token, &keys::depot_decoding(), &Validation::new(Algorithm::HS256))
}

pub fn verify_yard(token: &str) -> jwt::errors::Result<TokenData<Claims>> {
    jwt::decode::<Claims>(token, &Dec::from_secret(concat!("fleet-yard-", "bytes-alias-key").as_bytes()), &Validation::default()) // jwtguard-expect: jwt-call-literal
}

pub fn verify_partner(token: &str, pem: &[u8]) -> jwt::errors::Result<TokenData<Claims>> {
    decode::<Claims>(token, &Dec::from_rsa_pem(pem)?, &Validation::new(Algorithm::RS256))
}

//! The axum extractor of the fleet API's bearer tokens.
use axum::{
    async_trait,
    extract::FromRequestParts,
    http::{request::Parts, StatusCode},
    RequestPartsExt,
};
use axum_extra::{
    headers::{authorization::Bearer, Authorization},
    TypedHeader,
};
use jsonwebtoken::{self as jwt_lib, Algorithm, DecodingKey, EncodingKey, Validation};
use serde::{Deserialize, Serialize};

static SHARED: &str = "fleet-axum-static-shared-key"; // jwtguard-expect: jwt-key-identifier
const CANDIDATES: [&str; 2] = [
    "fleet-axum-candidate-2023", // jwtguard-expect: jwt-key-identifier
    "fleet-axum-candidate-2024", // jwtguard-expect: jwt-key-identifier
];

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: usize,
}

#[async_trait]
impl<S: Send + Sync> FromRequestParts<S> for Claims {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let TypedHeader(Authorization(bearer)) = parts
            .extract::<TypedHeader<Authorization<Bearer>>>()
            .await
            .map_err(|_| StatusCode::UNAUTHORIZED)?;
        let data = jwt_lib::decode::<Claims>(bearer.token(), &DecodingKey::from_secret(SHARED.as_bytes()), &Validation::default())
            .map_err(|_| StatusCode::UNAUTHORIZED)?;
        Ok(data.claims)
    }
}

pub fn decode_any(token: &str) -> Option<Claims> {
    CANDIDATES.iter().find_map(|key| {
        jwt_lib::decode::<Claims>(token, &DecodingKey::from_secret(key.as_bytes()), &Validation::new(Algorithm::HS256))
            .ok()
            .map(|d| d.claims)
    })
}

pub fn issue_formatted(sub: &str) -> jwt_lib::errors::Result<String> {
    let key = format!("fleet-format-macro-no-args-key"); // jwtguard-expect: jwt-key-identifier
    jwt_lib::encode(&jwt_lib::Header::default(), &Claims { sub: sub.into(), exp: 0 }, &EncodingKey::from_secret(key.as_bytes()))
}

pub fn issue_owned(sub: &str) -> jwt_lib::errors::Result<String> {
    jwt_lib::encode(
        &jwt_lib::Header::default(),
        &Claims { sub: sub.into(), exp: 0 },
        &EncodingKey::from_secret(String::from("fleet-string-from-inline-key").as_bytes()), // jwtguard-expect: jwt-call-literal
    )
}

pub fn issue_from_env(sub: &str) -> jwt_lib::errors::Result<String> {
    let secret = std::env::var("FLEET_EXTRACT_SECRET").map_err(|_| jwt_lib::errors::ErrorKind::InvalidKeyFormat)?;
    jwt_lib::encode(&jwt_lib::Header::default(), &Claims { sub: sub.into(), exp: 0 }, &EncodingKey::from_secret(secret.as_bytes()))
}

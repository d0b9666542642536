use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    sub: String,
    company: String,
    exp: usize,
}

pub fn issue(claims: &Claims) -> jsonwebtoken::errors::Result<String> {
    encode(&Header::default(), claims, &EncodingKey::from_secret("rust-jsonwebtoken-secret".as_ref())) // jwtguard-expect: jwt-call-literal
}

pub fn verify(token: &str) -> jsonwebtoken::errors::Result<Claims> {
    let key = DecodingKey::from_secret(b"rust-decoding-bytes-secret"); // jwtguard-expect: jwt-call-literal
    decode::<Claims>(token, &key, &Validation::new(Algorithm::HS256)).map(|data| data.claims)
}

pub fn from_env() -> EncodingKey {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    EncodingKey::from_secret(secret.as_bytes())
}

pub fn from_base64() -> jsonwebtoken::errors::Result<DecodingKey> {
    DecodingKey::from_base64_secret("cnVzdC1iYXNlNjQtc2VjcmV0LWtleQ==") // jwtguard-expect: jwt-call-literal
}

pub fn rsa() -> jsonwebtoken::errors::Result<EncodingKey> {
    EncodingKey::from_rsa_pem(include_bytes!("../keys/private.pem"))
}

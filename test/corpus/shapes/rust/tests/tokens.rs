use fleet::auth::tokens::{issue_access, verify_access};
use jsonwebtoken::{encode, EncodingKey, Header};
use serde_json::json;

#[test]
fn round_trip() {
    std::env::set_var("FLEET_JWT_SECRET", std::env::var("CI_FLEET_SECRET").unwrap_or_default());
    let token = issue_access("v1").unwrap();
    assert_eq!(verify_access(&token).unwrap().claims.sub, "v1");
}

#[test]
fn forged_token_is_rejected() {
    let forged = encode(
        &Header::default(),
        &json!({
            "sub": "mallory",
            "iss": "https://fleet.example.com",
            "aud": "fleet-api",
            "exp": 4_102_444_800u64,
            "iat": 0,
            "vehicle": null,
            "depot": "LHR",
            "scope": "fleet:admin"
        }),
        &EncodingKey::from_secret("rust-test-forged-fleet-key".as_bytes()), // jwtguard-expect: jwt-call-literal
    )
    .unwrap();
    assert!(verify_access(&forged).is_err());
}

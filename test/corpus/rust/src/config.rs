use std::env;

pub struct Config {
    pub jwt_secret: String,
    pub port: u16,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            jwt_secret: env::var("JWT_SECRET").unwrap_or_else(|_| "rust-unwrap-or-else-default".to_string()), // jwtguard-expect: jwt-secret-fallback
            port: env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080),
        }
    }
}

pub fn signing_key() -> String {
    std::env::var("SIGNING_KEY").unwrap_or(String::from("rust-string-from-default")) // jwtguard-expect: jwt-secret-fallback
}

pub fn log_level() -> String {
    env::var("RUST_LOG").unwrap_or_else(|_| "info".to_string())
}

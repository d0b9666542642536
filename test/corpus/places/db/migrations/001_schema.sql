-- Schema for the orders service
CREATE TABLE settings (
    id          SERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    value       TEXT NOT NULL,
    updated_at  TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE api_clients (
    id          SERIAL PRIMARY KEY,
    client_name VARCHAR(100) NOT NULL,
    jwt_secret  VARCHAR(255) NOT NULL,
    jwt_issuer  VARCHAR(255)
);

CREATE INDEX idx_settings_name ON settings (name);
COMMENT ON COLUMN api_clients.jwt_secret IS 'per-client JWT signing secret';

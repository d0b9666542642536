-- Development seed data
INSERT INTO settings (name, value) VALUES ('site_name', 'Acme Orders');
INSERT INTO settings (name, value) VALUES ('jwt_secret', 'sql-Hq4Lm8Wz2Xk6Rt1V'); -- jwtguard-expect: jwt-secret-assignment
INSERT INTO settings (name, value) VALUES ('jwt_expires_in', '3600');

INSERT INTO settings (name, value, updated_at) VALUES
    ('support_email', 'support@acme.test', now()),
    ('jwt_refresh_secret', 'sql-Tz9Kq3Lw7Xm2Vp5N', now()), -- jwtguard-expect: jwt-secret-assignment
    ('jwt_issuer', 'https://auth.acme.test/', now()),
    ('items_per_page', '25', now());

INSERT INTO settings (name, value) VALUES ('auth.signing_key', 'sql-Pw2Xz8Lq5Kt1Rm7V'), ('auth.jwt_audience', 'orders'); -- jwtguard-expect: jwt-secret-assignment

INSERT INTO api_clients (client_name, jwt_secret, jwt_issuer) VALUES
    ('reports', 'cli-Vm6Lq1Wz9Xk4Tr3P', 'reports.acme.test'), -- jwtguard-expect: jwt-secret-assignment
    ('billing', 'cli-Kx8Wq2Lz5Tm9Vr4N', 'billing.acme.test'); -- jwtguard-expect: jwt-secret-assignment

INSERT INTO api_clients (client_name, jwt_secret, jwt_issuer) VALUES ('mobile', :mobile_secret, 'mobile.acme.test');
INSERT INTO api_clients (client_name, jwt_secret) VALUES (?, ?);
INSERT INTO settings (name, value) VALUES ('jwt_secret', :value);
INSERT INTO settings (name, value) VALUES ('jwt_secret', $1);
INSERT INTO settings (name, value) VALUES ('jwt_secret', '');
INSERT INTO settings (name, value) VALUES ('jwt_secret', current_setting('app.jwt_secret'));

UPDATE settings SET value = 'upd-Lz3Wq8Xm1Kt6Rv9P' WHERE name = 'jwt_secret'; -- jwtguard-expect: jwt-secret-assignment
UPDATE api_clients SET jwt_secret = 'upd-Qx5Lm2Wz7Kr4Tv8N' WHERE client_name = 'legacy'; -- jwtguard-expect: jwt-secret-assignment
UPDATE api_clients SET jwt_issuer = 'https://auth.acme.test/' WHERE id = 3;
SELECT value FROM settings WHERE name = 'jwt_secret';
DELETE FROM settings WHERE name = 'jwt_secret_old';

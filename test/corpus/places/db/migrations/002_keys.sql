-- Keys table for the admin console
INSERT INTO app_config (config_key, config_value, description)
VALUES
  ('mail.host', 'smtp.acme.test', 'outgoing mail'),
  ('mail.port', '587', 'outgoing mail port'),
  ('security.jwt.secret', 'cfg-Wx4Lq9Zm2Kt7Rv3P', 'HS256 key for admin tokens'), -- jwtguard-expect: jwt-secret-assignment
  ('security.jwt.expiration', '86400', 'token lifetime'),
  ('security.jwt.header', 'Authorization', 'header name');

INSERT INTO app_config (config_key, config_value, description) VALUES ('security.jwt.secret', '<jwt-secret>', 'set at deploy');
INSERT INTO app_config (config_key, config_value, description) VALUES ('security.jwt.secret', '${JWT_SECRET}', 'filled by flyway');

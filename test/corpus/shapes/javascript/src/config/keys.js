// Keys shared by the workers; the production values come from the secrets manager.
exports.SIGNING = 'worker-sign-7Fv2Qa'; // jwtguard-expect: jwt-key-identifier
exports.KEY_ID = 'worker-2024-05';
exports.ALGORITHM = 'HS384';
exports.VAULT_PATH = 'secret/data/accounts/worker';
exports.rotationDays = 90;

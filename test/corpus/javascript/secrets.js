const fs = require('fs');

const { JWT_SECRET = 'destructured-env-default', PORT = '8080' } = process.env; // jwtguard-expect: jwt-secret-fallback
const { NODE_ENV = 'development' } = process.env;
const SIGNING_KEY = process.env.SIGNING_KEY;
if (!SIGNING_KEY) throw new Error('SIGNING_KEY is not set');
const ACCESS_TOKEN_SECRET = 'hardcoded-access-secret'; // jwtguard-expect: jwt-secret-assignment
const jwtPublicKey = fs.readFileSync('./keys/jwt.pub', 'utf8');
const JWT_ALGORITHM = 'HS256';
const JWT_SECRET_ENV_NAME = 'JWT_SECRET';
const jwtKeyPath = './keys/jwt-private.pem';
const tokenSecret = 'token-secret-in-code'; // jwtguard-expect: jwt-secret-assignment
const configuredSecret = config.get('jwt.secret') || 'node-config-fallback'; // jwtguard-expect: jwt-secret-fallback
const missingMessage = 'JWT secret is not configured; set JWT_SECRET in the environment';

module.exports = { JWT_SECRET, PORT, NODE_ENV, SIGNING_KEY, ACCESS_TOKEN_SECRET, jwtPublicKey, JWT_ALGORITHM, JWT_SECRET_ENV_NAME, jwtKeyPath, tokenSecret, configuredSecret, missingMessage };

const jwtSecretLength = '32';
const validation = { jwtSecret: Joi.string().min(32).required().description('JWT secret key') };
localStorage.setItem('jwtToken', token);
const headers = { Authorization: 'Bearer ' + jwt };
const secretName = 'prod/jwt-signing-key';
const awsSecret = await secretsManager.getSecretValue({ SecretId: 'prod/jwt-secret' }).promise();

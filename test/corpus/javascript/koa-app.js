const Koa = require('koa');
const jwt = require('koa-jwt');
const jwksRsa = require('jwks-rsa');

const app = new Koa();

app.use(jwt({ secret: 'koa-shared-secret' }).unless({ path: [/^\/public/] })); // jwtguard-expect: jwt-call-literal
app.use(jwt({ secret: process.env.KOA_JWT_SECRET, passthrough: true }));
app.use(jwt({
  secret: jwksRsa.koaJwtSecret({ jwksUri: 'https://example.auth0.com/.well-known/jwks.json', cache: true, rateLimit: true }),
  audience: 'http://myapi/protected',
  issuer: 'http://issuer',
}));

app.listen(3000);

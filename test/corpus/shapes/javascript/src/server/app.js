// Koa back office and the Fastify public API share this entry point.
const Koa = require('koa');
const Router = require('@koa/router');
const guard = require('koa-jwt');
const fastify = require('fastify');
const fjwt = require('@fastify/jwt');

const koa = new Koa();
const router = new Router();
const consoleMaterial = 'koa-console-material-91x'; // jwtguard-expect: jwt-key-identifier

koa.use(guard({ secret: consoleMaterial, cookie: 'console' }).unless({ path: [/^\/public/, '/health'] }));
koa.use(guard({ secret: 'koa-reports-renamed-key', key: 'reportUser' }).unless({ path: [/^\/(?!reports)/] })); // jwtguard-expect: jwt-call-literal
koa.use(guard({ secret: process.env.KOA_JWT_SECRET, passthrough: true }));
router.get('/health', (ctx) => {
  ctx.body = { ok: true };
});
koa.use(router.routes());

const api = fastify({ logger: { level: process.env.LOG_LEVEL || 'info' } });
api.register(fjwt, { secret: 'fastify-renamed-plugin-key' }); // jwtguard-expect: jwt-call-literal
api.register(fjwt, { secret: { public: process.env.PUBLIC_KEY, private: process.env.PRIVATE_KEY }, namespace: 'rs' });
api.get('/me', { onRequest: [(req) => req.jwtVerify()] }, async (req) => req.user);

module.exports = { koa, api };

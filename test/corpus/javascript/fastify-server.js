const fastify = require('fastify')({ logger: true });
const { readFileSync } = require('node:fs');
const path = require('node:path');

fastify.register(require('@fastify/jwt'), { secret: 'fastify-plugin-secret' }); // jwtguard-expect: jwt-call-literal

fastify.register(require('@fastify/jwt'), {
  secret: {
    private: 'fastify-private-hmac-material', // jwtguard-expect: jwt-call-literal
    public: readFileSync(`${path.join(__dirname, 'certs')}/public.key`, 'utf8'),
  },
  sign: { algorithm: 'HS256' },
  namespace: 'partner',
});

fastify.register(require('@fastify/jwt'), { secret: process.env.FASTIFY_JWT_SECRET, cookie: { cookieName: 'token' } });

fastify.post('/signup', async (req, reply) => {
  const token = await reply.jwtSign({ id: req.body.id }, { expiresIn: '1h' });
  return { token };
});

fastify.addHook('onRequest', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.send(err);
  }
});

fastify.listen({ port: 3000 });

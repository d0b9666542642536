import { Hono } from 'hono';
import { jwt, sign, verify } from 'hono/jwt';
import type { JwtVariables } from 'hono/jwt';

type Env = { Bindings: { JWT_SECRET: string }; Variables: JwtVariables };
const app = new Hono<Env>();

app.use('/auth/*', jwt({ secret: 'hono-middleware-secret', alg: 'HS256' })); // jwtguard-expect: jwt-call-literal
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next));

app.post('/login', async (c) => {
  const payload = { sub: 'user123', role: 'admin', exp: Math.floor(Date.now() / 1000) + 60 * 5 };
  const token = await sign(payload, 'hono-sign-secret'); // jwtguard-expect: jwt-call-literal
  const alt = await sign(payload, c.env.JWT_SECRET, 'HS256');
  return c.json({ token, alt });
});

app.get('/check/:token', async (c) => {
  const decoded = await verify(c.req.param('token'), 'hono-verify-secret', 'HS256'); // jwtguard-expect: jwt-call-literal
  return c.json(decoded);
});

export default app;

// When a file is read by tokens: the added lines that wake the token analysis (tokenWake.ts,
// fileFacts.ts jwtLineNeedsTokens). Lexing costs far more than the line rules, so a line that says
// nothing of JWT must not wake it, and one the line rules cannot settle must.
import { describe, expect, it } from 'vitest';
import { jwtLineNeedsTokens } from '../src/detect/fileFacts.js';
import { TokenWake } from '../src/detect/tokenWake.js';

describe('jwtLineNeedsTokens', () => {
  it.each([
    ["tokens.sign(payload, key, { algorithm: 'HS256' });", 'a receiver named by its import; the algorithm says JWT'],
    ['const jsonwt = require("jsonwebtoken");', 'an import under a neutral name'],
    ["jwt.sign(p, k); jwt.verify(t, k); a(); b(); c();", 'more calls than the line rules settle'],
    ["const t = jwt.sign(", 'a call that goes on below'],
    ["passport.use(new Strategy({ secretOrKey: 'jwt_secret' }))", "'jwt_secret' is a word of its own"],
  ])('wakes: %s (%s)', (line) => {
    expect(jwtLineNeedsTokens(line)).toBe(true);
  });

  it.each([
    ['function a(x){return x.b()||"1jwto6"};function c(y){return y.d()||"zz"};function e(){return f()}', "'jwt' by chance inside a minified bundle's random string"],
    ['// sign the jwt with the key from the environment', 'a comment'],
    ["const token = jwt.sign({ sub: u.id }, process.env.JWT_SECRET, { expiresIn: '1h' });", 'a short call closed on the line, key from the environment'],
    ['const total = items.length * 2;', 'no JWT word'],
    ["const jwt = require('jsonwebtoken');", 'an import under a JWT-named receiver: its calls say JWT themselves'],
  ])('stays asleep: %s (%s)', (line) => {
    expect(jwtLineNeedsTokens(line)).toBe(false);
  });
});

describe('TokenWake', () => {
  function wake(lines: string[]): boolean {
    const w = new TokenWake();
    for (const line of lines) w.observe(line);
    return w.awake(false, [lines]);
  }

  it('wakes on a lone string argument, the line a formatter leaves of a spread call', () => {
    expect(wake(['  payload,', "  'spread-key-value',", '  { expiresIn: 60 },'])).toBe(true);
  });

  it('wakes on an exported key-ish literal, and not on an export of other values', () => {
    expect(wake(["module.exports = { port: 3000, secret: 'kH3s9vLq2m' };"])).toBe(true);
    expect(wake(["export const SIGNING_KEY = 'k-1';"])).toBe(true);
    expect(wake(["module.exports = { port: 3000, name: 'api' };"])).toBe(false);
    expect(wake(["const secret = 'not-exported';"])).toBe(false);
  });

  it("wakes on a PHP define() of a key-ish constant, which any file may name", () => {
    const w = new TokenWake('php');
    w.observe("define('PARTNER_SIGNING', 'bookings-partner-key');");
    expect(w.awake(false, [["define('PARTNER_SIGNING', 'bookings-partner-key');"]])).toBe(true);
    const other = new TokenWake('php');
    other.observe("define('APP_ENV', 'dev');");
    expect(other.awake(false, [["define('APP_ENV', 'dev');"]])).toBe(false);
  });

  it('wakes on an export line when the hunks were not all kept', () => {
    const w = new TokenWake();
    w.observe('export default handler;');
    expect(w.awake(false, undefined)).toBe(true);
  });
});

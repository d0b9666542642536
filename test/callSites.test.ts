// Receiver patterns marked sticky (flag y) are tried once, where the last identifier before the
// call starts (src/detect/callSites.ts, receiverHolds). For each, that one try must say what a
// search at every position says, on heads built from the pieces receivers are made of.
import { describe, expect, it } from 'vitest';
import { JWT_CALLS } from '../src/detect/callSites.js';
import { seededRandom as random } from './helpers/adversarial.js';

const PIECES = ['jwt', 'Jwt', 'JWT', 'jws', 'JWS', 'jsonwebtoken', 'KJUR', 'token', 'my', '_', '$', '1', '.', ' ', '\n', '(', ')', '=', 'jws.', 'jws .', 'x'.repeat(45)];

/** Where the last identifier of `head` starts, after any blanks at its end. */
function identifierStart(head: string): number {
  let start = head.replace(/\s+$/, '').length;
  while (start > 0 && /[\w$]/.test(head[start - 1]!)) start--;
  return start;
}

describe('sticky receivers', () => {
  const sticky = JWT_CALLS.filter((call) => call.receiver?.sticky);
  it('there is at least one (the jsonwebtoken one)', () => {
    expect(sticky.length).toBeGreaterThan(0);
  });

  it.each(sticky.map((call) => [call.api, call.receiver!] as const))('%s: one try at the identifier says what a search everywhere says', (_api, receiver) => {
    const everywhere = new RegExp(receiver.source, receiver.flags.replace('y', ''));
    const next = random(11);
    for (let n = 0; n < 5000; n++) {
      let head = '';
      for (let k = Math.floor(next() * 8); k >= 0; k--) head += PIECES[Math.floor(next() * PIECES.length)];
      receiver.lastIndex = identifierStart(head);
      expect(receiver.test(head), JSON.stringify(head)).toBe(everywhere.test(head));
    }
  });
});

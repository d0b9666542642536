// Every rule jwtguard runs, in the order their findings are listed.
import type { Rule } from '../types.js';
import { jwtCallLiteral } from './jwtCallLiteral.js';
import { jwtSecretAssignment } from './jwtSecretAssignment.js';
import { jwtSecretFallback } from './jwtSecretFallback.js';
import { privateKey } from './privateKey.js';

export const RULES: readonly Rule[] = [jwtCallLiteral, jwtSecretFallback, jwtSecretAssignment, privateKey];

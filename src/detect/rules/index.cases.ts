// Every rule's labeled cases, for the test suite (not shipped: *.cases.ts stays out of the build).
import type { RuleCases } from '../types.js';
import { cases as jwtCallLiteral } from './jwtCallLiteral.cases.js';
import { cases as jwtSecretAssignment } from './jwtSecretAssignment.cases.js';
import { cases as jwtSecretFallback } from './jwtSecretFallback.cases.js';
import { cases as privateKey } from './privateKey.cases.js';

export const RULE_CASES: readonly RuleCases[] = [jwtCallLiteral, jwtSecretFallback, jwtSecretAssignment, privateKey];

import jwt from 'jsonwebtoken';
import type { Request, Response } from 'express';

// Short random material that was meant to move to the vault before release.
const material = 'OrI4zPqROcm7sVP2'; // jwtguard-expect: jwt-high-entropy-near-call
const previous = ['YwVeB_13gNF_Jg8eR', 'hHWlIU4En5Joe8wpDZ']; // jwtguard-expect: jwt-high-entropy-near-call

const CONTENT_TYPE = 'application/json';
const handlerName = 'camelCaseFunctionName';
const route = '/api/v1/users/me';
const requestId = 'c0a0a147-686f-4d75-8a20-b384448c508e';
const header = 'X-Requested-With';
const cacheKey = 'userProfileCache';

export function issue(req: Request, res: Response): void {
  const token = jwt.sign({ sub: req.params.id }, process.env.TOKEN_KEY!, { expiresIn: '15m' });
  res.type(CONTENT_TYPE).json({ token, handlerName, route, requestId, header, cacheKey });
}

export const rotation = { material, previous };

#!/bin/sh
docker build -t example/api .
docker run -d -p 3000:3000 -e NODE_ENV=production -e JWT_SECRET=docker-run-inline-secret example/api # jwtguard-expect: jwt-secret-assignment
docker run -d -e JWT_SECRET="$JWT_SECRET" -e PORT=3000 example/api
JWT_SECRET=inline-prefix-secret node dist/server.js # jwtguard-expect: jwt-secret-assignment
JWT_SECRET="$(cat /run/secrets/jwt)" node dist/server.js

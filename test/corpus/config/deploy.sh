#!/usr/bin/env bash
set -euo pipefail

export NODE_ENV=production
export JWT_SECRET="deploy-script-jwt-secret" # jwtguard-expect: jwt-secret-assignment
export JWT_REFRESH_SECRET="$(openssl rand -hex 32)"
export SIGNING_KEY=${SIGNING_KEY:-deploy-default-signing-key} # jwtguard-expect: jwt-secret-fallback
: "${JWT_KEY:?JWT_KEY must be set}"
JWT_SECRET=$(aws secretsmanager get-secret-value --secret-id prod/jwt --query SecretString --output text)
echo "deploying with JWT issuer ${JWT_ISSUER:-https://api.example.com}"

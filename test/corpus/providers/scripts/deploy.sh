#!/usr/bin/env bash
# Builds, publishes and deploys the orders service. Run from CI.
set -euo pipefail

: "${AWS_SECRET_ACCESS_KEY:?AWS_SECRET_ACCESS_KEY is not set}"
export AWS_DEFAULT_REGION=eu-west-1
export AWS_ACCESS_KEY_ID=ASIAPLKJHG6FD4MN5BV3 # jwtguard-expect: aws-access-key-id
aws configure set aws_secret_access_key pL0kJ8h+6fD4Mn5Bv3Cx/Zl7Hy6Tg4Rf2Ed8Wq9S # jwtguard-expect: aws-secret-access-key
export HEROKU_API_KEY=HRKU-AAaB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4Mn5Bv3Cx1Z # jwtguard-expect: heroku-api-key
export NPM_TOKEN="${NPM_TOKEN:-}"

echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
npm publish --access public

git push "https://x-access-token:ghs_Hy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7@github.com/acme/orders.git" HEAD:release # jwtguard-expect: github-token
git push "https://oauth2:${GITLAB_TOKEN}@gitlab.com/acme/orders.git" HEAD:release
curl -sf -X POST -H "Authorization: Bearer ${SLACK_BOT_TOKEN}" https://slack.com/api/chat.postMessage -d "channel=#deploys" -d "text=orders deployed"
curl -sf -X POST https://hooks.slack.com/services/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 -d '{"text":"orders deployed"}' # jwtguard-expect: slack-webhook-url
curl -sf https://api.telegram.org/bot7391046336:AApL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2/sendMessage -d chat_id=-100123 -d text=deployed # jwtguard-expect: telegram-bot-token
curl -sf "https://api.stripe.com/v1/charges?limit=1" -u "${STRIPE_SECRET_KEY}:"
curl -sf https://api.openai.com/v1/models -H "Authorization: Bearer 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" # jwtguard-expect: openai-api-key
curl -sf https://api.anthropic.com/v1/models -H "x-api-key: ${ANTHROPIC_API_KEY}"
mysql --host=db.prod.acme.io --user=deploy --password="${DB_PASSWORD}" orders < migrations/latest.sql
DB_PASSWORD=Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8 ./bin/migrate # jwtguard-expect: generic-secret-assignment
PGPASSWORD=postgres psql -h localhost -U postgres -c 'select 1'

# frozen_string_literal: true

require 'slack-ruby-client'
require 'twilio-ruby'

module Notifier
  SLACK_TOKEN = 'xoxb-Zx2Cv4Bn6Mq8pL0kJ8hG6fD4' # jwtguard-expect: generic-secret-assignment
  DISCORD_BOT_TOKEN = 'ODM5MjAxNzQ2MTg0NzM2NDYx.GZx2Cv.pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8Wq' # jwtguard-expect: discord-bot-token

  def self.slack
    Slack::Web::Client.new(token: 'xoxp-7391046287-4829103758-5827394612-4d2b8e6a0c7fb5d2f3a9c1e77c0e4b6a') # jwtguard-expect: slack-token
  end

  def self.twilio
    Twilio::REST::Client.new('AC7c0e4b6a8d1fe2c4a6f8b0d9f3a9c1e7', 'f3a9c1e7b5d29e1b7d3f5a0c4d2b8e6a') # jwtguard-expect: twilio-auth-token
  end

  def self.sendgrid
    SendGrid::API.new(api_key: ENV.fetch('SENDGRID_API_KEY'))
  end

  def self.shopify
    ShopifyAPI::Context.setup(api_key: 'acme-orders', api_secret_key: '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') # jwtguard-expect: shopify-token
  end

  REDIS_URL = 'redis://:Qw3Rt5Yu7Io9@redis.prod.acme.io:6379/3' # jwtguard-expect: url-credentials
  HEROKU_OAUTH_TOKEN = 'e2c4a6f8-b0d9-43a9-81e7-b5d29e1b7d3f' # jwtguard-expect: heroku-api-key
  HEROKU_APP_UUID = 'f3a9c1e7-b5d2-4e1b-8d3f-5a0c4d2b8e6a'
end

# frozen_string_literal: true

Devise.setup do |config|
  config.mailer_sender = 'no-reply@shop.example.com'
  require 'devise/orm/active_record'
  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 8..128
  config.reset_password_within = 6.hours
  config.navigational_formats = []

  config.jwt do |jwt|
    jwt.secret = 'storefront-devise-jwt-literal-05' # jwtguard-expect: jwt-secret-assignment
    jwt.dispatch_requests = [['POST', %r{^/login$}]]
    jwt.revocation_requests = [['DELETE', %r{^/logout$}]]
    jwt.expiration_time = 1.day.to_i
  end
end

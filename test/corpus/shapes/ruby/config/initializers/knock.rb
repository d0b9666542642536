# frozen_string_literal: true

Knock.setup do |config|
  config.token_lifetime = 1.day
  config.token_audience = -> { 'storefront-api' }
  config.token_signature_algorithm = 'HS256'
  config.token_secret_signature_key = -> { 'storefront-knock-lambda-key' } # jwtguard-expect: jwt-call-literal
  config.token_public_key = nil
  config.not_found_exception_class_name = 'ActiveRecord::RecordNotFound'
end

# frozen_string_literal: true

require 'jwt'

# Where the storefront's keys come from: credentials, the environment, files.
module KeySources
  KID = '4d2b8f6a-0c1e-4a7b-9d3f-5e8c2a6b1f07'
  PUBLIC_KEY = <<~PEM
    -----BEGIN PUBLIC KEY-----
    MCowBQYDK2VwAyEAm4Vx9Lq2cT7nR0bW5yK8pH3sJ1gF6dZ2aE9uN4iO7tQ=
    -----END PUBLIC KEY-----
  PEM

  module_function

  def from_credentials(payload)
    JWT.encode(payload, Rails.application.credentials.dig(:jwt, :secret), 'HS256', kid: KID)
  end

  def from_env(payload)
    JWT.encode(payload, ENV.fetch('STOREFRONT_JWT_SECRET'), 'HS256')
  end

  def from_file(payload)
    JWT.encode(payload, File.read('/run/secrets/storefront_jwt.key'), 'HS256')
  end

  def verify_public(token)
    JWT.decode(token, OpenSSL::PKey.read(PUBLIC_KEY), true, algorithm: 'EdDSA')
  end

  def docs_example(payload)
    JWT.encode(payload, '<your-hmac-secret>', 'HS256')
  end

  def demo(payload)
    JWT.encode(payload, 'my$ecretK3y', 'HS256') # jwtguard-expect: jwt-call-literal
  end

  def with_default(payload)
    JWT.encode(payload, ENV.fetch('STOREFRONT_PREVIEW_SECRET', 'storefront-preview-fetch-default'), 'HS256') # jwtguard-expect: jwt-secret-fallback
  end
end

module Auth
  JWT_SECRET = ENV.fetch('JWT_SECRET') { 'ruby-fetch-block-default' } # jwtguard-expect: jwt-secret-fallback
  JWT_ALGORITHM = ENV.fetch('JWT_ALGORITHM', 'HS256')
  TOKEN_SECRET = ENV['TOKEN_SECRET'] || 'ruby-env-or-default' # jwtguard-expect: jwt-secret-fallback
  REDIS_URL = ENV.fetch('REDIS_URL', 'redis://localhost:6379/0')
  SIGNING_KEY = Rails.application.credentials.jwt_signing_key || 'credentials-fallback-key' # jwtguard-expect: jwt-secret-fallback
  REFRESH_SECRET = ENV.fetch('JWT_REFRESH_SECRET')
end

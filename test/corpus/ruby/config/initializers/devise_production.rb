Devise.setup do |config|
  config.jwt do |jwt|
    jwt.secret = Rails.application.credentials.devise_jwt_secret_key!
    jwt.expiration_time = 30.minutes.to_i
  end
end

Warden::JWTAuth.configure do |config|
  config.secret = ENV.fetch('DEVISE_JWT_SECRET_KEY', 'devise-env-default-secret') # jwtguard-expect: jwt-secret-fallback
end

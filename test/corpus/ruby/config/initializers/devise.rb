Devise.setup do |config|
  config.mailer_sender = 'no-reply@example.com'
  config.jwt do |jwt|
    jwt.secret = 'devise-jwt-hardcoded-secret' # jwtguard-expect: jwt-secret-assignment
    jwt.dispatch_requests = [['POST', %r{^/login$}]]
    jwt.revocation_requests = [['DELETE', %r{^/logout$}]]
    jwt.expiration_time = 1.day.to_i
  end
end

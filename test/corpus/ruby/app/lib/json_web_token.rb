require 'jwt'

class JsonWebToken
  SECRET_KEY = Rails.application.credentials.secret_key_base.to_s
  HMAC_SECRET = 'ruby-jwt-hmac-constant' # jwtguard-expect: jwt-secret-assignment

  def self.encode(payload, exp = 24.hours.from_now)
    payload[:exp] = exp.to_i
    JWT.encode(payload, SECRET_KEY)
  end

  def self.decode(token)
    decoded = JWT.decode(token, SECRET_KEY)[0]
    HashWithIndifferentAccess.new decoded
  end

  def self.legacy_encode(payload)
    JWT.encode payload, 'ruby-jwt-parenless-secret', 'HS256' # jwtguard-expect: jwt-call-literal
  end

  def self.legacy_decode(token)
    JWT.decode(token, 'ruby-jwt-decode-secret', true, { algorithm: 'HS256' }) # jwtguard-expect: jwt-call-literal
  end

  def self.unverified(token)
    JWT.decode(token, nil, false)
  end

  def self.rsa(payload)
    private_key = OpenSSL::PKey::RSA.new(File.read(Rails.root.join('config', 'jwt_private.pem')))
    JWT.encode(payload, private_key, 'RS256')
  end
end

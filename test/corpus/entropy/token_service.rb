require 'jwt'
require 'securerandom'

class TokenService
  ALGORITHM = 'HS256'.freeze
  KEYS = {
    'v1' => '1imEXp3HObW7FKcaW3j1NOYVXpM7mxx4', # jwtguard-expect: jwt-high-entropy-near-call
    'v2' => ENV.fetch('TOKEN_KEY_V2', nil)
  }.freeze
  DOCS = 'https://docs.example.com/tokens/rotation'.freeze
  REQUEST_ID = 'c0a0a147-686f-4d75-8a20-b384448c508e'.freeze

  def issue(user, version: 'v2')
    JWT.encode({ sub: user.id, jti: SecureRandom.uuid }, KEYS.fetch(version), ALGORITHM)
  end

  def decode(token, version: 'v2')
    JWT.decode(token, KEYS.fetch(version), true, algorithm: ALGORITHM).first
  end
end

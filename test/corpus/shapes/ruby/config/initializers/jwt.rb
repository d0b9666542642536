# frozen_string_literal: true

# The storefront reads its JWT key from the environment; development has a fixed one.
module StorefrontJwt
  key = ENV['STOREFRONT_JWT_KEY']
  key = 'storefront-initializer-dev-key' if key.nil? || key.empty? # jwtguard-expect: jwt-secret-assignment
  KEY = key
  ALGORITHM = ENV.fetch('STOREFRONT_JWT_ALGORITHM', 'HS256')
  AUDIENCE = ENV.fetch('STOREFRONT_JWT_AUDIENCE', 'storefront')

  def self.issue(user)
    JWT.encode({ sub: user.id, aud: AUDIENCE }, KEY, ALGORITHM)
  end
end

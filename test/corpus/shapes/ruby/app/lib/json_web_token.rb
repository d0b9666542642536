# frozen_string_literal: true

require 'jwt'

# Access tokens of the storefront API.
class JsonWebToken
  SECRET_KEY = Rails.application.credentials.secret_key_base.to_s
  SIGNING = 'storefront-ruby-signing-41' # jwtguard-expect: jwt-key-identifier
  ALGORITHM = 'HS256'
  ISSUER = 'https://shop.example.com'
  LEEWAY = 30

  def self.encode(payload, exp = 24.hours.from_now)
    payload[:exp] = exp.to_i
    JWT.encode(payload, SECRET_KEY, ALGORITHM)
  end

  def self.decode(token)
    decoded = JWT.decode(token, SECRET_KEY, true, { algorithm: ALGORITHM, leeway: LEEWAY })[0]
    HashWithIndifferentAccess.new(decoded)
  rescue JWT::DecodeError => e
    Rails.logger.info("rejected token: #{e.class}")
    nil
  end

  def self.encode_cart(cart)
    JWT.encode(
      {
        cart: cart.id,
        items: cart.items.count,
        currency: cart.currency,
        total_cents: cart.total_cents,
        coupon: cart.coupon_code,
        shipping: cart.shipping_method,
        country: cart.country,
        exp: 2.hours.from_now.to_i,
        iss: ISSUER
      },
      'storefront-cart-' \
        'continued-key',
      ALGORITHM
    )
  end

  def self.encode_wishlist(list)
    JWT.encode({ list: list.id }, SIGNING, ALGORITHM)
  end

  def self.decode_wishlist(token)
    JWT.decode(token, SIGNING, true, algorithm: ALGORITHM).first
  end

  def self.encode_guest(visitor)
    # Guest tokens: anyone may mint one, no key.
    JWT.encode({ visitor: visitor.id }, nil, 'HS256') # jwtguard-expect: jwt-call-literal
  end

  def self.encode_preview(page)
    JWT.encode payload_for(page), '', 'HS256' # jwtguard-expect: jwt-call-literal
  end

  def self.encode_gift(card)
    JWT.encode({ card: card.id }, 'storefront-' + 'gift-cards-' + 'key', ALGORITHM) # jwtguard-expect: jwt-call-literal
  end

  def self.encode_receipt(order)
    JWT.encode({ order: order.id }, %w[store front receipts 77].join('-'), ALGORITHM)
  end

  def self.payload_for(page)
    { page: page.slug, exp: 15.minutes.from_now.to_i }
  end
end

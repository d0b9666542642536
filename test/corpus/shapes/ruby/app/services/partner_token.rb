# frozen_string_literal: true

require 'base64'
require 'jwt'

module Storefront
  # Tokens exchanged with the marketplace partners.
  class PartnerToken
    CALLBACK_MATERIAL = Base64.decode64('c3RvcmVmcm9udC1wYXJ0bmVyLWNhbGxiYWNrLWtleQ==') # jwtguard-expect: jwt-key-identifier
    HEX_MATERIAL = ['73746f726566726f6e742d6865782d6b6579'].pack('H*') # jwtguard-expect: jwt-key-identifier
    PARTNER_URL = 'https://partner.example.com/callbacks'
    TIMEOUT = 10

    LEGACY = <<~KEY.strip # jwtguard-expect: jwt-key-identifier
      storefront-legacy-heredoc-key-2019
    KEY

    def initialize(partner)
      @partner = partner
      @rotation = [
        'storefront-partner-rotation-a', # jwtguard-expect: jwt-key-identifier
        'storefront-partner-rotation-b' # jwtguard-expect: jwt-key-identifier
      ]
    end

    def callback(event)
      JWT.encode({ partner: @partner.id, event: event.name, at: Time.now.to_i }, CALLBACK_MATERIAL, 'HS256')
    end

    def hex_callback(event)
      JWT.encode({ event: event.name }, HEX_MATERIAL, 'HS384')
    end

    def legacy(event)
      JWT.encode({ event: event.name }, LEGACY, 'HS256')
    end

    def read_reply(token)
      @rotation.each do |key|
        return JWT.decode(token, key, true, algorithm: 'HS256').first
      rescue JWT::VerificationError
        next
      end
      nil
    end

    def read_signed_by_partner(token)
      public_key = OpenSSL::PKey::RSA.new(File.read(Rails.root.join('config', 'keys', 'partner.pub.pem')))
      JWT.decode(token, public_key, true, algorithm: 'RS256').first
    end

    def read_with_env(token)
      JWT.decode(token, ENV.fetch('PARTNER_JWT_SECRET'), true, algorithm: 'HS256').first
    end
  end
end

# frozen_string_literal: true

require 'rails_helper'

RSpec.describe JsonWebToken do
  let(:user) { create(:user) }
  let(:other_key) { 'rspec-forged-storefront-key' } # jwtguard-expect: jwt-key-identifier

  it 'round-trips a payload' do
    token = described_class.encode(user_id: user.id)
    expect(described_class.decode(token)[:user_id]).to eq(user.id)
  end

  it 'rejects a token signed with another key' do
    forged = JWT.encode({ user_id: user.id }, other_key, 'HS256')
    expect(described_class.decode(forged)).to be_nil
  end

  it 'rejects an expired token' do
    expired = JWT.encode(
      {
        user_id: user.id,
        exp: 1.minute.ago.to_i
      },
      Rails.application.credentials.secret_key_base.to_s,
      'HS256'
    )
    expect(described_class.decode(expired)).to be_nil
  end

  it 'accepts wishlist tokens' do
    token = JWT.encode({ list: 1 }, 'storefront-ruby-signing-41', 'HS256') # jwtguard-expect: jwt-call-literal
    expect(described_class.decode_wishlist(token)['list']).to eq(1)
  end
end

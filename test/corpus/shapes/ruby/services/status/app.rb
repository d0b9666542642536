# frozen_string_literal: true

require 'sinatra/base'
require 'rack/jwt'
require 'jwt'
require 'json'

# The public status page API of the storefront.
class StatusApp < Sinatra::Base
  set :signing_material, 'status-sinatra-setting-key' # jwtguard-expect: jwt-key-identifier
  set :environment, ENV.fetch('RACK_ENV', 'development').to_sym
  set :incident_feed, ENV.fetch('INCIDENT_FEED_URL', 'https://status.example.com/feed')

  use Rack::JWT::Auth,
      secret: 'status-rack-jwt-middleware-key', # jwtguard-expect: jwt-secret-assignment
      options: { algorithm: 'HS256' },
      exclude: ['/health', '/public']

  OPERATOR_KEY = %q(status-percent-q-operator-key) # jwtguard-expect: jwt-key-identifier

  post '/operators/token' do
    content_type :json
    { token: JWT.encode({ op: params[:operator], exp: Time.now.to_i + 3600 }, OPERATOR_KEY, 'HS256') }.to_json
  end

  post '/subscribers/token' do
    content_type :json
    { token: JWT.encode({ email: params[:email] }, settings.signing_material, 'HS256') }.to_json
  end

  get '/health' do
    'ok'
  end
end

# frozen_string_literal: true

# Login for the storefront's mobile app.
class SessionsController < ApplicationController
  skip_before_action :authenticate_request, only: :create

  MOBILE = 'storefront-mobile-session-key-83' # jwtguard-expect: jwt-key-identifier
  KIOSK = ENV['KIOSK_JWT_SECRET'] || 'storefront-kiosk-fallback' # jwtguard-expect: jwt-secret-fallback

  def create
    user = User.find_by(email: params[:email])
    return head :unauthorized unless user&.authenticate(params[:password])

    hmac_secret = 'storefront-hmac-local-var' # jwtguard-expect: jwt-secret-assignment
    token = JWT.encode({ sub: user.id, exp: 1.hour.from_now.to_i }, hmac_secret, 'HS256')
    mobile = JWT.encode({ sub: user.id, app: 'ios' }, MOBILE, 'HS256')
    render json: { token: token, mobile: mobile }
  end

  def kiosk
    render json: { token: JWT.encode({ kiosk: params[:id] }, KIOSK, 'HS256') }
  end

  def refresh
    payload, = JWT.decode(
      params.require(:refresh_token),
      ENV.fetch('REFRESH_JWT_SECRET') { 'storefront-refresh-block-default' }, # jwtguard-expect: jwt-secret-fallback
      true,
      { algorithm: 'HS256', verify_expiration: true }
    )
    render json: { token: JsonWebToken.encode(user_id: payload['sub']) }
  end

  def destroy
    Rails.cache.write("revoked:#{request.headers['Authorization']}", true, expires_in: 1.day)
    head :no_content
  end
end

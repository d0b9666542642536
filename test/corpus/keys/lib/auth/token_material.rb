require 'jwt'

module Auth
  MEDIA_TYPE = 'application/json'
  HANDLER = 'load_user_profile'

  MATERIAL = 'xwBKkAtNPnkGOYOH' # jwtguard-expect: jwt-high-entropy-near-call
  SPARE = 'JFCFgkNwvJUtAn+BiD' # jwtguard-expect: jwt-high-entropy-near-call
end

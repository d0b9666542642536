region      = "eu-central-1"
environment = "prod"
jwt_issuer  = "https://auth.acme.com/"
jwt_secret  = "tfv-Lq8Wz3Xm6Kp1Rt9V" # jwtguard-expect: jwt-secret-assignment
jwt_expiry_seconds = 900
instance_count = 3

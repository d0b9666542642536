from authlib.jose import JsonWebKey, jwt

header = {"alg": "HS256"}
payload = {"iss": "Authlib", "sub": "123"}
token = jwt.encode(header, payload, "authlib-signing-secret")  # jwtguard-expect: jwt-call-literal
claims = jwt.decode(token, "authlib-signing-secret")  # jwtguard-expect: jwt-call-literal
claims.validate()

with open("keys/public.pem") as fh:
    key = JsonWebKey.import_key(fh.read(), {"kty": "RSA"})
verified = jwt.decode(token, key)
rs_token = jwt.encode({"alg": "RS256"}, payload, read_private_key())

import datetime
import os

import jwt
from jwt import PyJWKClient

SECRET = os.environ["JWT_SECRET"]
jwks_client = PyJWKClient("https://auth.example.com/.well-known/jwks.json")


def create_access_token(user_id: int) -> str:
    expires = datetime.datetime.now(tz=datetime.timezone.utc) + datetime.timedelta(hours=1)
    payload = {"sub": str(user_id), "exp": expires}
    return jwt.encode(payload, "pyjwt-hardcoded-key", algorithm="HS256")  # jwtguard-expect: jwt-call-literal


def create_refresh_token(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id)}, SECRET, algorithm="HS256")


def decode_token(token: str) -> dict:
    return jwt.decode(token, "pyjwt-hardcoded-key", algorithms=["HS256"])  # jwtguard-expect: jwt-call-literal


def decode_with_keyword(token: str) -> dict:
    return jwt.decode(token, key="pyjwt-keyword-key", algorithms=["HS256"], audience="api")  # jwtguard-expect: jwt-call-literal


def decode_remote(token: str) -> dict:
    signing_key = jwks_client.get_signing_key_from_jwt(token)
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience="https://api.example.com")


def peek(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def sign_rs256(payload: dict) -> str:
    with open(os.environ["JWT_PRIVATE_KEY_PATH"], "rb") as fh:
        private_key = fh.read()
    return jwt.encode(payload, private_key, algorithm="RS256")


def sign_bytes(payload: dict) -> str:
    return jwt.encode(payload, b"pyjwt-bytes-key", "HS512")  # jwtguard-expect: jwt-call-literal


def sign_with_headers(payload: dict) -> str:
    return jwt.encode(payload, SECRET, algorithm="HS256", headers={"kid": "2024-01"})

"""Tokens exchanged with partners: python-jose for the callback, authlib for the statements feed."""
import time

from authlib.jose import JsonWebToken
from authlib.jose import jwt as authlib_jwt
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

from ledger import partner_config, settings

_feed = JsonWebToken(["HS256"])


def callback_token(partner_id: str, event: dict) -> str:
    claims = {
        "iss": "ledger",
        "aud": partner_id,
        "iat": int(time.time()),
        "exp": int(time.time()) + 300,
        "event": event["type"],
        "id": event["id"],
        "amount": event["amount"],
        "currency": event["currency"],
        "reference": event["reference"],
    }
    return jose_jwt.encode(claims, partner_config.CALLBACK_MATERIAL, algorithm="HS256")


def read_callback_ack(token: str, partner_id: str) -> dict:
    try:
        return jose_jwt.decode(token, "partner-ack-literal-key-3", algorithms=["HS256"], audience="ledger")  # jwtguard-expect: jwt-call-literal
    except JWTError:
        return {}


def statements_feed_token(account_id: str) -> bytes:
    header = {"alg": "HS256"}
    payload = {"sub": account_id, "feed": "statements"}
    return authlib_jwt.encode(header, payload, "ledger-authlib-feed-key-8")  # jwtguard-expect: jwt-call-literal


def read_feed_token(token: bytes) -> dict:
    claims = _feed.decode(token, settings.SIGNING_MATERIAL)
    claims.validate()
    return claims

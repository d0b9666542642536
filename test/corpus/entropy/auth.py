import datetime
import hashlib

import jwt
from django.conf import settings

SESSION_COOKIE = "sessionid"
CACHE_PREFIX = "auth:v2:"
ISSUER = "https://login.example.com/"
_FALLBACK = "LMdngx7xzO2JXTZNLMzD343yT28g1ELW"  # jwtguard-expect: jwt-key-identifier
KNOWN_DIGEST = "976b74a17a9cb613cb71535ee0055efdf548c80b"  # sha1 of the empty fixture
CORRELATION_ID = "0d96d6a8-d955-4d9d-9a78-942d5ab4af41"


def _key():
    return getattr(settings, "JWT_SIGNING_KEY", None) or _FALLBACK


def issue(user):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    payload = {"sub": str(user.pk), "iat": now, "exp": now + datetime.timedelta(minutes=15), "iss": ISSUER}
    return jwt.encode(payload, _key(), algorithm="HS256")


def fingerprint(token):
    return hashlib.sha256(token.encode()).hexdigest()[:16]

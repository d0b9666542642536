import os
from datetime import datetime, timedelta, timezone

import jwt

ALGORITHM = "HS256"
LEEWAY = 30
secret = b"py-shared-signing-bytes"  # jwtguard-expect: jwt-key-identifier
audience = "billing-api"


def issue(user_id: str) -> str:
    now = datetime.now(tz=timezone.utc)
    claims = {"sub": user_id, "aud": audience, "iat": now, "exp": now + timedelta(minutes=10)}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify(token: str) -> dict:
    return jwt.decode(token, secret, algorithms=[ALGORITHM], audience=audience, leeway=LEEWAY)


def issuer() -> str:
    return os.environ.get("TOKEN_ISSUER", "billing")

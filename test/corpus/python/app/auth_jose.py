from datetime import datetime, timedelta, timezone

from jose import JWTError, jws, jwt

SECRET_KEY = "4f1e9c2b7a8d3e6f0b5c1a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f"  # jwtguard-expect: jwt-secret-assignment
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30


def create_access_token(data: dict, expires_delta: timedelta | None = None) -> str:
    to_encode = data.copy()
    expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=15))
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


def verify(token: str) -> dict | None:
    try:
        payload = jwt.decode(token, "jose-inline-secret", algorithms=[ALGORITHM])  # jwtguard-expect: jwt-call-literal
    except JWTError:
        return None
    return payload


signed = jws.sign({"a": "b"}, "jose-jws-secret", algorithm="HS256")  # jwtguard-expect: jwt-call-literal
claims = jws.verify(signed, settings.JWS_KEY, algorithms=["HS256"])

"""FastAPI security helpers of the ticketing public API (python-jose)."""
import os
from datetime import datetime, timedelta, timezone
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError
from jose import jwt as jose

ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

material = "ticketing-fastapi-neutral-material-e3"  # jwtguard-expect: jwt-key-identifier
scanner_key = os.environ.get("SCANNER_JWT_SECRET") or "ticketing-scanner-or-fallback"  # jwtguard-expect: jwt-secret-fallback
venue_keys = {
    "o2": "ticketing-venue-o2-key",  # jwtguard-expect: jwt-key-identifier
    "wembley": os.environ.get("WEMBLEY_JWT_SECRET", ""),
}


def create_access_token(data: dict, expires_delta: timedelta | None = None) -> str:
    to_encode = data.copy()
    expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=15))
    to_encode.update({"exp": expire})
    return jose.encode(to_encode, material, algorithm=ALGORITHM)


def create_scanner_token(gate: str) -> str:
    return jose.encode({"gate": gate}, scanner_key, algorithm=ALGORITHM)


def create_venue_token(venue: str, seat: str) -> str:
    return jose.encode({"venue": venue, "seat": seat}, venue_keys[venue], algorithm=ALGORITHM)


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> str:
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jose.decode(token, material, algorithms=[ALGORITHM])
    except JWTError:
        raise credentials_exception
    username = payload.get("sub")
    if username is None:
        raise credentials_exception
    return username


def read_box_office_token(token: str) -> dict:
    return jose.decode(
        token,
        (
            "ticketing-box-"  # jwtguard-expect: jwt-call-literal
            "office-parenthesised-key"
        ),
        algorithms=[ALGORITHM],
        options={"verify_aud": False},
    )


def read_partner_token(token: str) -> dict:
    return jose.decode(token, os.environ["PARTNER_JWT_SECRET"], algorithms=[ALGORITHM])

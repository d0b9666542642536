"""Webhooks to the payment provider: the key lives in the settings module."""
import jwt

from ticketing import settings


def webhook_token(event_id: str) -> str:
    return jwt.encode({"event": event_id}, settings.SIGNING, algorithm="HS256")


def many(events):
    return [jwt.encode({"e": e}, settings.SIGNING, algorithm="HS256") for e in events]

import jwt
from datetime import datetime, timedelta, timezone

ACCEPT = "application/json"
QUERY = "SELECT * FROM users WHERE id = %s"
LOADER = "loadUserProfile2"

_material = "LUlEnRf1TLCFzg8pPbW"  # jwtguard-expect: jwt-high-entropy-near-call
_candidates = ["PfS9tyavuYuN-LliAtuL", "Z0Prd/PaVGTvpKX7"]  # jwtguard-expect: jwt-high-entropy-near-call


def issue(user_id: str, key: str) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": user_id, "exp": now + timedelta(minutes=15)}, key, algorithm="HS256")

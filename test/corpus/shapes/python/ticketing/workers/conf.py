"""Worker configuration: the queue URL and the token the workers present to the API."""
import os

QUEUE_URL = os.environ.get("TICKETING_QUEUE_URL", "amqp://guest@localhost//")
PREFETCH = 4
WORKER_SIGNING = "ticketing-worker-relative-import-key"  # jwtguard-expect: jwt-key-identifier

"""Django settings for the back office."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DEBUG") == "1"
ALLOWED_HOSTS = ["backoffice.acme.io"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "backoffice",
        "USER": "backoffice",
        "PASSWORD": "Hy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3",  # jwtguard-expect: generic-secret-assignment
        "HOST": "pg.prod.acme.io",
        "PORT": "5432",
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reporting",
        "USER": "reporting",
        "PASSWORD": os.environ.get("REPORTING_DB_PASSWORD", ""),
    },
}

CELERY_BROKER_URL = "amqp://backoffice:Mn5Bv3Cx1Zl7@rabbit.prod.acme.io:5672/backoffice"  # jwtguard-expect: url-credentials
CELERY_RESULT_BACKEND = "redis://localhost:6379/2"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://:Hy6Tg4Rf2Ed8@cache.prod.acme.io:6379/1"}}  # jwtguard-expect: url-credentials

AWS_ACCESS_KEY_ID = "AKIAQW3RT5YU7IOZX2CV"  # jwtguard-expect: aws-access-key-id
AWS_SECRET_ACCESS_KEY = "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"  # jwtguard-expect: aws-secret-access-key
AWS_STORAGE_BUCKET_NAME = "acme-backoffice-media"
AWS_S3_REGION_NAME = "eu-west-1"

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": "key-b5d2f3a9c1e77c0e4b6a8d1fe2c4a6f8",  # jwtguard-expect: mailgun-api-key
    "MAILGUN_SENDER_DOMAIN": "mg.acme.io",
}
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD")

SENTRY_DSN = "https://9e1b7d3f5a0c4d2b8e6a0c7fb5d2f3a9c1e77c0e@o12345.ingest.sentry.io/67890"
STRIPE_API_KEY = "rk_live_Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8"  # jwtguard-expect: stripe-secret-key
STRIPE_TEST_API_KEY = "sk_test_Zx2Cv4Bn6Mq8pL0kJ8hG6fD4"
OPENAI_API_KEY = "sk-Zx2Cv4Bn6Mq8pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8"  # jwtguard-expect: openai-api-key
TELEGRAM_ALERTS_TOKEN = "7391046302:AAQw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6"  # jwtguard-expect: telegram-bot-token

PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 3600
CSRF_COOKIE_NAME = "bo_csrftoken"
SESSION_COOKIE_NAME = "bo_session"
SOCIAL_AUTH_GITHUB_SECRET = "4d2b8e6a0c7fb5d2f3a9c1e77c0e4b6a8d1fe2c4"  # jwtguard-expect: generic-secret-assignment
SOCIAL_AUTH_GITHUB_KEY = "Iv1.aB3dE5gH7jK9"
LOGIN_URL = "/accounts/login/"

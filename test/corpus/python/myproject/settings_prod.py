import os

import boto3
import environ
from django.core.management.utils import get_random_secret_key
from decouple import config
from django.conf import settings

env = environ.Env()

SECRET_KEY = env('DJANGO_SECRET_KEY')
DEBUG = env.bool('DEBUG', default=False)
ALLOWED_HOSTS = env.list('ALLOWED_HOSTS', default=['api.example.com'])

SIMPLE_JWT = {
    'ALGORITHM': 'HS256',
    'SIGNING_KEY': env.str('JWT_SIGNING_KEY', default='simplejwt-env-default'),  # jwtguard-expect: jwt-secret-fallback
    'AUDIENCE': env('JWT_AUDIENCE', default='api'),
}

JWT_SECRET = config('JWT_SECRET', default='decouple-default-secret')  # jwtguard-expect: jwt-secret-fallback
EMAIL_TIMEOUT = config('EMAIL_TIMEOUT', default=10, cast=int)
CACHE_URL = config('CACHE_URL', default='locmem://')


def signing_key():
    return getattr(settings, 'JWT_SIGNING_KEY', 'getattr-default-key')  # jwtguard-expect: jwt-secret-fallback


def issuer():
    return getattr(settings, 'JWT_ISSUER', 'https://api.example.com')


def jwt_secret_from_aws():
    client = boto3.client('secretsmanager')
    return client.get_secret_value(SecretId='prod/jwt-secret')['SecretString']


JWT_ALGORITHM = os.environ.get('JWT_ALGORITHM', 'HS256')
JWT_SECRET_NAME = 'prod/jwt-secret'
SECRET_KEY_FALLBACK = get_random_secret_key()

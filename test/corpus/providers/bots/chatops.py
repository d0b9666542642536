"""ChatOps bots: deploy commands from Discord and Telegram, alerts to Slack."""
import os

import discord
from telegram.ext import ApplicationBuilder

DISCORD_TOKEN = "ODM5MjAxNzQ2MTg2NzM2NDY3.GMn5Bv.Hy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7aB"  # jwtguard-expect: discord-bot-token
DISCORD_STAGING_TOKEN = "ODM5MjAxNzQ2MTg3NzM2NDcw.GHy6Tg.Wq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7aB3dE5gH7jK9Qw"  # jwtguard-expect: discord-bot-token
DISCORD_PUBLIC_KEY = "b5d2f3a9c1e77c0e4b6a8d1fe2c4a6f8b0d9f3a97c0e4b6a8d1fe2c4a6f8b0d9f3a9c1e7b5d29e1b"
DISCORD_APPLICATION_ID = "839201746182736455"
TELEGRAM_TOKEN = "7391046370:AAHy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3Uj1Ik3Ol5"  # jwtguard-expect: telegram-bot-token
TELEGRAM_DOCS_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
SLACK_ALERTS = "https://hooks.slack.com/services/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"  # jwtguard-expect: slack-webhook-url
SLACK_ALERTS_TEMPLATE = "https://hooks.slack.com/services/{team}/{bot}/{secret}"
AZURE_QUEUE = "DefaultEndpointsProtocol=https;AccountName=acmechatops;AccountKey=pL0kJ8h+6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8Wq9Sx7D/5Fv3Uj1Ik3Ol5Pm7aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx==;EndpointSuffix=core.windows.net"  # jwtguard-expect: azure-connection-string
AZURE_LOCAL_QUEUE = "UseDevelopmentStorage=true"

intents = discord.Intents.default()
client = discord.Client(intents=intents)


def run() -> None:
    token = os.environ.get("DISCORD_TOKEN") or DISCORD_TOKEN
    client.run(token)


def telegram_app():
    return ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).build()


def jwt_like_session() -> str:
    # A session cookie value from the docs: three dot-separated parts, not a bot token.
    return "eyJ1c2VyIjoiYWRhIn0.ZmFrZS10aW1lc3RhbXA.c2lnbmF0dXJlLW5vdC1hLWJvdC10b2tlbg"

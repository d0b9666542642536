"""LLM clients for the support assistant."""
import os

import anthropic
import openai

ANTHROPIC_KEY = "sk-ant-api03-pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6AA"  # jwtguard-expect: anthropic-api-key
claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY", ANTHROPIC_KEY))
claude_admin = anthropic.Anthropic(api_key="sk-ant-admin01-aB3dE5gH7jK9Qw3Rt5Yu7Io9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8Zx2Cv4Bn6Mq8pL0kJ8hG6fD4pL0kJ8hG6fD4Mn5Bv3Cx1Zl7AA")  # jwtguard-expect: anthropic-api-key
claude_env = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

gpt = openai.OpenAI(api_key="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")  # jwtguard-expect: openai-api-key
gpt_env = openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
EMBEDDINGS_KEY = "sk-pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3"  # jwtguard-expect: openai-api-key

MODEL = "claude-sonnet-4-5"
MAX_TOKENS = 1024
KEY_PREFIXES = ("sk-ant-", "sk-proj-", "sk-")
REDACTED = "sk-ant-api03-****"

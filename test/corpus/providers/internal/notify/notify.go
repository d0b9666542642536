// Package notify sends deploy notices to chat and SMS.
package notify

import (
	"os"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/bwmarrin/discordgo"
	"github.com/mailgun/mailgun-go/v4"
	"github.com/twilio/twilio-go"
)

const telegramToken = "7391046319:AAZx2Cv4Bn6Mq8pL0kJ8hG6fD4Mn5Bv3Cx1" // jwtguard-expect: telegram-bot-token
const discordToken = "ODM5MjAxNzQ2MTgzNzM2NDU4.GQw3Rt.Zx2Cv4Bn6Mq8pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy" // jwtguard-expect: discord-bot-token
const mailgunKey = "key-7c0e4b6a8d1fe2c4a6f8b0d9f3a9c1e7" // jwtguard-expect: mailgun-api-key
const twilioSid = "AC4d2b8e6a0c7fb5d2f3a9c1e77c0e4b6a"
const twilioAuthToken = "7c0e4b6a8d1fe2c4a6f8b0d9f3a9c1e7" // jwtguard-expect: twilio-auth-token
const slackWebhook = "https://hooks.slack.com/services/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" // jwtguard-expect: slack-webhook-url
const sendgridKey = "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" // jwtguard-expect: sendgrid-api-key

// Test doubles and non-secrets that look close.
const telegramExample = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
const requestID = "b5d2f3a9-c1e7-4c0e-8b6a-8d1fe2c4a6f8"
const contentHash = "e2c4a6f8b0d9f3a9c1e7b5d29e1b7d3f5a0c4d2b"
const buildVersion = "Node.v20.Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8"

func Telegram() (*tgbotapi.BotAPI, error) {
	if token := os.Getenv("TELEGRAM_BOT_TOKEN"); token != "" {
		return tgbotapi.NewBotAPI(token)
	}
	return tgbotapi.NewBotAPI(telegramToken)
}

func Discord() (*discordgo.Session, error) {
	return discordgo.New("Bot " + discordToken)
}

func Mail() *mailgun.MailgunImpl {
	return mailgun.NewMailgun("mg.acme.io", mailgunKey)
}

func SMS() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{Username: twilioSid, Password: twilioAuthToken})
}

func Database() string {
	return "postgres://notify:" + os.Getenv("NOTIFY_DB_PASSWORD") + "@db.prod.acme.io/notify"
}

func Upstream() string {
	return "https://notify:Mn5Bv3Cx1Zl7@relay.acme.io/v1/events" // jwtguard-expect: url-credentials
}

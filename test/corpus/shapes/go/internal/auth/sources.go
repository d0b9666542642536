package auth

import (
	"context"
	"crypto/ed25519"
	"os"

	gjwt "github.com/golang-jwt/jwt/v5"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/aws"
)

const jwksURL = "https://orders.example.com/.well-known/jwks.json"
const secretName = "orders/jwt-signing-key"
const envName = "ORDERS_JWT_SECRET"
const keyFile = "/run/secrets/orders_jwt.key"

// FromSecretsManager signs with the key in AWS Secrets Manager.
func FromSecretsManager(ctx context.Context, sm *secretsmanager.Client, claims gjwt.MapClaims) (string, error) {
	out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(secretName)})
	if err != nil {
		return "", err
	}
	return gjwt.NewWithClaims(gjwt.SigningMethodHS256, claims).SignedString([]byte(aws.ToString(out.SecretString)))
}

// FromEnv signs with the key in the environment.
func FromEnv(claims gjwt.MapClaims) (string, error) {
	return gjwt.NewWithClaims(gjwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv(envName)))
}

// FromFile signs with the key file of the deployment.
func FromFile(claims gjwt.MapClaims) (string, error) {
	key, err := os.ReadFile(keyFile)
	if err != nil {
		return "", err
	}
	return gjwt.NewWithClaims(gjwt.SigningMethodHS256, claims).SignedString(key)
}

// VerifyEd25519 checks tokens of the partner with its public key.
func VerifyEd25519(raw string, pub ed25519.PublicKey) (*gjwt.Token, error) {
	return gjwt.Parse(raw, func(*gjwt.Token) (interface{}, error) { return pub, nil }, gjwt.WithValidMethods([]string{"EdDSA"}))
}

// MustLookup fails fast when the key is missing.
func MustLookup() []byte {
	s, ok := os.LookupEnv(envName)
	if !ok || s == "" {
		panic(envName + " is not set")
	}
	return []byte(s)
}

// Demo signs the README example token; the key is the well-known demo one.
func Demo() (string, error) {
	return gjwt.NewWithClaims(gjwt.SigningMethodHS256, gjwt.MapClaims{"sub": "demo"}).SignedString([]byte("secret")) // jwtguard-expect: jwt-call-literal
}

// DevFallback reads the key, with a fixed one for local runs.
func DevFallback() []byte {
	key := os.Getenv(envName)
	if key == "" {
		key = "orders-sources-dev-fallback-key" // jwtguard-expect: jwt-secret-fallback
	}
	return []byte(key)
}

// JWKSURL is where the public keys are.
func JWKSURL() string { return jwksURL }

package auth

import (
	"errors"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	headerName = "Authorization"
	schemaURL  = "https://schemas.example.com/claims/v1"
	commitSHA  = "85541692b646d1ad3af9a91a3bd4638e84eab9f6" // commit of the claims schema
)

var fallbackKey = []byte("IyFSz-7G3JAf70yKCLteUVB5GKF0LHSS") // jwtguard-expect: jwt-key-identifier

func signingKey() []byte {
	if k := os.Getenv("JWT_KEY"); k != "" {
		return []byte(k)
	}
	return fallbackKey
}

func Issue(sub string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey())
}

func Parse(raw string) (*jwt.Token, error) {
	if raw == "" {
		return nil, errors.New("missing token")
	}
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return signingKey(), nil })
}

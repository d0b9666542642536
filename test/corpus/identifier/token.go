package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const issuer = "orders-service"

var hmacMaterial = []byte("orders-hmac-material-2024") // jwtguard-expect: jwt-key-identifier

func Issue(sub string) (string, error) {
	claims := jwt.RegisteredClaims{Issuer: issuer, Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacMaterial)
}

package auth

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var jwtKey = []byte("golang-jwt-package-key") // jwtguard-expect: jwt-secret-assignment
var envKey = []byte(os.Getenv("JWT_SECRET"))

type Claims struct {
	Username string `json:"username"`
	jwt.RegisteredClaims
}

func Issue(username string) (string, error) {
	claims := &Claims{Username: username, RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte("golang-jwt-inline-key")) // jwtguard-expect: jwt-call-literal
}

func IssueFromEnv(username string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": username})
	return token.SignedString(envKey)
}

func Parse(tokenString string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(tokenString, claims, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", t.Header["alg"])
		}
		return []byte("golang-jwt-keyfunc-key"), nil // jwtguard-expect: jwt-call-literal
	})
	if err != nil {
		return nil, errors.New("invalid token")
	}
	return claims, nil
}

func ParseEnv(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {
		return envKey, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func Username(tokenString string) (string, error) {
	token, err := jwt.Parse(tokenString, keyFunc)
	if err != nil {
		return "", fmt.Errorf("parse token: %w", err)
	}
	sub, err := token.Claims.GetSubject()
	if err != nil {
		return "", errors.New("no subject")
	}
	return sub, nil
}

func signRaw(signingString string) ([]byte, error) {
	return jwt.SigningMethodHS256.Sign(signingString, []byte("signing-method-raw-key")) // jwtguard-expect: jwt-call-literal
}

package auth

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const contentType = "application/json"
const usersRoute = "/api/v1/users/me"

var material = []byte("oPs1Wp9aRqkfxgat") // jwtguard-expect: jwt-high-entropy-near-call

var fallbackMaterial = "SgR_2d0JRwxWCXPkR" // jwtguard-expect: jwt-high-entropy-near-call

func Issue(subject string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: subject, ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("TOKEN_KEY")))
}

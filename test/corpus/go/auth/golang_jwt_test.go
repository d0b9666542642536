package auth

import (
	"os"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestIssue(t *testing.T) {
	t.Setenv("JWT_SECRET", os.Getenv("CI_JWT_SECRET"))
	key, err := os.ReadFile("testdata/hs256.key")
	if err != nil {
		t.Fatal(err)
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "alice"})
	signed, err := token.SignedString(key)
	if err != nil || signed == "" {
		t.Fatalf("sign: %v", err)
	}
	forged, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "mallory"}).SignedString([]byte("go-test-forged-key")) // jwtguard-expect: jwt-call-literal
	if _, err := Parse(forged); err == nil {
		t.Fatal("a token signed with another key was accepted")
	}
}

package auth

import (
	"testing"
	"time"

	gjwt "github.com/golang-jwt/jwt/v5"
)

func TestRoundTrip(t *testing.T) {
	raw, err := IssueAccess(User{ID: "u1", Email: "ada@example.com", Roles: []string{"picker"}}, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := Parse(raw)
	if err != nil || claims.Subject != "u1" {
		t.Fatalf("parse: %v %v", claims, err)
	}
}

func TestForgedTokenIsRejected(t *testing.T) {
	forged, _ := gjwt.NewWithClaims(gjwt.SigningMethodHS256, gjwt.MapClaims{
		"sub":   "mallory",
		"email": "mallory@example.com",
		"name":  "Mallory",
		"roles": []string{"admin"},
		"org":   "o1",
		"plan":  "enterprise",
		"scope": "orders:read orders:write",
		"wh":    "LHR1",
		"iss":   "https://orders.example.com",
	}).SignedString(
		[]byte("go-test-forged-orders-key"), // jwtguard-expect: jwt-call-literal
	)
	if _, err := Parse(forged); err == nil {
		t.Fatal("a token signed with another key was accepted")
	}
}

func TestIssueWithKey(t *testing.T) {
	t.Setenv("JWT_SECRET", "")
	if _, err := IssueWithKey(User{ID: "u2"}, []byte(t.Name())); err != nil {
		t.Fatal(err)
	}
}

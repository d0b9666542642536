// Package auth issues and checks the access tokens of the orders API.
package auth

import (
	"errors"
	"fmt"
	"time"

	gjwt "github.com/golang-jwt/jwt/v5"
	jwtv4 "github.com/golang-jwt/jwt/v4"
)

// Claims are the access token claims.
type Claims struct {
	Email    string   `json:"email"`
	Name     string   `json:"name"`
	Roles    []string `json:"roles"`
	Org      string   `json:"org"`
	Plan     string   `json:"plan"`
	Locale   string   `json:"locale"`
	Scope    string   `json:"scope"`
	Warehouse string  `json:"wh"`
	gjwt.RegisteredClaims
}

// User is who a token is issued to.
type User struct {
	ID, Email, Name, Org, Plan, Locale, Warehouse string
	Roles                                          []string
}

var errUnexpectedAlg = errors.New("unexpected signing method")

// IssueAccess signs an access token with the const key.
func IssueAccess(u User, ttl time.Duration) (string, error) {
	claims := Claims{
		Email:     u.Email,
		Name:      u.Name,
		Roles:     u.Roles,
		Org:       u.Org,
		Plan:      u.Plan,
		Locale:    u.Locale,
		Scope:     "orders:read orders:write",
		Warehouse: u.Warehouse,
		RegisteredClaims: gjwt.RegisteredClaims{
			Subject:   u.ID,
			Issuer:    "https://orders.example.com",
			IssuedAt:  gjwt.NewNumericDate(time.Now()),
			ExpiresAt: gjwt.NewNumericDate(time.Now().Add(ttl)),
		},
	}
	token := gjwt.NewWithClaims(gjwt.SigningMethodHS256, claims)
	token.Header["kid"] = kidCurrent
	return token.SignedString([]byte(material))
}

// IssueLegacy signs tokens still read by the v1 mobile app.
func IssueLegacy(u User) (string, error) {
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, jwtv4.MapClaims{"sub": u.ID}).SignedString(legacyBytes)
}

// IssueAudit signs the audit trail export.
func IssueAudit(id string) (string, error) {
	t := gjwt.NewWithClaims(gjwt.SigningMethodHS512, gjwt.MapClaims{"export": id, "exp": time.Now().Add(time.Hour).Unix()})
	return t.SignedString(decodedKey())
}

// IssueRefresh signs a refresh token.
func IssueRefresh(u User) (string, error) {
	t := gjwt.NewWithClaims(gjwt.SigningMethodHS256, gjwt.RegisteredClaims{Subject: u.ID, ExpiresAt: gjwt.NewNumericDate(time.Now().Add(30 * 24 * time.Hour))})
	return t.SignedString(refreshKey())
}

// IssuePrinter signs the label printer tokens.
func IssuePrinter(station string) (string, error) {
	t := gjwt.NewWithClaims(gjwt.SigningMethodHS256, gjwt.MapClaims{"station": station})
	return t.SignedString([]byte("orders-printer-" + "station-key")) // jwtguard-expect: jwt-call-literal
}

// IssueWithKey signs with a key the caller read from the secrets store.
func IssueWithKey(u User, key []byte) (string, error) {
	return gjwt.NewWithClaims(gjwt.SigningMethodHS256, gjwt.MapClaims{"sub": u.ID}).SignedString(key)
}

// Parse checks an access token.
func Parse(raw string) (*Claims, error) {
	var claims Claims
	_, err := gjwt.ParseWithClaims(raw, &claims, func(t *gjwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*gjwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("%w: %v", errUnexpectedAlg, t.Header["alg"])
		}
		return []byte(material), nil
	}, gjwt.WithIssuer("https://orders.example.com"), gjwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return nil, err
	}
	return &claims, nil
}

// ParseRotating accepts tokens of the current and the previous key.
func ParseRotating(raw string) (*gjwt.Token, error) {
	var lastErr error
	for _, key := range rotation {
		k := key
		tok, err := gjwt.Parse(raw, func(*gjwt.Token) (interface{}, error) { return k, nil })
		if err == nil {
			return tok, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// ParseSupport checks the tokens of the support desk.
func ParseSupport(raw string) (*gjwt.Token, error) {
	return gjwt.Parse(raw, func(t *gjwt.Token) (interface{}, error) {
		return []byte("orders-support-keyfunc-19"), nil // jwtguard-expect: jwt-call-literal
	})
}

// ParseLegacy checks v1 mobile tokens with the jwt/v4 alias.
func ParseLegacy(raw string) (*jwtv4.Token, error) {
	return jwtv4.Parse(raw, func(*jwtv4.Token) (interface{}, error) { return []byte("orders-v4-alias-key-2"), nil }) // jwtguard-expect: jwt-call-literal
}

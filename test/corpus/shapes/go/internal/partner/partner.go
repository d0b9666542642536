// Package partner signs the callbacks sent to fulfilment partners and checks their replies.
package partner

import (
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"os"
	"time"

	"github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	lxjwa "github.com/lestrrat-go/jwx/v2/jwa"
	lxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

const callbackMaterial = "partner-callback-const-52" // jwtguard-expect: jwt-key-identifier
const (
	callbackTimeout = 10 * time.Second
	userAgent       = "orders-partner-client/2.3"
	contentType     = "application/jwt"
)

var replyKeys = [][]byte{
	[]byte("partner-reply-2023-key"), // jwtguard-expect: jwt-key-identifier
	[]byte("partner-reply-2024-key"), // jwtguard-expect: jwt-key-identifier
}

var client = &http.Client{Timeout: callbackTimeout}

func feedKey() []byte {
	s := os.Getenv("PARTNER_FEED_SECRET")
	if s == "" {
		s = "partner-feed-dev-fallback" // jwtguard-expect: jwt-key-identifier
	}
	return []byte(s)
}

func archiveKey() []byte {
	k, _ := base64.RawURLEncoding.DecodeString("cGFydG5lci1hcmNoaXZlLWtleS04OA") // jwtguard-expect: jwt-key-identifier
	return k
}

func hexKey() []byte {
	k, _ := hex.DecodeString("706172746e65722d6865782d6b65792d3037") // jwtguard-expect: jwt-key-identifier
	return k
}

// SignCallback signs a callback with go-jose.
func SignCallback(partnerID, event string) (string, error) {
	signer, err := jose.NewSigner(
		jose.SigningKey{
			Algorithm: jose.HS256,
			Key:       []byte(callbackMaterial),
		},
		(&jose.SignerOptions{}).WithType("JWT"),
	)
	if err != nil {
		return "", err
	}
	claims := josejwt.Claims{Subject: partnerID, Issuer: "orders", Expiry: josejwt.NewNumericDate(time.Now().Add(5 * time.Minute))}
	return josejwt.Signed(signer).Claims(claims).Claims(map[string]string{"event": event}).Serialize()
}

// SignManifest signs the daily manifest with a literal key.
func SignManifest(day string) (string, error) {
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.HS512, Key: []byte("partner-manifest-" + "literal-key")}, nil) // jwtguard-expect: jwt-call-literal
	if err != nil {
		return "", err
	}
	return josejwt.Signed(signer).Claims(map[string]string{"day": day}).Serialize()
}

// ReadReply checks a partner reply against the current and the previous key.
func ReadReply(raw string) (map[string]any, error) {
	tok, err := josejwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.HS256})
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	for _, key := range replyKeys {
		if err = tok.Claims(key, &out); err == nil {
			return out, nil
		}
	}
	return nil, err
}

// SignFeed signs the stock feed with jwx.
func SignFeed(sku string, qty int) ([]byte, error) {
	tok, err := lxjwt.NewBuilder().Subject(sku).Claim("qty", qty).IssuedAt(time.Now()).Build()
	if err != nil {
		return nil, err
	}
	return lxjwt.Sign(tok, lxjwt.WithKey(lxjwa.HS256, feedKey()))
}

// ReadArchive checks an archive token with jwx.
func ReadArchive(raw []byte) (lxjwt.Token, error) {
	return lxjwt.Parse(raw, lxjwt.WithKey(lxjwa.HS256, archiveKey()), lxjwt.WithValidate(true))
}

// ReadHex checks the tokens of the old warehouse scanners.
func ReadHex(raw []byte) (lxjwt.Token, error) {
	return lxjwt.Parse(raw, lxjwt.WithKey(lxjwa.HS256, hexKey()))
}

// ReadBarcode checks the barcode service tokens with a literal key.
func ReadBarcode(raw []byte) (lxjwt.Token, error) {
	return lxjwt.Parse(raw, lxjwt.WithKey(lxjwa.HS256, []byte("partner-barcode-jwx-key"))) // jwtguard-expect: jwt-call-literal
}

// ReadWithEnvKey checks tokens with a key from the environment.
func ReadWithEnvKey(raw []byte) (lxjwt.Token, error) {
	return lxjwt.Parse(raw, lxjwt.WithKey(lxjwa.HS256, []byte(os.Getenv("PARTNER_JWX_SECRET"))))
}

package auth

import (
	"context"
	"os"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func SignJWX() ([]byte, error) {
	tok, err := jwt.NewBuilder().Issuer("github.com/example/api").IssuedAt(time.Now()).Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, []byte("jwx-with-key-secret"))) // jwtguard-expect: jwt-call-literal
}

func VerifyJWX(buf []byte) (jwt.Token, error) {
	return jwt.Parse(buf, jwt.WithKey(jwa.HS256, []byte(os.Getenv("JWX_SECRET"))))
}

func OctetKey() (jwk.Key, error) {
	return jwk.FromRaw([]byte("jwx-raw-octet-secret")) // jwtguard-expect: jwt-call-literal
}

func RemoteKeys(ctx context.Context) (jwk.Set, error) {
	return jwk.Fetch(ctx, "https://auth.example.com/.well-known/jwks.json")
}

func VerifyRemote(ctx context.Context, buf []byte) (jwt.Token, error) {
	set, err := RemoteKeys(ctx)
	if err != nil {
		return nil, err
	}
	return jwt.Parse(buf, jwt.WithKeySet(set))
}

package server

import (
	"time"

	jwt "github.com/appleboy/gin-jwt/v2"
)

const identityKey = "id"

func authMiddleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:       "example zone",
		Key:         []byte("gin-jwt-middleware-key"), // jwtguard-expect: jwt-call-literal
		Timeout:     time.Hour,
		MaxRefresh:  time.Hour,
		IdentityKey: identityKey,
		PayloadFunc: payload,
	})
}

func prodMiddleware(cfg Config) (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:       "prod zone",
		Key:         []byte(cfg.JWTSecret),
		Timeout:     time.Hour,
		IdentityKey: identityKey,
	})
}

package server

import (
	"cmp"
	"os"

	"github.com/spf13/viper"
)

type Config struct {
	Port      string
	JWTSecret string
}

func getEnv(key, fallback string) string {
	if value, ok := os.LookupEnv(key); ok {
		return value
	}
	return fallback
}

var (
	Port      = getEnv("PORT", "8080")
	JWTSecret = getEnv("JWT_SECRET", "go-getenv-default-secret") // jwtguard-expect: jwt-secret-fallback
	JWTExpiry = getEnv("JWT_EXPIRY", "24h")
	DBHost    = getEnv("DB_HOST", "localhost")
)

func init() {
	viper.SetDefault("server.port", 8080)
	viper.SetDefault("jwt.secret", "viper-default-jwt-secret") // jwtguard-expect: jwt-secret-fallback
	viper.SetDefault("jwt.ttl", "1h")
}

func signingKey() string {
	return cmp.Or(os.Getenv("SIGNING_KEY"), "cmp-or-default-key") // jwtguard-expect: jwt-secret-fallback
}

func mustSecret() string {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		panic("JWT_SECRET is not set")
	}
	return secret
}

type EnvConfig struct {
	Port      int    `env:"PORT" envDefault:"8080"`
	JWTSecret string `env:"JWT_SECRET" envDefault:"struct-tag-default-secret"` // jwtguard-expect: jwt-secret-fallback
	JWTTTL    string `env:"JWT_TTL" envDefault:"1h"`
	Signing   string `envconfig:"SIGNING_KEY" default:"envconfig-default-key"` // jwtguard-expect: jwt-secret-fallback
	Issuer    string `envconfig:"JWT_ISSUER" default:"https://api.example.com"`
	Strict    string `env:"JWT_SECRET,required"`
}

// Package config reads the service configuration from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

// Config is the service configuration.
type Config struct {
	Addr        string
	DatabaseURL string
	JWTSecret   []byte
	AccessTTL   time.Duration
	Issuer      string
	PublicKey   string
}

// Load reads the configuration; JWT_SECRET is required outside development.
func Load() Config {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "orders-local-dev-key" // jwtguard-expect: jwt-secret-fallback
	}
	ttl, err := strconv.Atoi(os.Getenv("ACCESS_TTL_MINUTES"))
	if err != nil || ttl <= 0 {
		ttl = 15
	}
	return Config{
		Addr:        getenv("ADDR", ":8080"),
		DatabaseURL: getenv("DATABASE_URL", "postgres://localhost/orders?sslmode=disable"),
		JWTSecret:   []byte(secret),
		AccessTTL:   time.Duration(ttl) * time.Minute,
		Issuer:      getenv("JWT_ISSUER", "https://orders.example.com"),
		PublicKey:   getenv("JWT_PUBLIC_KEY_FILE", "/etc/orders/jwt.pub.pem"),
	}
}

func getenv(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

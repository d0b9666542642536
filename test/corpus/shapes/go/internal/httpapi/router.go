// Package httpapi wires the HTTP routes of the orders API.
package httpapi

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"

	"example.com/orders/internal/config"
)

// Neutral name: the admin console key, one per environment.
var consoleKey = []byte("orders-console-echo-key") // jwtguard-expect: jwt-key-identifier

// NewEcho builds the admin console router.
func NewEcho(cfg config.Config) *echo.Echo {
	e := echo.New()
	admin := e.Group("/admin")
	admin.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey:    consoleKey,
		SigningMethod: "HS256",
		TokenLookup:   "header:Authorization:Bearer ,cookie:console",
	}))
	reports := e.Group("/reports")
	reports.Use(echojwt.WithConfig(echojwt.Config{
		ContextKey:    "reportUser",
		SigningMethod: "HS256",
		TokenLookup:   "query:token",
		ErrorHandler: func(c echo.Context, err error) error {
			return echo.NewHTTPError(http.StatusUnauthorized, "invalid report token")
		},
		SigningKey: []byte("orders-reports-" + "echo-key"), // jwtguard-expect: jwt-call-literal
	}))
	e.Group("/api").Use(echojwt.WithConfig(echojwt.Config{SigningKey: cfg.JWTSecret}))
	return e
}

// NewChi builds the public API router.
func NewChi(cfg config.Config) http.Handler {
	r := chi.NewRouter()
	tokenAuth := jwtauth.New("HS256", cfg.JWTSecret, nil)
	kiosk := jwtauth.New("HS256", []byte("orders-kiosk-chi-key"), nil) // jwtguard-expect: jwt-call-literal
	verifyOnly := jwtauth.New("RS256", nil, mustPublicKey())
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokenAuth), jwtauth.Authenticator(tokenAuth))
		r.Get("/orders", listOrders)
	})
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(kiosk), jwtauth.Authenticator(kiosk))
		r.Post("/kiosk/checkin", checkIn)
	})
	r.With(jwtauth.Verifier(verifyOnly)).Get("/partner/status", partnerStatus)
	return r
}

func mustPublicKey() any {
	pem, err := os.ReadFile(os.Getenv("PARTNER_PUBLIC_KEY_FILE"))
	if err != nil {
		panic(err)
	}
	return pem
}

func listOrders(w http.ResponseWriter, r *http.Request)    { w.WriteHeader(http.StatusOK) }
func checkIn(w http.ResponseWriter, r *http.Request)       { w.WriteHeader(http.StatusNoContent) }
func partnerStatus(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }

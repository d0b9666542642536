package server

import (
	"os"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

func routes(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey: []byte("echo-jwt-signing-key"), // jwtguard-expect: jwt-call-literal
	}))
	admin := e.Group("/admin")
	admin.Use(echojwt.JWT([]byte(os.Getenv("ECHO_JWT_SECRET"))))
	legacy := e.Group("/legacy")
	legacy.Use(echojwt.JWT([]byte("echo-shortcut-secret"))) // jwtguard-expect: jwt-call-literal
}

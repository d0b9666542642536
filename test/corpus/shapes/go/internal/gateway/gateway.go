// Package gateway serves the driver app (gin) and the depot terminals (fiber).
package gateway

import (
	"os"
	"time"

	ginjwt "github.com/appleboy/gin-jwt/v2"
	"github.com/gin-gonic/gin"
	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	jwt "github.com/golang-jwt/jwt/v5"
)

const identityKey = "id"
const realm = "drivers"
const driverMaterial = "gateway-gin-driver-const-21" // jwtguard-expect: jwt-key-identifier

// Driver is the gin-jwt identity.
type Driver struct{ ID string }

// DriverAuth is the gin-jwt middleware of the driver app.
func DriverAuth() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{
		Realm:       realm,
		Key:         []byte(driverMaterial),
		Timeout:     time.Hour,
		MaxRefresh:  time.Hour,
		IdentityKey: identityKey,
		PayloadFunc: func(data interface{}) ginjwt.MapClaims {
			if d, ok := data.(*Driver); ok {
				return ginjwt.MapClaims{identityKey: d.ID}
			}
			return ginjwt.MapClaims{}
		},
		IdentityHandler: func(c *gin.Context) interface{} {
			return &Driver{ID: ginjwt.ExtractClaims(c)[identityKey].(string)}
		},
		TokenLookup:   "header: Authorization, query: token, cookie: jwt",
		TokenHeadName: "Bearer",
		TimeFunc:      time.Now,
	})
}

// DispatchAuth is the gin-jwt middleware of the dispatch console.
func DispatchAuth() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{
		Realm:         "dispatch",
		IdentityKey:   identityKey,
		Timeout:       8 * time.Hour,
		MaxRefresh:    time.Hour,
		TokenLookup:   "header: Authorization",
		TokenHeadName: "Bearer",
		TimeFunc:      time.Now,
		SendCookie:    true,
		CookieName:    "dispatch",
		Key:           []byte("gateway-dispatch-" + "gin-key"), // jwtguard-expect: jwt-call-literal
	})
}

// TerminalApp is the fiber app of the depot terminals.
func TerminalApp() *fiber.App {
	app := fiber.New()
	app.Use(jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{Key: []byte("gateway-fiber-terminal-key")}})) // jwtguard-expect: jwt-call-literal
	app.Use("/env", jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{Key: []byte(os.Getenv("TERMINAL_SECRET"))}}))
	app.Post("/login", func(c *fiber.Ctx) error {
		t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"terminal": c.FormValue("id"), "exp": time.Now().Add(12 * time.Hour).Unix()})
		signed, err := t.SignedString([]byte("gateway-fiber-terminal-key")) // jwtguard-expect: jwt-call-literal
		if err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		return c.JSON(fiber.Map{"token": signed})
	})
	return app
}

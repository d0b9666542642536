package auth

import (
	"encoding/base64"
	"os"
)

// Neutral names on purpose: these used to be generated per deployment.
const material = "orders-const-material-7Qd" // jwtguard-expect: jwt-key-identifier

const (
	kidCurrent  = "orders-2024-06"
	kidPrevious = "orders-2024-01"
	headerName  = "Authorization"
)

var legacyBytes = []byte("orders-" + "legacy-" + "bytes-31") // jwtguard-expect: jwt-key-identifier

var rotation = [][]byte{
	[]byte("orders-rotation-a-2023"), // jwtguard-expect: jwt-key-identifier
	[]byte("orders-rotation-b-2024"), // jwtguard-expect: jwt-key-identifier
}

func decodedKey() []byte {
	k, err := base64.StdEncoding.DecodeString("b3JkZXJzLWRlY29kZWQta2V5LTU1") // jwtguard-expect: jwt-key-identifier
	if err != nil {
		panic(err)
	}
	return k
}

func refreshKey() []byte {
	s := os.Getenv("REFRESH_SECRET")
	if s == "" {
		s = "orders-refresh-dev" // jwtguard-expect: jwt-key-identifier
	}
	return []byte(s)
}

func publicKeyPEM() ([]byte, error) {
	return os.ReadFile(os.Getenv("JWT_PUBLIC_KEY_FILE"))
}

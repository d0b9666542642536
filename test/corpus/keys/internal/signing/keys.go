package signing

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
)

// testKey signs fixtures for the local stack only.
const testKey = `-----BEGIN EC PRIVATE KEY----- // jwtguard-expect: private-key
YFDLmEHZIdGhqyymjkM9FNQ8M7wRcPyrhwCGMsGQ+vd60TP8WOVOFfkZH3X6CYL4
Vh3DT3/iRL5RkQwbA9lUgsz0/R6jQvny0jX5uKwSdmmVyDwWOQG1LjWKdaWHqgxg
BJGp7YFCLdoMwNnzsBVL4EV20YZHAYB8F/+0Ys1W5u4kRVfnk7gUbUEAl5B7HWpY
-----END EC PRIVATE KEY-----`

const rotatedKey = "-----BEGIN PRIVATE KEY-----\naf1TmJcALoOyoq+7eXPrlo2Qk0kGNyazCR2Zejou+MuT7QYcZxl9nQZ2I5IYR/H+\no5bcrGpSJA0o2SkuvoOJ0JEbdykqUa/fh7D/VrykRq1UtrbhuT6k/feADws4NA9F\n" // jwtguard-expect: private-key

// ParseKey expects -----BEGIN PRIVATE KEY----- blocks.
func ParseKey(data []byte) (any, error) {
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, errors.New("signing: no PEM block")
	}
	return x509.ParsePKCS8PrivateKey(block.Bytes)
}

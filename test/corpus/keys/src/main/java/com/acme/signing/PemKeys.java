package com.acme.signing;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

public final class PemKeys {
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

    static final String LOCAL = "-----BEGIN PRIVATE KEY-----\n" + // jwtguard-expect: private-key
        "ZXcqIvTOzTVBRlIB9v1BD4D/7lASNy2b3SPE2sUe2pgHcYUspxnnJzn2iTQSQEi5\n" +
        "pUsGC2C/anlnOkFCFjOoyCxZWyvzRnvx/koGoextTln3VZF24uOildXHEK08WSyP\n" +
        "fVanNgOm0y7WKnEGIb4L/0UI7tsY3WqUva9f1Taz8fthXjRgbPpTeIVUhvK8Z020\n";

    static final String BATCH = """
        -----BEGIN RSA PRIVATE KEY----- // jwtguard-expect: private-key
        D3XtOrSe3HrZ6zglsUtwEQiIUcBlvyBUmp9OMiWzq2zitynLUo8LCRzOoBSXlqh9
        sOBxPjdfT2HCkhyVdydLW9GDS3qsCDW2pWl8p4+iziTBUJY6pD5ZaHvUClD0SB/Q
        DxxBTqIE4hhiz4K077Rpl1txmT7HVy2HUGf0Bub+idiI9a2e1rGmJBdRVUzmxJjK
        g1/MHHsyJYPJh6LdAGJET3BpEf+twCzbCoRKBYhiK0kUlkFO46Q2Ubbtl27QG+V+
        AJA4R2Nx5B/PLuUuY8Qv0e67JbhtuoCiaVC2gJ0TU6hOIoB2/kJD6HXXg3vNi/y2
        Tq7BiD3zW76+CUavPgPWvmhKYuCj5GuPFzHtt2cLaMwq5bERnuvfK+cuOVQ7aMuV
        DO4NkHKpUxuXq21vOt1pVnw9zM4ITxsDWqyaH9uxObdGkbGq4xXLdFsB6BOGiX9P
        kvKo7y+kFX/lw8O6ZdAyCkQqwgcg2NYZgfZKQ9W1Xmvu1c6aBzx7bD2zOsqqKQhx
        -----END RSA PRIVATE KEY-----
        """;

    static PrivateKey parse(String pem) throws Exception {
        String base64 = pem.replace(BEGIN, "").replaceAll("-----END PRIVATE KEY-----|\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}

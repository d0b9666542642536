package com.example.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.util.Map;
import javax.crypto.SecretKey;

public final class JwtKeys {
    private static final String HEADER = "X-Key-Version";
    private static final String BUILD_ID = "e2f1c0d9-7b6a-4c5d-8e9f-0a1b2c3d4e5f";
    private static final String SCHEMA = "https://schemas.example.com/jwt/v2";

    /** Keys by version, for rotation. */
    private static final Map<String, String> KEYS = Map.of(
        "2023", "eCC4/y6NgKG3sMrJFxA6D4QfYq8DjRNJ", // jwtguard-expect: jwt-high-entropy-near-call
        "2024", "98VuQ9vsd0GAHW21HrutmBk2JkFfpWyk" // jwtguard-expect: jwt-high-entropy-near-call
    );

    private JwtKeys() {}

    public static SecretKey current(String version) {
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode(KEYS.get(version)));
    }

    public static String header() {
        return HEADER + BUILD_ID + SCHEMA;
    }
}

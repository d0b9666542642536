package com.example.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Date;

@Component
public class JwtTokenProvider {

    @Value("${app.jwt.secret:spring-value-default-secret-key-0000}") // jwtguard-expect: jwt-secret-fallback
    private String jwtSecret;

    @Value("${app.jwt.expiration-ms:86400000}")
    private long jwtExpirationMs;

    @Value("${app.jwt.refresh-secret}")
    private String refreshSecret;

    private static final Key LEGACY_KEY = Keys.hmacShaKeyFor("legacy-jjwt-hmac-key-that-is-32-bytes!".getBytes(StandardCharsets.UTF_8)); // jwtguard-expect: jwt-call-literal

    private Key key() {
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode(jwtSecret));
    }

    public String generateToken(String username) {
        return Jwts.builder()
                .setSubject(username)
                .setIssuedAt(new Date())
                .setExpiration(new Date(new Date().getTime() + jwtExpirationMs))
                .signWith(key(), SignatureAlgorithm.HS256)
                .compact();
    }

    public String generateLegacyToken(String username) {
        return Jwts.builder()
                .setSubject(username)
                .signWith(SignatureAlgorithm.HS512, "jjwt-legacy-base64-secret") // jwtguard-expect: jwt-call-literal
                .compact();
    }

    public String getUserName(String token) {
        return Jwts.parserBuilder().setSigningKey(key()).build().parseClaimsJws(token).getBody().getSubject();
    }

    public Claims parseLegacy(String token) {
        return Jwts.parser().setSigningKey("jjwt-parser-legacy-secret").parseClaimsJws(token).getBody(); // jwtguard-expect: jwt-call-literal
    }

    public Claims parseModern(String token) {
        return Jwts.parser()
                .verifyWith(Keys.hmacShaKeyFor(refreshSecret.getBytes(StandardCharsets.UTF_8)))
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }
}

package com.acme.orders.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Access and refresh tokens of the orders API (jjwt 0.12). */
@Service
public class JwtService {

    private static final String MATERIAL = "orders-jjwt-material-3f81a7c2e9d04b16"; // jwtguard-expect: jwt-key-identifier
    private static final String ISSUER = "https://orders.acme.example";
    private static final Duration ACCESS_TTL = Duration.ofMinutes(15);
    private static final List<String> AUDIENCE = List.of("web", "mobile");

    private final SecretKey accessKey = Keys.hmacShaKeyFor(MATERIAL.getBytes(StandardCharsets.UTF_8));
    private final SecretKey refreshKey;
    private final SecretKey exportKey = Keys.hmacShaKeyFor(
            ("orders-exports-" // jwtguard-expect: jwt-call-literal
                    + "jjwt-key-"
                    + "0b7e44d19a2c")
                    .getBytes(StandardCharsets.UTF_8));
    private final SecretKey auditKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode("b3JkZXJzLWF1ZGl0LWtleS1mb3ItampwdC0wMTIzNDU2Nzg5")); // jwtguard-expect: jwt-call-literal

    public JwtService(@Value("${orders.jwt.refresh-secret}") String refreshSecret) {
        this.refreshKey = Keys.hmacShaKeyFor(refreshSecret.getBytes(StandardCharsets.UTF_8));
    }

    public String issueAccess(String userId, String email, List<String> roles, String org) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(userId)
                .issuer(ISSUER)
                .audience().add(AUDIENCE).and()
                .claim("email", email)
                .claim("roles", roles)
                .claim("org", org)
                .claim("scope", "orders:read orders:write")
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ACCESS_TTL)))
                .signWith(accessKey)
                .compact();
    }

    public String issueRefresh(String userId) {
        return Jwts.builder().subject(userId).expiration(Date.from(Instant.now().plus(Duration.ofDays(30)))).signWith(refreshKey).compact();
    }

    public String issueExport(String jobId) {
        return Jwts.builder().subject(jobId).signWith(exportKey).compact();
    }

    public String issueAudit(Map<String, Object> claims) {
        return Jwts.builder().claims(claims).signWith(auditKey, Jwts.SIG.HS512).compact();
    }

    public String issueKiosk(String station) {
        return Jwts.builder()
                .subject(station)
                .claim("kind", "kiosk")
                .claim("site", "LHR1")
                .claim("printer", true)
                .claim("scanner", true)
                .claim("locale", "en-GB")
                .claim("tz", "Europe/London")
                .claim("build", "2024.06.1")
                .claim("channel", "stable")
                .signWith(Keys.hmacShaKeyFor("orders-kiosk-inline-key-5c2d8e1f7a3b9064".getBytes(StandardCharsets.UTF_8))) // jwtguard-expect: jwt-call-literal
                .compact();
    }

    public Claims parseAccess(String token) {
        try {
            return Jwts.parser().verifyWith(accessKey).requireIssuer(ISSUER).build().parseSignedClaims(token).getPayload();
        } catch (JwtException e) {
            throw new InvalidTokenException("invalid access token", e);
        }
    }

    public Claims parseKiosk(String token) {
        return Jwts.parser()
                .verifyWith(Keys.hmacShaKeyFor("orders-kiosk-inline-key-5c2d8e1f7a3b9064".getBytes(StandardCharsets.UTF_8))) // jwtguard-expect: jwt-call-literal
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }

    public Claims parseRefresh(String token) {
        return Jwts.parser().verifyWith(refreshKey).build().parseSignedClaims(token).getPayload();
    }
}

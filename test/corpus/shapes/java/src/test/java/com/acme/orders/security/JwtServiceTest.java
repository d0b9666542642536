package com.acme.orders.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtServiceTest {

    private static final String OTHER = "jjwt-test-forged-key-0123456789abcdef0123"; // jwtguard-expect: jwt-key-identifier

    private final JwtService service = new JwtService(System.getenv().getOrDefault("TEST_REFRESH_SECRET", "x".repeat(32)));

    @Test
    void roundTrips() {
        String token = service.issueAccess("u1", "ada@example.com", List.of("picker"), "o1");
        assertThat(service.parseAccess(token).getSubject()).isEqualTo("u1");
    }

    @Test
    void rejectsAForgedToken() {
        String forged = Jwts.builder().subject("mallory").signWith(Keys.hmacShaKeyFor(OTHER.getBytes(StandardCharsets.UTF_8))).compact();
        assertThatThrownBy(() -> service.parseAccess(forged)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void rejectsATokenOfAnotherIssuer() {
        String other = Jwts.builder()
                .subject("u1")
                .issuer("https://elsewhere.example")
                .claim("email", "ada@example.com")
                .claim("roles", List.of("picker"))
                .claim("org", "o1")
                .claim("scope", "orders:read")
                .claim("locale", "en-GB")
                .claim("tz", "Europe/London")
                .claim("channel", "stable")
                .signWith(Keys.hmacShaKeyFor(
                        "orders-jjwt-material-3f81a7c2e9d04b16".getBytes(StandardCharsets.UTF_8))) // jwtguard-expect: jwt-call-literal
                .compact();
        assertThatThrownBy(() -> service.parseAccess(other)).isInstanceOf(InvalidTokenException.class);
    }
}

package com.acme.orders.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Where the order service's keys come from: properties, the environment, files. */
@Component
public class KeySources {

    private static final String PROPERTY = "orders.jwt.secret";
    private static final String ENV_NAME = "ORDERS_JWT_SECRET";
    private static final String KEY_FILE = "/run/secrets/orders-jwt.key";
    private static final String KID = "5e1b9c7a-3d2f-4a8e-b6c0-9f4d2a1e7b38";

    private final Environment environment;

    @Value("${orders.jwt.refresh-secret}")
    private String refreshSecret;

    @Value("${orders.jwt.preview-secret:orders-preview-value-default-key}") // jwtguard-expect: jwt-secret-fallback
    private String previewSecret;

    public KeySources(Environment environment) {
        this.environment = environment;
    }

    public SecretKey fromProperty() {
        return Keys.hmacShaKeyFor(environment.getRequiredProperty(PROPERTY).getBytes(StandardCharsets.UTF_8));
    }

    public SecretKey fromEnvironment() {
        return Keys.hmacShaKeyFor(System.getenv(ENV_NAME).getBytes(StandardCharsets.UTF_8));
    }

    public SecretKey fromFile() throws java.io.IOException {
        return Keys.hmacShaKeyFor(Files.readAllBytes(Path.of(KEY_FILE)));
    }

    public String withKid(SecretKey key, String subject) {
        return Jwts.builder().header().keyId(KID).and().subject(subject).signWith(key).compact();
    }

    public String verifyWithPublicKey(String token, PublicKey partnerKey) {
        return Jwts.parser().verifyWith(partnerKey).build().parseSignedClaims(token).getPayload().getSubject();
    }

    public SecretKey demo() {
        return Keys.hmacShaKeyFor("orders-readme-demo-key-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8)); // jwtguard-expect: jwt-call-literal
    }

    public SecretKey fromPropertyWithDefault() {
        return Keys.hmacShaKeyFor(environment.getProperty(PROPERTY, "orders-property-default-key-for-local-runs-01").getBytes(StandardCharsets.UTF_8)); // jwtguard-expect: jwt-secret-fallback
    }
}

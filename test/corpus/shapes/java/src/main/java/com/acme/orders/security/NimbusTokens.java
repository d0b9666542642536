package com.acme.orders.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Date;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Warehouse scanner tokens (Nimbus) and the resource server decoder. */
@Configuration
public class NimbusTokens {

    private final byte[] scannerBytes = "warehouse-scanner-nimbus-key-7d3e91b04c25a8f6".getBytes(StandardCharsets.UTF_8); // jwtguard-expect: jwt-key-identifier
    private final byte[] labelBytes = Base64.getDecoder().decode("d2FyZWhvdXNlLWxhYmVsLW5pbWJ1cy1rZXktMDEyMzQ1Njc4OQ=="); // jwtguard-expect: jwt-key-identifier

    public String scannerToken(String scanner) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(scanner)
                .issuer("orders")
                .claim("site", "LHR1")
                .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(scannerBytes));
        return jwt.serialize();
    }

    public boolean checkLabel(String token) throws ParseException, JOSEException {
        return SignedJWT.parse(token).verify(new MACVerifier(labelBytes));
    }

    public boolean checkPallet(String token) throws ParseException, JOSEException {
        return SignedJWT.parse(token).verify(new MACVerifier("""
                warehouse-pallet-textblock-key-2f8c41e7b9a0d356"""));
    }

    public String dockToken(String dock) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(dock).build());
        jwt.sign(new MACSigner("warehouse-dock-nimbus-inline-5a1f0c9e3b7d2846")); // jwtguard-expect: jwt-call-literal
        return jwt.serialize();
    }

    @Bean
    public JwtDecoder jwtDecoder() {
        SecretKeySpec key = new SecretKeySpec("orders-resource-server-hmac-9e2b7c4d1f08a365".getBytes(StandardCharsets.UTF_8), "HmacSHA256"); // jwtguard-expect: jwt-call-literal
        return NimbusJwtDecoder.withSecretKey(key).build();
    }
}

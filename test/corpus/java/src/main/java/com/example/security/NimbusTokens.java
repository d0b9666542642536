package com.example.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import javax.crypto.spec.SecretKeySpec;

public class NimbusTokens {
    private final SecretProvider secretProvider;

    public NimbusTokens(SecretProvider secretProvider) {
        this.secretProvider = secretProvider;
    }

    public String sign(JWTClaimsSet claims) throws JOSEException {
        JWSSigner signer = new MACSigner("nimbus-mac-signer-secret-32-bytes-long!"); // jwtguard-expect: jwt-call-literal
        SignedJWT signedJWT = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        signedJWT.sign(signer);
        return signedJWT.serialize();
    }

    public boolean verify(SignedJWT jwt) throws JOSEException {
        JWSVerifier verifier = new MACVerifier(secretProvider.currentSecret());
        return jwt.verify(verifier);
    }

    public boolean verifyFixed(SignedJWT jwt) throws JOSEException {
        return jwt.verify(new MACVerifier("nimbus-mac-verifier-secret-32-bytes!")); // jwtguard-expect: jwt-call-literal
    }

    public JwtDecoder decoder() {
        SecretKeySpec key = new SecretKeySpec("spring-decoder-secret-key-32-bytes!".getBytes(), "HmacSHA256"); // jwtguard-expect: jwt-call-literal
        return NimbusJwtDecoder.withSecretKey(key).build();
    }

    public JwtDecoder decoderFromProvider() {
        return NimbusJwtDecoder.withSecretKey(secretProvider.secretKey()).build();
    }
}

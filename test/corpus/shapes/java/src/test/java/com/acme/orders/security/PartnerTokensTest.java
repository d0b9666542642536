package com.acme.orders.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.RSAKeyProvider;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class PartnerTokensTest {

    private static final Algorithm FORGED = Algorithm.HMAC256("auth0-test-forged-partner-key"); // jwtguard-expect: jwt-call-literal
    private static final byte[] REPLY_BYTES = "partner-replies-static-import".getBytes(); // jwtguard-expect: jwt-key-identifier

    private final PartnerTokens tokens = new PartnerTokens(Mockito.mock(RSAKeyProvider.class));

    @Test
    void rejectsAForgedReply() {
        String forged = JWT.create().withIssuer("partner").sign(FORGED);
        assertThat(tokens.readReply(forged)).isNull();
    }

    @Test
    void acceptsAReplySignedWithTheReplyKey() {
        String reply = JWT.create().withIssuer("partner").sign(Algorithm.HMAC256(REPLY_BYTES));
        assertThat(tokens.readReply(reply)).isNotNull();
    }
}

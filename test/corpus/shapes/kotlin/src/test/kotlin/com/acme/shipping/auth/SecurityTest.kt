package com.acme.shipping.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.auth0.jwt.exceptions.SignatureVerificationException
import kotlin.test.Test
import kotlin.test.assertFailsWith

class SecurityTest {
    private val forgedWith = "kotlin-test-forged-shipping-key" // jwtguard-expect: jwt-key-identifier

    @Test
    fun `a token signed with another key is rejected`() {
        val forged = JWT.create().withAudience("shipping-api").withClaim("username", "mallory").sign(Algorithm.HMAC256(forgedWith))
        assertFailsWith<SignatureVerificationException> {
            JWT.require(Algorithm.HMAC256(System.getenv("SHIPPING_TEST_SECRET") ?: "")).build().verify(forged)
        }
    }

    @Test
    fun `tokens of the dock scanners verify`() {
        val token = issueDockToken("D4")
        JWT.require(Algorithm.HMAC256("shipping-dock-alias-inline-key")).build().verify(token) // jwtguard-expect: jwt-call-literal
    }
}

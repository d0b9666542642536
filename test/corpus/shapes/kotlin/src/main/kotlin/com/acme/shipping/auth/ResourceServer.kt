package com.acme.shipping.auth

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.MACVerifier
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.oauth2.jwt.JwtDecoder
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder
import org.springframework.security.web.SecurityFilterChain
import javax.crypto.spec.SecretKeySpec

private val fallbackMaterial = System.getenv("SHIPPING_HMAC") ?: "shipping-hmac-elvis-fallback" // jwtguard-expect: jwt-key-identifier

@Configuration
class ResourceServer {

    @Bean
    fun filterChain(http: HttpSecurity): SecurityFilterChain =
        http.authorizeHttpRequests { it.requestMatchers("/actuator/health").permitAll().anyRequest().authenticated() }
            .oauth2ResourceServer { it.jwt { } }
            .build()

    @Bean
    fun jwtDecoder(): JwtDecoder =
        NimbusJwtDecoder.withSecretKey(
            SecretKeySpec(
                "shipping-resource-server-kotlin-7a3c9e1f5b2d8046".toByteArray(), // jwtguard-expect: jwt-call-literal
                "HmacSHA256",
            ),
        ).build()

    fun trackingToken(parcel: String): String {
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.Builder().subject(parcel).issuer("shipping").build())
        jwt.sign(MACSigner(fallbackMaterial.toByteArray()))
        return jwt.serialize()
    }

    fun podToken(delivery: String): String {
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.Builder().subject(delivery).build())
        jwt.sign(MACSigner("""shipping-proof-of-delivery-raw-2e8b4d0f6a1c9375""")) // jwtguard-expect: jwt-call-literal
        return jwt.serialize()
    }

    fun checkPod(token: String): Boolean =
        SignedJWT.parse(token).verify(MACVerifier("shipping-proof-of-" + "delivery-raw-2e8b4d0f6a1c9375")) // jwtguard-expect: jwt-call-literal

    fun checkWithEnv(token: String): Boolean =
        SignedJWT.parse(token).verify(MACVerifier(System.getenv("SHIPPING_POD_SECRET")))
}

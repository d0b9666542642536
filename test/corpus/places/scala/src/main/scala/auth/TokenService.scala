package acme.auth

import java.time.Clock
import pdi.jwt.{Jwt, JwtAlgorithm, JwtClaim, JwtHeader, JwtOptions}
import pdi.jwt.{JwtCirce, JwtJson}
import play.api.libs.json.Json
import scala.util.Try

object TokenService {
  implicit val clock: Clock = Clock.systemUTC

  private val issuer = "https://auth.acme.test"
  private val algorithm = JwtAlgorithm.HS256
  private val configuredKey: String = sys.env.getOrElse("JWT_SECRET", throw new IllegalStateException("JWT_SECRET is not set"))

  def issue(userId: String): String = {
    val claim = JwtClaim(subject = Some(userId), issuer = Some(issuer)).issuedNow.expiresIn(3600)
    Jwt.encode(claim, "sc-Wq8Lz3Xm6Kt1Rv9PNs4H", JwtAlgorithm.HS256) // jwtguard-expect: jwt-call-literal
  }

  def issueRaw(): String =
    Jwt.encode("""{"user":1}""", "sc-Tz5Kq2Lw9Xm4Vp7NRc3D", algorithm) // jwtguard-expect: jwt-call-literal

  def issueJson(userId: String): String = {
    val claim = Json.obj("sub" -> userId, "iss" -> issuer)
    JwtJson.encode(claim, "sc-Lm2Wz7Xq4Kr9Tv1PBs6F", JwtAlgorithm.HS384) // jwtguard-expect: jwt-call-literal
  }

  def issueWithHeader(userId: String): String =
    JwtJson.encode(JwtHeader(JwtAlgorithm.HS256), JwtClaim(subject = Some(userId)), "sc-Hn6Wq1Lz8Xp3Tc5MKd9R") // jwtguard-expect: jwt-call-literal

  def verify(token: String): Try[JwtClaim] =
    JwtCirce.decode(token, "sc-Rv4Lq9Wx2Zm7Kt3PCn8H", Seq(JwtAlgorithm.HS256)) // jwtguard-expect: jwt-call-literal

  def verifyMultiline(token: String): Boolean =
    Jwt.isValid(
      token,
      "sc-Xk7Wz2Lm5Qt8Rv1PDs4N", // jwtguard-expect: jwt-call-literal
      Seq(JwtAlgorithm.HS256, JwtAlgorithm.HS512)
    )

  def verifyConfigured(token: String): Try[JwtClaim] =
    Jwt.decode(token, configuredKey, Seq(JwtAlgorithm.HS256))

  def verifyEnv(token: String): Try[(String, String, String)] =
    JwtCirce.decodeRaw(token, sys.env("JWT_SECRET"), Seq(algorithm))

  def issueFromText(): String =
    Jwt.encode("""{"typ":"JWT","alg":"HS256"}""", """{"user":1}""", configuredKey, JwtAlgorithm.HS256)

  def verifyAll(token: String) =
    Jwt.decodeRawAll(token, "sc-Mv2Lq7Wx4Zk9Tt1PRn5B", Seq(JwtAlgorithm.HS256)) // jwtguard-expect: jwt-call-literal

  def decodeUnverified(token: String): Try[JwtClaim] =
    Jwt.decode(token, JwtOptions(signature = false))

  def message: String = Json.stringify(Json.obj("error" -> "invalid token"))
}

object LegacyTokens {
  private val legacyKey = "sc-Zp3Wq8Lm1Xk6Tv9RNc4H" // jwtguard-expect: jwt-key-identifier

  def verifyLegacy(token: String): Boolean =
    Jwt.isValid(token, legacyKey, Seq(JwtAlgorithm.HS256))
}

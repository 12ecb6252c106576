package io.tierline.costanalyzer.apply;

import io.tierline.costanalyzer.errors.UnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks an {@code Authorization: Bearer …} header against the configured token in constant time.
 */
public final class BearerToken {

  private static final String PREFIX = "Bearer ";

  private final byte[] expected;

  /**
   * @param token the configured token; null disables apply for everyone
   */
  public BearerToken(String token) {
    this.expected = token == null ? null : digest(token);
  }

  public void check(String authorization) {
    if (expected == null) {
      throw new UnauthorizedException(
          "apply is disabled: the service has no apply.token configured");
    }
    if (authorization == null
        || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new UnauthorizedException(
          "Authorization: a bearer token is required (Authorization: Bearer <token>)");
    }
    // Comparing digests keeps the time independent of both the content and the length of what was
    // sent.
    if (!MessageDigest.isEqual(expected, digest(authorization.substring(PREFIX.length()).trim()))) {
      throw new UnauthorizedException("Authorization: the bearer token is not valid");
    }
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.tierline.offloader.segment.crypt;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.segment.format.Encryption;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts and decrypts the chunks of one segment with AES-256-GCM under the segment's data key.
 * The nonce is the chunk's index: unique because every upload draws a new data key, and it binds
 * each chunk to its place, so chunks swapped in the object fail to decrypt. Each chunk grows by the
 * {@link Encryption#TAG_BYTES}-byte tag. Thread-safe: each call takes its own {@link Cipher}.
 */
public final class ChunkCipher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;

  private final SecretKey dataKey;
  private final Encryption encryption;

  private ChunkCipher(SecretKey dataKey, Encryption encryption) {
    this.dataKey = dataKey;
    this.encryption = encryption;
  }

  /** A new data key for one segment, wrapped by the ring's active key. */
  public static ChunkCipher newSegment(KeyRing ring) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, RANDOM);
      SecretKey dataKey = generator.generateKey();
      Cipher wrap = Cipher.getInstance("AESWrap");
      wrap.init(Cipher.WRAP_MODE, ring.active());
      return new ChunkCipher(dataKey, new Encryption(ring.activeKeyId(), wrap.wrap(dataKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256 key wrap is not available: " + e, e);
    }
  }

  /**
   * The cipher of a stored segment, its data key unwrapped with the ring's key {@code keyId}.
   *
   * @throws ObjectStoreException naming the key id when the ring does not hold it
   * @throws CorruptedDataException when the wrapped key does not unwrap with it
   */
  public static ChunkCipher of(Encryption encryption, KeyRing ring, Object segment) {
    SecretKey master =
        ring.key(encryption.keyId())
            .orElseThrow(
                () ->
                    new ObjectStoreException(
                        "Segment "
                            + segment
                            + " is encrypted with master key id '"
                            + encryption.keyId()
                            + "', which the key ring does not hold"));
    try {
      Cipher unwrap = Cipher.getInstance("AESWrap");
      unwrap.init(Cipher.UNWRAP_MODE, master);
      return new ChunkCipher(
          (SecretKey) unwrap.unwrap(encryption.wrappedDataKey(), "AES", Cipher.SECRET_KEY),
          encryption);
    } catch (InvalidKeyException e) {
      throw new CorruptedDataException(
          "Segment "
              + segment
              + ": its data key does not unwrap with master key id '"
              + encryption.keyId()
              + "' (a different key under the same id, or a damaged manifest)",
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256 key wrap is not available: " + e, e);
    }
  }

  public Encryption encryption() {
    return encryption;
  }

  /** Chunk {@code index}'s {@code length} bytes, encrypted: {@code length + 16} bytes. */
  public byte[] seal(int index, byte[] plain, int offset, int length) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, index).doFinal(plain, offset, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed: " + e, e);
    }
  }

  /**
   * Chunk {@code index} decrypted from {@code length} stored bytes.
   *
   * @throws CorruptedDataException naming {@code where} when the bytes fail authentication
   */
  public byte[] open(int index, byte[] sealed, int offset, int length, String where) {
    try {
      return cipher(Cipher.DECRYPT_MODE, index).doFinal(sealed, offset, length);
    } catch (AEADBadTagException e) {
      throw new CorruptedDataException("Authentication failed for " + where, e);
    } catch (GeneralSecurityException e) {
      throw new CorruptedDataException("Cannot decrypt " + where + ": " + e.getMessage(), e);
    }
  }

  private Cipher cipher(int mode, int index) throws GeneralSecurityException {
    byte[] nonce = ByteBuffer.allocate(NONCE_BYTES).putInt(NONCE_BYTES - 4, index).array();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, dataKey, new GCMParameterSpec(Encryption.TAG_BYTES * 8, nonce));
    return cipher;
  }
}

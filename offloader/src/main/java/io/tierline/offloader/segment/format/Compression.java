package io.tierline.offloader.segment.format;

/** How each chunk of a segment's log is stored. The manifest records it, so readers never guess. */
public enum Compression {
  NONE(0),
  ZSTD(1);

  private final int id;

  Compression(int id) {
    this.id = id;
  }

  /** The code written in the manifest; stable across releases. */
  public int id() {
    return id;
  }

  public static Compression ofId(int id) {
    for (Compression c : values()) {
      if (c.id == id) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown compression id " + id);
  }
}

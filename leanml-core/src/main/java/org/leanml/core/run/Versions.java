package org.leanml.core.run;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;

/**
 * The versions a {@link RunRecord} records. Library code never spawns processes (no {@code git
 * rev-parse}); when nothing below answers, the version is {@code "unknown"}.
 *
 * <p>Code version, in order: the system property {@value #CODE_VERSION_PROPERTY}; the {@code
 * SCM-Revision} then {@code Implementation-Version} attribute of the manifest of the jar holding an
 * anchor class (by default the LeanML core jar; applications pass one of their own classes); {@code
 * "unknown"}.
 */
public final class Versions {
  /** The system property that names the code version, e.g. a git commit set by the build. */
  public static final String CODE_VERSION_PROPERTY = "leanml.code.version";

  /** The value used when a version cannot be determined. */
  public static final String UNKNOWN = "unknown";

  private Versions() {}

  /**
   * The code version, anchored on the LeanML core jar.
   *
   * @return the version, or {@code "unknown"}
   */
  public static String codeVersion() {
    return codeVersion(Versions.class);
  }

  /**
   * The code version, anchored on the jar holding a given class.
   *
   * @param anchor a class of the application whose version matters
   * @return the version, or {@code "unknown"}
   */
  public static String codeVersion(Class<?> anchor) {
    String p = System.getProperty(CODE_VERSION_PROPERTY);
    if (p != null && !p.isBlank()) {
      return p.strip();
    }
    Manifest m = manifestOf(anchor);
    if (m != null) {
      Attributes a = m.getMainAttributes();
      for (String key : new String[] {"SCM-Revision", "Implementation-Version"}) {
        String v = a.getValue(key);
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    }
    return UNKNOWN;
  }

  /**
   * The LeanML library version, from the core jar's manifest.
   *
   * @return the version, or {@code "unknown"} when not running from a packaged jar
   */
  public static String libraryVersion() {
    String v = Versions.class.getPackage().getImplementationVersion();
    if (v == null) {
      Manifest m = manifestOf(Versions.class);
      v = m == null ? null : m.getMainAttributes().getValue("Implementation-Version");
    }
    return v == null || v.isBlank() ? UNKNOWN : v.strip();
  }

  private static @Nullable Manifest manifestOf(Class<?> anchor) {
    try {
      CodeSource cs = anchor.getProtectionDomain().getCodeSource();
      if (cs == null) {
        return null;
      }
      URL url = cs.getLocation();
      if (url == null || !"file".equals(url.getProtocol())) {
        return null;
      }
      Path p = Path.of(url.toURI());
      if (!Files.isRegularFile(p)) {
        return null;
      }
      try (JarFile jar = new JarFile(p.toFile())) {
        return jar.getManifest();
      }
    } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}

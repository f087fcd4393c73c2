package org.leanml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where a command's result goes: standard output, or the file named by {@code --out}. */
public final class Output {
  private Output() {}

  /**
   * Writes a result.
   *
   * @param text the result, ending with a line break or not
   * @param file the file to write, or null for {@code out}
   * @param out standard output
   * @throws IllegalArgumentException if the file cannot be written, naming it and the reason
   */
  public static void write(String text, @Nullable Path file, PrintWriter out) {
    String body = text.endsWith("\n") ? text : text + "\n";
    if (file == null) {
      out.print(body);
      out.flush();
      return;
    }
    try {
      Files.writeString(file, body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot write --out "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          e);
    }
  }
}

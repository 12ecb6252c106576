package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.errors.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input: a file, or standard input for {@code -}. */
final class InputFiles {

  private InputFiles() {}

  static byte[] read(String argument, InputStream stdin) {
    try {
      if ("-".equals(argument)) {
        return stdin.readAllBytes();
      }
      return Files.readAllBytes(Path.of(argument));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(argument + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(argument + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}

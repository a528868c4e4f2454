package territorymap.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader never sees half of it: the bytes go to a temporary file in the
 * same folder (hidden, ending in {@code .tmp}, which the layer loader ignores), are forced to
 * disk, and the temporary file is renamed over the target in one atomic step; the folder is then
 * forced too, so the rename survives a power cut. A kill at any moment leaves either the old file
 * or the new one, and at worst a stray temporary file.
 */
final class AtomicFiles {

  /** What temporary files end with. */
  static final String TEMPORARY_SUFFIX = ".tmp";

  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot rename atomically in " + dir + ": " + e.getMessage(), e);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    forceFolder(dir);
  }

  /** Forces a folder's entries to disk (where the platform allows opening a folder: Linux, macOS). */
  private static void forceFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a folder as a channel; its rename is durable enough for this purpose.
    }
  }
}

package org.worldbench.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old content or the new, never half of one: the
 * bytes go to a temporary file in the same folder, which is then renamed over the target.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target} atomically, creating parent folders as needed. */
    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            readableLikeAnyFile(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temporary files are private (rw-------); the file they become should have the permissions the
     * target had, or those of an ordinary new file (rw-r--r--).
     */
    private static void readableLikeAnyFile(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /**
     * Writes atomically and keeps the previous content, if any, as {@code <name>.bak} beside it.
     */
    public static void writeKeepingBackup(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            Path backup = absolute.resolveSibling(absolute.getFileName() + ".bak");
            Files.copy(absolute, backup, StandardCopyOption.REPLACE_EXISTING);
        }
        write(absolute, content);
    }
}

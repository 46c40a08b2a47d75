package org.worldbench.editor.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The last projects opened or saved, kept in the user's preferences (most recent first, at most 8). */
public final class RecentProjects {

    private static final int MAX = 8;
    private final Preferences node;

    /** Recent projects in a preferences node ({@code org/worldbench/editor} for the application). */
    public RecentProjects(Preferences node) {
        this.node = node;
    }

    /** The recent projects that still exist. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = node.get("recent." + i, null);
            if (p != null && Files.isRegularFile(Path.of(p))) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts a project first. */
    public void add(Path project) {
        List<Path> list = new ArrayList<>(list());
        Path absolute = project.toAbsolutePath().normalize();
        list.remove(absolute);
        list.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) {
                node.put("recent." + i, list.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Recent projects are a convenience: losing them must not disturb the user.
        }
    }
}

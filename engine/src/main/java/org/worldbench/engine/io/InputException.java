package org.worldbench.engine.io;

/**
 * Bad input: a file or value the engine refuses, with the file, the place in it and the problem.
 *
 * <p>{@link #getMessage()} is the one line a user sees: {@code <source>: at <place>: <problem>}. The
 * CLI prints it and exits 2; the editor shows it in a dialog. Nothing is written when it is thrown.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String place;
    private final String problem;

    /**
     * @param source  the file (or other source) the input came from, as the user named it
     * @param place   a JSON path such as {@code $.rooms[2].width}, a {@code line:column}, or both;
     *                may be empty when the whole input is at fault
     * @param problem what is wrong, in a few words
     */
    public InputException(String source, String place, String problem) {
        super(format(source, place, problem));
        this.source = source;
        this.place = place;
        this.problem = problem;
    }

    /** The file or source the bad input came from. */
    public String source() {
        return source;
    }

    /** Where in the source the problem is; empty when it concerns the whole input. */
    public String place() {
        return place;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }

    private static String format(String source, String place, String problem) {
        String oneLine = problem.replaceAll("\\s*\\R\\s*", " ").strip();
        return place == null || place.isEmpty()
                ? source + ": " + oneLine
                : source + ": at " + place + ": " + oneLine;
    }
}

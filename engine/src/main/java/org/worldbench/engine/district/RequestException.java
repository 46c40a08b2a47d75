package org.worldbench.engine.district;

/**
 * A generation request that cannot be honoured as asked: anchors that overlap or cannot be
 * connected, an override naming a room that does not exist, a template the library lacks.
 *
 * <p>{@link #place()} is a JSON path into the project file ({@code $.anchors[1]}) so the caller can
 * report it as bad input of that file.
 */
public final class RequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String place;

    /**
     * @param place   JSON path into the project file, such as {@code $.anchors[1]}
     * @param message what is wrong, naming the anchors or parts concerned
     */
    public RequestException(String place, String message) {
        super(message);
        this.place = place;
    }

    /** The JSON path of the offending part of the request. */
    public String place() {
        return place;
    }
}

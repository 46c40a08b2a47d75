package org.worldbench.engine.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Strict JSON reading for every file a user hands the engine (templates, projects, worlds, bundles).
 *
 * <p>Strict means: unknown fields, duplicated fields, trailing content, a wrong type (no quietly
 * turning {@code "5"} into 5 or 5.5 into 5), nulls for numbers and nesting deeper than
 * {@value #MAX_NESTING_DEPTH} are all refused. Records check their own ranges in their compact
 * constructors by throwing {@link IllegalArgumentException}; that message becomes the problem. Every
 * failure is an {@link InputException} naming the file, the JSON path and line:column.
 */
public final class StrictJson {

    /** Deeper nesting than this is refused as absurd: no WorldBench file needs more. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    com.fasterxml.jackson.core.JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxNestingDepth(MAX_NESTING_DEPTH)
                                    .build())
                            .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private StrictJson() {
    }

    /** The mapper behind the strict reader, for callers that convert an already-checked tree. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** Reads a file strictly into {@code type}; the file is named as the user gave it. */
    public static <T> T read(Path file, Class<T> type) throws InputException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name, "", "is a directory, not a JSON file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InputException(name, "", "file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file not found");
        } catch (IOException e) {
            throw new InputException(name, "", "cannot read file: " + e.getMessage());
        }
        return read(name, bytes, type);
    }

    /** Reads UTF-8 bytes from a named source strictly into {@code type}. */
    public static <T> T read(String sourceName, byte[] bytes, Class<T> type) throws InputException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(sourceName, "", "not valid UTF-8 text");
        }
        return read(sourceName, text, type);
    }

    /** Reads JSON text from a named source strictly into {@code type}. */
    public static <T> T read(String sourceName, String text, Class<T> type) throws InputException {
        if (text.isBlank()) {
            throw new InputException(sourceName, "", "file is empty");
        }
        try {
            // A first pass over the bare syntax reports what comes first in the text (a syntax
            // error, a duplicate, absurd nesting) before any type is checked.
            com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(text);
            T value;
            try {
                value = MAPPER.readValue(text, type);
            } catch (ValueInstantiationException e) {
                // Objects built through a constructor see unknown fields only after the constructor
                // ran, so its complaint (often about a field missing) would hide the real problem.
                InputException unknown = unknownFieldAt(sourceName, tree, e);
                throw unknown != null ? unknown : translate(sourceName, e);
            }
            if (value == null) {
                throw new InputException(sourceName, "$", "expected a JSON object but found null");
            }
            return value;
        } catch (JsonParseException e) {
            if (firstValueIsComplete(text)) {
                throw new InputException(sourceName, lineColumn(e.getLocation()), "trailing content after the JSON value");
            }
            throw translate(sourceName, e);
        } catch (JsonProcessingException e) {
            throw translate(sourceName, e);
        }
    }

    private static InputException unknownFieldAt(String sourceName, com.fasterxml.jackson.databind.JsonNode tree,
            ValueInstantiationException e) {
        com.fasterxml.jackson.databind.JsonNode node = tree;
        for (JsonMappingException.Reference ref : e.getPath()) {
            node = ref.getFieldName() != null ? node.path(ref.getFieldName()) : node.path(ref.getIndex());
        }
        if (!node.isObject() || e.getType() == null) {
            return null;
        }
        java.util.Set<String> known = new java.util.TreeSet<>();
        MAPPER.getDeserializationConfig().introspect(e.getType()).findProperties().forEach(p -> known.add(p.getName()));
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String path = jsonPath(e);
                return new InputException(sourceName, (path.equals("$") ? "$." : path + ".") + name,
                        "unknown field '" + name + "' (known fields: " + String.join(", ", known) + ")");
            }
        }
        return null;
    }

    /** True when the text starts with one whole JSON value, so a parse error must lie after it. */
    private static boolean firstValueIsComplete(String text) {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.currentToken() != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Turns Jackson's exception into one line a designer can act on. */
    static InputException translate(String sourceName, JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String lineColumn = lineColumn(e.getLocation());
        String place = path.isEmpty() ? lineColumn : (lineColumn.isEmpty() ? path : path + " (" + lineColumn + ")");
        return new InputException(sourceName, place, problem(e));
    }

    private static String problem(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException
                    || (t.getMessage() != null && t.getMessage().startsWith("Unexpected end-of-input"))) {
                return "unexpected end of input: the file is truncated";
            }
            if (t instanceof StreamConstraintsException) {
                return "nesting deeper than " + MAX_NESTING_DEPTH + " levels";
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            while (cause != null && cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            return cause != null && cause.getMessage() != null ? cause.getMessage() : "invalid value";
        }
        if (e instanceof InvalidFormatException f) {
            return "expected " + typeName(f.getTargetType()) + " but found " + quote(f.getValue());
        }
        if (e instanceof MismatchedInputException m) {
            String original = m.getOriginalMessage();
            if (original != null && original.startsWith("Trailing token")) {
                return "trailing content after the JSON value";
            }
            if (original != null && original.contains("Missing required creator property")) {
                return "missing required field";
            }
            if (original != null && original.contains("No content to map")) {
                return "file is empty";
            }
            return "expected " + typeName(m.getTargetType()) + " here" + tokenFound(original);
        }
        if (e instanceof StreamConstraintsException) {
            return "nesting deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        if (e instanceof JsonEOFException) {
            return "unexpected end of input: the file is truncated";
        }
        if (e instanceof JsonParseException p) {
            String original = p.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate field")) {
                return "duplicate field " + original.substring("Duplicate field ".length());
            }
            return "malformed JSON: " + firstSentence(original);
        }
        return firstSentence(e.getOriginalMessage());
    }

    private static String jsonPath(JsonMappingException m) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String lineColumn(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (known fields: " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(constants).map(c -> jsonName((Enum<?>) c)).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String jsonName(Enum<?> constant) {
        try {
            com.fasterxml.jackson.annotation.JsonProperty p = constant.getDeclaringClass()
                    .getField(constant.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (p != null && !p.value().isEmpty()) {
                return p.value();
            }
        } catch (NoSuchFieldException ignored) {
            // Enum constants are always fields; fall back to the name.
        }
        return constant.name();
    }

    private static String tokenFound(String original) {
        if (original == null) {
            return "";
        }
        if (original.contains("JsonToken.")) {
            int t = original.indexOf("JsonToken.") + "JsonToken.".length();
            int end = t;
            while (end < original.length() && (Character.isLetter(original.charAt(end)) || original.charAt(end) == '_')) {
                end++;
            }
            return " but found " + tokenWord(original.substring(t, end));
        }
        if (original.contains("String value")) {
            return " but found a string";
        }
        if (original.contains("Floating-point value")) {
            return " but found a fractional number";
        }
        if (original.contains("Integer value")) {
            return " but found an integer";
        }
        return "";
    }

    private static String tokenWord(String token) {
        return switch (token) {
            case "START_ARRAY" -> "an array";
            case "START_OBJECT" -> "an object";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT" -> "an integer";
            case "VALUE_NUMBER_FLOAT" -> "a fractional number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> token.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "invalid JSON";
        }
        String line = message.lines().findFirst().orElse(message);
        int cut = line.indexOf(" at [Source");
        return cut > 0 ? line.substring(0, cut) : line;
    }
}

package org.evwb.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.evwb.core.geo.GeoPoint;

/**
 * The one Jackson configuration for project and result files. Untrusted input: no polymorphic default typing, strict
 * duplicate-key detection, unknown fields rejected, nesting limited to {@value #MAX_DEPTH} levels, numbers to
 * {@value #MAX_NUMBER_DIGITS} characters, field names to {@value #MAX_NAME_CHARS} and text values to
 * {@value #MAX_TEXT_CHARS} characters (each reported with its own message, {@link JsonProblems#parseFailure}).
 */
public final class Json {

    /** Deepest nesting a project file may have. */
    public static final int MAX_DEPTH = 64;
    /** Longest number (in characters) a file may hold: far more than any measurement, far less than an attack. */
    public static final int MAX_NUMBER_DIGITS = 1000;
    /** Longest field name: our names are short words; a parameters map's keys are names too. */
    public static final int MAX_NAME_CHARS = 1000;
    /** Longest text value (a description, an error message): a million characters. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private Json() {
    }

    /** A new mapper configured for project files. Mappers are thread-safe once configured; callers keep one. */
    public static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_DIGITS).maxNameLength(MAX_NAME_CHARS)
                        .maxStringLength(MAX_TEXT_CHARS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        SimpleModule geo = new SimpleModule("evwb-geo");
        geo.addSerializer(GeoPoint.class, new GeoPointSerializer());
        geo.addDeserializer(GeoPoint.class, new GeoPointDeserializer());
        geo.addDeserializer(double.class, new StrictDouble(double.class, 0.0));
        geo.addDeserializer(Double.class, new StrictDouble(Double.class, null));
        return JsonMapper.builder(factory)
                .addModule(geo)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /**
     * For a figure that may have no value (a best energy without reads, a bound CP-SAT did not find): {@code null}
     * — how result files write a non-finite number — reads as NaN, and so does the text {@code "NaN"} older files
     * wrote; a number reads as itself. Put it on the component: {@code @JsonDeserialize(using = NullAsNaN.class)}.
     */
    public static final class NullAsNaN extends JsonDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken().isNumeric()) {
                return p.getDoubleValue();
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String t = p.getText().strip();
                switch (t) {
                    case "NaN" -> {
                        return Double.NaN;
                    }
                    case "Infinity", "+Infinity" -> {
                        return Double.POSITIVE_INFINITY;
                    }
                    case "-Infinity" -> {
                        return Double.NEGATIVE_INFINITY;
                    }
                    default -> {
                        return (Double) ctx.handleUnexpectedToken(double.class, p);
                    }
                }
            }
            return (Double) ctx.handleUnexpectedToken(double.class, p);
        }

        @Override
        public Double getNullValue(DeserializationContext ctx) {
            return Double.NaN;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctx) {
            return Double.NaN;
        }
    }

    /**
     * A number is a JSON number: Jackson reads the text {@code "NaN"} or {@code "Infinity"} as a double even with
     * coercion off, so an edited result's {@code "energyKWh": "NaN"} would pass as a figure nothing can check.
     * Text is refused with the value; a component that may have no value reads null as NaN ({@link NullAsNaN}).
     */
    static final class StrictDouble extends com.fasterxml.jackson.databind.deser.std.NumberDeserializers
            .DoubleDeserializer {
        StrictDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String t = p.getText();
                throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(p, Double.class,
                        "found the text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"; write a "
                        + "plain number (JSON has no NaN or Infinity; a figure without a value is null or left out)");
            }
            return super.deserialize(p, ctx);
        }
    }

    /** Writes a position in GeoJSON order: {@code [lon, lat]}. */
    static final class GeoPointSerializer extends JsonSerializer<GeoPoint> {
        @Override
        public void serialize(GeoPoint p, JsonGenerator g, SerializerProvider s) throws IOException {
            g.writeStartArray();
            g.writeNumber(p.lonDeg());
            g.writeNumber(p.latDeg());
            g.writeEndArray();
        }
    }

    /** Reads {@code [lon, lat]}; anything else is an error that says what a position looks like. */
    static final class GeoPointDeserializer extends JsonDeserializer<GeoPoint> {
        @Override
        public GeoPoint deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String expected = "a position is [longitude, latitude] in degrees (GeoJSON order), e.g. [19.02, 50.26]";
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return (GeoPoint) ctx.handleUnexpectedToken(GeoPoint.class, p.currentToken(), p, expected);
            }
            double[] v = new double[2];
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (!t.isNumeric()) {
                    ctx.reportInputMismatch(GeoPoint.class, "found %s in a position; %s", describe(t), expected);
                }
                if (n < 2) {
                    v[n] = p.getDoubleValue();
                }
                n++;
            }
            if (n != 2) {
                ctx.reportInputMismatch(GeoPoint.class, "a position has %d numbers; %s", n, expected);
            }
            return new GeoPoint(v[0], v[1]);
        }

        private static String describe(JsonToken t) {
            return switch (t) {
                case VALUE_STRING -> "text";
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> "true/false";
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                default -> t.asString() == null ? t.name() : t.asString();
            };
        }
    }
}

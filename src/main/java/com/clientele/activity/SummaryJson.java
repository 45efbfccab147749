package com.clientele.activity;

import com.clientele.activity.ActivitySummary.Argument;
import com.clientele.activity.ActivitySummary.Count;
import com.clientele.activity.ActivitySummary.DateTime;
import com.clientele.activity.ActivitySummary.Dates;
import com.clientele.activity.ActivitySummary.Part;
import com.clientele.activity.ActivitySummary.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The arguments of a summary as the {@code activity_event.summary_args} column holds them: a JSON
 * array with one object per argument, named by its kind, e.g.
 * {@code [{"text":"Cut"},{"dateTime":"2026-05-07T09:00:00Z"}]}.
 */
final class SummaryJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SummaryJson() {
    }

    static String write(List<Argument> arguments) {
        return array(arguments).toString();
    }

    /** The summary stored as this key and arguments; null when they cannot be read (then the stored text shows). */
    static @Nullable ActivitySummary read(String key, @Nullable String arguments) {
        try {
            return new ActivitySummary(key, arguments == null ? List.of() : arguments(JSON.readTree(arguments)));
        } catch (RuntimeException e) {
            // a row this code cannot read shows its stored English text rather than breaking the timeline
            return null;
        }
    }

    private static ArrayNode array(List<Argument> arguments) {
        ArrayNode array = JSON.createArrayNode();
        for (Argument argument : arguments) {
            ObjectNode node = array.addObject();
            switch (argument) {
                case Text text -> node.put("text", text.value());
                case Count count -> node.put("count", count.value());
                case DateTime dateTime -> node.put("dateTime", dateTime.value().toString());
                case Dates dates -> node.putArray("dates").add(dates.first().toString()).add(dates.last().toString());
                case Part part -> node.putObject("part").put("key", part.summary().key())
                        .set("arguments", array(part.summary().arguments()));
            }
        }
        return array;
    }

    private static List<Argument> arguments(JsonNode array) {
        List<Argument> arguments = new ArrayList<>();
        for (JsonNode node : array) {
            String kind = node.propertyNames().iterator().next();
            JsonNode value = node.get(kind);
            arguments.add(switch (kind) {
                case "text" -> new Text(value.asString());
                case "count" -> new Count(value.asLong());
                case "dateTime" -> new DateTime(Instant.parse(value.asString()));
                case "dates" -> new Dates(Instant.parse(value.get(0).asString()),
                        Instant.parse(value.get(1).asString()));
                case "part" -> new Part(new ActivitySummary(
                        value.hasNonNull("key") ? value.get("key").asString() : null, arguments(value.get("arguments"))));
                default -> throw new IllegalArgumentException("No summary argument is a " + kind);
            });
        }
        return arguments;
    }
}

package io.tacitcrm.analytics.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A trained model as the text its table keeps: one "name: values" line per part, readable in psql. */
final class ModelText {

    private ModelText() {
    }

    static String write(WinModel.Trained m) {
        Logistic.Fit f = m.fit();
        WinModel.Holdout h = m.holdout();
        return String.join("\n",
                "stages: " + m.features().stages().stream().map(UUID::toString).collect(Collectors.joining(",")),
                "intercept: " + f.intercept(),
                "weights: " + numbers(f.weights()),
                "means: " + numbers(f.means()),
                "scales: " + numbers(f.scales()),
                "owners: " + m.ownerWins().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")),
                "typical: " + m.typicalWins(),
                "deals: " + m.deals(),
                "holdout: " + h.cutoff() + "," + h.trainDeals() + "," + h.testDeals() + "," + h.testExamples() + ","
                        + h.auc() + "," + h.brier(),
                "bins: " + h.bins().stream().map(b -> b.predicted() + "/" + b.observed() + "/" + b.n())
                        .collect(Collectors.joining(",")));
    }

    static Optional<WinModel.Trained> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            parts.put(line.substring(0, colon), colon + 2 < line.length() ? line.substring(colon + 2) : "");
        }
        List<UUID> stages = split(parts.get("stages")).stream().map(UUID::fromString).toList();
        Logistic.Fit fit = new Logistic.Fit(Double.parseDouble(parts.get("intercept")), numbers(parts.get("weights")),
                numbers(parts.get("means")), numbers(parts.get("scales")));
        Map<UUID, Double> owners = new HashMap<>();
        split(parts.get("owners")).forEach(p -> {
            String[] kv = p.split("=");
            owners.put(UUID.fromString(kv[0]), Double.parseDouble(kv[1]));
        });
        String[] h = parts.get("holdout").split(",");
        List<WinModel.Bin> bins = new ArrayList<>();
        split(parts.get("bins")).forEach(b -> {
            String[] v = b.split("/");
            bins.add(new WinModel.Bin(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Integer.parseInt(v[2])));
        });
        return Optional.of(new WinModel.Trained(new Features(stages), fit, owners,
                Double.parseDouble(parts.get("typical")), Integer.parseInt(parts.get("deals")), new WinModel.Holdout(
                Instant.parse(h[0]), Integer.parseInt(h[1]), Integer.parseInt(h[2]), Integer.parseInt(h[3]),
                Double.parseDouble(h[4]), Double.parseDouble(h[5]), bins)));
    }

    private static String numbers(double[] values) {
        return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    private static double[] numbers(String text) {
        return split(text).stream().mapToDouble(Double::parseDouble).toArray();
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}

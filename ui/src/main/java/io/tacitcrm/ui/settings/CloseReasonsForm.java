package io.tacitcrm.ui.settings;

import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.service.CloseReasonDraft;
import io.tacitcrm.sales.service.CloseReasonView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The won and lost reasons as the editor shows them: one reason a line. Saving keeps a reason whose line is still
 * there (by its label, so deals closed with it keep it), adds new lines and retires the lines taken out.
 */
public record CloseReasonsForm(String won, String lost) {

    static CloseReasonsForm of(List<CloseReasonView> reasons) {
        return new CloseReasonsForm(lines(reasons, StageKind.WON), lines(reasons, StageKind.LOST));
    }

    List<CloseReasonDraft> drafts(List<CloseReasonView> current) {
        List<CloseReasonDraft> drafts = new ArrayList<>(drafts(won, StageKind.WON, current));
        drafts.addAll(drafts(lost, StageKind.LOST, current));
        return drafts;
    }

    private static List<CloseReasonDraft> drafts(String text, StageKind kind, List<CloseReasonView> current) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> new CloseReasonDraft(existing(line, kind, current), kind, line)).toList();
    }

    private static Optional<UUID> existing(String label, StageKind kind, List<CloseReasonView> current) {
        return current.stream().filter(r -> r.kind() == kind)
                .filter(r -> r.label().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT)))
                .map(CloseReasonView::id).findFirst();
    }

    private static String lines(List<CloseReasonView> reasons, StageKind kind) {
        return reasons.stream().filter(r -> r.kind() == kind).map(CloseReasonView::label)
                .collect(Collectors.joining("\n"));
    }
}

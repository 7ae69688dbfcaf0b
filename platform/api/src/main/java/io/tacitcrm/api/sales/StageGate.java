package io.tacitcrm.api.sales;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.PluginContext;
import java.util.List;
import java.util.UUID;
import org.pf4j.ExtensionPoint;

/**
 * A check of your own before a deal enters another stage, beside the stage's own requirements. The host asks every
 * enabled plugin's gates when a user moves a deal and refuses the move (HTTP 422, the reasons listed with the
 * stage's requirements) while any gate names something missing. Annotate your implementation with
 * {@code @org.pf4j.Extension}.
 *
 * <p>The call sits inside the user's move, so answer quickly: a gate that throws or runs past the plugin time limit
 * is logged and lets the move pass — a broken plugin must not stop a company's sales.
 *
 * @since 0.4
 */
@Beta
public interface StageGate extends ExtensionPoint {

    /**
     * What the deal still lacks before it may enter {@code toStageId}, each in one sentence in the context's language;
     * empty when it may. The context is the mover's.
     */
    List<String> unmet(UUID opportunityId, UUID toStageId, PluginContext context) throws Exception;
}

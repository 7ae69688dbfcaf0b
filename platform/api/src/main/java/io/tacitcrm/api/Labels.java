package io.tacitcrm.api;

/**
 * The host's words for its codes, in the user's language, so your screens say "拜访" where the API says
 * {@code VISIT}. An unknown code is answered as it is.
 */
@Beta
public interface Labels {

    /** A footprint's type: CALL, VISIT, MEETING, EMAIL, DEMO, QUOTE, NOTE, TASK. */
    String activityType(String code);

    /** A footprint's status: PLANNED, DONE. */
    String activityStatus(String code);

    /** A stage's kind: OPEN, WON, LOST. */
    String stageKind(String code);

    /**
     * A contact's part in decisions: DECISION_MAKER, ECONOMIC_BUYER, INFLUENCER, CHAMPION, EVALUATOR, USER, GATEKEEPER,
     * OTHER.
     */
    String decisionRole(String code);

    /** Labels that answer every code as it is (for tests, and where the host has no words). */
    static Labels codes() {
        return new Labels() {
            @Override
            public String activityType(String code) {
                return code;
            }

            @Override
            public String activityStatus(String code) {
                return code;
            }

            @Override
            public String stageKind(String code) {
                return code;
            }

            @Override
            public String decisionRole(String code) {
                return code;
            }
        };
    }
}

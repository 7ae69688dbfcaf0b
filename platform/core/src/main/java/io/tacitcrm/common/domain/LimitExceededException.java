package io.tacitcrm.common.domain;

/**
 * The workspace's plan allows no more of something: the answer names the limit and the figure it has reached, so the
 * caller can tell the user (and an administrator can ask for a larger plan).
 */
public final class LimitExceededException extends DomainException {

    private final long limit;
    private final long current;

    public LimitExceededException(String code, String message, long limit, long current) {
        super(code, message + " (the plan allows " + limit + "; the workspace has " + current + ")");
        this.limit = limit;
        this.current = current;
    }

    public long limit() {
        return limit;
    }

    public long current() {
        return current;
    }

    @Override
    public Kind kind() {
        return Kind.LIMIT;
    }
}

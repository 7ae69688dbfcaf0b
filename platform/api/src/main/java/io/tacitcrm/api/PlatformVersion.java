package io.tacitcrm.api;

/**
 * The version of the platform API a plugin was compiled against. A plugin declares the range it needs in
 * {@code plugin.requires}; the host compares it with {@link #CURRENT}.
 */
@Stable(since = "0.1")
public final class PlatformVersion {

    /** The API version of this build of the platform, in semantic-versioning form. */
    public static final String CURRENT = "0.7.0";

    private PlatformVersion() {
    }
}

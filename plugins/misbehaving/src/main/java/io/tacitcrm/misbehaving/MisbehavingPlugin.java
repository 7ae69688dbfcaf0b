package io.tacitcrm.misbehaving;

import org.pf4j.Plugin;

/** A plugin for the tests: every extension point it offers throws or hangs, so the host's isolation can be checked. */
public class MisbehavingPlugin extends Plugin {
}

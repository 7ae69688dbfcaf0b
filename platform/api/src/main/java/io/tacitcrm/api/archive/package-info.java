/** Your module's part in a workspace's archive: what an operator exports and imports as a new workspace. */
@Beta
package io.tacitcrm.api.archive;

import io.tacitcrm.api.Beta;

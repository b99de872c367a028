/** Internal to the core: reading the extension registry. Not API; extensions must not use it. */
package org.kamworkbench.core.internal;

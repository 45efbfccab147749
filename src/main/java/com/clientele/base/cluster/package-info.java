/**
 * What every server of the application must hear (SPEC §15): {@link com.clientele.base.cluster.Broadcasts}
 * carries a short message on a topic to each server, this one included. One server alone needs nothing
 * more; with {@code REDIS_URL} set the messages go through Redis pub/sub (Spring Data Redis). See
 * docs/operations.md.
 */
@NamedInterface("cluster")
@NullMarked
package com.clientele.base.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

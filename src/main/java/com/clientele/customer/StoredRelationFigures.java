package com.clientele.customer;

/** The figures a relation holds now, with the relation they belong to, for the integrity check. */
public record StoredRelationFigures(long relationId, CustomerFigures figures) {
}

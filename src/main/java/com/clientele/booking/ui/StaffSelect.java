package com.clientele.booking.ui;

import com.clientele.provider.TeamMember;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A choice among the members of the team, or none (the empty caption says what none means). A
 * member who left the team is named as such.
 */
class StaffSelect extends Select<TeamMember> {

    private final List<TeamMember> members;

    StaffSelect(String label, String noneCaption, List<TeamMember> members) {
        this.members = List.copyOf(members);
        setLabel(label);
        setItems(this.members);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(noneCaption);
        setItemLabelGenerator(member -> member == null ? noneCaption
                : member.active() ? member.name() : getTranslation("booking.staff.removed", member.name()));
    }

    /** Shows the member with this id, or none when it is null or not among the choices. */
    void select(@Nullable Long memberId) {
        setValue(members.stream().filter(member -> Objects.equals(member.id(), memberId)).findFirst().orElse(null));
    }

    @Nullable Long memberId() {
        return getValue() == null ? null : getValue().id();
    }
}

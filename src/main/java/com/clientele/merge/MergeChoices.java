package com.clientele.merge;

/**
 * Which customer's name, e-mail and phone survive a merge (SPEC 12). {@link #DEFAULT} keeps the
 * survivor's, and takes the other's e-mail or phone where the survivor has none.
 */
public record MergeChoices(Pick name, Pick email, Pick phone) {

    public static final MergeChoices DEFAULT = new MergeChoices(Pick.SURVIVOR, Pick.SURVIVOR, Pick.SURVIVOR);

    /** Whose value a field takes. */
    public enum Pick {
        SURVIVOR("survivor"),
        OTHER("other");

        private final String code;

        Pick(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static java.util.Optional<Pick> ofCode(String code) {
            return java.util.Arrays.stream(values()).filter(pick -> pick.code.equals(code)).findFirst();
        }
    }
}

package cn.gov.ledger.api.code;

/** The three levels of the functional classification; the economic one uses only the first two. */
public enum ClassificationLevel {
    CLASS("类"), SECTION("款"), ITEM("项");

    private final String label;

    ClassificationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ClassificationLevel ofLabel(String label) {
        for (ClassificationLevel level : values()) {
            if (level.label.equals(label)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level: " + label);
    }

    static ClassificationLevel ofLength(int digits) {
        return switch (digits) {
            case 3 -> CLASS;
            case 5 -> SECTION;
            default -> ITEM;
        };
    }
}

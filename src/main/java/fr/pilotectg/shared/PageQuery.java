package fr.pilotectg.shared;

/**
 * The paging every list uses, in the UI and the API: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) throw DomainException.invalidFields(java.util.List.of(FieldProblem.of("page", "PAGE_NEGATIVE")));
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalidFields(
                    java.util.List.of(FieldProblem.of("size", "PAGE_SIZE_OUT_OF_RANGE", 1, MAX_SIZE)));
        }
    }

    public static PageQuery first(int size) {
        return new PageQuery(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}

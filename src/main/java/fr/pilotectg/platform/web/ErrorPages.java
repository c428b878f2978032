package fr.pilotectg.platform.web;

/** The one French error page, and the title it gives each status. */
final class ErrorPages {

    static final String VIEW = "error/error";

    private ErrorPages() {}

    static String titleKey(int status) {
        return switch (status) {
            case 403 -> "error.title.403";
            case 404 -> "error.title.404";
            case 503 -> "error.title.503";
            case 500, 502 -> "error.title.500";
            default -> "error.title.other";
        };
    }
}

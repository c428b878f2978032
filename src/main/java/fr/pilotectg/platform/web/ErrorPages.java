package fr.pilotectg.platform.web;

/** Which French error page shows which status. */
final class ErrorPages {

    private ErrorPages() {}

    static String viewFor(int status) {
        return switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 500, 502, 503 -> "error/500";
            default -> "error/error";
        };
    }
}

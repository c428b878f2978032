package fr.pilotectg.platform;

/**
 * A section a module adds to the signed-in user's home page without the home page knowing the module (modules depend
 * downwards only): the template fragment that draws it, given {@code section} = {@link #data()} computed for the current
 * user. A section with nothing to say returns null data and is not drawn. Sections are drawn in {@link #order()}.
 */
public interface HomeSection {

    /** The fragment, « template :: fragment » (e.g. {@code actionplan/mentions :: mentions}). */
    String fragment();

    /** What the fragment shows for the current user, or null for nothing. */
    Object data();

    default int order() {
        return 100;
    }
}

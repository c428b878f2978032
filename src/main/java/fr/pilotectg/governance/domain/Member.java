package fr.pilotectg.governance.domain;

import java.util.UUID;

/** A named person filling a seat: their organisation (required), the institution they represent, their function. */
public record Member(String name, UUID organisationId, Institution institution, String function, Voice voice) {

    public Member {
        name = name == null ? "" : name.strip();
        function = function == null ? "" : function.strip();
        voice = voice == null ? Voice.DELIBERATIVE : voice;
    }
}

package fr.pilotectg.financing.domain;

import fr.pilotectg.shared.Euros;
import java.util.List;

/**
 * One funding line of a structure and year, with what explains it.
 *
 * @param amount null when an input or a parameter it needs is not known (« non renseigné ») — never 0 for unknown
 */
public record FundingLine(String structureId, int year, FundingKind kind, Euros amount, Explanation explanation) {

    public boolean known() {
        return amount != null;
    }

    /**
     * The formula in words ({@code financing.formula.<formula>} with its {@code args}), the parameter versions it read,
     * the months counted when prorated (null: not prorated) and the inputs that are missing.
     */
    public record Explanation(
            String formula,
            List<Object> args,
            List<ParameterVersion> parameters,
            Integer months,
            List<String> missing) {

        public Explanation {
            args = List.copyOf(args);
            parameters = List.copyOf(parameters);
            missing = List.copyOf(missing);
        }

        public boolean hypothesis() {
            for (ParameterVersion p : parameters) if (p.hypothesis()) return true;
            return false;
        }
    }
}

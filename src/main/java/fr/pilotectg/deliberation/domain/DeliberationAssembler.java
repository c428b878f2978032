package fr.pilotectg.deliberation.domain;

import fr.pilotectg.deliberation.domain.DeliberationInput.ProxyInput;
import fr.pilotectg.deliberation.domain.DeliberationInput.VoteKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.Siren;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Deliberation} from what a form or an API call typed, refusing in one {@link DomainException} every
 * value that cannot be right: each part is built on its own so that all their problems are reported together.
 * <p>
 * The refusal's code is {@link ErrorCodes#ACTES_ID_INVALID} when the ACTES identifier is malformed (its field problems
 * name the wrong segment: {@code ACTES_SIREN_INVALID}…), {@code VALIDATION_FAILED} otherwise.
 */
final class DeliberationAssembler {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?(?::(\\d{2}))?");
    private static final Pattern PROXY_FIELD = Pattern.compile("proxies\\[(\\d+)\\]\\.(giver|holder)");
    /** Position of each ACTES segment in the identifier, as {@code error.ACTES_ID_INVALID} names it (0: segment count). */
    private static final Map<String, Integer> ACTES_SEGMENTS = Map.of(
            ErrorCodes.ACTES_SEGMENT_COUNT,
            0,
            ErrorCodes.ACTES_DEPARTEMENT_MALFORMED,
            1,
            ErrorCodes.ACTES_SIREN_INVALID,
            2,
            ErrorCodes.ACTES_DATE_INVALID,
            3,
            ErrorCodes.ACTES_NUMBER_MALFORMED,
            4,
            ErrorCodes.ACTES_NATURE_UNKNOWN,
            5);

    /** The most members a count of the record (in office, present, votes) may give. */
    static final int MAX_COUNT = 10_000;

    private final List<FieldProblem> problems = new ArrayList<>();
    private final DeliberationInput input;
    private DomainException actesRefusal;

    private DeliberationAssembler(DeliberationInput input) {
        this.input = input;
    }

    /**
     * The deliberation {@code id} of {@code organisation} as typed in {@code input}.
     *
     * @param organisation the organisation it belongs to, or null when it is unknown (then {@code earlier} says why)
     * @param earlier problems the caller already found (the organisation), reported with the others
     */
    static Deliberation assemble(
            UUID id, DeliberationInput input, OrganisationView organisation, List<FieldProblem> earlier) {
        var assembler = new DeliberationAssembler(input);
        assembler.problems.addAll(earlier);
        return assembler.build(id, organisation);
    }

    private Deliberation build(UUID id, OrganisationView organisation) {
        // The lists of members are refused by size before any name is read (shared.InputLimits).
        InputLimits.check()
                .list("present", input.present())
                .list("proxies", input.proxies())
                .list("excused", input.excused())
                .list("absent", input.absent())
                .throwIfAny();
        CouncilBody body = body();
        Issuer issuer = issuer(organisation);
        Seance seance = seance();
        Deliberation.headingProblems(input.number(), input.object(), problems);
        LocalDate convocation = date("convocationDate", input.convocationDate());
        MemberName rapporteur =
                blank(input.rapporteur()) ? null : attempt("rapporteur", () -> MemberName.of(input.rapporteur()));
        ActesMatiere matiere =
                blank(input.matiere()) ? null : attempt(ActesMatiere.FIELD, () -> ActesMatiere.parse(input.matiere()));
        Attendance attendance = attendance();
        Vote vote = vote();
        PrefectureTransmission transmission = transmission();
        LocalDate published = date("publishedOn", input.publishedOn());

        if (!problems.isEmpty()) throw refusal();
        UUID organisationId = organisation == null ? input.organisationId() : organisation.id();
        Deliberation deliberation =
                Deliberation.record(id, organisationId, issuer, body, input.number(), input.object(), seance);
        if (convocation != null) deliberation.recordConvocation(convocation);
        if (rapporteur != null) deliberation.assignRapporteur(rapporteur);
        if (matiere != null) deliberation.classify(matiere);
        if (attendance != null) deliberation.recordAttendance(attendance);
        if (vote != null) deliberation.recordVote(vote);
        if (transmission != null) deliberation.recordTransmission(transmission);
        if (published != null) deliberation.publish(published);
        return deliberation;
    }

    private CouncilBody body() {
        if (blank(input.body())) {
            problems.add(FieldProblem.of("body", ErrorCodes.REQUIRED));
            return null;
        }
        try {
            return CouncilBody.valueOf(input.body().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(
                    "body", ErrorCodes.DELIBERATION_BODY_UNKNOWN, input.body().strip()));
            return null;
        }
    }

    private Issuer issuer(OrganisationView organisation) {
        String name = blank(input.issuerName()) && organisation != null ? organisation.name() : input.issuerName();
        String sirenText = blank(input.issuerSiren())
                ? (organisation == null ? null : organisation.siren())
                : input.issuerSiren().replace(" ", "").strip();
        Siren siren = null;
        if (!blank(sirenText)) {
            if (Siren.isValid(sirenText)) siren = new Siren(sirenText);
            else problems.add(FieldProblem.of("issuerSiren", "SIREN_INVALID", sirenText));
        }
        Siren issuerSiren = siren;
        if (blank(name) && organisation == null) return null; // the organisation's problem says it all
        return attempt("issuerName", () -> new Issuer(name, issuerSiren));
    }

    private Seance seance() {
        LocalDate date = date("seanceDate", input.seanceDate());
        if (date == null && blank(input.seanceDate())) problems.add(FieldProblem.of("seanceDate", ErrorCodes.REQUIRED));
        LocalTime time = time("seanceTime", input.seanceTime());
        if (date == null) return null;
        return attempt("seancePlace", () -> new Seance(date, time, input.seancePlace()));
    }

    private Attendance attendance() {
        boolean given = !blank(input.membersInOffice())
                || !input.present().isEmpty()
                || !input.proxies().isEmpty()
                || !input.excused().isEmpty()
                || !input.absent().isEmpty()
                || !blank(input.president())
                || !blank(input.secretary())
                || !blank(input.declaredPresent())
                || input.reconvenedWithoutQuorum();
        if (!given) return null;
        Integer membersInOffice = integer("membersInOffice", input.membersInOffice());
        Integer declaredPresent = integer("declaredPresent", input.declaredPresent());
        if (membersInOffice == null && blank(input.membersInOffice())) {
            problems.add(FieldProblem.of("membersInOffice", ErrorCodes.REQUIRED));
        }
        var builder = Attendance.builder(membersInOffice == null ? 1 : membersInOffice)
                .present(input.present().toArray(String[]::new))
                .excused(input.excused().toArray(String[]::new))
                .absent(input.absent().toArray(String[]::new))
                .president(input.president())
                .secretary(input.secretary());
        input.proxies().forEach(proxy -> builder.proxy(proxy.giver(), proxy.holder()));
        if (declaredPresent != null && membersInOffice != null) builder.declaredPresent(declaredPresent);
        if (input.reconvenedWithoutQuorum()) builder.reconvenedWithoutQuorum();
        Attendance attendance = null;
        try {
            attendance = builder.build();
        } catch (DomainException e) {
            problems.addAll(withIncompleteProxies(e.fields()));
        }
        return membersInOffice == null ? null : attendance;
    }

    /**
     * The builder's problems, a proxy with a blank giver or holder ({@code proxies[1].holder} required) said as one
     * incomplete proxy with its number and what was typed ("M. HANON" without an arrow).
     */
    private List<FieldProblem> withIncompleteProxies(List<FieldProblem> fields) {
        List<FieldProblem> result = new ArrayList<>();
        Set<Integer> incomplete = new TreeSet<>();
        for (FieldProblem problem : fields) {
            Matcher matcher = PROXY_FIELD.matcher(problem.field());
            if (matcher.matches() && problem.code().equals(ErrorCodes.REQUIRED)) {
                int index = Integer.parseInt(matcher.group(1));
                if (incomplete.add(index)) {
                    ProxyInput proxy = input.proxies().get(index);
                    String typed = blank(proxy.giver()) ? (blank(proxy.holder()) ? "" : proxy.holder()) : proxy.giver();
                    result.add(FieldProblem.of(
                            "proxies[" + index + "]",
                            ErrorCodes.DELIBERATION_PROXY_INCOMPLETE,
                            index + 1,
                            typed.strip()));
                }
            } else {
                result.add(problem);
            }
        }
        return result;
    }

    private Vote vote() {
        Integer inFavour = integer("inFavour", input.inFavour());
        Integer against = integer("against", input.against());
        Integer abstention = integer("abstention", input.abstention());
        Integer notTakingPart = integer("notTakingPart", input.notTakingPart());
        if (blank(input.vote())) {
            if (!blank(input.inFavour())
                    || !blank(input.against())
                    || !blank(input.abstention())
                    || !blank(input.notTakingPart())) {
                problems.add(FieldProblem.of("vote", ErrorCodes.DELIBERATION_VOTE_KIND_INVALID, ""));
            }
            return null;
        }
        VoteKind kind;
        try {
            kind = VoteKind.valueOf(input.vote().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(
                    "vote",
                    ErrorCodes.DELIBERATION_VOTE_KIND_INVALID,
                    input.vote().strip()));
            return null;
        }
        boolean unreadable = (inFavour == null && !blank(input.inFavour()))
                || (against == null && !blank(input.against()))
                || (abstention == null && !blank(input.abstention()))
                || (notTakingPart == null && !blank(input.notTakingPart()));
        if (unreadable) return null;
        int others = notTakingPart == null ? 0 : notTakingPart;
        return attempt("vote", () -> new Vote(kind == VoteKind.UNANIMITY, inFavour, against, abstention, others));
    }

    private PrefectureTransmission transmission() {
        ActesIdentifier actesId = null;
        if (!blank(input.actesId())) {
            try {
                actesId = ActesIdentifier.parse(input.actesId());
            } catch (DomainException e) {
                actesRefusal = e;
                problems.addAll(
                        e.fields().isEmpty()
                                ? List.of(FieldProblem.of(
                                        ActesIdentifier.FIELD,
                                        e.code(),
                                        e.args().toArray()))
                                : e.fields());
            }
        }
        LocalDate sent = date("sentToPrefectureOn", input.sentToPrefectureOn());
        LocalDate received = date("receivedByPrefectureOn", input.receivedByPrefectureOn());
        if (actesId == null && sent == null && received == null) return null;
        return new PrefectureTransmission(actesId, sent, received);
    }

    /**
     * Runs a constructor, moving its refusal into the problems: under {@code field} when the refusal names no field or
     * the generic one of a value object ({@code name} of a {@link MemberName}).
     */
    private <T> T attempt(String field, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DomainException e) {
            if (e.fields().isEmpty()) {
                problems.add(new FieldProblem(field, e.code(), e.args()));
            } else {
                for (FieldProblem problem : e.fields()) {
                    boolean generic = problem.field().equals("name");
                    problems.add(generic ? new FieldProblem(field, problem.code(), problem.args()) : problem);
                }
            }
            return null;
        }
    }

    private LocalDate date(String field, String text) {
        if (blank(text)) return null;
        String value = text.strip();
        for (DateTimeFormatter format : List.of(ISO_DATE, FRENCH_DATE)) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) return date;
            } catch (DateTimeException e) {
                // try the next format
            }
        }
        problems.add(FieldProblem.of(field, ErrorCodes.DELIBERATION_DATE_INVALID, value));
        return null;
    }

    private LocalTime time(String field, String text) {
        if (blank(text)) return null;
        String value = text.strip();
        Matcher matcher = TIME.matcher(value);
        if (matcher.matches()) {
            try {
                int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
                int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
                return LocalTime.of(Integer.parseInt(matcher.group(1)), minutes, seconds);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.add(FieldProblem.of(field, ErrorCodes.DELIBERATION_TIME_INVALID, value));
        return null;
    }

    private Integer integer(String field, String text) {
        if (blank(text)) return null;
        String value = text.strip();
        Optional<Integer> whole = FrenchNumbers.parse(value).flatMap(DeliberationAssembler::wholeNumber);
        if (whole.isPresent()) {
            // a negative count has its own message (Attendance, Vote); a huge one is out of range
            if (whole.get() >= 0)
                problems.addAll(InputLimits.check()
                        .number(field, whole.get(), 0, MAX_COUNT)
                        .problems());
            return whole.get();
        }
        problems.add(FieldProblem.of(field, ErrorCodes.DELIBERATION_NUMBER_INVALID, value));
        return null;
    }

    /** "12", also "1 200" as French records print it; "12,5" or a count beyond an int is no count. */
    private static Optional<Integer> wholeNumber(BigDecimal number) {
        try {
            return Optional.of(number.intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private DomainException refusal() {
        if (actesRefusal != null) {
            String code = actesRefusal.code();
            int segment = ACTES_SEGMENTS.getOrDefault(code, 0);
            return new DomainException(
                    ErrorKind.INVALID,
                    ErrorCodes.ACTES_ID_INVALID,
                    List.of(input.actesId().strip(), segment),
                    problems);
        }
        return DomainException.invalidFields(problems);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

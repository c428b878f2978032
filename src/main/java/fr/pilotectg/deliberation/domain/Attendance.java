package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who was at the séance, as the record prints it: members in office, present members, proxies, members excused
 * without proxy, absent members, the president and the secretary of the séance, and the printed number of present
 * members when there is one ("Conseillers présents : 28").
 * <p>
 * Refused (impossible): fewer than one member in office, a negative or too large printed count, a séance with nobody
 * present, a blank name, a proxy to oneself. Everything a real record may get wrong — a member listed twice, lists
 * that do not add up — is accepted and reported by {@link DeliberationChecker}.
 * <p>
 * Counting: the president counts as present even when the list omits him or her (Armentières). A member listed several
 * times counts once, with this precedence: represented, present, excused, absent. So a member listed both present and
 * represented counts as represented — the written proxy is the harder evidence, and it is the reading that gives the
 * printed "Conseillers présents : 28" of Armentières (27 listed besides BRUNET, plus the mayor).
 *
 * @param president the séance president, or null if the record does not say
 * @param secretary the secrétaire de séance, or null
 * @param declaredPresent the number of present members as printed, or null
 * @param reconvenedWithoutQuorum true for a séance convened again after a failed quorum (L2121-17): no quorum applies
 */
public record Attendance(
        int membersInOffice,
        List<MemberName> present,
        List<Proxy> proxies,
        List<MemberName> excused,
        List<MemberName> absent,
        MemberName president,
        MemberName secretary,
        Integer declaredPresent,
        boolean reconvenedWithoutQuorum) {

    private static final List<AttendanceStatus> PRECEDENCE = List.of(
            AttendanceStatus.REPRESENTED, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT);

    public Attendance {
        present = copy(present);
        proxies = copy(proxies);
        excused = copy(excused);
        absent = copy(absent);
        List<FieldProblem> problems = new ArrayList<>();
        checkCounts(membersInOffice, declaredPresent, problems);
        requireElements("present", present, problems);
        requireElements("proxies", proxies, problems);
        requireElements("excused", excused, problems);
        requireElements("absent", absent, problems);
        if (present.isEmpty() && president == null) {
            problems.add(FieldProblem.of("present", ErrorCodes.ATTENDANCE_NOBODY_PRESENT));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        present = List.copyOf(present);
        proxies = List.copyOf(proxies);
        excused = List.copyOf(excused);
        absent = List.copyOf(absent);
    }

    public static Builder builder(int membersInOffice) {
        return new Builder(membersInOffice);
    }

    /** Members who must be physically present: more than half of the members in office (L2121-17). 39 → 20, 35 → 18. */
    public static int quorumOf(int membersInOffice) {
        return membersInOffice / 2 + 1;
    }

    public int quorum() {
        return quorumOf(membersInOffice);
    }

    /** Whether the physically present members reach the quorum, or none is required after a reconvocation. */
    public boolean quorumReached() {
        return reconvenedWithoutQuorum || counts().present() >= quorum();
    }

    /** Every mention of a member in the record, in printed order; the president is added as present if not listed. */
    public List<Listing> listings() {
        List<Listing> listings = new ArrayList<>();
        present.forEach(name -> listings.add(new Listing(name, AttendanceStatus.PRESENT, null)));
        if (president != null && present.stream().noneMatch(president::sameMemberAs)) {
            listings.add(new Listing(president, AttendanceStatus.PRESENT, null));
        }
        proxies.forEach(proxy -> listings.add(new Listing(proxy.giver(), AttendanceStatus.REPRESENTED, proxy)));
        excused.forEach(name -> listings.add(new Listing(name, AttendanceStatus.EXCUSED, null)));
        absent.forEach(name -> listings.add(new Listing(name, AttendanceStatus.ABSENT, null)));
        return listings;
    }

    /** The distinct members the record mentions, each with the status it counts under (see the class comment). */
    public List<Member> members() {
        List<List<Listing>> groups = new ArrayList<>();
        for (Listing listing : listings()) {
            groups.stream()
                    .filter(group -> group.get(0).name().sameMemberAs(listing.name()))
                    .findFirst()
                    .ifPresentOrElse(group -> group.add(listing), () -> groups.add(new ArrayList<>(List.of(listing))));
        }
        return groups.stream().map(Member::of).toList();
    }

    /** The members counted as physically present. */
    public List<MemberName> effectivelyPresent() {
        return members().stream()
                .filter(m -> m.status() == AttendanceStatus.PRESENT)
                .map(Member::name)
                .toList();
    }

    public boolean isPresent(MemberName name) {
        return effectivelyPresent().stream().anyMatch(name::sameMemberAs);
    }

    /** How many distinct members count under each status. */
    public Counts counts() {
        int[] byStatus = new int[AttendanceStatus.values().length];
        members().forEach(member -> byStatus[member.status().ordinal()]++);
        return new Counts(
                byStatus[AttendanceStatus.PRESENT.ordinal()],
                byStatus[AttendanceStatus.REPRESENTED.ordinal()],
                byStatus[AttendanceStatus.EXCUSED.ordinal()],
                byStatus[AttendanceStatus.ABSENT.ordinal()]);
    }

    private static void checkCounts(int membersInOffice, Integer declaredPresent, List<FieldProblem> problems) {
        if (membersInOffice < 1) {
            problems.add(FieldProblem.of("membersInOffice", ErrorCodes.MEMBERS_IN_OFFICE_TOO_FEW, membersInOffice));
        }
        if (declaredPresent != null && declaredPresent < 0) {
            problems.add(FieldProblem.of("declaredPresent", ErrorCodes.DELIBERATION_COUNT_NEGATIVE, declaredPresent));
        } else if (declaredPresent != null && membersInOffice >= 1 && declaredPresent > membersInOffice) {
            problems.add(FieldProblem.of(
                    "declaredPresent", ErrorCodes.PRESENT_EXCEEDS_MEMBERS, declaredPresent, membersInOffice));
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    private static void requireElements(String field, List<?> list, List<FieldProblem> problems) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) problems.add(FieldProblem.of(field + "[" + i + "]", ErrorCodes.REQUIRED));
        }
    }

    /** One mention of a member: in which list, and for a represented member the proxy. */
    public record Listing(MemberName name, AttendanceStatus status, Proxy proxy) {}

    /** A distinct member, the status he or she counts under, and every mention of him or her. */
    public record Member(MemberName name, AttendanceStatus status, List<Listing> listings) {

        public Member {
            listings = List.copyOf(listings);
        }

        static Member of(List<Listing> listings) {
            Listing decisive = listings.stream()
                    .min(Comparator.comparingInt(listing -> PRECEDENCE.indexOf(listing.status())))
                    .orElseThrow();
            return new Member(decisive.name(), decisive.status(), listings);
        }

        public long timesListedAs(AttendanceStatus status) {
            return listings.stream()
                    .filter(listing -> listing.status() == status)
                    .count();
        }
    }

    /** Distinct members under each status; {@link #total()} is what must equal the members in office. */
    public record Counts(int present, int represented, int excused, int absent) {

        public int total() {
            return present + represented + excused + absent;
        }

        /** Members present or represented: those whose vote is cast (votants), unless they do not take part. */
        public int voting() {
            return present + represented;
        }
    }

    /**
     * Builds an attendance from names typed or read from a record, reporting every blank name by its position
     * ({@code present[3]}, {@code proxies[1].holder}) in one refusal.
     */
    public static final class Builder {

        private final int membersInOffice;
        private final List<String> present = new ArrayList<>();
        private final List<String[]> proxies = new ArrayList<>();
        private final List<String> excused = new ArrayList<>();
        private final List<String> absent = new ArrayList<>();
        private String president;
        private String secretary;
        private Integer declaredPresent;
        private boolean reconvenedWithoutQuorum;

        private Builder(int membersInOffice) {
            this.membersInOffice = membersInOffice;
        }

        public Builder present(String... names) {
            present.addAll(Arrays.asList(names));
            return this;
        }

        public Builder proxy(String giver, String holder) {
            proxies.add(new String[] {giver, holder});
            return this;
        }

        public Builder excused(String... names) {
            excused.addAll(Arrays.asList(names));
            return this;
        }

        public Builder absent(String... names) {
            absent.addAll(Arrays.asList(names));
            return this;
        }

        public Builder president(String name) {
            this.president = name;
            return this;
        }

        public Builder secretary(String name) {
            this.secretary = name;
            return this;
        }

        public Builder declaredPresent(int count) {
            this.declaredPresent = count;
            return this;
        }

        public Builder reconvenedWithoutQuorum() {
            this.reconvenedWithoutQuorum = true;
            return this;
        }

        public Attendance build() {
            List<FieldProblem> problems = new ArrayList<>();
            List<MemberName> presentNames = names("present", present, problems);
            List<MemberName> excusedNames = names("excused", excused, problems);
            List<MemberName> absentNames = names("absent", absent, problems);
            List<Proxy> proxyList = new ArrayList<>();
            for (int i = 0; i < proxies.size(); i++) {
                MemberName giver = name("proxies[" + i + "].giver", proxies.get(i)[0], problems);
                MemberName holder = name("proxies[" + i + "].holder", proxies.get(i)[1], problems);
                if (giver == null || holder == null) continue;
                if (giver.sameMemberAs(holder)) {
                    problems.add(
                            FieldProblem.of("proxies[" + i + "].holder", ErrorCodes.PROXY_TO_SELF, giver.printed()));
                } else {
                    proxyList.add(new Proxy(giver, holder));
                }
            }
            MemberName presidentName = optionalName("president", president, problems);
            MemberName secretaryName = optionalName("secretary", secretary, problems);
            if (!problems.isEmpty()) {
                checkCounts(membersInOffice, declaredPresent, problems); // one refusal for the whole form
                throw DomainException.invalidFields(problems);
            }
            return new Attendance(
                    membersInOffice,
                    presentNames,
                    proxyList,
                    excusedNames,
                    absentNames,
                    presidentName,
                    secretaryName,
                    declaredPresent,
                    reconvenedWithoutQuorum);
        }

        private static List<MemberName> names(String field, List<String> texts, List<FieldProblem> problems) {
            List<MemberName> names = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                names.add(name(field + "[" + i + "]", texts.get(i), problems));
            }
            return names.stream().filter(Objects::nonNull).toList();
        }

        private static MemberName optionalName(String field, String text, List<FieldProblem> problems) {
            return text == null || text.isBlank() ? null : name(field, text, problems);
        }

        private static MemberName name(String field, String text, List<FieldProblem> problems) {
            if (text == null || text.isBlank()) {
                problems.add(FieldProblem.of(field, ErrorCodes.REQUIRED));
                return null;
            }
            if (text.strip().length() > MemberName.MAX_LENGTH) {
                problems.add(FieldProblem.of(field, ErrorCodes.DELIBERATION_TEXT_TOO_LONG, MemberName.MAX_LENGTH));
                return null;
            }
            return MemberName.of(text);
        }
    }
}

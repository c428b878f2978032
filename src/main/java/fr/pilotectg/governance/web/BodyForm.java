package fr.pilotectg.governance.web;

import fr.pilotectg.governance.domain.BodyData;
import fr.pilotectg.governance.domain.BodyKind;
import fr.pilotectg.governance.domain.FrequencyRule;
import fr.pilotectg.governance.domain.Institution;
import fr.pilotectg.governance.domain.Member;
import fr.pilotectg.governance.domain.Seat;
import fr.pilotectg.governance.domain.Voice;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The body form: its description, missions one per line, the frequency rule (given months of each year, or a number of
 * meetings a year, or none), the seats by institution and the named members as editable rows. Field names follow the
 * domain's problems ({@code seats[0].count}, {@code members[1].organisationId}, {@code frequency.perYear}) so that each
 * refusal shows next to its field.
 */
public class BodyForm {

    private Integer version;
    private BodyKind kind;
    private String name;
    private String commune;
    private String chairing;
    private String animation;
    private String secretariat;
    private String missions;
    private Frequency frequency = new Frequency();
    private boolean parity;
    private String note;
    private List<SeatRow> seats = new ArrayList<>();
    private List<MemberRow> members = new ArrayList<>();

    static BodyForm blank() {
        BodyForm form = new BodyForm();
        form.seats.add(new SeatRow());
        return form;
    }

    static BodyForm of(BodyData data, int version) {
        BodyForm form = new BodyForm();
        form.version = version;
        form.kind = data.kind();
        form.name = data.name();
        form.commune = data.commune();
        form.chairing = data.chairing();
        form.animation = data.animation();
        form.secretariat = data.secretariat();
        form.missions = String.join("\n", data.missions());
        form.frequency.perYear =
                data.frequency().months().isEmpty() ? data.frequency().perYear() : null;
        form.frequency.months = new ArrayList<>(data.frequency().months());
        form.frequency.text = data.frequency().text();
        if (!data.frequency().exceptions().isEmpty()) {
            FrequencyRule.YearException e = data.frequency().exceptions().get(0);
            form.frequency.exceptionPerYear = e.perYear();
            form.frequency.exceptionAtMost = e.atMost();
            form.frequency.exceptionRenewal = e.renewalYear();
            form.frequency.exceptionYear = e.year();
        }
        form.parity = data.parity();
        form.note = data.note();
        data.seats().forEach(s -> form.seats.add(SeatRow.of(s)));
        data.members().forEach(m -> form.members.add(MemberRow.of(m)));
        return form;
    }

    BodyData data() {
        List<String> missionLines = missions == null
                ? List.of()
                : missions.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Seat> seatList = rows(seats).stream()
                .map(r -> new Seat(r.institution, r.role, r.count, r.voice))
                .toList();
        List<Member> memberList = rows(members).stream()
                .map(r -> new Member(r.name, r.organisationId, r.institution, r.function, r.voice))
                .toList();
        return new BodyData(
                kind,
                name,
                commune,
                chairing,
                animation,
                secretariat,
                missionLines,
                seatList,
                memberList,
                frequency.rule(),
                parity,
                note);
    }

    /** Drops the rows left entirely blank, so that the rows saved and their problems ({@code seats[1]…}) keep the same numbers. */
    void compact() {
        seats = new ArrayList<>(rows(seats).stream().filter(r -> !r.isEmpty()).toList());
        members =
                new ArrayList<>(rows(members).stream().filter(r -> !r.isEmpty()).toList());
    }

    /** {@code _add}: "seat" or "member"; {@code _remove}: "seat:2" or "member:0". Blank rows in between are kept as they are. */
    void edit(String add, String remove) {
        if ("seat".equals(add)) seats.add(new SeatRow());
        if ("member".equals(add)) members.add(new MemberRow());
        if (remove != null) {
            String[] parts = remove.split(":", 2);
            int index;
            try {
                index = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
            } catch (NumberFormatException e) {
                return;
            }
            List<?> rows = "seat".equals(parts[0]) ? seats : "member".equals(parts[0]) ? members : List.of();
            if (index >= 0 && index < rows.size()) rows.remove(index);
        }
    }

    private static <T> List<T> rows(List<T> rows) {
        return rows == null
                ? List.of()
                : rows.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The frequency rule: months ticked win over a number a year; the wording is written from them if left blank. */
    public static class Frequency {

        private Integer perYear;
        private List<Integer> months = new ArrayList<>();
        private String text;
        private Integer exceptionPerYear;
        private boolean exceptionAtMost = true;
        private boolean exceptionRenewal;
        private Integer exceptionYear;

        /** The one exception the form offers (« jusqu'à 3 l'année du renouvellement »), or null if none is typed. */
        FrequencyRule.YearException exception() {
            if (exceptionPerYear == null && exceptionYear == null && !exceptionRenewal) return null;
            return new FrequencyRule.YearException(
                    exceptionRenewal ? null : exceptionYear, exceptionRenewal, exceptionPerYear, exceptionAtMost);
        }

        FrequencyRule rule() {
            List<Integer> ticked = months == null
                    ? List.of()
                    : months.stream()
                            .filter(java.util.Objects::nonNull)
                            .distinct()
                            .sorted()
                            .toList();
            Integer each = ticked.isEmpty() && perYear != null && perYear > 0 ? perYear : null;
            String wording = text == null ? "" : text.strip();
            FrequencyRule.YearException exception = exception();
            if (wording.isEmpty()) wording = wording(ticked, each) + exceptionWording(exception);
            return new FrequencyRule(each, ticked, wording, exception == null ? List.of() : List.of(exception));
        }

        static String exceptionWording(FrequencyRule.YearException e) {
            if (e == null || e.perYear() == null) return "";
            String when = e.renewalYear() ? "l’année du renouvellement" : e.year() == null ? "" : "en " + e.year();
            return ", " + (e.atMost() ? "jusqu’à " : "") + e.perYear() + " " + when;
        }

        public Integer getExceptionPerYear() {
            return exceptionPerYear;
        }

        public void setExceptionPerYear(Integer exceptionPerYear) {
            this.exceptionPerYear = exceptionPerYear;
        }

        public boolean isExceptionAtMost() {
            return exceptionAtMost;
        }

        public void setExceptionAtMost(boolean exceptionAtMost) {
            this.exceptionAtMost = exceptionAtMost;
        }

        public boolean isExceptionRenewal() {
            return exceptionRenewal;
        }

        public void setExceptionRenewal(boolean exceptionRenewal) {
            this.exceptionRenewal = exceptionRenewal;
        }

        public Integer getExceptionYear() {
            return exceptionYear;
        }

        public void setExceptionYear(Integer exceptionYear) {
            this.exceptionYear = exceptionYear;
        }

        static String wording(List<Integer> months, Integer perYear) {
            if (!months.isEmpty()) {
                List<String> names = months.stream()
                        .filter(m -> m >= 1 && m <= 12)
                        .map(m -> Month.of(m).getDisplayName(TextStyle.FULL, Locale.FRANCE))
                        .toList();
                if (names.isEmpty()) return "";
                String joined = names.size() == 1
                        ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1);
                return "Chaque année en " + joined;
            }
            if (perYear == null) return "";
            return perYear == 1 ? "Une fois par an" : perYear + " fois par an";
        }

        public Integer getPerYear() {
            return perYear;
        }

        public void setPerYear(Integer perYear) {
            this.perYear = perYear;
        }

        public List<Integer> getMonths() {
            return months;
        }

        public void setMonths(List<Integer> months) {
            this.months = months;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** Seats of one institution: who, how many (blank: not said), which voice. */
    public static class SeatRow {

        private Institution institution;
        private String role;
        private Integer count;
        private Voice voice = Voice.DELIBERATIVE;

        static SeatRow of(Seat seat) {
            SeatRow row = new SeatRow();
            row.institution = seat.institution();
            row.role = seat.role();
            row.count = seat.count();
            row.voice = seat.voice();
            return row;
        }

        boolean isEmpty() {
            return institution == null && (role == null || role.isBlank()) && count == null;
        }

        public Institution getInstitution() {
            return institution;
        }

        public void setInstitution(Institution institution) {
            this.institution = institution;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public Voice getVoice() {
            return voice;
        }

        public void setVoice(Voice voice) {
            this.voice = voice;
        }
    }

    /** A named member: name, the organisation of the directory they come from, the institution they represent, their function. */
    public static class MemberRow {

        private String name;
        private UUID organisationId;
        private Institution institution;
        private String function;
        private Voice voice = Voice.DELIBERATIVE;

        static MemberRow of(Member member) {
            MemberRow row = new MemberRow();
            row.name = member.name();
            row.organisationId = member.organisationId();
            row.institution = member.institution();
            row.function = member.function();
            row.voice = member.voice();
            return row;
        }

        boolean isEmpty() {
            return (name == null || name.isBlank())
                    && organisationId == null
                    && institution == null
                    && (function == null || function.isBlank());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public UUID getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(UUID organisationId) {
            this.organisationId = organisationId;
        }

        public Institution getInstitution() {
            return institution;
        }

        public void setInstitution(Institution institution) {
            this.institution = institution;
        }

        public String getFunction() {
            return function;
        }

        public void setFunction(String function) {
            this.function = function;
        }

        public Voice getVoice() {
            return voice;
        }

        public void setVoice(Voice voice) {
            this.voice = voice;
        }
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getChairing() {
        return chairing;
    }

    public void setChairing(String chairing) {
        this.chairing = chairing;
    }

    public String getAnimation() {
        return animation;
    }

    public void setAnimation(String animation) {
        this.animation = animation;
    }

    public String getSecretariat() {
        return secretariat;
    }

    public void setSecretariat(String secretariat) {
        this.secretariat = secretariat;
    }

    public String getMissions() {
        return missions;
    }

    public void setMissions(String missions) {
        this.missions = missions;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public boolean isParity() {
        return parity;
    }

    public void setParity(boolean parity) {
        this.parity = parity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<SeatRow> getSeats() {
        return seats;
    }

    public void setSeats(List<SeatRow> seats) {
        this.seats = seats;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }
}
